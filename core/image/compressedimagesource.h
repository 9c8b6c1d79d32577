#pragma once

#include "image/imagesource.h"

#include <QByteArray>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

struct archive;

namespace Spindle {

class ParallelXzReader;

// A compressed image (.gz, .xz, .bz2, .zst) decoded on the fly by libarchive, with no temporary
// file. The decoded size must be known up front; the caller learns it (ISO volume size, or one
// counting pass) and passes it in. The stream must end exactly there: a longer or shorter
// stream is an error, never a silently truncated or padded burn. An .xz of several blocks
// (`xz -T0`) decodes on several threads (ParallelXzReader).
class CompressedImageSource final : public ImageSource
{
public:
    CompressedImageSource(const QString &path, const QString &compression, qint64 size);
    ~CompressedImageSource() override;
    Q_DISABLE_COPY_MOVE(CompressedImageSource)

    std::optional<Error> open() override;
    qint64 size() const override { return m_size; }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override;
    void cancel() override;
    // True once open() chose to decode the blocks of an .xz on several threads.
    bool decodesInParallel() const { return m_parallel != nullptr; }

    // Decodes up to `max` bytes from the start of `path` (for probing the ISO header).
    static Result<QByteArray> readHead(const QString &path, qint64 max);
    // Decodes the whole stream once and counts its bytes (images without an ISO header); an
    // .xz with an intact index says it without decoding.
    static Result<qint64> countDecodedBytes(const QString &path,
                                            const std::function<bool()> &cancelled);

private:
    void close();
    // libarchive quirk: its gzip reader does not check the CRC-32 trailer, so a damaged
    // gzip stream can decode to wrong data without an error; check it here.
    bool gzipTrailerMatches() const;
    std::optional<Error> checkEnd();
    Error damaged(const QString &detail) const;
    qint64 readParallel(char *buffer, qint64 want);
    Error largerThanFileSystem() const;

    QString m_path;
    QString m_compression;
    qint64 m_size = 0;
    qint64 m_delivered = 0;
    struct archive *m_archive = nullptr;
    std::unique_ptr<ParallelXzReader> m_parallel;
    qint64 m_parallelTotal = 0;           // what the blocks decode to, from the .xz index
    std::mutex m_parallelLock;            // cancel() comes from another thread
    std::atomic_bool m_cancelled = false; // a failed read then is a cancel, not damage
    quint32 m_crc = 0;
    quint32 m_trailerCrc = 0;
    quint32 m_trailerSize = 0;
    bool m_haveTrailer = false;
    Error m_error;
};

} // namespace Spindle
