#include "jobs/imageburnsource.h"

#include "readback/streamdigest.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace Spindle {

namespace {
// Large enough that a read of the image is one call for most sources, small enough that the
// ring holds many and the writer never waits for a whole megabyte-sized refill.
constexpr qint64 ChunkBytes = 1 << 20;
} // namespace

// Shared between this object and the burn_source: libburn may drop its last reference to the
// source after we are gone, or we after it.
struct ImageBurnSource::State
{
    ImageSource *image = nullptr;
    StreamDigest *digest = nullptr;
    qint64 capacity = 0; // bytes the ring may hold
    std::atomic<qint64> delivered{0};
    std::atomic<qint64> queuedBytes{0};
    std::atomic_bool stopped{false};
    std::atomic_bool failed{false};
    std::atomic_int reading{0}; // read callbacks running now

    std::mutex mutex; // guards everything below
    std::condition_variable changed;
    std::deque<QByteArray> ring;
    qsizetype frontOffset = 0; // bytes of ring.front() already handed to libburn
    bool ended = false;        // the producer delivered the whole image (or gave up)
    Error error;
    std::thread producer;

    void fail(const Error &e)
    {
        {
            const std::lock_guard lock(mutex);
            if (!failed)
                error = e;
            failed = true;
            ended = true;
        }
        changed.notify_all();
    }

    // Our thread: the image into the ring, chunk by chunk, until the end or stop().
    void produce()
    {
        qint64 produced = 0;
        const qint64 total = image->size();
        while (!stopped && produced < total) {
            QByteArray chunk(qMin(ChunkBytes, total - produced), Qt::Uninitialized);
            qint64 filled = 0;
            while (filled < chunk.size()) {
                const qint64 n = image->read(chunk.data() + filled, chunk.size() - filled);
                if (n < 0) {
                    if (!stopped) // stop() makes the image fail on purpose: not its fault
                        fail(image->error());
                    return;
                }
                if (n == 0)
                    break;
                filled += n;
            }
            if (filled < chunk.size()) {
                Error e = image->error();
                if (e.message.isEmpty())
                    e.message = QCoreApplication::translate(
                                    "Spindle::ImageBurnSource",
                                    "The image ended after %1 of its %2 bytes. Check that the "
                                    "file is complete (download it again if need be).")
                                    .arg(produced + filled)
                                    .arg(total);
                fail(e);
                return;
            }
            if (digest)
                digest->add(chunk.constData(), chunk.size());
            produced += chunk.size();
            std::unique_lock lock(mutex);
            changed.wait(lock, [this] { return stopped || queuedBytes.load() < capacity; });
            if (stopped)
                return;
            queuedBytes += chunk.size();
            ring.push_back(std::move(chunk));
            lock.unlock();
            changed.notify_all();
        }
        {
            const std::lock_guard lock(mutex);
            ended = true;
        }
        changed.notify_all();
    }

    // libburn's writer thread. libburn quirk: a read must fill the whole buffer unless it is
    // the last one.
    int take(unsigned char *buffer, int size)
    {
        int done = 0;
        std::unique_lock lock(mutex);
        while (done < size) {
            changed.wait(lock, [this] { return stopped || failed || !ring.empty() || ended; });
            if (stopped || failed)
                return -1;
            if (ring.empty())
                break; // ended
            QByteArray &front = ring.front();
            const qsizetype n = qMin<qsizetype>(size - done, front.size() - frontOffset);
            std::memcpy(buffer + done, front.constData() + frontOffset, size_t(n));
            done += int(n);
            frontOffset += n;
            if (frontOffset == front.size()) {
                queuedBytes -= front.size();
                ring.pop_front();
                frontOffset = 0;
                changed.notify_all(); // room for the producer
            }
        }
        delivered += done;
        return done;
    }
};

namespace {

using StatePtr = std::shared_ptr<ImageBurnSource::State>;

StatePtr &stateOf(burn::burn_source *source)
{
    return *static_cast<StatePtr *>(source->data);
}

// Counts the callbacks in progress, so that the destructor can wait until none is.
struct ReadGuard
{
    std::atomic_int &count;
    explicit ReadGuard(std::atomic_int &c) : count(c) { ++count; }
    ~ReadGuard() { --count; }
    Q_DISABLE_COPY_MOVE(ReadGuard)
};

int readCallback(burn::burn_source *source, unsigned char *buffer, int size)
{
    ImageBurnSource::State &state = *stateOf(source);
    const ReadGuard guard(state.reading);
    return state.take(buffer, size);
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
    m_state->capacity = qMax<qint64>(2 * ChunkBytes, fifoBytes);
    // libburn frees the struct with free() in burn_source_free(), so it must come from calloc.
    m_input = static_cast<burn::burn_source *>(std::calloc(1, sizeof(burn::burn_source)));
    m_input->refcount = 1;
    m_input->read = readCallback;
    m_input->get_size = sizeCallback;
    m_input->set_size = setSizeCallback;
    m_input->free_data = freeCallback;
    m_input->data = new StatePtr(m_state);
    m_state->producer = std::thread(&State::produce, m_state.get());
}

ImageBurnSource::~ImageBurnSource()
{
    // A complete stream has ended on its own; anything else may have a read in progress.
    if (m_state->delivered.load() < m_state->image->size())
        stop();
    m_state->stopped = true;
    m_state->changed.notify_all();
    if (m_state->producer.joinable())
        m_state->producer.join();
    const QDeadlineTimer deadline(30000);
    while (m_state->reading.load() > 0 && !deadline.hasExpired())
        QThread::msleep(10);
    if (m_state->reading.load() > 0) {
        qWarning("Spindle: libburn is still reading the image stream after 30 s; its source is "
                 "left behind");
        return;
    }
    burn::burn_source_free(m_input);
}

int ImageBurnSource::fifoFillPercent() const
{
    return int(m_state->queuedBytes.load() * 100 / m_state->capacity);
}

void ImageBurnSource::stop()
{
    if (m_state->stopped.exchange(true))
        return;
    m_state->changed.notify_all();
    m_state->image->cancel();
}

bool ImageBurnSource::failed() const
{
    return m_state->failed.load();
}

Error ImageBurnSource::error() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->error;
}

qint64 ImageBurnSource::bytesDelivered() const
{
    return m_state->delivered.load();
}

} // namespace Spindle
