#include "ecc/rs03repair.h"
#include "ecc/fileio.h"

#include "ecc/rs03blockencoder.h"
#include "ecc/rs03erasuredecoder.h"
#include "ecc/rs03format.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Spindle {

namespace {

using EccIo::errnoText;
using EccIo::Fd;
using EccIo::readAt;
using EccIo::writeAt;

constexpr qint64 kSector = 2048;
constexpr size_t kMaxListedLost = 100;

// The "ecc" context, which lupdate sees too (a Tr::tr() function of our own it would not).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecc)
};

bool allZero(const uint8_t *sector)
{
    static const uint8_t zeros[kSector] = {};
    return std::memcmp(sector, zeros, kSector) == 0;
}

// How a sector of a block was found.
enum class Found : uint8_t
{
    Good,
    Suspect,    // all zero where no CRC tells: rebuilt when there is room, else checked
    Unreadable, // listed as unreadable, or dvdisaster's dead sector marker
    Missing,    // past the end of the file
    CrcError,   // a data sector whose CRC does not match, or a CRC sector not intact
    WrongEcc,   // an ecc sector that differs from the data encoded again
};

// What the look at one block found, before anything is rebuilt.
struct Scan
{
    std::array<Found, 255> found{};
    std::vector<int> definite; // damaged for sure, in layer order
    std::vector<int> suspects;
    std::vector<int> wrongEcc; // ecc layers that disagree with the data (definite lists them too)
    bool crcValid = false;
};

// Per-thread space for encoding a block again.
struct EncodeSpace
{
    std::vector<uint8_t> scratch;
    std::vector<uint8_t> parity;
};

class Repairer
{
public:
    Repairer(int fd, bool write, const Rs03Layout &layout, const Rs03Header &header,
             qint64 fileSectors, std::vector<Rs03SectorRange> unreadable, Rs03RepairReport &report)
        : m_fd(fd), m_write(write), m_layout(layout), m_header(header), m_fileSectors(fileSectors),
          m_unreadable(std::move(unreadable)), m_report(report), m_decoder(layout.nroots),
          m_encoder(layout.ndata, layout.nroots)
    {
        m_unreadable = mergeRanges(std::move(m_unreadable));
        // 255 layers of this many sectors stay well below 256 MiB (about 64 MiB).
        m_blocksPerSlice = std::min<qint64>(128, layout.sectorsPerLayer);
        m_slice.assign(size_t(255 * m_blocksPerSlice * kSector), 0);
        m_present.assign(size_t(255 * m_blocksPerSlice), false);
        m_out.assign(size_t(layout.nroots) * kSector, 0);
        m_prevCrc.assign(kSector, 0);
        m_serialSpace = makeSpace();
    }

    qint64 blocksPerSlice() const { return m_blocksPerSlice; }

    // The CRC sector that holds block 0's CRCs is the last one.
    QString start()
    {
        const qint64 last = m_layout.firstCrcSector() + m_layout.sectorsPerLayer - 1;
        if (last < m_fileSectors && readAt(m_fd, m_prevCrc.data(), kSector, last * kSector) < 0)
            return Tr::tr("Cannot read the image: %1").arg(errnoText());
        m_deferBlock0 = !crcSectorIntact(m_prevCrc.data());
        return {};
    }

    QString runSlice(qint64 first, qint64 count)
    {
        m_firstOfSlice = first;
        if (const QString error = read(first, count); !error.isEmpty())
            return error;
        // The look at each block (CRCs, encoding again) is most of the work and needs nothing
        // from the other blocks: on every core. Rebuilding is rare and goes in order.
        std::vector<Scan> scans(static_cast<size_t>(count));
        const int threads = std::max(1, QThread::idealThreadCount());
        std::vector<std::pair<qint64, qint64>> parts;
        const qint64 step = (count + threads - 1) / threads;
        for (qint64 i = 0; i < count; i += step)
            parts.push_back({i, std::min(step, count - i)});
        QtConcurrent::blockingMap(parts, [&](const std::pair<qint64, qint64> &part) {
            EncodeSpace space = makeSpace();
            for (qint64 i = part.first; i < part.first + part.second; ++i)
                scans[size_t(i)] = scanBlock(i, crcSectorFor(i), space);
        });
        bool crcSectorChanged = false;
        for (qint64 i = 0; i < count; ++i) {
            const qint64 block = first + i;
            if (block == 0 && m_deferBlock0)
                continue;
            // The previous block's CRC sector, which holds this block's CRCs, was rebuilt.
            if (crcSectorChanged)
                scans[size_t(i)] = scanBlock(i, crcSectorFor(i), m_serialSpace);
            crcSectorChanged = false;
            if (const QString error =
                    repairBlock(block, i, crcSectorFor(i), scans[size_t(i)], &crcSectorChanged);
                !error.isEmpty())
                return error;
        }
        std::memcpy(m_prevCrc.data(), sector(m_layout.ndata - 1, count - 1), kSector);
        return {};
    }

