#pragma once

#include "base/result.h"

#include <QFile>
#include <QString>
#include <optional>

namespace Spindle {

// Nothing is lost: output goes to "NAME.part" and becomes NAME only when commit() succeeds.
// Destroyed without commit() (error, cancel), the partial file is removed — unless
// setKeepPartial(true), for rescue reads whose partial image is the point.
class SafeOutputFile final
{
public:
    explicit SafeOutputFile(const QString &finalPath);
    ~SafeOutputFile();
    Q_DISABLE_COPY_MOVE(SafeOutputFile)

    // `overwrite`: whether an existing NAME may be replaced (the caller asked the user).
    // `resume`: open an existing .part for writing without truncating it.
    std::optional<Error> open(bool overwrite, bool resume = false);
    // Fails with a clear message when the folder's free space is below `bytes`
    // (bytes already in a resumed .part count as written).
    std::optional<Error> checkFreeSpace(qint64 bytes) const;

    QFile &file() { return m_file; }
    QString partPath() const { return m_finalPath + QStringLiteral(".part"); }
    QString finalPath() const { return m_finalPath; }
    // Writes everything or returns an error naming the cause (disk full, I/O error).
    std::optional<Error> write(const char *data, qint64 size);
    std::optional<Error> writeAt(qint64 offset, const char *data, qint64 size);
    // Flushes to disk and renames to the final name.
    std::optional<Error> commit();
    void setKeepPartial(bool keep) { m_keepPartial = keep; }

private:
    Error writeError() const;
    void kickWriteBack(int fd, qint64 offset, qint64 size);

    QString m_finalPath;
    QFile m_file;
    bool m_opened = false; // the .part is ours to remove
    bool m_committed = false;
    bool m_keepPartial = false;
    // Early write-back: the range written in order since the last kick (see writeAt).
    qint64 m_runStart = 0;
    qint64 m_runEnd = 0;
    qint64 m_dropped = 0; // write(): bytes before this are on disk and out of the page cache
};

} // namespace Spindle
