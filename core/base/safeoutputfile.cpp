#include "base/safeoutputfile.h"

#include "base/format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeOutputFile)
};
} // namespace

SafeOutputFile::SafeOutputFile(const QString &finalPath)
    : m_finalPath(QFileInfo(finalPath).absoluteFilePath())
{}

SafeOutputFile::~SafeOutputFile()
{
    if (m_file.isOpen())
        m_file.close();
    // Only a .part this object opened: a refused open() must not delete another's.
    if (m_opened && !m_committed && !m_keepPartial)
        QFile::remove(partPath());
}

std::optional<Error> SafeOutputFile::open(bool overwrite, bool resume)
{
    const QFileInfo target(m_finalPath);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error{
            Tr::tr("The folder %1 does not exist. Choose an existing folder for the output.")
                .arg(target.absolutePath()),
            {}};
    }
    if (target.isDir())
        return Error{Tr::tr("%1 is a folder. Choose a file name for the output.").arg(m_finalPath),
                     {}};
    if (target.exists() && !overwrite) {
        return Error{Tr::tr("%1 already exists. Choose another name, or confirm overwriting it.")
                         .arg(m_finalPath),
                     {}};
    }
    const QByteArray part = QFile::encodeName(partPath());
    // The .part is never followed if it is a symbolic link, and never written if it is anything
    // but a file of its own: a link (or a hard link) planted under that name would otherwise
    // have the image written over its target. Starting afresh, whatever holds the name is
    // unlinked (a stale .part from a crash, or a planted link: unlink() removes the name only,
    // never what a link points to) and a new file is created exclusively; a name that cannot
    // be freed, or that someone takes again meanwhile, is refused. This keeps the fixed name
    // NAME.part, which a rescue read resumes from.
    int fd = -1;
    if (resume) {
        fd = ::open(part.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0666);
    } else {
        if (::unlink(part.constData()) != 0 && errno != ENOENT && errno != EISDIR &&
            errno != EPERM) {
            return Error{Tr::tr("Spindle cannot write to %1: %2. Choose a folder you may write to.")
                             .arg(target.absolutePath(), QString::fromLocal8Bit(strerror(errno))),
                         partPath()};
        }
        fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    }
    struct stat st
    {};
    const bool ownFile =
        fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1;
    if (fd < 0 && errno != EEXIST && errno != ELOOP) {
        return Error{Tr::tr("Spindle cannot write to %1: %2. Choose a folder you may write to.")
                         .arg(target.absolutePath(), QString::fromLocal8Bit(strerror(errno))),
                     partPath()};
    }
    if (!ownFile) {
        if (fd >= 0)
            ::close(fd);
        return Error{Tr::tr("%1 is not a plain file that Spindle may write to (a link or a "
                            "special file), so it was left as it is. Remove it or choose "
                            "another name.")
                         .arg(partPath()),
                     partPath()};
    }
    if (resume)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_file.setFileName(partPath());
    const QIODevice::OpenMode mode = resume ? QIODevice::ReadWrite : QIODevice::WriteOnly;
    if (!m_file.open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{Tr::tr("Spindle cannot write to %1: %2. Choose a folder you may write to.")
                         .arg(target.absolutePath(), m_file.errorString()),
                     partPath()};
    }
    m_opened = true;
    return std::nullopt;
}

std::optional<Error> SafeOutputFile::checkFreeSpace(qint64 bytes) const
{
    const QFileInfo target(m_finalPath);
    const qint64 available = QStorageInfo(target.absolutePath()).bytesAvailable();
    const qint64 already = m_file.isOpen() ? m_file.size() : 0;
    const qint64 needed = bytes - already;
    if (available >= 0 && needed > available) {
        return Error{Tr::tr("Not enough free space in %1: the image needs %2, the folder has %3. "
                            "Free some space or choose another folder.")
                         .arg(target.absolutePath(), formatBytes(needed), formatBytes(available)),
                     {}};
    }
    return std::nullopt;
}

