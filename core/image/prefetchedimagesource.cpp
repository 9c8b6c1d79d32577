#include "image/prefetchedimagesource.h"

#include <cstring>

namespace Spindle {

PrefetchedImageSource::PrefetchedImageSource(std::unique_ptr<ImageSource> inner, QByteArray head)
    : m_inner(std::move(inner)), m_head(std::move(head))
{}

std::optional<Error> PrefetchedImageSource::open()
{
    if (!m_openedOnce) {
        m_openedOnce = true;
        return std::nullopt;
    }
    m_head = QByteArray();
    m_headDone = 0;
    return m_inner->open();
}

qint64 PrefetchedImageSource::read(char *buffer, qint64 max)
{
    if (m_headDone < m_head.size()) {
        const qint64 n = qMin(max, qint64(m_head.size()) - m_headDone);
        std::memcpy(buffer, m_head.constData() + m_headDone, size_t(n));
        m_headDone += n;
        if (m_headDone == m_head.size())
            m_head = QByteArray(); // the memory goes back once it is delivered
        return n;
    }
    return m_inner->read(buffer, max);
}

void PrefetchedImageSource::setCancelCheck(std::function<bool()> cancelled)
{
    m_inner->setCancelCheck(std::move(cancelled));
}

} // namespace Spindle
