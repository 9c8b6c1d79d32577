#pragma once

#include "image/imagesource.h"

#include <memory>
#include <vector>

namespace Spindle {

// The first bytes of a stream, read to time it before a burn and held until burned. In pieces
// mapped from the system on their own, each given back as soon as it is delivered: the head then
// moves into the burn's FIFO instead of adding to it (freed heap memory would stay with the
// process, so the FIFO's pages would come on top).
class ImageHead
{
public:
    ImageHead() = default;
    ~ImageHead();
    ImageHead(ImageHead &&other) noexcept;
    ImageHead &operator=(ImageHead &&other) noexcept;
    ImageHead(const ImageHead &) = delete;
    ImageHead &operator=(const ImageHead &) = delete;

    // A new piece of `capacity` bytes to read into (nullptr when the system has no memory);
    // keepLast() says how much of it was filled.
    char *addPiece(qint64 capacity);
    void keepLast(qint64 bytes);
    // Bytes not yet delivered.
    qint64 size() const;
    // Up to `max` bytes from the front; 0 once all is delivered.
    qint64 take(char *buffer, qint64 max);
    void clear();

private:
    struct Piece
    {
        char *data = nullptr;
        qint64 capacity = 0;
        qint64 size = 0;
    };
    static void release(Piece &piece);
    std::vector<Piece> m_pieces;
    size_t m_front = 0;
    qint64 m_frontDone = 0;
};

// An open source whose first bytes were already read (to time it before a burn): delivers
// `head` first, then the rest of `inner`, so nothing is read or built twice. The first open()
// does nothing (the inner source is open); a later one (the next copy, a verify) drops what is
// left of the head and opens the inner source again, from its start. Everything else is the
// inner source's.
class PrefetchedImageSource final : public ImageSource
{
public:
    PrefetchedImageSource(std::unique_ptr<ImageSource> inner, ImageHead head);

    std::optional<Error> open() override;
    qint64 size() const override { return m_inner->size(); }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_inner->error(); }
    QString description() const override { return m_inner->description(); }
    void setCancelCheck(std::function<bool()> cancelled) override;
    void cancel() override { m_inner->cancel(); }
    QStringList notes() const override { return m_inner->notes(); }
    QStringList warnings() const override { return m_inner->warnings(); }
    QStringList damagedFiles() const override { return m_inner->damagedFiles(); }

private:
    std::unique_ptr<ImageSource> m_inner;
    ImageHead m_head;
    bool m_openedOnce = false;
};

} // namespace Spindle
