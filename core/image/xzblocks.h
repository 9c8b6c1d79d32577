#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Spindle {

// The blocks of an .xz file, read from its index (at the end of the file) without decoding.
// `xz -T0` (and pixz) cut the data into blocks of a few dozen MiB that decode independently,
// which is what lets a burn decode such an image on every core: one xz block decodes at about
// 80 MB/s, below twice a BD drive at 12x (108 MB/s).
struct XzBlock
{
    qint64 offset = 0;             // of the block header, in the file
    qint64 unpaddedSize = 0;       // header + compressed data + check, as the index records it
    qint64 uncompressedSize = 0;   // what it decodes to
    qint64 uncompressedOffset = 0; // where that starts in the decoded stream
};

struct XzLayout
{
    QByteArray streamHeader; // the 12 bytes the file starts with (magic, flags, CRC32)
    QList<XzBlock> blocks;
    qint64 uncompressedSize = 0;
    qint64 largestBlock = 0; // uncompressed

    // The block that decodes to byte `offset` of the stream; blocks.size() past the end.
    qsizetype blockAt(qint64 offset) const;
};

// The layout of a single-stream .xz file whose index is intact; nullopt for anything else
// (not xz, truncated, several concatenated streams), which then decodes as one stream.
std::optional<XzLayout> readXzLayout(const QString &path);

// Decodes the blocks of `layout` on several threads, in order, without a temporary file. Each
// block is decoded by libarchive as a stream of its own (the block with a stream header, an
// index and a footer made for it), so liblzma checks every block's check and size as it would
// in the whole file. Holds at most `threads + 1` decoded blocks. The first block's bytes are
// delivered as they decode; a block's last bytes only once its check has passed. Reading can
// start anywhere (`startOffset` in the decoded stream): decoding starts at its block.
class ParallelXzReader
{
public:
    ParallelXzReader(const QString &path, XzLayout layout, int threads, qint64 startOffset = 0);
    ~ParallelXzReader();
    Q_DISABLE_COPY_MOVE(ParallelXzReader)

    // Opens the file and starts the threads; false with error() when the file cannot be read.
    bool start();
    // Up to `max` bytes, in order; 0 at the end, -1 on error (see error()) or after cancel().
    qint64 read(char *buffer, qint64 max);
    QString error() const;
    // Makes a read() waiting on another thread return -1 soon; thread-safe.
    void cancel();

    // How many threads a reader of `layout` would use here; below 2, or when the blocks that
    // many threads hold would take more than `memoryBudget` bytes, parallel decoding does not
    // pay and the caller decodes the file as one stream.
    static int threadsFor(const XzLayout &layout, qint64 memoryBudget = qint64(256) << 20);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Spindle
