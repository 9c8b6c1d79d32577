#include "recentimages.h"

#include <QFileInfo>
#include <QSettings>

namespace Spindle {

RecentImages::RecentImages(QString settingsKey, int limit)
    : m_key(std::move(settingsKey)), m_limit(limit)
{}

QStringList RecentImages::stored() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentImages::store(const QStringList &paths) const
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, paths);
}

QStringList RecentImages::paths() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    if (existing != all)
        store(existing);
    return existing;
}

void RecentImages::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = stored();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > m_limit)
        list.removeLast();
    store(list);
}

void RecentImages::clear()
{
    store({});
}

} // namespace Spindle
