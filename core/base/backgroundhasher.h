#pragma once

#include <QByteArray>
#include <QString>

#include <nettle/md5.h>
#include <nettle/sha2.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Spindle {

// SHA-256 and MD5 of a stream, computed on a thread of its own so that hashing overlaps the
// reading and writing of the next chunk: on two cores a copy with checksums then takes about
// as long as the slower of the two, not their sum. Memory stays bounded: add() waits while
// `maxQueued` chunks are still waiting to be hashed.
class BackgroundHasher final
{
public:
    BackgroundHasher(bool sha256, bool md5, int maxQueued = 8);
    ~BackgroundHasher();
    BackgroundHasher(const BackgroundHasher &) = delete;
    BackgroundHasher &operator=(const BackgroundHasher &) = delete;

    // Queues a copy of the bytes (implicitly shared: pass a QByteArray to avoid the copy).
    void add(QByteArray chunk);
    // Waits for every queued chunk; returns the hex digests (empty when not requested).
    // Call once: the digests are final.
    struct Digests
    {
        QString sha256;
        QString md5;
    };
    Digests finish();
    qint64 bytesAdded() const { return m_added; }

private:
    void work();

    const bool m_wantSha256;
    const bool m_wantMd5;
    const int m_maxQueued;
    sha256_ctx m_sha256{};
    md5_ctx m_md5{};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_busy = false; // the worker holds a chunk it took off the queue
    bool m_stop = false;
    qint64 m_added = 0;
    std::thread m_thread;
};

} // namespace Spindle
