#pragma once

#include "ecc/rs03layout.h"
#include "ecc/rs03repair.h"

#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace Spindle {

// dvdisaster -t's prognosis for a protected disc, worked out while the disc is read once from
// start to end, without a copy: every sector comes in order, as data or as unreadable. A data
// sector is damaged when it was unreadable, holds dvdisaster's dead sector marker, or does not
// match its CRC in the CRC layer (a CRC error; the CRC layer comes after the data, so the CRCs
// of what was read are kept until then: 4 bytes a sector); a CRC sector when it is not intact;
// an ecc sector when it was unreadable or holds the marker. Ecc sectors that read fine but hold
// wrong bytes show only when the data is encoded again, which needs the whole disc at once: a
// repair finds those. A group of 255 (an ecc block) with more damaged sectors than roots loses
// them all. The counts follow Rs03RepairReport's, so that the prognosis and the repair of the
// copy agree.
class Rs03DiscScan final
{
public:
    explicit Rs03DiscScan(const Rs03Layout &layout);

    // Sectors from `first` on, in order: `count` sectors of data (2048 bytes each), ...
    void addSectors(qint64 first, const uint8_t *data, qint64 count);
    // ... or `count` sectors the drive could not read.
    void addUnreadable(qint64 first, qint64 count);
    // After the last sector the disc holds: every sector not given counts as missing.
    Rs03RepairReport finish();

    qint64 totalSectors() const { return m_layout.totalSectors(); }

private:
    void markDamaged(qint64 sector);
    void checkCrcSector(qint64 block, const uint8_t *sector);

    Rs03Layout m_layout;
    qint64 m_next = 0;                // the next sector expected
    std::vector<uint32_t> m_crcs;     // of every data sector read, until the CRC layer comes
    std::vector<bool> m_damaged;      // data and CRC sectors found damaged so far
    std::vector<uint16_t> m_perBlock; // damaged sectors of each ecc block
    Rs03RepairReport m_report;
};

} // namespace Spindle
