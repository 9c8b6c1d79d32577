#include "image/compressedisodatasource.h"

#include "image/isodatasource.h"
#include "image/xzblocks.h"

#include <archive.h>

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace Spindle {

// Off unless QT_LOGGING_RULES enables it: restarts also reach the job log through libisofs.
Q_LOGGING_CATEGORY(lcCompressedIso, "spindle.compressediso", QtWarningMsg)

namespace {

constexpr qint64 BlockSize = 2048;
constexpr qint64 WindowBlocks = 2048; // 4 MiB of the most recently decoded blocks
constexpr int PinnedLimit = 16384;    // 32 MiB of requested blocks
constexpr qint64 LowBlocks = 64;      // system area, volume descriptors, first path tables

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompressedIsoDataSource)
};

struct Counters
{
    std::atomic<qint64> requests{0}, cacheHits{0}, decodedBlocks{0}, backwardReads{0}, restarts{0};
};

Counters &counters()
{
    static Counters c;
    return c;
}

// The decoder and its caches for one compressed image.
class CompressedBlocks final
{
public:
    explicit CompressedBlocks(const QString &path) : m_path(path)
    {
        // An .xz of several blocks decodes on several threads, and from any of its blocks.
        if (auto layout = readXzLayout(path)) {
            if (const int threads = ParallelXzReader::threadsFor(*layout)) {
                m_xzLayout = std::move(*layout);
                m_xzThreads = threads;
            }
        }
    }
    ~CompressedBlocks() { closeDecoder(); }
    Q_DISABLE_COPY_MOVE(CompressedBlocks)

    // FATAL, not MISHAP: for a MISHAP the image writer fills the file with zeros and goes on,
    // so a damaged source would silently give an image with zeroed files.
    int readBlock(uint32_t lba, uint8_t *out)
    {
        return read(lba, out) ? ISO_SUCCESS : ISO_DATA_SOURCE_FATAL;
    }

    bool read(qint64 lba, uint8_t *out)
    {
        std::lock_guard lock(m_mutex);
        ++counters().requests;
        if (const char *cached = find(lba)) {
            ++counters().cacheHits;
            std::memcpy(out, cached, BlockSize);
            pin(lba, cached);
            return true;
        }
        bool restarted = false;
        if (lba < m_next) {
            ++counters().backwardReads;
            restart(lba);
            restarted = true;
        }
        // With xz blocks, decoding starts at the block that holds `lba` after a restart, and
        // skips to it when it lies far ahead (the files a trim leaves out).
        if (m_xzThreads && (!m_xz || farAhead(lba))) {
            if (!openXz(m_xz || restarted ? lba : 0))
                return false;
        }
        if (!m_archive && !m_xz && !openDecoder())
            return false;
        while (m_next <= lba) {
            if (!decodeNext())
                return false;
        }
        const char *block = find(lba);
        std::memcpy(out, block, BlockSize);
        pin(lba, block);
        return true;
    }

    QString error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    const char *find(qint64 lba) const
    {
        if (lba < m_next && lba >= m_next - m_windowFill)
            return m_window.constData() + (lba % WindowBlocks) * BlockSize;
        const auto it = m_pinned.constFind(lba);
        return it == m_pinned.cend() ? nullptr : it->constData();
    }

    void pin(qint64 lba, const char *block)
    {
        if (m_pinned.size() < PinnedLimit && !m_pinned.contains(lba))
            m_pinned.insert(lba, QByteArray(block, BlockSize));
    }

