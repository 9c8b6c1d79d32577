#include "image/prefetchedimagesource.h"

#include <cstring>
#include <sys/mman.h>
#include <utility>

namespace Spindle {

ImageHead::~ImageHead()
{
    clear();
}

ImageHead::ImageHead(ImageHead &&other) noexcept
    : m_pieces(std::exchange(other.m_pieces, {})), m_front(std::exchange(other.m_front, 0)),
      m_frontDone(std::exchange(other.m_frontDone, 0))
{}

ImageHead &ImageHead::operator=(ImageHead &&other) noexcept
{
    if (this != &other) {
        clear();
        m_pieces = std::exchange(other.m_pieces, {});
        m_front = std::exchange(other.m_front, 0);
        m_frontDone = std::exchange(other.m_frontDone, 0);
    }
    return *this;
}

char *ImageHead::addPiece(qint64 capacity)
{
    void *data =
        mmap(nullptr, size_t(capacity), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data == MAP_FAILED)
        return nullptr;
    m_pieces.push_back({static_cast<char *>(data), capacity, 0});
    return m_pieces.back().data;
}

void ImageHead::keepLast(qint64 bytes)
{
    if (!m_pieces.empty())
        m_pieces.back().size = qBound<qint64>(0, bytes, m_pieces.back().capacity);
}

qint64 ImageHead::size() const
{
    qint64 total = -m_frontDone;
    for (size_t i = m_front; i < m_pieces.size(); ++i)
        total += m_pieces[i].size;
    return qMax<qint64>(0, total);
}

qint64 ImageHead::take(char *buffer, qint64 max)
{
    while (m_front < m_pieces.size()) {
        Piece &piece = m_pieces[m_front];
        if (m_frontDone == piece.size) {
            release(piece); // back to the system once delivered
            ++m_front;
            m_frontDone = 0;
            continue;
        }
        const qint64 n = qMin(max, piece.size - m_frontDone);
        std::memcpy(buffer, piece.data + m_frontDone, size_t(n));
        m_frontDone += n;
        return n;
    }
    return 0;
}

void ImageHead::clear()
{
    for (Piece &piece : m_pieces)
        release(piece);
    m_pieces.clear();
    m_front = 0;
    m_frontDone = 0;
}

void ImageHead::release(Piece &piece)
{
    if (piece.data)
        munmap(piece.data, size_t(piece.capacity));
    piece.data = nullptr;
}

PrefetchedImageSource::PrefetchedImageSource(std::unique_ptr<ImageSource> inner, ImageHead head)
    : m_inner(std::move(inner)), m_head(std::move(head))
{}

std::optional<Error> PrefetchedImageSource::open()
{
    if (!m_openedOnce) {
        m_openedOnce = true;
        return std::nullopt;
    }
    m_head.clear();
    return m_inner->open();
}

qint64 PrefetchedImageSource::read(char *buffer, qint64 max)
{
    if (const qint64 n = m_head.take(buffer, max); n > 0)
        return n;
    return m_inner->read(buffer, max);
}

void PrefetchedImageSource::setCancelCheck(std::function<bool()> cancelled)
{
    m_inner->setCancelCheck(std::move(cancelled));
}

} // namespace Spindle
