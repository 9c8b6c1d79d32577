#include "image/xzblocks.h"

#include <archive.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Spindle {

namespace {

// The .xz container (xz-file-format-1.1.0): a stream is a 12-byte header, blocks, an index
// and a 12-byte footer; integers in the index are little-endian base-128.
constexpr int StreamHeaderSize = 12;
constexpr int StreamFooterSize = 12;
constexpr char HeaderMagic[] = {'\xFD', '7', 'z', 'X', 'Z', '\0'};
// Decoded bytes a worker publishes at a time: small enough that the first block reaches the
// burn early, large enough that locking costs nothing.
constexpr qint64 PublishChunk = 1 << 20;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageSource)
};

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

void putLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

quint32 crc(const char *p, qint64 n)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(p), uInt(n)));
}

qint64 roundUp4(qint64 n)
{
    return (n + 3) & ~qint64(3);
}

// Reads one multibyte integer at `*pos`; false when it runs past `end` or is longer than 9
// bytes (the format's limit).
bool readVarint(const QByteArray &data, qsizetype *pos, qsizetype end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (*pos >= end)
            return false;
        const auto byte = quint8(data[(*pos)++]);
        v |= quint64(byte & 0x7F) << (7 * i);
        if (!(byte & 0x80)) {
            *value = v;
            return i == 0 || byte != 0; // no needless trailing zero bytes
        }
    }
    return false;
}

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(0x80 | (v & 0x7F)));
        v >>= 7;
    }
    out.append(char(v));
}

// The index and footer of a stream that holds only `block`, so libarchive can decode that
// block on its own and liblzma still checks its sizes.
QByteArray tailFor(const XzBlock &block, const QByteArray &streamFlags)
{
    QByteArray index;
    index.append('\0'); // index indicator
    putVarint(index, 1);
    putVarint(index, quint64(block.unpaddedSize));
    putVarint(index, quint64(block.uncompressedSize));
    while (index.size() % 4)
        index.append('\0');
    putLe32(index, crc(index.constData(), index.size()));

    QByteArray footerFields;
    putLe32(footerFields, quint32(index.size() / 4 - 1)); // backward size
    footerFields.append(streamFlags);
    QByteArray tail = index;
    putLe32(tail, crc(footerFields.constData(), footerFields.size()));
    tail.append(footerFields);
    tail.append("YZ", 2);
    return tail;
}

} // namespace

std::optional<XzLayout> readXzLayout(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    qint64 end = file.size();
    if (end < StreamHeaderSize + StreamFooterSize)
        return std::nullopt;
    XzLayout layout;
    layout.streamHeader = file.read(StreamHeaderSize);
    if (layout.streamHeader.size() != StreamHeaderSize ||
        !layout.streamHeader.startsWith(QByteArray(HeaderMagic, 6)) ||
        crc(layout.streamHeader.constData() + 6, 2) != le32(layout.streamHeader.constData() + 8))
        return std::nullopt;
    const QByteArray flags = layout.streamHeader.mid(6, 2);

    // Stream padding (zeros in fours) may follow the footer.
    while (end >= 4 && file.seek(end - 4) && file.read(4) == QByteArray(4, '\0'))
        end -= 4;
    if (end < StreamHeaderSize + StreamFooterSize || !file.seek(end - StreamFooterSize))
        return std::nullopt;
    const QByteArray footer = file.read(StreamFooterSize);
    if (footer.size() != StreamFooterSize || footer.mid(10, 2) != "YZ" ||
        footer.mid(8, 2) != flags || crc(footer.constData() + 4, 6) != le32(footer.constData()))
        return std::nullopt;
    const qint64 indexSize = (qint64(le32(footer.constData() + 4)) + 1) * 4;
    const qint64 indexStart = end - StreamFooterSize - indexSize;
    if (indexStart < StreamHeaderSize || !file.seek(indexStart))
        return std::nullopt;
    const QByteArray index = file.read(indexSize);
    if (index.size() != indexSize || index[0] != '\0' ||
        crc(index.constData(), indexSize - 4) != le32(index.constData() + indexSize - 4))
        return std::nullopt;

    qsizetype pos = 1;
    const qsizetype recordsEnd = index.size() - 4;
    quint64 count = 0;
    if (!readVarint(index, &pos, recordsEnd, &count) || count > quint64(indexSize))
        return std::nullopt;
    qint64 offset = StreamHeaderSize;
    for (quint64 i = 0; i < count; ++i) {
        quint64 unpadded = 0;
        quint64 uncompressed = 0;
        if (!readVarint(index, &pos, recordsEnd, &unpadded) ||
            !readVarint(index, &pos, recordsEnd, &uncompressed) || unpadded < 5 ||
            unpadded > quint64(end) || uncompressed > (quint64(1) << 62))
            return std::nullopt;
        layout.blocks.append(
            {offset, qint64(unpadded), qint64(uncompressed), layout.uncompressedSize});
        offset += roundUp4(qint64(unpadded));
        layout.uncompressedSize += qint64(uncompressed);
        layout.largestBlock = qMax(layout.largestBlock, qint64(uncompressed));
    }
    while (pos < recordsEnd && index[pos] == '\0')
        ++pos;
    // The blocks must fill the file exactly from the header to the index: anything else is a
    // file of several streams (or a damaged one), decoded as a whole instead.
    if (pos != recordsEnd || offset != indexStart)
        return std::nullopt;
    return layout;
}