    bool openDecoder()
    {
        m_archive = archive_read_new();
        archive_read_support_filter_all(m_archive);
        archive_read_support_format_raw(m_archive);
        archive_entry *entry = nullptr;
        if (archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(), 1 << 20) !=
                ARCHIVE_OK ||
            archive_read_next_header(m_archive, &entry) != ARCHIVE_OK) {
            fail(QString::fromLocal8Bit(archive_error_string(m_archive)));
            return false;
        }
        m_next = 0;
        m_windowFill = 0;
        return true;
    }

    // Whether block `lba` lies beyond the xz blocks the decoder has in flight.
    bool farAhead(qint64 lba) const
    {
        const qsizetype at = m_xzLayout.blockAt(m_next * BlockSize);
        return m_xzLayout.blockAt(lba * BlockSize) > at + m_xzThreads + 1;
    }

    bool openXz(qint64 lba)
    {
        closeDecoder();
        m_xz = std::make_unique<ParallelXzReader>(m_path, m_xzLayout, m_xzThreads, lba * BlockSize);
        if (!m_xz->start()) {
            fail(m_xz->error());
            return false;
        }
        m_next = lba;
        m_windowFill = 0;
        return true;
    }

    void closeDecoder()
    {
        if (m_archive)
            archive_read_free(m_archive);
        m_archive = nullptr;
        m_xz.reset();
    }

    void restart(qint64 lba)
    {
        ++counters().restarts;
        const QByteArray note =
            QStringLiteral("Compressed image %1: block %2 is behind the decoder (at %3) and not "
                           "cached; decoding again from %4")
                .arg(QFileInfo(m_path).fileName())
                .arg(lba)
                .arg(m_next)
                .arg(m_xzThreads ? QStringLiteral("its xz block") : QStringLiteral("the start"))
                .toLocal8Bit();
        qCInfo(lcCompressedIso, "%s", note.constData());
        iso_msgs_submit(0, const_cast<char *>(note.constData()), 0, const_cast<char *>("NOTE"), 0);
        closeDecoder();
    }

    // Decodes block m_next into the window.
    bool decodeNext()
    {
        char *slot = m_window.data() + (m_next % WindowBlocks) * BlockSize;
        qint64 done = 0;
        while (done < BlockSize) {
            const qint64 n =
                m_xz ? m_xz->read(slot + done, BlockSize - done)
                     : qint64(archive_read_data(m_archive, slot + done, size_t(BlockSize - done)));
            if (n < 0) {
                fail(m_xz ? m_xz->error()
                          : QString::fromLocal8Bit(archive_error_string(m_archive)));
                return false;
            }
            if (n == 0) {
                fail(Tr::tr(
                         "The decompressed stream ends after %1 bytes, before the block the image "
                         "refers to.")
                         .arg(m_next * BlockSize + done));
                return false;
            }
            done += n;
        }
        ++m_next;
        m_windowFill = qMin(m_windowFill + 1, WindowBlocks);
        ++counters().decodedBlocks;
        if (m_next <= LowBlocks)
            pin(m_next - 1, slot);
        return true;
    }

    void fail(const QString &detail)
    {
        m_error = detail;
        // Into the job's log through libisofs' queue: libisofs itself only says "Read error".
        const QByteArray text =
            Tr::tr("The compressed image %1 is damaged or incomplete (%2). Download it again, or "
                   "check it against its published checksum.")
                .arg(QFileInfo(m_path).fileName(), detail)
                .toLocal8Bit();
        iso_msgs_submit(0, const_cast<char *>(text.constData()), 0, const_cast<char *>("FAILURE"),
                        0);
        closeDecoder();
        m_next = 0;
        m_windowFill = 0;
    }

    QString m_path;
    mutable std::mutex m_mutex;
    archive *m_archive = nullptr;
    XzLayout m_xzLayout;
    int m_xzThreads = 0; // 0: decoded as one stream by libarchive
    std::unique_ptr<ParallelXzReader> m_xz;
    qint64 m_next = 0; // the block the decoder produces next
    QByteArray m_window{int(WindowBlocks * BlockSize), '\0'};
    qint64 m_windowFill = 0; // valid blocks in the window, ending at m_next - 1
    QHash<qint64, QByteArray> m_pinned;
    QString m_error;
};

QByteArray decodedHead(const QString &path, qint64 max)
{
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_raw(a);
    QByteArray head;
    archive_entry *entry = nullptr;
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) == ARCHIVE_OK &&
        archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        head.resize(max);
        qint64 done = 0;
        la_ssize_t n = 0;
        while (done < max && (n = archive_read_data(a, head.data() + done, size_t(max - done))) > 0)
            done += n;
        head.truncate(done);
    }
    archive_read_free(a);
    return head;
}

} // namespace

bool isCompressedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray m = file.read(6);
    return m.startsWith("\x1f\x8b") ||
           m.startsWith("\xfd"
                        "7zXZ") ||
           m.startsWith("BZh") || m.startsWith("\x28\xb5\x2f\xfd");
}

bool isCompressedIso(const QString &path)
{
    if (!isCompressedFile(path))
        return false;
    const QByteArray head = decodedHead(path, 16 * BlockSize + 6);
    return head.size() == 16 * BlockSize + 6 && head.mid(16 * BlockSize + 1, 5) == "CD001";
}

bool isDamagedCompressedIso(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    const bool isoName =
        name.endsWith(QLatin1String(".iso.gz")) || name.endsWith(QLatin1String(".iso.xz")) ||
        name.endsWith(QLatin1String(".iso.bz2")) || name.endsWith(QLatin1String(".iso.zst"));
    return isoName && isCompressedFile(path) &&
           decodedHead(path, 16 * BlockSize + 6).size() < 16 * BlockSize + 6;
}

iso_data_source *newCompressedIsoDataSource(const QString &path)
{
    return newIsoDataSource(std::make_unique<CompressedBlocks>(path));
}

QString compressedIsoDataSourceError(iso_data_source *source)
{
    return source && source->data ? isoDataSourceObject<CompressedBlocks>(source)->error()
                                  : QString();
}

CompressedIsoStats compressedIsoStats()
{
    const Counters &c = counters();
    return {c.requests.load(), c.cacheHits.load(), c.decodedBlocks.load(), c.backwardReads.load(),
            c.restarts.load()};
}

void resetCompressedIsoStats()
{
    Counters &c = counters();
    c.requests = 0;
    c.cacheHits = 0;
    c.decodedBlocks = 0;
    c.backwardReads = 0;
    c.restarts = 0;
}

} // namespace Spindle