    // Block 0 waited for the last block, which may have rebuilt the CRC sector it needs.
    QString finish()
    {
        if (m_deferBlock0) {
            m_firstOfSlice = 0;
            if (const QString error = read(0, 1); !error.isEmpty())
                return error;
            const Scan scan = scanBlock(0, m_prevCrc.data(), m_serialSpace);
            bool changed = false;
            if (const QString error = repairBlock(0, 0, m_prevCrc.data(), scan, &changed);
                !error.isEmpty())
                return error;
        }
        return {};
    }

    // The sectors rebuilt so far, merged.
    std::vector<Rs03SectorRange> repaired() { return mergeRanges(std::move(m_repaired)); }

    static std::vector<Rs03SectorRange> mergeRanges(std::vector<Rs03SectorRange> ranges)
    {
        std::sort(
            ranges.begin(), ranges.end(),
            [](const Rs03SectorRange &a, const Rs03SectorRange &b) { return a.first < b.first; });
        std::vector<Rs03SectorRange> merged;
        for (const Rs03SectorRange &r : ranges) {
            if (r.count <= 0)
                continue;
            if (!merged.empty() && r.first <= merged.back().first + merged.back().count)
                merged.back().count =
                    std::max(merged.back().count, r.first + r.count - merged.back().first);
            else
                merged.push_back(r);
        }
        return merged;
    }

private:
    uint8_t *sector(int layer, qint64 index)
    {
        return m_slice.data() + (qint64(layer) * m_blocksPerSlice + index) * kSector;
    }
    const uint8_t *sector(int layer, qint64 index) const
    {
        return m_slice.data() + (qint64(layer) * m_blocksPerSlice + index) * kSector;
    }
    const uint8_t *crcSectorFor(qint64 index) const
    {
        return index == 0 ? m_prevCrc.data() : sector(m_layout.ndata - 1, index - 1);
    }

    EncodeSpace makeSpace() const
    {
        return {m_encoder.makeScratch(), std::vector<uint8_t>(size_t(m_layout.nroots) * kSector)};
    }

    QString read(qint64 first, qint64 count)
    {
        for (int l = 0; l < 255; ++l) {
            const qint64 start = qint64(l) * m_layout.sectorsPerLayer + first;
            const qint64 inFile = std::clamp<qint64>(m_fileSectors - start, 0, count);
            if (inFile > 0 &&
                readAt(m_fd, sector(l, 0), inFile * kSector, start * kSector) != inFile * kSector)
                return Tr::tr("Cannot read the image: %1").arg(errnoText());
            std::memset(sector(l, inFile), 0, size_t((count - inFile) * kSector));
            for (qint64 i = 0; i < count; ++i)
                m_present[size_t(l * m_blocksPerSlice + i)] = i < inFile;
        }
        return {};
    }

    bool listedUnreadable(qint64 s) const
    {
        auto it = std::upper_bound(m_unreadable.begin(), m_unreadable.end(), s,
                                   [](qint64 v, const Rs03SectorRange &r) { return v < r.first; });
        return it != m_unreadable.begin() && s < std::prev(it)->first + std::prev(it)->count;
    }

    bool crcSectorIntact(const uint8_t *s) const
    {
        const auto copy = parseRs03CrcSector(s);
        return copy && copy->dataSectors == m_header.dataSectors &&
               copy->sectorsPerLayer == m_header.sectorsPerLayer &&
               copy->dataBytes == m_header.dataBytes;
    }

