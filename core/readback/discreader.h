#pragma once

#include "base/result.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace Spindle {

class GrabbedDrive;

// Reads exactly the first `total` bytes of a disc (never the drive's padding after them) in
// chunks, with cancel checks, progress and the SHA-256 of what was read: the one read-back
// loop behind ImageComparer and StreamDigest, which only differ in what they compare a chunk
// with.
class DiscReader final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using CancelCheck = std::function<bool()>;
    // Before the chunk at `offset` is read from the disc; false stops reading (what the disc is
    // compared with could not be read, so reading the disc would only cost time).
    using BeforeChunk = std::function<bool(qint64 offset, qint64 size)>;
    // The chunk at `offset`: `size` bytes were asked for and `disc` holds those the disc gave,
    // fewer than `size` only in the last chunk of a disc that ends early or cannot be read.
    using OnChunk = std::function<void(qint64 offset, qint64 size, QByteArrayView disc)>;

    enum class Status
    {
        Complete,
        Cancelled,
        Stopped,
        Short
    };
    struct Result
    {
        Status status = Status::Complete;
        qint64 discEnd = 0; // Short: how many bytes the disc gave
        QString readError;  // Short: the drive's message, if it had one
        QString discSha256; // Complete and Short: of the bytes the disc gave

        // Short: what the user is told (the drive's message as the detail).
        Error shortReadError(const QString &driveAddress) const;
    };

    // `chunkBytes` is a multiple of 2048; progress is reported after each whole chunk.
    static Result read(const GrabbedDrive &drive, qint64 total, qint64 chunkBytes,
                       const Progress &progress, const CancelCheck &cancelled,
                       const OnChunk &onChunk, const BeforeChunk &beforeChunk = {});
};

} // namespace Spindle
