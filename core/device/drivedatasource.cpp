#include "device/drivedatasource.h"

#include "image/isodatasource.h"

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
    int readBlock(uint32_t lba, uint8_t *buffer);

    std::shared_ptr<GrabbedDrive> drive;
    QByteArray cache{ReadAheadBlocks * 2048, '\0'};
    qint64 cacheStart = -1;
    int cacheBlocks = 0;
};

int DriveSourceData::readBlock(uint32_t lba, uint8_t *buffer)
{
    if (cacheStart < 0 || qint64(lba) < cacheStart || qint64(lba) >= cacheStart + cacheBlocks) {
        qint64 got = drive->readBlocks(lba, ReadAheadBlocks, cache.data());
        if (got < 2048) {
            // Near the end of the medium a long read fails: fall back to the single block.
            got = drive->readBlocks(lba, 1, cache.data());
            if (got < 2048) {
                // FATAL, not MISHAP: for a MISHAP libisofs' writer fills the file with zeros
                // and goes on, so a scratched disc would give a "successful" image with
                // zeroed files. Copy it with rescue mode first (read --skip-unreadable).
                cacheStart = -1;
                return ISO_DATA_SOURCE_FATAL;
            }
        }
        cacheStart = lba;
        cacheBlocks = int(got / 2048);
    }
    std::memcpy(buffer, cache.constData() + (qint64(lba) - cacheStart) * 2048, 2048);
    return ISO_SUCCESS;
}

} // namespace

iso_data_source *newDriveDataSource(std::shared_ptr<GrabbedDrive> drive)
{
    auto data = std::make_unique<DriveSourceData>();
    data->drive = std::move(drive);
    return newIsoDataSource(std::move(data));
}

} // namespace Spindle