    // Encodes the block's data and CRC sectors again into space.parity.
    void encodeBlock(qint64 index, EncodeSpace &space) const
    {
        std::array<const uint8_t *, 255> in{};
        std::array<uint8_t *, 255> out{};
        for (int l = 0; l < m_layout.ndata; ++l)
            in[size_t(l)] = sector(l, index);
        for (int k = 0; k < m_layout.nroots; ++k)
            out[size_t(k)] = space.parity.data() + size_t(k) * kSector;
        m_encoder.encode(in.data(), out.data(), space.scratch);
    }

    Scan scanBlock(qint64 index, const uint8_t *crcSector, EncodeSpace &space) const
    {
        const int ndata = m_layout.ndata;
        const qint64 perLayer = m_layout.sectorsPerLayer;
        const qint64 block = m_firstOfSlice + index;
        Scan scan;
        scan.crcValid = crcSectorIntact(crcSector);
        for (int l = 0; l < 255; ++l) {
            const uint8_t *s = sector(l, index);
            const qint64 number = qint64(l) * perLayer + block;
            Found f = Found::Good;
            if (!m_present[size_t(l * m_blocksPerSlice + index)])
                f = Found::Missing;
            else if (listedUnreadable(number) || isDvdisasterDeadSector(s))
                f = Found::Unreadable;
            else if (l < ndata - 1) {
                if (scan.crcValid) {
                    uint32_t expected;
                    std::memcpy(&expected, crcSector + 4 * l, 4);
                    if (dvdisasterCrc32(s, kSector) != qFromLittleEndian<quint32>(&expected))
                        f = Found::CrcError;
                } else if (allZero(s)) {
                    f = Found::Suspect;
                }
            } else if (l == ndata - 1) {
                if (!crcSectorIntact(s))
                    f = Found::CrcError;
            } else if (allZero(s)) {
                f = Found::Suspect;
            }
            scan.found[size_t(l)] = f;
            if (f == Found::Suspect)
                scan.suspects.push_back(l);
            else if (f != Found::Good)
                scan.definite.push_back(l);
        }
        if (!scan.definite.empty() || !scan.suspects.empty())
            return scan; // the decoders' spare syndromes check the ecc sectors of these
        // Nothing looks wrong, but no CRC covers the ecc sectors: garbage there shows only
        // when the block is encoded again.
        encodeBlock(index, space);
        for (int k = 0; k < m_layout.nroots; ++k) {
            if (std::memcmp(space.parity.data() + size_t(k) * kSector, sector(ndata + k, index),
                            kSector) == 0)
                continue;
            scan.found[size_t(ndata + k)] = Found::WrongEcc;
            scan.definite.push_back(ndata + k);
            scan.wrongEcc.push_back(ndata + k);
        }
        return scan;
    }

