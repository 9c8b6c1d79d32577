#include "recentimagesbutton.h"

#include "icons.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Spindle {

RecentImagesButton::RecentImagesButton(const QString &settingsKey, QWidget *parent)
    : QToolButton(parent), m_recent(settingsKey), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("recentImages"));
    setText(tr("&Recent"));
    setToolTip(tr("Images you chose lately"));
    setIcon(actionIcon(ActionIcon::OpenRecent));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("recentImagesMenu"));
    // Built when it opens: a file may have gone since the last time.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentImagesButton::rebuildMenu);
    rebuildMenu();
}

void RecentImagesButton::remember(const QString &path)
{
    m_recent.add(path);
}

void RecentImagesButton::rebuildMenu()
{
    m_menu->clear();
    const QStringList paths = m_recent.paths();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // The name first (what people look for), the folder to tell equal names apart.
        QAction *action = m_menu->addAction(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT imageChosen(path); });
    }
    if (paths.isEmpty()) {
        m_menu->addAction(tr("No recent images"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(actionIcon(ActionIcon::Clear), tr("Clear the List"));
    clear->setObjectName(QStringLiteral("clearRecentImages"));
    connect(clear, &QAction::triggered, this, [this] { m_recent.clear(); });
}

} // namespace Spindle
