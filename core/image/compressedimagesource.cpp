#include "image/compressedimagesource.h"

#include "image/xzblocks.h"

#include <archive.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Spindle {

namespace {

constexpr size_t ArchiveBlockSize = 1 << 20;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageSource)
};

// A raw (single-stream) reader that undoes any compression libarchive knows.
struct archive *openRaw(const QString &path, QString *failure)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_raw(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), ArchiveBlockSize) !=
        ARCHIVE_OK) {
        *failure = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return nullptr;
    }
    struct archive_entry *entry = nullptr;
    if (archive_read_next_header(a, &entry) != ARCHIVE_OK) {
        *failure = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return nullptr;
    }
    return a;
}

Error damagedError(const QString &path, const QString &detail)
{
    return {Tr::tr("The compressed image %1 is damaged or incomplete, so it cannot be burned. "
                   "Download it again, or check it against its published checksum.")
                .arg(QFileInfo(path).fileName()),
            detail};
}

} // namespace

CompressedImageSource::CompressedImageSource(const QString &path, const QString &compression,
                                             qint64 size)
    : m_path(path), m_compression(compression), m_size(size)
{}

CompressedImageSource::~CompressedImageSource()
{
    close();
}

void CompressedImageSource::close()
{
    {
        std::lock_guard lock(m_parallelLock);
        m_parallel.reset();
    }
    if (m_archive)
        archive_read_free(m_archive);
    m_archive = nullptr;
}

Error CompressedImageSource::damaged(const QString &detail) const
{
    return damagedError(m_path, detail);
}

std::optional<Error> CompressedImageSource::open()
{
    close();
    m_error = {};
    m_cancelled = false;
    m_delivered = 0;
    m_crc = quint32(crc32(0, nullptr, 0));
    m_haveTrailer = false;
    if (m_compression == QLatin1String("gzip")) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && file.size() >= 18 && file.seek(file.size() - 8)) {
            const QByteArray t = file.read(8);
            const auto *u = reinterpret_cast<const unsigned char *>(t.constData());
            m_trailerCrc =
                quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
            m_trailerSize =
                quint32(u[4]) | quint32(u[5]) << 8 | quint32(u[6]) << 16 | quint32(u[7]) << 24;
            m_haveTrailer = t.size() == 8;
        }
    }
    if (m_compression == QLatin1String("xz")) {
        if (auto layout = readXzLayout(m_path)) {
            if (const int threads = ParallelXzReader::threadsFor(*layout)) {
                m_parallelTotal = layout->uncompressedSize;
                auto reader =
                    std::make_unique<ParallelXzReader>(m_path, std::move(*layout), threads);
                if (!reader->start()) {
                    m_error = damaged(reader->error());
                    return m_error;
                }
                std::lock_guard lock(m_parallelLock);
                m_parallel = std::move(reader);
                return std::nullopt;
            }
        }
    }
    QString failure;
    m_archive = openRaw(m_path, &failure);
    if (!m_archive) {
        m_error = damaged(failure);
        return m_error;
    }
    return std::nullopt;
}

void CompressedImageSource::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_parallelLock);
    if (m_parallel)
        m_parallel->cancel();
}

qint64 CompressedImageSource::readParallel(char *buffer, qint64 want)
{
    const qint64 done = m_parallel->read(buffer, want);
    if (done < 0) {
        // Not "damaged": the burn that cancelled says what became of the disc.
        m_error = m_cancelled ? Error{Tr::tr("Reading the image was cancelled."), {}}
                              : damaged(m_parallel->error());
        return -1;
    }
    m_delivered += done;
    if (m_delivered < m_size && done < want) {
        m_error =
            damaged(Tr::tr("The stream ended after %1 of %2 bytes.").arg(m_delivered).arg(m_size));
        return -1;
    }
    if (m_delivered == m_size && m_parallelTotal > m_size) {
        m_error = largerThanFileSystem();
        return -1;
    }
    return done;
}