    QString repairBlock(qint64 block, qint64 index, const uint8_t *crcSector, const Scan &scan,
                        bool *crcSectorChanged)
    {
        const int ndata = m_layout.ndata;
        const qint64 perLayer = m_layout.sectorsPerLayer;
        const std::vector<int> &definite = scan.definite;
        const std::vector<int> &suspects = scan.suspects;
        const bool crcValid = scan.crcValid;
        if (definite.empty() && suspects.empty())
            return {};

        const int roots = m_layout.nroots;
        std::vector<int> erased;
        bool ok = false;
        if (!scan.wrongEcc.empty() && crcValid) {
            // Every data sector matches its CRC: the ecc sectors encoded again are the right
            // ones, however many differ.
            encodeBlock(index, m_serialSpace);
            erased = scan.wrongEcc;
            if (m_out.size() < erased.size() * kSector)
                m_out.resize(erased.size() * kSector);
            for (size_t k = 0; k < erased.size(); ++k)
                std::memcpy(m_out.data() + k * kSector,
                            m_serialSpace.parity.data() + size_t(erased[k] - ndata) * kSector,
                            kSector);
            ok = true;
        }
        if (!ok && scan.wrongEcc.empty() && int(definite.size() + suspects.size()) <= roots) {
            erased = definite;
            erased.insert(erased.end(), suspects.begin(), suspects.end());
            std::sort(erased.begin(), erased.end());
            ok = attempt(erased, index, crcValid, crcSector);
        }
        if (!ok && !suspects.empty() && int(definite.size()) < roots) {
            // The zero sectors may be right as they are: then the spare syndrome agrees.
            erased = definite;
            ok = attempt(erased, index, crcValid, crcSector);
        }
        if (!ok && crcValid && scan.wrongEcc.empty())
            ok = rebuildDataTrustingSomeEcc(scan, index, crcSector, &erased);
        // Without CRCs to trust, wrong ecc sectors only say that something in the block is
        // wrong: the errors decoder finds what.
        const std::vector<int> known = scan.wrongEcc.empty() ? definite : std::vector<int>{};
        if (!ok && int(known.size()) + 2 <= roots)
            ok = locateAndCorrect(known, index, crcValid, crcSector, &erased);
        if (!ok) {
            countDamage(scan.found, definite);
            m_report.lostSectors += qint64(definite.size());
            ++m_report.unrepairableBlocks;
            for (int l : definite) {
                const qint64 number = qint64(l) * perLayer + block;
                if (l < ndata - 1 && number < m_layout.dataSectors)
                    ++m_report.lostImageSectors;
                if (m_report.firstLost.size() < kMaxListedLost)
                    m_report.firstLost.push_back(number);
            }
            return {};
        }
        std::vector<int> written;
        for (size_t k = 0; k < erased.size(); ++k) {
            const int l = erased[k];
            uint8_t *target = sector(l, index);
            const uint8_t *rebuilt = m_out.data() + k * kSector;
            if (scan.found[size_t(l)] == Found::Suspect &&
                std::memcmp(target, rebuilt, kSector) == 0)
                continue; // a zero sector that is right as it is
            // In the slice too: the next block's CRCs may be in it.
            std::memcpy(target, rebuilt, kSector);
            const qint64 number = qint64(l) * perLayer + block;
            if (m_write && !writeAt(m_fd, target, kSector, number * kSector))
                return Tr::tr("Cannot write the repaired sectors to the image: %1")
                    .arg(errnoText());
            written.push_back(l);
            m_repaired.push_back({number, 1});
            if (l == ndata - 1)
                *crcSectorChanged = true;
        }
        countDamage(scan.found, written);
        m_report.repairedSectors += qint64(written.size());
        return {};
    }

    void countDamage(const std::array<Found, 255> &found, const std::vector<int> &layers)
    {
        for (int l : layers) {
            ++m_report.damagedSectors;
            switch (found[size_t(l)]) {
            case Found::Unreadable:
                ++m_report.unreadableSectors;
                break;
            case Found::CrcError:
                if (l < m_layout.ndata - 1)
                    ++m_report.crcErrors;
                break;
            case Found::WrongEcc:
                ++m_report.wrongEccSectors;
                break;
            default:
                // A good sector the errors decoder found wrong: garbage in an ecc sector.
                if (l >= m_layout.ndata && found[size_t(l)] == Found::Good)
                    ++m_report.wrongEccSectors;
                break;
            }
        }
    }

    // The spare syndrome said that an ecc sector taken as good is wrong (garbage, which no CRC
    // covers). The data sectors are checked by their CRCs, so the damaged ones can be rebuilt
    // from the good data and as many ecc sectors as there are damaged data sectors, all the
    // other ecc sectors taken as lost; if the rebuilt sectors match their CRCs, those ecc
    // sectors were right, else the next few of them are tried. With the data complete, the
    // block is encoded again and every ecc sector that differs is rewritten. Much faster than
    // the errors decoder (whole sectors through tables instead of codeword by codeword).
    bool rebuildDataTrustingSomeEcc(const Scan &scan, qint64 index, const uint8_t *crcSector,
                                    std::vector<int> *erased)
    {
        const int ndata = m_layout.ndata;
        std::vector<int> dataLost;
        std::vector<int> eccCandidates;
        for (int l = 0; l < 255; ++l) {
            const Found f = scan.found[size_t(l)];
            if (l < ndata && f != Found::Good)
                dataLost.push_back(l);
            else if (l >= ndata && f == Found::Good)
                eccCandidates.push_back(l);
        }
        const size_t d = dataLost.size();
        if (d == 0 || eccCandidates.size() < d)
            return false;
        constexpr size_t kTries = 4;
        for (size_t t = 0; t < kTries && (t + 1) * d <= eccCandidates.size(); ++t) {
            const auto trustedBegin = eccCandidates.begin() + std::ptrdiff_t(t * d);
            const auto trustedEnd = trustedBegin + std::ptrdiff_t(d);
            std::vector<int> lost = dataLost;
            for (int l = ndata; l < 255; ++l)
                if (std::find(trustedBegin, trustedEnd, l) == trustedEnd)
                    lost.push_back(l);
            if (!attempt(lost, index, true, crcSector))
                continue;
            // The data are complete and checked: put them in the slice, encode again.
            std::vector<uint8_t> original(d * kSector);
            for (size_t k = 0; k < d; ++k) {
                std::memcpy(original.data() + k * kSector, sector(dataLost[k], index), kSector);
                std::memcpy(sector(dataLost[k], index), m_out.data() + k * kSector, kSector);
            }
            encodeBlock(index, m_serialSpace);
            // Back as they were: repairBlock() writes what changed.
            for (size_t k = 0; k < d; ++k)
                std::memcpy(sector(dataLost[k], index), original.data() + k * kSector, kSector);
            erased->assign(dataLost.begin(), dataLost.end());
            for (int k = 0; k < m_layout.nroots; ++k)
                if (std::memcmp(m_serialSpace.parity.data() + size_t(k) * kSector,
                                sector(ndata + k, index), kSector) != 0)
                    erased->push_back(ndata + k);
            if (m_out.size() < erased->size() * kSector)
                m_out.resize(erased->size() * kSector);
            for (size_t k = d; k < erased->size(); ++k)
                std::memcpy(m_out.data() + k * kSector,
                            m_serialSpace.parity.data() + size_t((*erased)[k] - ndata) * kSector,
                            kSector);
            return true;
        }
        return false;
    }

