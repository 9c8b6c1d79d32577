#pragma once

#include "imagesource.h"

#include <memory>

namespace burn {
struct burn_source;
}

namespace Spindle {

// Feeds an ImageSource to libburn: a burn_source whose read callback pulls from the image,
// behind a libburn FIFO so that decoding and writing overlap. Owns both libburn objects.
class ImageBurnSource final
{
public:
    ImageBurnSource(ImageSource &image, qint64 fifoBytes);
    ~ImageBurnSource();
    Q_DISABLE_COPY_MOVE(ImageBurnSource)

    burn::burn_source *source() const { return m_fifo; } // what the track reads
    int fifoFillPercent() const;                         // -1 when libburn cannot say
    // True once the image failed to deliver (read error, damaged stream, wrong size).
    bool failed() const;
    Error error() const;
    qint64 bytesDelivered() const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    burn::burn_source *m_input = nullptr;
    burn::burn_source *m_fifo = nullptr;
};

} // namespace Spindle
