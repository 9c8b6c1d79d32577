#include "dvd/sectormap.h"

#include <algorithm>
#include <bit>

namespace Spindle {

SectorMap::SectorMap(const std::vector<bool> &kept) : m_sectors(qint64(kept.size()))
{
    m_bits.assign(size_t((m_sectors + 63) / 64), 0);
    for (qint64 s = 0; s < m_sectors; ++s) {
        if (kept[size_t(s)])
            m_bits[size_t(s / 64)] |= quint64(1) << (s % 64);
    }
    m_before.reserve(m_bits.size() + 1);
    qint64 count = 0;
    for (quint64 word : m_bits) {
        m_before.push_back(count);
        count += std::popcount(word);
    }
    m_before.push_back(count);
    m_kept = count;
}

bool SectorMap::kept(qint64 sector) const
{
    if (sector < 0 || sector >= m_sectors)
        return false;
    return (m_bits[size_t(sector / 64)] >> (sector % 64)) & 1;
}

qint64 SectorMap::newSector(qint64 sector) const
{
    if (sector <= 0)
        return 0;
    if (sector >= m_sectors)
        return m_kept + (sector - m_sectors); // past the run: everything kept moves up
    const size_t word = size_t(sector / 64);
    const int bit = int(sector % 64);
    const quint64 below = bit == 0 ? 0 : (m_bits[word] & ((quint64(1) << bit) - 1));
    return m_before[word] + std::popcount(below);
}

qint64 SectorMap::sourceSector(qint64 newSector) const
{
    if (newSector < 0 || newSector >= m_kept)
        return -1;
    // The word whose running count passes newSector, then the bit inside it.
    const auto it = std::upper_bound(m_before.begin(), m_before.end(), newSector);
    const size_t word = size_t(it - m_before.begin()) - 1;
    qint64 left = newSector - m_before[word];
    quint64 bits = m_bits[word];
    for (int bit = 0; bit < 64; ++bit) {
        if ((bits >> bit) & 1) {
            if (left == 0)
                return qint64(word) * 64 + bit;
            --left;
        }
    }
    return -1;
}

} // namespace Spindle
