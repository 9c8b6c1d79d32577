#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <nettle/sha2.h>

namespace Spindle {

// SHA-256 through nettle, which uses the CPU's SHA instructions where there are some (about
// 1 GB/s here against QCryptographicHash's 150 MB/s): verifying a burned disc or an image
// hashes every byte, often twice. Same calls as QCryptographicHash.
class Sha256 final
{
public:
    Sha256() { sha256_init(&m_ctx); }
    void addData(QByteArrayView data)
    {
        sha256_update(&m_ctx, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
    }
    // The raw digest; the object starts over afterwards (nettle resets it).
    QByteArray result()
    {
        QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
        sha256_digest(&m_ctx, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
        return digest;
    }

private:
    sha256_ctx m_ctx{};
};

} // namespace Spindle
