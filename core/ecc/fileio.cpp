#include "ecc/fileio.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Spindle::EccIo {

Fd::~Fd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 readAt(int fd, void *buffer, qint64 bytes, qint64 offset)
{
    qint64 done = 0;
    auto *p = static_cast<char *>(buffer);
    while (done < bytes) {
        const ssize_t n = ::pread(fd, p + done, size_t(bytes - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

bool writeAt(int fd, const void *buffer, qint64 bytes, qint64 offset)
{
    qint64 done = 0;
    const auto *p = static_cast<const char *>(buffer);
    while (done < bytes) {
        const ssize_t n = ::pwrite(fd, p + done, size_t(bytes - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace Spindle::EccIo
