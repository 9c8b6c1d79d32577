#pragma once

#include "image/imagesource.h"

#include <QByteArray>
#include <functional>

struct archive;

namespace Spindle {

// A compressed image (.gz, .xz, .bz2, .zst) decoded on the fly by libarchive, with no temporary
// file. The decoded size must be known up front; the caller learns it (ISO volume size, or one
// counting pass) and passes it in. The stream must end exactly there: a longer or shorter
// stream is an error, never a silently truncated or padded burn.
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

    // Decodes up to `max` bytes from the start of `path` (for probing the ISO header).
    static Result<QByteArray> readHead(const QString &path, qint64 max);
    // Decodes the whole stream once and counts its bytes (images without an ISO header).
    static Result<qint64> countDecodedBytes(const QString &path,
                                            const std::function<bool()> &cancelled);

private:
    void close();
    // libarchive quirk: its gzip reader does not check the CRC-32 trailer, so a damaged
    // gzip stream can decode to wrong data without an error; check it here.
    bool gzipTrailerMatches() const;
    std::optional<Error> checkEnd();
    Error damaged(const QString &detail) const;

    QString m_path;
    QString m_compression;
    qint64 m_size = 0;
    qint64 m_delivered = 0;
    struct archive *m_archive = nullptr;
    quint32 m_crc = 0;
    quint32 m_trailerCrc = 0;
    quint32 m_trailerSize = 0;
    bool m_haveTrailer = false;
    Error m_error;
};

} // namespace Spindle