qsizetype XzLayout::blockAt(qint64 offset) const
{
    const auto after =
        std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
                         [](qint64 at, const XzBlock &b) { return at < b.uncompressedOffset; });
    if (after == blocks.cbegin() || offset >= uncompressedSize)
        return blocks.size();
    return (after - blocks.cbegin()) - 1;
}

// The decoded blocks in flight live in slots: block b in slot b % slots.size(). A worker takes
// the next block only when its slot's previous block has been read out in full.
struct ParallelXzReader::State
{
    enum class SlotState
    {
        Empty,
        Decoding,
        Done,
        Failed
    };
    struct Slot
    {
        qint64 block = -1;
        std::unique_ptr<char[]> data;
        qint64 capacity = 0;
        qint64 ready = 0; // bytes of data[] that are final
        SlotState state = SlotState::Empty;
        QString error;
    };

    QString path;
    XzLayout layout;
    QByteArray streamFlags;
    int threadCount = 1;
    int fd = -1;

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<Slot> slots;
    std::vector<std::thread> workers;
    qint64 nextToDecode = 0;
    qint64 readingBlock = 0;
    qint64 readingOffset = 0; // within readingBlock
    bool stopping = false;
    bool cancelled = false;
    QString error;

    void work();
    void decode(Slot &slot, const XzBlock &block);
    void fail(Slot &slot, const QString &why);
};

void ParallelXzReader::State::work()
{
    for (;;) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] {
            return stopping || nextToDecode >= layout.blocks.size() ||
                   nextToDecode < readingBlock + qint64(slots.size());
        });
        if (stopping || nextToDecode >= layout.blocks.size())
            return;
        const qint64 b = nextToDecode++;
        Slot &slot = slots[size_t(b % qint64(slots.size()))];
        slot.block = b;
        slot.ready = 0;
        slot.state = SlotState::Decoding;
        slot.error.clear();
        const XzBlock block = layout.blocks[b];
        lock.unlock();
        decode(slot, block);
    }
}

void ParallelXzReader::State::fail(Slot &slot, const QString &why)
{
    std::lock_guard lock(mutex);
    slot.state = SlotState::Failed;
    slot.error = why;
    changed.notify_all();
}

void ParallelXzReader::State::decode(Slot &slot, const XzBlock &block)
{
    if (slot.capacity < block.uncompressedSize) {
        slot.data.reset(new char[size_t(block.uncompressedSize)]); // uninitialised on purpose
        slot.capacity = block.uncompressedSize;
    }
    // The block as a stream of its own: the file's header, the block, an index of one record.
    const qint64 blockBytes = roundUp4(block.unpaddedSize);
    QByteArray stream = layout.streamHeader;
    stream.resize(StreamHeaderSize + blockBytes);
    qint64 got = 0;
    while (got < blockBytes) {
        const ssize_t n = ::pread(fd, stream.data() + StreamHeaderSize + got,
                                  size_t(blockBytes - got), off_t(block.offset + got));
        if (n <= 0) {
            fail(slot, n < 0 ? QString::fromLocal8Bit(strerror(errno))
                             : Tr::tr("The file ended inside a compressed block."));
            return;
        }
        got += n;
    }
    stream.append(tailFor(block, streamFlags));

    struct archive *a = archive_read_new();
    archive_read_support_filter_xz(a);
    archive_read_support_format_raw(a);
    struct archive_entry *entry = nullptr;
    if (archive_read_open_memory(a, stream.constData(), size_t(stream.size())) != ARCHIVE_OK ||
        archive_read_next_header(a, &entry) != ARCHIVE_OK) {
        fail(slot, QString::fromLocal8Bit(archive_error_string(a)));
        archive_read_free(a);
        return;
    }
    qint64 done = 0;
    qint64 published = 0;
    for (;;) {
        {
            std::lock_guard lock(mutex);
            if (stopping)
                break;
        }
        // One byte more than the block holds, so a block longer than its index is caught.
        const qint64 want = qMin(PublishChunk, block.uncompressedSize - done);
        char spare = 0;
        const la_ssize_t n = want > 0 ? archive_read_data(a, slot.data.get() + done, size_t(want))
                                      : archive_read_data(a, &spare, 1);
        if (n < 0) {
            fail(slot, QString::fromLocal8Bit(archive_error_string(a)));
            break;
        }
        if (n == 0 || want == 0) {
            // The stream has ended (liblzma has checked the block and the index) or runs on.
            if (n > 0 || done != block.uncompressedSize) {
                fail(slot, Tr::tr("A compressed block decodes to %1 bytes instead of %2.")
                               .arg(done + n)
                               .arg(block.uncompressedSize));
                break;
            }
            std::lock_guard lock(mutex);
            slot.ready = done;
            slot.state = SlotState::Done;
            changed.notify_all();
            break;
        }
        done += n;
        // Hold back the block's last bytes until its check has passed.
        const qint64 publishable = qMin(done, block.uncompressedSize - 1);
        if (publishable - published >= PublishChunk) {
            std::lock_guard lock(mutex);
            slot.ready = publishable;
            published = publishable;
            changed.notify_all();
        }
    }
    archive_read_free(a);
}