    // A sector taken as good is wrong (garbage in an ecc sector, which no CRC covers): each
    // codeword through the errors-and-erasures decoder, which finds up to (roots - erasures) / 2
    // wrong symbols itself. `erased` receives every layer it changed, rebuilt in m_out.
    bool locateAndCorrect(const std::vector<int> &definite, qint64 index, bool crcValid,
                          const uint8_t *crcSector, std::vector<int> *erased)
    {
        std::vector<uint8_t> block(size_t(255) * kSector);
        for (int l = 0; l < 255; ++l)
            std::memcpy(block.data() + size_t(l) * kSector, sector(l, index), kSector);
        std::array<uint8_t, 255> codeword{};
        for (int b = 0; b < kSector; ++b) {
            for (int l = 0; l < 255; ++l)
                codeword[size_t(l)] = block[size_t(l) * kSector + size_t(b)];
            if (!Rs03ErasureDecoder::decodeCodeword(codeword.data(), definite, m_layout.nroots))
                return false;
            for (int l = 0; l < 255; ++l)
                block[size_t(l) * kSector + size_t(b)] = codeword[size_t(l)];
        }
        erased->clear();
        for (int l = 0; l < 255; ++l) {
            const uint8_t *rebuilt = block.data() + size_t(l) * kSector;
            const bool listed = std::find(definite.begin(), definite.end(), l) != definite.end();
            if (!listed && std::memcmp(rebuilt, sector(l, index), kSector) == 0)
                continue;
            if (l < m_layout.ndata - 1 && crcValid) {
                uint32_t expected;
                std::memcpy(&expected, crcSector + 4 * l, 4);
                if (dvdisasterCrc32(rebuilt, kSector) != qFromLittleEndian<quint32>(&expected))
                    return false;
            } else if (l == m_layout.ndata - 1 && !crcSectorIntact(rebuilt)) {
                return false;
            }
            erased->push_back(l);
        }
        if (m_out.size() < erased->size() * kSector)
            m_out.resize(erased->size() * kSector);
        for (size_t k = 0; k < erased->size(); ++k)
            std::memcpy(m_out.data() + k * kSector, block.data() + size_t((*erased)[k]) * kSector,
                        kSector);
        return true;
    }

