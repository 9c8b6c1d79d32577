#pragma once

#include "recentimages.h"

#include <QToolButton>

class QMenu;

namespace Spindle {

// "Recent" beside an image picker: a menu of the images chosen lately (RecentImages), each
// with its folder, and an entry that empties the list. It stays enabled with an empty list
// (the menu says so), so that the page alone decides when it can be used.
class RecentImagesButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentImagesButton)

public:
    explicit RecentImagesButton(const QString &settingsKey, QWidget *parent = nullptr);

    // Remembers an image the page took (chosen, dropped, typed or opened from here).
    void remember(const QString &path);
    QStringList paths() const { return m_recent.paths(); }
    QMenu *recentMenu() const { return m_menu; }

Q_SIGNALS:
    void imageChosen(const QString &path);

private:
    void rebuildMenu();

    RecentImages m_recent;
    QMenu *m_menu;
};

} // namespace Spindle
