#include "base/backgroundhasher.h"

namespace Spindle {

BackgroundHasher::BackgroundHasher(bool sha256, bool md5, int maxQueued)
    : m_wantSha256(sha256), m_wantMd5(md5), m_maxQueued(qMax(1, maxQueued))
{
    sha256_init(&m_sha256);
    md5_init(&m_md5);
    if (m_wantSha256 || m_wantMd5)
        m_thread = std::thread(&BackgroundHasher::work, this);
}

BackgroundHasher::~BackgroundHasher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundHasher::add(QByteArray chunk)
{
    if (!m_thread.joinable() || chunk.isEmpty())
        return;
    m_added += chunk.size();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return int(m_queue.size()) < m_maxQueued; });
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
}

BackgroundHasher::Digests BackgroundHasher::finish()
{
    if (m_thread.joinable()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    }
    Digests d;
    if (m_wantSha256) {
        QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
        sha256_digest(&m_sha256, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
        d.sha256 = QString::fromLatin1(digest.toHex());
    }
    if (m_wantMd5) {
        QByteArray digest(MD5_DIGEST_SIZE, Qt::Uninitialized);
        md5_digest(&m_md5, MD5_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
        d.md5 = QString::fromLatin1(digest.toHex());
    }
    return d;
}

void BackgroundHasher::work()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        m_changed.notify_all(); // room in the queue
        const auto *bytes = reinterpret_cast<const uint8_t *>(chunk.constData());
        if (m_wantSha256)
            sha256_update(&m_sha256, size_t(chunk.size()), bytes);
        if (m_wantMd5)
            md5_update(&m_md5, size_t(chunk.size()), bytes);
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_changed.notify_all(); // finish() may be waiting
    }
}

} // namespace Spindle