    // Rebuilds `erased` into m_out and checks the result: CRCs of data sectors, the CRC
    // sector's own checksum, the spare syndrome.
    bool attempt(const std::vector<int> &erased, qint64 index, bool crcValid,
                 const uint8_t *crcSector)
    {
        if (!m_decoder.setErasures(erased))
            return false;
        std::array<const uint8_t *, 255> in{};
        for (int l = 0; l < 255; ++l)
            in[size_t(l)] = sector(l, index);
        std::vector<uint8_t *> out(erased.size());
        for (size_t k = 0; k < erased.size(); ++k)
            out[k] = m_out.data() + k * kSector;
        if (!m_decoder.decode(in.data(), out.data()))
            return false;
        for (size_t k = 0; k < erased.size(); ++k) {
            const int l = erased[k];
            if (l < m_layout.ndata - 1 && crcValid) {
                uint32_t expected;
                std::memcpy(&expected, crcSector + 4 * l, 4);
                if (dvdisasterCrc32(out[k], kSector) != qFromLittleEndian<quint32>(&expected))
                    return false;
            } else if (l == m_layout.ndata - 1 && !crcSectorIntact(out[k])) {
                return false;
            }
        }
        return true;
    }

    int m_fd;
    bool m_write;
    Rs03Layout m_layout;
    Rs03Header m_header;
    qint64 m_fileSectors;
    std::vector<Rs03SectorRange> m_unreadable;
    Rs03RepairReport &m_report;
    Rs03ErasureDecoder m_decoder;
    Rs03BlockEncoder m_encoder;
    EncodeSpace m_serialSpace;
    qint64 m_blocksPerSlice = 1;
    qint64 m_firstOfSlice = 0;      // the block number of the slice's first block
    std::vector<uint8_t> m_slice;   // per layer, m_blocksPerSlice sectors
    std::vector<bool> m_present;    // whether the file holds that sector
    std::vector<uint8_t> m_out;     // rebuilt sectors of one block
    std::vector<uint8_t> m_prevCrc; // the CRC sector before the slice (rebuilt if it was lost)
    std::vector<Rs03SectorRange> m_repaired;
    bool m_deferBlock0 = false;
};

} // namespace

bool isDvdisasterDeadSector(const uint8_t *sector)
{
    static constexpr char head[] = "dvdisaster dead sector marker\n"
                                   "This sector could not be read from the image.\n"
                                   "Its contents have been substituted by the dvdisaster read "
                                   "routine.\n";
    static constexpr char tail[] = "dvdisaster dead sector end marker\n";
    return std::memcmp(sector, head, sizeof(head) - 1) == 0 &&
           std::memcmp(sector + 2046 - 34, tail, 34) == 0;
}

namespace {

// Whether the file ends inside a dvdisaster header right after the ISO file system (which
// inspectRs03Image() cannot tell from no header at all).
bool headerCutOff(const QString &path, qint64 fileBytes)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    uint8_t pvd[kSector];
    if (fd.get() < 0 || readAt(fd.get(), pvd, kSector, 16 * kSector) != kSector || pvd[0] != 1 ||
        std::memcmp(pvd + 1, "CD001", 5) != 0)
        return false;
    const qint64 header = qint64(qFromLittleEndian<quint32>(pvd + 80)) * kSector;
    char cookie[12];
    return fileBytes < header + Rs03Header::size &&
           readAt(fd.get(), cookie, sizeof cookie, header) == qint64(sizeof cookie) &&
           std::memcmp(cookie, "*dvdisaster*", sizeof cookie) == 0;
}

