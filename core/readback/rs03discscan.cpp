#include "readback/rs03discscan.h"

#include "ecc/rs03format.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace Spindle {

namespace {
constexpr qint64 kSector = 2048;
constexpr size_t kMaxListedLost = 100;
} // namespace

Rs03DiscScan::Rs03DiscScan(const Rs03Layout &layout)
    : m_layout(layout), m_crcs(size_t(layout.firstCrcSector()), 0),
      m_damaged(size_t(layout.firstEccSector()), false),
      m_perBlock(size_t(layout.sectorsPerLayer), 0)
{
    m_report.layout = layout;
}

void Rs03DiscScan::markDamaged(qint64 sector)
{
    if (sector < qint64(m_damaged.size())) {
        if (m_damaged[size_t(sector)])
            return;
        m_damaged[size_t(sector)] = true;
    }
    ++m_report.damagedSectors;
    ++m_perBlock[size_t(sector % m_layout.sectorsPerLayer)];
}

void Rs03DiscScan::addSectors(qint64 first, const uint8_t *data, qint64 count)
{
    Q_ASSERT(first == m_next);
    const qint64 total = m_layout.totalSectors();
    const qint64 firstCrc = m_layout.firstCrcSector();
    const qint64 firstEcc = m_layout.firstEccSector();
    for (qint64 i = 0; i < count && first + i < total; ++i) {
        const qint64 s = first + i;
        const uint8_t *sector = data + i * kSector;
        if (isDvdisasterDeadSector(sector)) {
            ++m_report.unreadableSectors;
            markDamaged(s);
        } else if (s < firstCrc) {
            m_crcs[size_t(s)] = dvdisasterCrc32(sector, kSector);
        } else if (s < firstEcc) {
            checkCrcSector(s - firstCrc, sector);
        }
    }
    m_next = first + count;
}

void Rs03DiscScan::addUnreadable(qint64 first, qint64 count)
{
    Q_ASSERT(first == m_next);
    const qint64 end = std::min(first + count, m_layout.totalSectors());
    for (qint64 s = first; s < end; ++s) {
        ++m_report.unreadableSectors;
        markDamaged(s);
    }
    m_next = first + count;
}

// CRC sector `block` holds the CRCs of the next block's data sectors (block 0's are in the
// last one), as repairRs03Image reads them.
void Rs03DiscScan::checkCrcSector(qint64 block, const uint8_t *sector)
{
    const auto copy = parseRs03CrcSector(sector);
    if (!copy || copy->dataSectors != m_layout.dataSectors ||
        copy->sectorsPerLayer != m_layout.sectorsPerLayer || copy->dataBytes != m_layout.ndata) {
        // Damaged, but not counted as a CRC error: those are data sectors, as in a repair's
        // report.
        markDamaged(m_layout.firstCrcSector() + block);
        return; // the data sectors it covers cannot be checked: a repair finds out
    }
    const qint64 next = (block + 1) % m_layout.sectorsPerLayer;
    for (int l = 0; l < m_layout.ndata - 1; ++l) {
        const qint64 s = qint64(l) * m_layout.sectorsPerLayer + next;
        if (s >= m_next || m_damaged[size_t(s)])
            continue; // not read yet (block 0's data comes first) or already counted
        uint32_t expected;
        std::memcpy(&expected, sector + 4 * l, 4);
        if (m_crcs[size_t(s)] != qFromLittleEndian<quint32>(&expected)) {
            ++m_report.crcErrors;
            markDamaged(s);
        }
    }
}

Rs03RepairReport Rs03DiscScan::finish()
{
    const qint64 total = m_layout.totalSectors();
    if (m_next < total) {
        m_report.missingSectors = total - m_next;
        for (qint64 s = m_next; s < total; ++s)
            markDamaged(s);
        m_next = total;
    }
    const qint64 perLayer = m_layout.sectorsPerLayer;
    std::vector<qint64> lost;
    for (qint64 block = 0; block < perLayer; ++block) {
        const int damaged = m_perBlock[size_t(block)];
        if (damaged <= m_layout.nroots)
            continue;
        ++m_report.unrepairableBlocks;
        m_report.lostSectors += damaged;
        // Which sectors: the data and CRC ones are flagged; ecc ones are counted, not listed
        // (they are no part of the image).
        for (int l = 0; l < m_layout.ndata; ++l) {
            const qint64 s = qint64(l) * perLayer + block;
            if (!m_damaged[size_t(s)])
                continue;
            if (s < m_layout.dataSectors)
                ++m_report.lostImageSectors;
            lost.push_back(s);
        }
    }
    std::sort(lost.begin(), lost.end());
    lost.resize(std::min(lost.size(), kMaxListedLost));
    m_report.firstLost = std::move(lost);
    return m_report;
}

} // namespace Spindle
