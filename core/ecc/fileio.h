#pragma once

#include <QString>
#include <QtGlobal>

namespace Spindle::EccIo {

// A file descriptor owned by one augment or repair run; closed on every path.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd();
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Reads up to `bytes` at `offset`; returns how many were read (short at the end of the file),
// or -1 on an error (errno set).
qint64 readAt(int fd, void *buffer, qint64 bytes, qint64 offset);
// Writes all `bytes` at `offset`; false on an error (errno set).
bool writeAt(int fd, const void *buffer, qint64 bytes, qint64 offset);
// errno as text, for messages.
QString errnoText();

} // namespace Spindle::EccIo
