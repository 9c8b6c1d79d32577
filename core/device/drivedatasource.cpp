#include "device/drivedatasource.h"

#include "device/grabbeddrive.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QByteArray>
#include <cstdlib>
#include <cstring>

namespace Spindle {

namespace {

constexpr int ReadAheadBlocks = 32;

struct DriveSourceData
{
    std::shared_ptr<GrabbedDrive> drive;
    QByteArray cache{ReadAheadBlocks * 2048, '\0'};
    qint64 cacheStart = -1;
    int cacheBlocks = 0;
};

DriveSourceData *dataOf(IsoDataSource *src)
{
    return static_cast<DriveSourceData *>(src->data);
}

int openSource(IsoDataSource *)
{
    return ISO_SUCCESS;
}

int closeSource(IsoDataSource *)
{
    return ISO_SUCCESS;
}

int readBlock(IsoDataSource *src, uint32_t lba, uint8_t *buffer)
{
    DriveSourceData *d = dataOf(src);
    if (d->cacheStart < 0 || qint64(lba) < d->cacheStart ||
        qint64(lba) >= d->cacheStart + d->cacheBlocks) {
        qint64 got = d->drive->readBlocks(lba, ReadAheadBlocks, d->cache.data());
        if (got < 2048) {
            // Near the end of the medium a long read fails: fall back to the single block.
            got = d->drive->readBlocks(lba, 1, d->cache.data());
            if (got < 2048) {
                // FATAL, not MISHAP: for a MISHAP libisofs' writer fills the file with zeros
                // and goes on, so a scratched disc would give a "successful" image with
                // zeroed files. Copy it with rescue mode first (read --skip-unreadable).
                d->cacheStart = -1;
                return ISO_DATA_SOURCE_FATAL;
            }
        }
        d->cacheStart = lba;
        d->cacheBlocks = int(got / 2048);
    }
    std::memcpy(buffer, d->cache.constData() + (qint64(lba) - d->cacheStart) * 2048, 2048);
    return ISO_SUCCESS;
}

void freeData(IsoDataSource *src)
{
    delete dataOf(src);
    src->data = nullptr;
}

} // namespace

iso_data_source *newDriveDataSource(std::shared_ptr<GrabbedDrive> drive)
{
    // libisofs releases the struct with free() when the last reference goes.
    auto *src = static_cast<IsoDataSource *>(std::calloc(1, sizeof(IsoDataSource)));
    src->version = 0;
    src->refcount = 1;
    src->open = openSource;
    src->close = closeSource;
    src->read_block = readBlock;
    src->free_data = freeData;
    src->data = new DriveSourceData{std::move(drive)};
    return src;
}

} // namespace Spindle
