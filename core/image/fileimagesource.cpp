#include "image/fileimagesource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageSource)
};
} // namespace

FileImageSource::FileImageSource(const QString &path) : m_path(path) {}

FileImageSource::~FileImageSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::optional<Error> FileImageSource::open()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_error = {};
    // A raw descriptor rather than QFile: read(2) straight into libburn's buffer, no extra copy.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = {
            Tr::tr("Spindle cannot read the image %1: %2. Check that the file exists and that "
                   "you may read it.")
                .arg(m_path, QString::fromLocal8Bit(strerror(errno))),
            m_path};
        return m_error;
    }
    m_size = QFileInfo(m_path).size();
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::nullopt;
}

qint64 FileImageSource::read(char *buffer, qint64 max)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, size_t(max));
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        m_error = {Tr::tr("Reading the image %1 failed: %2. The file or the disk holding it may be "
                          "damaged.")
                       .arg(m_path, QString::fromLocal8Bit(strerror(errno))),
                   m_path};
        return -1;
    }
}

QString FileImageSource::description() const
{
    return QFileInfo(m_path).fileName();
}

} // namespace Spindle