Result<Rs03RepairReport> runRepair(const QString &path,
                                   const std::vector<Rs03SectorRange> &unreadable,
                                   const std::function<bool(qint64, qint64)> &keepGoing,
                                   bool *cancelled, bool write)
{
    if (cancelled)
        *cancelled = false;
    const auto info = inspectRs03Image(path);
    if (!info)
        return info.error();
    Rs03RepairReport report;
    switch (info->state) {
    case Rs03ImageInfo::State::Plain:
        if (headerCutOff(path, info->fileBytes))
            return Error{Tr::tr("The image ends inside its error-correction header: it was cut "
                                "short right after its file system, so the error-correction data "
                                "are missing. Copy the disc again with spindle-cli read, which "
                                "copies the data after the file system. Nothing was changed."),
                         {}};
        return Error{Tr::tr("The image carries no dvdisaster RS03 error-correction data, so it "
                            "cannot be repaired. Add it with spindle-cli protect before burning "
                            "the next time."),
                     {}};
    case Rs03ImageInfo::State::OtherCodec:
        return Error{info->problem + QLatin1Char(' ') +
                         Tr::tr("Only RS03 data is repaired here; use dvdisaster -f."),
                     {}};
    case Rs03ImageInfo::State::Interrupted:
        return Error{info->problem + QLatin1Char(' ') +
                         Tr::tr("It carries no complete error-correction data to repair with."),
                     {}};
    case Rs03ImageInfo::State::Damaged:
        if (info->layout.sectorsPerLayer <= 0)
            return Error{Tr::tr("The image's error-correction header is damaged and no intact "
                                "copy of it was found in the CRC layer, so the image cannot be "
                                "repaired here. Try dvdisaster -f."),
                         info->problem};
        break;
    case Rs03ImageInfo::State::Augmented:
        break;
    }
    report.layout = info->layout;
    Rs03Header header = info->header;

    Fd fd(::open(QFile::encodeName(path).constData(), (write ? O_RDWR : O_RDONLY) | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{
            (write ? Tr::tr("Cannot open %1 for writing: %2") : Tr::tr("Cannot open %1: %2"))
                .arg(path, errnoText()),
            {}};
    {
        QByteArray bytes(Rs03Header::size, '\0');
        const bool read = readAt(fd.get(), bytes.data(), bytes.size(),
                                 report.layout.headerSector() * kSector) == bytes.size();
        const auto parsed = read ? Rs03Header::parse(bytes, nullptr) : std::nullopt;
        report.headerFromCrcLayer = !parsed;
    }
    const qint64 fileSectors = info->fileBytes / kSector; // a partial sector counts as missing
    report.missingSectors = std::max<qint64>(0, report.layout.totalSectors() - fileSectors);
    // Every block misses a sector in each layer the file does not reach: with more such layers
    // than roots nothing can be rebuilt, and the file is not the image the data were made for
    // (augmented for a larger medium, or cut short): say so before reading it all.
    const qint64 perLayerSectors = report.layout.sectorsPerLayer;
    const qint64 layersReached = (fileSectors + perLayerSectors - 1) / perLayerSectors;
    if (255 - layersReached > report.layout.nroots) {
        const auto medium = info->medium();
        return Error{
            Tr::tr("%1 holds %2 sectors, but its error-correction data describe %3 sectors "
                   "(for a %4): more is missing than the %5 roots of an ecc block can "
                   "rebuild. It was cut short, or its data were made for a larger medium "
                   "than the file holds. Nothing was changed.")
                .arg(QFileInfo(path).fileName())
                .arg(fileSectors)
                .arg(report.layout.totalSectors())
                .arg(medium ? eccMediumName(*medium) : Tr::tr("medium of unknown size"))
                .arg(report.layout.nroots),
            {}};
    }

    Repairer repairer(fd.get(), write, report.layout, header, fileSectors, unreadable, report);
    if (const QString error = repairer.start(); !error.isEmpty())
        return Error{error, {}};
    const qint64 perLayer = report.layout.sectorsPerLayer;
    const qint64 total = perLayer * 255 * kSector;
    for (qint64 first = 0; first < perLayer; first += repairer.blocksPerSlice()) {
        if (keepGoing && !keepGoing(first * 255 * kSector, total)) {
            if (cancelled)
                *cancelled = true;
            if (write)
                ::fsync(fd.get());
            report.repaired = repairer.repaired();
            return report;
        }
        const qint64 count = std::min(repairer.blocksPerSlice(), perLayer - first);
        if (const QString error = repairer.runSlice(first, count); !error.isEmpty())
            return Error{error, {}};
    }
    if (const QString error = repairer.finish(); !error.isEmpty())
        return Error{error, {}};
    if (write && ::fsync(fd.get()) != 0)
        return Error{Tr::tr("Cannot write the repaired sectors to the image: %1").arg(errnoText()),
                     {}};
    if (keepGoing)
        keepGoing(total, total);
    report.repaired = repairer.repaired();
    return report;
}

} // namespace

Result<Rs03RepairReport> repairRs03Image(const QString &path,
                                         const std::vector<Rs03SectorRange> &unreadable,
                                         const std::function<bool(qint64, qint64)> &keepGoing,
                                         bool *cancelled)
{
    return runRepair(path, unreadable, keepGoing, cancelled, true);
}

Result<Rs03RepairReport> checkRs03Image(const QString &path,
                                        const std::vector<Rs03SectorRange> &unreadable,
                                        const std::function<bool(qint64, qint64)> &keepGoing,
                                        bool *cancelled)
{
    return runRepair(path, unreadable, keepGoing, cancelled, false);
}

} // namespace Spindle
