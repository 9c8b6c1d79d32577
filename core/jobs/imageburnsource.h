#pragma once

#include "image/imagesource.h"

#include <memory>

namespace burn {
struct burn_source;
}

namespace Spindle {

class StreamDigest;

// Feeds an ImageSource to libburn: a thread of ours reads the image (and hashes it, for the
// verify pass) into a bounded ring of chunks; libburn's read callback takes from the ring.
// Decoding, hashing and writing overlap, and memory stays at `fifoBytes` whatever the size.
//
// Why not libburn's own FIFO (burn_fifo_source_new): its thread sleeps 50 ms whenever the
// buffer is full, so on a fast target it stalls the writer (a 4 MiB FIFO capped a burn to a
// file near 75 MB/s, 64 MiB still halved it; see tests/benchmarks/bench_burn.sh), and
// freeing it cancels its thread asynchronously, wherever it is. Condition variables wake the
// reader the moment room appears.
class ImageBurnSource final
{
public:
    // `digest`, if given, sees every byte handed to libburn, in order (from our thread).
    ImageBurnSource(ImageSource &image, qint64 fifoBytes, StreamDigest *digest = nullptr);
    ~ImageBurnSource();
    Q_DISABLE_COPY_MOVE(ImageBurnSource)

    burn::burn_source *source() const { return m_input; } // what the track reads
    int fifoFillPercent() const;
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
};

} // namespace Spindle