Error SafeOutputFile::writeError() const
{
    const int err = errno;
    if (err == ENOSPC || err == EDQUOT) {
        return Error{
            Tr::tr("The disk holding %1 is full. Free some space or choose another folder, "
                   "then try again.")
                .arg(QFileInfo(m_finalPath).absolutePath()),
            QString::fromLocal8Bit(strerror(err))};
    }
    if (err == EFBIG) {
        return Error{Tr::tr("The image is too large for the file system holding %1 or for your "
                            "account's file size limit (FAT32, for one, stops at 4 GB). Choose a "
                            "folder on another file system.")
                         .arg(QFileInfo(m_finalPath).absolutePath()),
                     QString::fromLocal8Bit(strerror(err))};
    }
    return Error{
        Tr::tr("Writing %1 failed: %2.").arg(m_finalPath, QString::fromLocal8Bit(strerror(err))),
        m_file.errorString()};
}

namespace {
// Writes all of `data` at `offset`, or at the file position when `offset` is negative; false
// with errno set when that fails (a write of nothing counts as a full disk).
bool writeFully(int fd, const char *data, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const size_t left = size_t(size - done);
        const ssize_t n = offset < 0 ? ::write(fd, data + done, left)
                                     : ::pwrite(fd, data + done, left, off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        done += n;
    }
    return true;
}
} // namespace

std::optional<Error> SafeOutputFile::write(const char *data, qint64 size)
{
    // Plain write(2) so that errno (ENOSPC, EFBIG) reaches the message; QFile would hide it.
    const int fd = m_file.handle();
    if (!writeFully(fd, data, size, -1))
        return writeError();
    // The same early write-back as writeAt() (a new image is written this way); the file
    // position tells where this run ended.
    const off_t end = ::lseek(fd, 0, SEEK_CUR);
    if (end >= 0) {
        const qint64 kicked = m_runStart;
        kickWriteBack(fd, qint64(end) - size, size);
        // Once a 32 MiB window has been handed to write-back, the ones before it are waited
        // for and dropped from the page cache (what xorriso's fsync every 16 MiB amounts to):
        // keeping 1.5 GB of a new image dirty or cached made the kernel reclaim memory inside
        // our write() calls, 3x xorriso's system time.
        if (m_runStart != kicked && kicked >= m_dropped + (32 << 20)) {
            ::sync_file_range(fd, off_t(m_dropped), off_t(kicked - m_dropped),
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                  SYNC_FILE_RANGE_WAIT_AFTER);
            ::posix_fadvise(fd, off_t(m_dropped), off_t(kicked - m_dropped), POSIX_FADV_DONTNEED);
            m_dropped = kicked;
        }
    }
    return std::nullopt;
}

std::optional<Error> SafeOutputFile::writeAt(qint64 offset, const char *data, qint64 size)
{
    const int fd = m_file.handle();
    if (!writeFully(fd, data, size, offset))
        return writeError();
    kickWriteBack(fd, offset, size);
    return std::nullopt;
}

void SafeOutputFile::kickWriteBack(int fd, qint64 offset, qint64 size)
{
    // commit() must fsync before the rename; starting the write-back of each 32 MiB written in
    // order while the next chunks are read means little is left to flush by then (the flush
    // at the end otherwise doubled the time of a copy from a fast source).
    constexpr qint64 KickBytes = 32 << 20;
    if (offset != m_runEnd)
        m_runStart = offset;
    m_runEnd = offset + size;
    if (m_runEnd - m_runStart >= KickBytes) {
        ::sync_file_range(fd, off_t(m_runStart), off_t(m_runEnd - m_runStart),
                          SYNC_FILE_RANGE_WRITE);
        m_runStart = m_runEnd;
    }
}

std::optional<Error> SafeOutputFile::commit()
{
    if (::fsync(m_file.handle()) != 0)
        return writeError();
    m_file.close();
    // rename(2) replaces an existing target atomically: there is never a moment without one.
    if (::rename(QFile::encodeName(partPath()).constData(),
                 QFile::encodeName(m_finalPath).constData()) != 0) {
        return Error{Tr::tr("The finished image could not be renamed to %1: %2.")
                         .arg(m_finalPath, QString::fromLocal8Bit(strerror(errno))),
                     partPath()};
    }
    m_committed = true;
    return std::nullopt;
}

} // namespace Spindle
