#include "imageburnsource.h"

#include "streamdigest.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <atomic>
#include <cstdlib>

namespace Spindle {

// Shared between this object and the burn_source: libburn may drop its last reference to the
// source after we are gone, or we after it.
struct ImageBurnSource::State
{
    ImageSource *image = nullptr;
    StreamDigest *digest = nullptr;
    std::atomic<qint64> delivered{0};
    std::atomic_bool stopped{false}; // no more reads (see the class comment)
    std::atomic_int reading{0};      // read callbacks running now
    std::atomic_bool failed{false};
    mutable QMutex lock; // guards error
    Error error;
};

namespace {

using StatePtr = std::shared_ptr<ImageBurnSource::State>;

StatePtr &stateOf(burn::burn_source *source)
{
    return *static_cast<StatePtr *>(source->data);
}

// Counts the callbacks in progress, so that stop() can wait until none is.
struct ReadGuard
{
    std::atomic_int &count;
    explicit ReadGuard(std::atomic_int &c) : count(c) { ++count; }
    ~ReadGuard() { --count; }
    Q_DISABLE_COPY_MOVE(ReadGuard)
};

int fillBuffer(ImageBurnSource::State &state, unsigned char *buffer, int size);

// libburn quirk: a read must fill the whole buffer unless it is the last one, so loop.
int readCallback(burn::burn_source *source, unsigned char *buffer, int size)
{
    ImageBurnSource::State &state = *stateOf(source);
    const ReadGuard guard(state.reading);
    // After stop() only atomics are touched here: libburn may cancel this thread at any point.
    if (state.stopped || state.failed)
        return -1;
    const int done = fillBuffer(state, buffer, size);
    if (done > 0 && state.digest && !state.stopped)
        state.digest->add(reinterpret_cast<const char *>(buffer), done);
    return done;
}

int fillBuffer(ImageBurnSource::State &state, unsigned char *buffer, int size)
{
    int done = 0;
    while (done < size) {
        const qint64 n = state.image->read(reinterpret_cast<char *>(buffer) + done, size - done);
        if (n < 0) {
            if (state.stopped)
                return -1; // stop() made the image fail on purpose: not the image's fault
            QMutexLocker lock(&state.lock);
            state.error = state.image->error();
            state.failed = true;
            return -1;
        }
        if (n == 0)
            break;
        done += int(n);
    }
    if (done == 0 && state.delivered.load() < state.image->size()) {
        QMutexLocker lock(&state.lock);
        state.error = state.image->error();
        state.failed = true;
        return -1;
    }
    state.delivered += done;
    return done;
}

off_t sizeCallback(burn::burn_source *source)
{
    return off_t(stateOf(source)->image->size());
}

int setSizeCallback(burn::burn_source *, off_t)
{
    return 1; // the size is the image's; libburn pads or truncates itself if it must
}

void freeCallback(burn::burn_source *source)
{
    delete static_cast<StatePtr *>(source->data);
    source->data = nullptr;
}

} // namespace

ImageBurnSource::ImageBurnSource(ImageSource &image, qint64 fifoBytes, StreamDigest *digest)
    : m_state(std::make_shared<State>())
{
    m_state->image = &image;
    m_state->digest = digest;
    // libburn frees the struct with free() in burn_source_free(), so it must come from calloc.
    m_input = static_cast<burn::burn_source *>(std::calloc(1, sizeof(burn::burn_source)));
    m_input->refcount = 1;
    m_input->read = readCallback;
    m_input->get_size = sizeCallback;
    m_input->set_size = setSizeCallback;
    m_input->free_data = freeCallback;
    m_input->data = new StatePtr(m_state);
    // Chunks of 64 KiB: the FIFO thread pulls big reads (flag bit0) and our read fills each.
    constexpr int ChunkSize = 64 * 1024;
    const int chunks = int(qMax<qint64>(2, fifoBytes / ChunkSize));
    m_fifo = burn::burn_fifo_source_new(m_input, ChunkSize, chunks, 1);
}

ImageBurnSource::~ImageBurnSource()
{
    // A complete stream has ended on its own; anything else may have a read in progress.
    if (m_state->delivered.load() < m_state->image->size())
        stop();
    m_state->stopped = true;
    const QDeadlineTimer deadline(30000);
    while (m_state->reading.load() > 0 && !deadline.hasExpired())
        QThread::msleep(10);
    if (m_state->reading.load() > 0) {
        // Freeing now would cancel a thread inside the image's code (see the class comment):
        // leaking the FIFO is the lesser harm.
        qWarning("Spindle: the image stream did not stop within 30 s; its FIFO is left behind");
        return;
    }
    if (m_fifo)
        burn::burn_source_free(m_fifo);
    if (m_input)
        burn::burn_source_free(m_input);
}

int ImageBurnSource::fifoFillPercent() const
{
    int size = 0;
    int freeBytes = 0;
    char *status = nullptr;
    if (!m_fifo || burn::burn_fifo_inquire_status(m_fifo, &size, &freeBytes, &status) < 0 ||
        size <= 0)
        return -1;
    return int(qint64(size - freeBytes) * 100 / size);
}

void ImageBurnSource::stop()
{
    if (m_state->stopped.exchange(true))
        return;
    m_state->image->cancel();
}

bool ImageBurnSource::failed() const
{
    return m_state->failed.load();
}

Error ImageBurnSource::error() const
{
    QMutexLocker lock(&m_state->lock);
    return m_state->error;
}

qint64 ImageBurnSource::bytesDelivered() const
{
    return m_state->delivered.load();
}

} // namespace Spindle
