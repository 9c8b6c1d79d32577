#pragma once

#include <QString>
#include <QStringList>

namespace Spindle {

// The images a person chose lately, newest first, kept in QSettings under one key per list
// (the Burn page's and the New image page's). A file that is gone by the time the list is
// read is left out and dropped from the settings.
class RecentImages final
{
public:
    static constexpr int DefaultLimit = 10;

    explicit RecentImages(QString settingsKey, int limit = DefaultLimit);

    // Existing files only, as absolute paths, newest first.
    QStringList paths() const;
    // Puts `path` first (once), keeps at most `limit` entries.
    void add(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &paths) const;

    QString m_key;
    int m_limit;
};

} // namespace Spindle