ParallelXzReader::ParallelXzReader(const QString &path, XzLayout layout, int threads,
                                   qint64 startOffset)
    : d(std::make_unique<State>())
{
    d->path = path;
    d->streamFlags = layout.streamHeader.mid(6, 2);
    d->layout = std::move(layout);
    d->threadCount = qMax(1, threads);
    d->readingBlock = d->layout.blockAt(qMax(qint64(0), startOffset));
    d->nextToDecode = d->readingBlock;
    if (d->readingBlock < d->layout.blocks.size())
        d->readingOffset = startOffset - d->layout.blocks[d->readingBlock].uncompressedOffset;
}

ParallelXzReader::~ParallelXzReader()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->changed.notify_all();
    }
    for (std::thread &t : d->workers)
        t.join();
    if (d->fd >= 0)
        ::close(d->fd);
}

bool ParallelXzReader::start()
{
    d->fd = ::open(QFile::encodeName(d->path).constData(), O_RDONLY | O_CLOEXEC);
    if (d->fd < 0) {
        d->error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    d->slots.resize(size_t(d->threadCount + 1));
    for (int i = 0; i < d->threadCount; ++i)
        d->workers.emplace_back([this] { d->work(); });
    return true;
}

qint64 ParallelXzReader::read(char *buffer, qint64 max)
{
    qint64 done = 0;
    std::unique_lock lock(d->mutex);
    while (done < max) {
        if (d->cancelled) {
            d->error = Tr::tr("Cancelled.");
            return -1;
        }
        if (d->readingBlock >= d->layout.blocks.size())
            break;
        State::Slot &slot = d->slots[size_t(d->readingBlock % qint64(d->slots.size()))];
        const qint64 blockSize = d->layout.blocks[d->readingBlock].uncompressedSize;
        if (slot.block != d->readingBlock || slot.ready <= d->readingOffset) {
            if (slot.block == d->readingBlock && slot.state == State::SlotState::Failed) {
                d->error = slot.error;
                return -1;
            }
            if (slot.block == d->readingBlock && slot.state == State::SlotState::Done &&
                d->readingOffset == blockSize) {
                ++d->readingBlock;
                d->readingOffset = 0;
                d->changed.notify_all(); // the slot is free for a worker
                continue;
            }
            d->changed.wait(lock);
            continue;
        }
        const qint64 n = qMin(max - done, slot.ready - d->readingOffset);
        const char *from = slot.data.get() + d->readingOffset;
        // The bytes below `ready` no longer change; copy them without holding up the workers.
        lock.unlock();
        memcpy(buffer + done, from, size_t(n));
        lock.lock();
        d->readingOffset += n;
        done += n;
    }
    return done;
}

QString ParallelXzReader::error() const
{
    std::lock_guard lock(d->mutex);
    return d->error;
}

void ParallelXzReader::cancel()
{
    std::lock_guard lock(d->mutex);
    d->cancelled = true;
    d->changed.notify_all();
}

int ParallelXzReader::threadsFor(const XzLayout &layout, qint64 memoryBudget)
{
    const int cores = qBound(1, QThread::idealThreadCount(), 4);
    int threads = int(qMin(qint64(cores), qint64(layout.blocks.size())));
    // Each thread holds a block, and one more is being read out.
    while (threads >= 2 && qint64(threads + 1) * layout.largestBlock > memoryBudget)
        --threads;
    return threads >= 2 ? threads : 0;
}

} // namespace Spindle
