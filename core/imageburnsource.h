#pragma once

#include "imagesource.h"

#include <memory>

namespace burn {
struct burn_source;
}

namespace Spindle {

class StreamDigest;

// Feeds an ImageSource to libburn: a burn_source whose read callback pulls from the image,
// behind a libburn FIFO so that decoding and writing overlap. Owns both libburn objects.
//
// libburn quirk: freeing a FIFO whose thread still runs pthread_cancel()s that thread with
// PTHREAD_CANCEL_ASYNCHRONOUS, wherever it is. Inside our read callback (say in libisofs,
// holding its ring buffer's mutex) that would leave locks held and hang libisofs' writer; so
// the destructor first makes the callback refuse further reads and waits until none is running.
class ImageBurnSource final
{
public:
    // `digest`, if given, sees every byte handed to libburn (from libburn's FIFO thread).
    ImageBurnSource(ImageSource &image, qint64 fifoBytes, StreamDigest *digest = nullptr);
    ~ImageBurnSource();
    Q_DISABLE_COPY_MOVE(ImageBurnSource)

    burn::burn_source *source() const { return m_fifo; } // what the track reads
    int fifoFillPercent() const;                         // -1 when libburn cannot say
    // True once the image failed to deliver (read error, damaged stream, wrong size).
    bool failed() const;
    Error error() const;
    qint64 bytesDelivered() const;
    // Thread-safe: no more reads, and a read blocked in the image (libisofs waiting for its
    // writer thread) is told to return. For a cancelled or failed burn.
    void stop();

    struct State;

private:
    std::shared_ptr<State> m_state;
    burn::burn_source *m_input = nullptr;
    burn::burn_source *m_fifo = nullptr;
};

} // namespace Spindle
