#include "image/filedatasource.h"

#include "image/isodatasource.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QFile>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace Spindle {

namespace {

constexpr int ChunkBlocks = 128; // 256 KiB
// A few chunks, so that directory records, boot images and file data read in turn do not
// push each other out.
constexpr int ChunkSlots = 4;

struct Chunk
{
    std::vector<uint8_t> bytes = std::vector<uint8_t>(size_t(ChunkBlocks) * 2048);
    int64_t first = -1; // first block held, -1 when empty
    int blocks = 0;     // whole blocks held
    uint64_t used = 0;  // for least-recently-used replacement
};

struct FileSourceData
{
    ~FileSourceData()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int readBlock(uint32_t lba, uint8_t *buffer);

    int fd = -1;
    // libisofs reads from its writer thread; the importing thread may read too.
    std::mutex mutex;
    std::array<Chunk, ChunkSlots> chunks;
    uint64_t clock = 0;
};

// Fills `chunk` with the chunk holding `lba`; returns false on a read error.
bool load(FileSourceData *d, Chunk &chunk, int64_t lba)
{
    const int64_t first = lba / ChunkBlocks * ChunkBlocks;
    size_t done = 0;
    const size_t want = chunk.bytes.size();
    while (done < want) {
        const ssize_t n = ::pread(d->fd, chunk.bytes.data() + done, want - done,
                                  off_t(first * 2048 + int64_t(done)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            chunk.first = -1;
            return false;
        }
        if (n == 0)
            break; // end of file
        done += size_t(n);
    }
    chunk.first = first;
    chunk.blocks = int(done / 2048);
    return true;
}

int FileSourceData::readBlock(uint32_t lba, uint8_t *buffer)
{
    const std::lock_guard lock(mutex);
    Chunk *hit = nullptr;
    for (Chunk &c : chunks) {
        if (c.first >= 0 && int64_t(lba) >= c.first && int64_t(lba) < c.first + ChunkBlocks) {
            hit = &c;
            break;
        }
    }
    if (!hit) {
        hit = &chunks[0];
        for (Chunk &c : chunks) {
            if (c.used < hit->used)
                hit = &c;
        }
        if (!load(this, *hit, int64_t(lba)))
            return ISO_DATA_SOURCE_MISHAP;
    }
    hit->used = ++clock;
    const int64_t index = int64_t(lba) - hit->first;
    if (index >= hit->blocks)
        return ISO_DATA_SOURCE_MISHAP; // past the end, or a partial last block
    std::memcpy(buffer, hit->bytes.data() + index * 2048, 2048);
    return ISO_SUCCESS;
}

} // namespace

iso_data_source *newFileDataSource(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    // Mostly long sequential runs (file data in image order): let the kernel read ahead more.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    auto data = std::make_unique<FileSourceData>();
    data->fd = fd;
    return newIsoDataSource(std::move(data));
}

} // namespace Spindle
