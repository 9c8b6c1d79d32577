#pragma once

#include <QString>
#include <cstdint>

struct iso_data_source;

namespace Spindle {

// How a compressed source was read, summed over every compressed source of the process (for
// tests and benchmarks that measure how often decoding had to start again).
struct CompressedIsoStats
{
    qint64 requests = 0;      // blocks libisofs asked for
    qint64 cacheHits = 0;     // served from a cache without decoding
    qint64 decodedBlocks = 0; // blocks the decoder produced, including skipped ones
    qint64 backwardReads = 0; // requests for a block before the decoder's position
    qint64 restarts = 0;      // times decoding started again from the first block
};

// True when `path` starts with a gzip, xz, bzip2 or zstd signature.
bool isCompressedFile(const QString &path);
// True when `path` is compressed and decodes to an ISO 9660 image (decodes its first 34 KB).
bool isCompressedIso(const QString &path);
// True for names such as "x.iso.gz", "x.iso.xz", "x.iso.bz2", "x.iso.zst" (any case) whose
// first 34 KB do not decode: a damaged or truncated download, not some other kind of file.
bool isDamagedCompressedIso(const QString &path);

// A libisofs IsoDataSource over a compressed ISO image (.iso.gz/.xz/.bz2/.zst), decoded by
// libarchive with no temporary copy. libisofs asks for single 2048-byte blocks in any order, a
// compressed stream only decodes forwards, so:
//  - the decoder runs forward to each requested block, keeping the last few MiB it produced
//    (small backward steps cost nothing);
//  - every block libisofs requests is kept (up to 32 MiB), as are the first 64 blocks: the
//    import reads volume descriptors, path tables and directory records, and looks at some
//    of them again;
//  - a read further back than that starts the decoder again from the start (logged as a NOTE
//    through libisofs' message queue). Measured (tst_compressedisodatasource): the import
//    reads only the first few dozen blocks, and the writer reads file contents in ascending
//    block order for images made by xorriso and genisoimage, whole or with folders left out,
//    so a build decodes the stream once, with no restart.
// Thread-safe (the libisofs writer thread and the job thread may both read). Returns a source
// with one reference; release it with iso_data_source_unref().
iso_data_source *newCompressedIsoDataSource(const QString &path);

// Why the last read of `source` failed (a damaged or truncated stream); empty when none did.
QString compressedIsoDataSourceError(iso_data_source *source);

CompressedIsoStats compressedIsoStats();
void resetCompressedIsoStats();

} // namespace Spindle
