#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace Spindle {

// A stream of image bytes whose size is known before writing starts, so that "does it fit"
// is answered before the first byte reaches a disc. Implementations: a plain image file, a
// compressed image decoded on the fly (libarchive), a new image produced by libisofs.
// Pulled from one thread at a time (the job's).
class ImageSource
{
public:
    virtual ~ImageSource() = default;

    // Prepares reading (opens files, starts libisofs); returns an error a user can act on.
    virtual std::optional<Error> open() = 0;
    // Total bytes the stream will deliver; a multiple of 2048 for a valid image.
    virtual qint64 size() const = 0;
    // Reads up to `max` bytes; returns the count, 0 at the end, -1 on error (see error()).
    virtual qint64 read(char *buffer, qint64 max) = 0;
    virtual Error error() const = 0;
    // For logs and summaries: "debian.iso.xz (xz-compressed)".
    virtual QString description() const = 0;

    // For a source that takes a while to open (libisofs lays out a new image): polled then.
    virtual void setCancelCheck(std::function<bool()> cancelled) { Q_UNUSED(cancelled); }
    // Progress of the reading open() does before the image's size is known (a DVD-Video's
    // VOBs scanned for the streams that go): bytes done and their total; returning false
    // cancels. Sources that read nothing up front ignore it.
    using PreparationProgress = std::function<bool(qint64 done, qint64 total)>;
    virtual void setPreparationProgress(PreparationProgress progress) { Q_UNUSED(progress); }
    // Makes a read() blocked on another thread return soon (with an error); thread-safe.
    // A burn calls it when cancelled, as libburn's FIFO thread may be waiting in read().
    virtual void cancel() {}
    // What the user should know about the stream once open (kept boot records, skipped files).
    virtual QStringList notes() const { return {}; }
    virtual QStringList warnings() const { return {}; }
    // Files whose data could not be read in full and went into the stream as zeros, so far
    // (only a source told to go on gets that far; any other fails the read).
    virtual QStringList damagedFiles() const { return {}; }
};

// Makes a stream (to burn or to write to a file); called once per use, since a stream is read
// only once.
using ImageSourceFactory = std::function<std::unique_ptr<ImageSource>()>;

} // namespace Spindle
