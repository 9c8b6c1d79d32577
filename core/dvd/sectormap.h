#pragma once

#include <QtGlobal>
#include <vector>

namespace Spindle {

// Which sectors of a run (a title set's VOBs) stay, and where each lands once the others are
// gone: kept sector s moves to the number of kept sectors before it. A bit per sector plus a
// running count per 64 sectors, so a dual-layer disc's worth takes about 2 MiB and every
// lookup is constant time.
class SectorMap
{
public:
    SectorMap() = default;
    explicit SectorMap(const std::vector<bool> &kept);

    qint64 sectors() const { return m_sectors; }
    qint64 keptSectors() const { return m_kept; }
    bool kept(qint64 sector) const;
    // Where sector `sector` lands (for a sector that goes: where the next kept one lands).
    qint64 newSector(qint64 sector) const;
    // Where a range ending at `sector` (inclusive) ends: the last kept sector up to it.
    qint64 newEnd(qint64 sector) const { return newSector(sector + 1) - 1; }
    // The source sector of kept sector `newSector` (the inverse of newSector for kept ones).
    qint64 sourceSector(qint64 newSector) const;

private:
    qint64 m_sectors = 0;
    qint64 m_kept = 0;
    std::vector<quint64> m_bits;
    std::vector<qint64> m_before; // kept sectors before each 64-sector word
};

} // namespace Spindle