qint64 CompressedImageSource::read(char *buffer, qint64 max)
{
    if (!m_archive && !m_parallel)
        return -1;
    const qint64 want = qMin(max, m_size - m_delivered);
    if (want <= 0)
        return 0;
    if (m_parallel)
        return readParallel(buffer, want);
    qint64 done = 0;
    while (done < want) {
        const la_ssize_t n = archive_read_data(m_archive, buffer + done, size_t(want - done));
        if (n < 0) {
            m_error = damaged(QString::fromLocal8Bit(archive_error_string(m_archive)));
            return -1;
        }
        if (n == 0)
            break;
        done += n;
    }
    if (m_haveTrailer)
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(buffer), uInt(done)));
    m_delivered += done;
    if (m_delivered < m_size && done < want) {
        m_error =
            damaged(Tr::tr("The stream ended after %1 of %2 bytes.").arg(m_delivered).arg(m_size));
        return -1;
    }
    // Check the end before handing over the last bytes, so a bad stream never completes a burn.
    if (m_delivered == m_size) {
        if (auto problem = checkEnd()) {
            m_error = *problem;
            return -1;
        }
    }
    return done;
}

std::optional<Error> CompressedImageSource::checkEnd()
{
    // The stream must end where its size said: more data means the size was wrong and the
    // burn would silently drop the rest.
    char extra = 0;
    const la_ssize_t more = archive_read_data(m_archive, &extra, 1);
    if (more > 0 && m_haveTrailer && m_trailerSize == quint32(m_size))
        return damaged(Tr::tr("The gzip stream decodes to more data than its trailer records."));
    if (more > 0) {
        // A damaged stream often decodes to garbage before its checksum fails: read on a little
        // so that damage is reported as damage, not as a wrong size.
        QByteArray sink(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i) {
            const la_ssize_t n = archive_read_data(m_archive, sink.data(), size_t(sink.size()));
            if (n < 0)
                return damaged(QString::fromLocal8Bit(archive_error_string(m_archive)));
            if (n == 0)
                break;
        }
        return largerThanFileSystem();
    }
    if (more < 0)
        return damaged(QString::fromLocal8Bit(archive_error_string(m_archive)));
    if (!gzipTrailerMatches())
        return damaged(Tr::tr("The gzip CRC-32 does not match the decompressed data."));
    return std::nullopt;
}

Error CompressedImageSource::largerThanFileSystem() const
{
    return {Tr::tr("The decompressed image %1 is larger than its file system says "
                   "(%2 bytes). Spindle stopped rather than burn an incomplete copy; "
                   "decompress the image and burn the uncompressed file.")
                .arg(QFileInfo(m_path).fileName())
                .arg(m_size),
            {}};
}

bool CompressedImageSource::gzipTrailerMatches() const
{
    // A multi-member gzip file (pigz, concatenation) has per-member trailers: the last one's
    // size field then differs from the total, and the check does not apply.
    if (!m_haveTrailer || m_trailerSize != quint32(m_delivered))
        return true;
    return m_crc == m_trailerCrc;
}

QString CompressedImageSource::description() const
{
    return Tr::tr("%1 (%2-compressed)").arg(QFileInfo(m_path).fileName(), m_compression);
}

Result<QByteArray> CompressedImageSource::readHead(const QString &path, qint64 max)
{
    QString failure;
    struct archive *a = openRaw(path, &failure);
    if (!a)
        return damagedError(path, failure);
    QByteArray head(max, Qt::Uninitialized);
    qint64 done = 0;
    while (done < max) {
        const la_ssize_t n = archive_read_data(a, head.data() + done, size_t(max - done));
        if (n < 0) {
            const QString detail = QString::fromLocal8Bit(archive_error_string(a));
            archive_read_free(a);
            return damagedError(path, detail);
        }
        if (n == 0)
            break;
        done += n;
    }
    archive_read_free(a);
    head.truncate(done);
    return head;
}

Result<qint64> CompressedImageSource::countDecodedBytes(const QString &path,
                                                        const std::function<bool()> &cancelled)
{
    if (auto layout = readXzLayout(path))
        return layout->uncompressedSize;
    QString failure;
    struct archive *a = openRaw(path, &failure);
    if (!a)
        return damagedError(path, failure);
    QByteArray buffer(int(ArchiveBlockSize), Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancelled && cancelled()) {
            archive_read_free(a);
            return Error{Tr::tr("Cancelled."), {}};
        }
        const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            const QString detail = QString::fromLocal8Bit(archive_error_string(a));
            archive_read_free(a);
            return damagedError(path, detail);
        }
        if (n == 0)
            break;
        total += n;
    }
    archive_read_free(a);
    return total;
}

} // namespace Spindle
