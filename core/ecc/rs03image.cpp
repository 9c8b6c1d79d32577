#include "ecc/rs03image.h"

#include "base/format.h"
#include "ecc/fileio.h"
#include "ecc/rs03blockencoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
#include <optional>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace Spindle {

namespace {

using EccIo::errnoText;
using EccIo::Fd;
using EccIo::readAt;
using EccIo::writeAt;

constexpr qint64 kSector = 2048;

// The "ecc" context, which lupdate sees too (a tr() function of our own it would not).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecc)
};

// The ISO 9660 volume size in sectors from the primary volume descriptor, or 0.
qint64 isoVolumeSectors(int fd)
{
    uint8_t pvd[kSector];
    if (readAt(fd, pvd, kSector, 16 * kSector) != kSector)
        return 0;
    if (pvd[0] != 1 || std::memcmp(pvd + 1, "CD001", 5) != 0)
        return 0;
    return qFromLittleEndian<quint32>(pvd + 80);
}

void checkLength(Rs03ImageInfo &info)
{
    const qint64 expected = info.layout.totalSectors() * kSector;
    if (info.fileBytes < expected) {
        info.state = Rs03ImageInfo::State::Damaged;
        info.problem = Tr::tr("The image carries dvdisaster RS03 error-correction data but is cut "
                              "short: %1 bytes of %2. Repair it with dvdisaster -f.")
                           .arg(info.fileBytes)
                           .arg(expected);
    }
}

} // namespace

Result<Rs03ImageInfo> inspectRs03Image(const QString &path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{Tr::tr("Cannot open %1: %2").arg(path, errnoText()), {}};
    struct stat st
    {};
    if (::fstat(fd.get(), &st) != 0)
        return Error{Tr::tr("Cannot read %1: %2").arg(path, errnoText()), {}};
    Rs03ImageInfo info;
    info.fileBytes = st.st_size;

    // Where the header would be: after the file system, or 150 sectors later (CD mastering
    // programs that pad); for images without a file system, after the whole file.
    std::vector<qint64> candidates;
    if (const qint64 iso = isoVolumeSectors(fd.get()); iso > 0) {
        candidates.push_back(iso);
        candidates.push_back(iso + 150);
    }
    candidates.push_back((info.fileBytes + kSector - 1) / kSector);

    QString damage;
    for (qint64 sector : candidates) {
        QByteArray bytes(Rs03Header::size, '\0');
        if (readAt(fd.get(), bytes.data(), bytes.size(), sector * kSector) != bytes.size())
            continue;
        if (const auto original = parseRs03InProgressMarker(bytes);
            original && (*original + kSector - 1) / kSector == sector &&
            *original < info.fileBytes) {
            info.state = Rs03ImageInfo::State::Interrupted;
            info.originalBytes = *original;
            info.problem =
                Tr::tr("An earlier run adding error-correction data to this image was "
                       "interrupted; the image is %1 bytes long instead of %2. Adding the data "
                       "again cuts it back first.")
                    .arg(info.fileBytes)
                    .arg(*original);
            return info;
        }
        Rs03Header::ParseError error = Rs03Header::ParseError::None;
        const auto header = Rs03Header::parse(bytes, &error);
        if (header && header->dataSectors == sector) {
            info.state = Rs03ImageInfo::State::Augmented;
            info.header = *header;
            info.layout = header->layout();
            checkLength(info);
            return info;
        }
        switch (error) {
        case Rs03Header::ParseError::NoCookie:
            break;
        case Rs03Header::ParseError::OtherMethod:
            info.state = Rs03ImageInfo::State::OtherCodec;
            info.problem = Tr::tr("The image already carries dvdisaster error-correction data of "
                                  "method %1.")
                               .arg(Rs03Header::methodOf(bytes));
            return info;
        case Rs03Header::ParseError::EccFile:
            damage = Tr::tr("the header at sector %1 belongs to an error-correction file, not to "
                            "an augmented image")
                         .arg(sector);
            break;
        default:
            damage = Tr::tr("its header at sector %1 is damaged").arg(sector);
            break;
        }
    }

    // No intact header: a CRC-layer sector starts one of the layers if the file has the size
    // of an image augmented for one of the media, or for itself (protect --redundancy sizes the
    // layers by the image: then the file is 255 of them).
    std::vector<std::pair<qint64, std::optional<EccMedium>>> layerSizes;
    for (EccMedium medium :
         {EccMedium::Cd, EccMedium::Dvd, EccMedium::DvdDl, EccMedium::Bd, EccMedium::BdDl})
        layerSizes.emplace_back(eccMediumSectors(medium) / 255, medium);
    if (info.fileBytes > 0 && info.fileBytes % (255 * kSector) == 0 &&
        !eccMediumFromSectorsPerLayer(info.fileBytes / (255 * kSector)))
        layerSizes.emplace_back(info.fileBytes / (255 * kSector), std::nullopt);
    for (const auto &[perLayer, medium] : layerSizes) {
        if (info.fileBytes != 255 * perLayer * kSector && damage.isEmpty())
            continue;
        for (int layer = 255 - Rs03Layout::maxRoots - 1; layer < 255 - Rs03Layout::minRoots;
             ++layer) {
            uint8_t sector[kSector];
            if (readAt(fd.get(), sector, kSector, qint64(layer) * perLayer * kSector) != kSector)
                break;
            const auto copy = parseRs03CrcSector(sector);
            if (copy && copy->sectorsPerLayer == perLayer && copy->dataBytes - 1 == layer) {
                // The header where the copy says (an image longer than its file system).
                QByteArray bytes(Rs03Header::size, '\0');
                if (readAt(fd.get(), bytes.data(), bytes.size(), copy->dataSectors * kSector) ==
                    bytes.size()) {
                    const auto header = Rs03Header::parse(bytes, nullptr);
                    if (header && header->dataSectors == copy->dataSectors) {
                        info.state = Rs03ImageInfo::State::Augmented;
                        info.header = *header;
                        info.layout = header->layout();
                        checkLength(info);
                        return info;
                    }
                }
                info.state = Rs03ImageInfo::State::Damaged;
                info.header = *copy;
                info.layout = copy->layout();
                info.problem =
                    medium ? Tr::tr("The image carries dvdisaster RS03 error-correction data for "
                                    "a %1, but its header is damaged. Repair it with "
                                    "dvdisaster -f.")
                                 .arg(eccMediumName(*medium))
                           : Tr::tr("The image carries dvdisaster RS03 error-correction data, "
                                    "but its header is damaged. Repair it with dvdisaster -f.");
                return info;
            }
        }
    }
    if (!damage.isEmpty()) {
        info.state = Rs03ImageInfo::State::Damaged;
        info.problem = Tr::tr("The image seems to carry dvdisaster error-correction data, but %1. "
                              "Check it with dvdisaster -t.")
                           .arg(damage);
    }
    return info;
}

namespace {

// One slice of the run: `count` ecc blocks from block `first`, for all layers at once.
struct Slice
{
    qint64 first = 0;
    qint64 count = 0;
};

// Everything one augment run shares between its steps.
class Augmenter
{
public:
    // The image is read from `readFd`; everything after it goes to `writeFd`, at its offset in
    // the augmented image less `writeBase` (0 in place; the image's whole sectors for a sidecar).
    Augmenter(int readFd, int writeFd, qint64 writeBase, const Rs03Layout &layout,
              const Rs03Header &header, qint64 imageBytes)
        : m_readFd(readFd), m_writeFd(writeFd), m_writeBase(writeBase), m_layout(layout),
          m_header(header), m_headerBytes(header.toBytes()), m_imageBytes(imageBytes),
          m_encoder(layout.ndata, layout.nroots)
    {
        // Whole-layer rows of blocks, in about 64 MiB of data and parity.
        m_blocksPerSlice =
            std::clamp<qint64>((qint64(64) << 20) / (kSector * 256), 1, layout.sectorsPerLayer);
        const size_t rowBytes = size_t(m_blocksPerSlice + 1) * kSector;
        m_data.assign(size_t(layout.ndata - 1), std::vector<uint8_t>(rowBytes));
        m_crcSectors.assign(size_t(m_blocksPerSlice) * kSector, 0);
        m_parity.assign(size_t(layout.nroots),
                        std::vector<uint8_t>(size_t(m_blocksPerSlice) * kSector));
        m_firstCrcs.assign(size_t(layout.ndata - 1), 0);
        m_rowCrcs.assign(size_t(layout.ndata - 1) * size_t(m_blocksPerSlice + 1), 0);
    }

    qint64 blocksPerSlice() const { return m_blocksPerSlice; }

    // Reads, encodes and writes the blocks of `slice`; an error message on failure.
    QString run(Slice slice)
    {
        const qint64 perLayer = m_layout.sectorsPerLayer;
        // One more sector per layer than the slice: CRC sector i holds the CRCs of block i+1.
        const qint64 reach = std::min(slice.count + 1, perLayer - slice.first);
        for (int l = 0; l < m_layout.ndata - 1; ++l) {
            const QString error = fill(l, slice, reach);
            if (!error.isEmpty())
                return error;
        }
        // The CRCs of the sectors read, one layer per task.
        std::vector<int> layerIndexes(size_t(m_layout.ndata - 1));
        for (size_t l = 0; l < layerIndexes.size(); ++l)
            layerIndexes[l] = int(l);
        const qint64 stride = m_blocksPerSlice + 1;
        QtConcurrent::blockingMap(layerIndexes, [&](int l) {
            for (qint64 i = 1; i < reach; ++i)
                m_rowCrcs[size_t(l * stride + i)] =
                    dvdisasterCrc32(m_data[size_t(l)].data() + i * kSector, kSector);
        });
        std::vector<uint32_t> crcs(size_t(m_layout.ndata - 1));
        for (qint64 i = 0; i < slice.count; ++i) {
            const qint64 block = slice.first + i;
            for (int l = 0; l < m_layout.ndata - 1; ++l)
                crcs[size_t(l)] = block + 1 < perLayer ? m_rowCrcs[size_t(l * stride + i + 1)]
                                                       : m_firstCrcs[size_t(l)];
            makeRs03CrcSector(m_crcSectors.data() + i * kSector, crcs.data(), int(crcs.size()),
                              m_header);
        }
        encode(slice);
        if (!write(m_crcSectors.data(), slice.count * kSector,
                   (m_layout.firstCrcSector() + slice.first) * kSector))
            return Tr::tr("Cannot write the error-correction data: %1").arg(errnoText());
        for (int k = 0; k < m_layout.nroots; ++k)
            if (!write(m_parity[size_t(k)].data(), slice.count * kSector,
                       (m_layout.firstEccSector() + k * perLayer + slice.first) * kSector))
                return Tr::tr("Cannot write the error-correction data: %1").arg(errnoText());
        return {};
    }

    QString writeHeader()
    {
        if (!write(m_headerBytes.constData(), m_headerBytes.size(),
                   m_layout.headerSector() * kSector))
            return Tr::tr("Cannot write the error-correction header: %1").arg(errnoText());
        return {};
    }

private:
    bool write(const void *buffer, qint64 bytes, qint64 offset)
    {
        return writeAt(m_writeFd, buffer, bytes, offset - m_writeBase);
    }

    // Layer `l`'s sectors of the slice (and `reach - count` after it) as the encoder sees
    // them: image bytes, then the header, then padding sectors, which are written to the file
    // here (each once: the sector after the slice is written by the next slice).
    QString fill(int l, Slice slice, qint64 reach)
    {
        uint8_t *row = m_data[size_t(l)].data();
        const qint64 firstSector = qint64(l) * m_layout.sectorsPerLayer + slice.first;
        const qint64 firstByte = firstSector * kSector;
        const qint64 rowBytes = reach * kSector;
        qint64 fromImage = std::clamp<qint64>(m_imageBytes - firstByte, 0, rowBytes);
        if (fromImage > 0 && readAt(m_readFd, row, fromImage, firstByte) != fromImage)
            return Tr::tr("Cannot read the image: %1").arg(errnoText());
        std::memset(row + fromImage, 0, size_t(rowBytes - fromImage));
        for (qint64 i = 0; i < reach; ++i) {
            const qint64 sector = firstSector + i;
            if (sector < m_layout.dataSectors)
                continue;
            uint8_t *out = row + i * kSector;
            if (sector < m_layout.dataSectors + Rs03Layout::headerSectors) {
                std::memcpy(out,
                            m_headerBytes.constData() + (sector - m_layout.dataSectors) * kSector,
                            kSector);
                continue;
            }
            makeRs03PaddingSector(out, sector, m_header.mediumFingerprint);
            if (i < slice.count && !write(out, kSector, sector * kSector))
                return Tr::tr("Cannot write the error-correction data: %1").arg(errnoText());
        }
        if (slice.first == 0)
            m_firstCrcs[size_t(l)] = dvdisasterCrc32(row, kSector);
        return {};
    }

    // Encodes the slice's blocks on every core: blocks are independent.
    void encode(Slice slice)
    {
        const int threads = std::max(1, QThread::idealThreadCount());
        std::vector<Slice> parts;
        const qint64 step = (slice.count + threads - 1) / threads;
        for (qint64 i = 0; i < slice.count; i += step)
            parts.push_back({i, std::min(step, slice.count - i)});
        QtConcurrent::blockingMap(parts, [this](const Slice &part) {
            std::vector<uint8_t> scratch = m_encoder.makeScratch();
            std::vector<const uint8_t *> in(size_t(m_layout.ndata));
            std::vector<uint8_t *> out(size_t(m_layout.nroots));
            for (qint64 i = part.first; i < part.first + part.count; ++i) {
                for (int l = 0; l < m_layout.ndata - 1; ++l)
                    in[size_t(l)] = m_data[size_t(l)].data() + i * kSector;
                in[size_t(m_layout.ndata - 1)] = m_crcSectors.data() + i * kSector;
                for (int k = 0; k < m_layout.nroots; ++k)
                    out[size_t(k)] = m_parity[size_t(k)].data() + i * kSector;
                m_encoder.encode(in.data(), out.data(), scratch);
            }
        });
    }

    int m_readFd;
    int m_writeFd;
    qint64 m_writeBase;
    Rs03Layout m_layout;
    Rs03Header m_header;
    QByteArray m_headerBytes;
    qint64 m_imageBytes;
    Rs03BlockEncoder m_encoder;
    qint64 m_blocksPerSlice = 1;
    std::vector<std::vector<uint8_t>> m_data; // per data layer: the slice and one more sector
    std::vector<uint8_t> m_crcSectors;
    std::vector<std::vector<uint8_t>> m_parity; // per ecc layer
    std::vector<uint32_t> m_firstCrcs;          // block 0's CRCs, for the last CRC sector
    std::vector<uint32_t> m_rowCrcs;            // per data layer: the CRCs of the sectors in m_data
};

} // namespace

Result<qint64> undoInterruptedRs03Run(const QString &path)
{
    const auto info = inspectRs03Image(path);
    if (!info)
        return info.error();
    if (info->state != Rs03ImageInfo::State::Interrupted)
        return Error{Tr::tr("%1 holds no interrupted run to undo.").arg(path), {}};
    if (::truncate(QFile::encodeName(path).constData(), off_t(info->originalBytes)) != 0)
        return Error{Tr::tr("Cannot cut %1 back to its original size of %2 bytes: %3")
                         .arg(path)
                         .arg(info->originalBytes)
                         .arg(errnoText()),
                     {}};
    return info->originalBytes;
}

namespace {

// The size of the image at `path` if it carries no dvdisaster data yet; else why it cannot be
// augmented.
Result<qint64> plainImageBytes(const QString &path)
{
    const auto inspected = inspectRs03Image(path);
    if (!inspected)
        return inspected.error();
    if (inspected->state == Rs03ImageInfo::State::Augmented) {
        const auto medium = inspected->medium();
        return Error{
            Tr::tr("The image already carries dvdisaster RS03 error-correction data (for a "
                   "%1, %2 roots); it is not augmented twice.")
                .arg(medium ? eccMediumName(*medium) : Tr::tr("medium of unknown size"))
                .arg(inspected->layout.nroots),
            {}};
    }
    if (inspected->state != Rs03ImageInfo::State::Plain)
        return Error{inspected->problem, {}};
    return inspected->fileBytes;
}

// The header for the image read from `fd`: dvdisaster tells media apart by the MD5 of sector
// 16 (the ISO volume descriptor).
Result<Rs03Header> headerFor(int fd, const Rs03Layout &layout)
{
    QByteArray fingerprintSector(kSector, '\0');
    if (readAt(fd, fingerprintSector.data(), kSector, Rs03Header::fingerprintSector * kSector) < 0)
        return Error{Tr::tr("Cannot read the image: %1").arg(errnoText()), {}};
    std::array<uint8_t, 16> fingerprint{};
    const QByteArray md5 = QCryptographicHash::hash(fingerprintSector, QCryptographicHash::Md5);
    std::memcpy(fingerprint.data(), md5.constData(), 16);
    return Rs03Header::forLayout(layout, fingerprint);
}

// Free bytes of the file system holding `fd`, or -1 when unknown.
qint64 freeBytesAt(int fd)
{
    struct statvfs fs
    {};
    if (::fstatvfs(fd, &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

// Every slice, then the header; an error message (empty on success). `cancelled` is set when
// `keepGoing` said stop.
QString runAugmenter(Augmenter &augmenter, const Rs03Layout &layout,
                     const std::function<bool(qint64, qint64)> &keepGoing, bool *cancelled)
{
    const qint64 perLayer = layout.sectorsPerLayer;
    const qint64 total = qint64(layout.ndata - 1) * perLayer * kSector;
    for (qint64 first = 0; first < perLayer; first += augmenter.blocksPerSlice()) {
        const Slice slice{first, std::min(augmenter.blocksPerSlice(), perLayer - first)};
        if (keepGoing && !keepGoing(qint64(layout.ndata - 1) * first * kSector, total)) {
            *cancelled = true;
            return {};
        }
        if (const QString error = augmenter.run(slice); !error.isEmpty())
            return error;
    }
    return augmenter.writeHeader();
}

// What both ways of augmenting start with: the plain image's size and the layout for it.
struct AugmentPlan
{
    qint64 imageBytes = 0;
    Rs03Layout layout;
};

Result<AugmentPlan> planAugment(const QString &imagePath, qint64 mediumSectors, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const auto plain = plainImageBytes(imagePath);
    if (!plain)
        return plain.error();
    const auto layout = Rs03Layout::forImage(plain.value(), mediumSectors);
    if (!layout)
        return layout.error();
    return AugmentPlan{plain.value(), layout.value()};
}

void reportDone(const Rs03Layout &layout, const std::function<bool(qint64, qint64)> &keepGoing)
{
    if (keepGoing) {
        const qint64 total = qint64(layout.ndata - 1) * layout.sectorsPerLayer * kSector;
        keepGoing(total, total);
    }
}

} // namespace

Result<Rs03Layout> augmentRs03Image(const QString &path, qint64 mediumSectors,
                                    const std::function<bool(qint64, qint64)> &keepGoing,
                                    bool *cancelled)
{
    const auto planned = planAugment(path, mediumSectors, cancelled);
    if (!planned)
        return planned.error();
    const qint64 imageBytes = planned->imageBytes;
    const Result<Rs03Layout> layout = planned->layout;

    Fd fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{Tr::tr("Cannot open %1 for writing: %2").arg(path, errnoText()), {}};
    const auto header = headerFor(fd.get(), layout.value());
    if (!header)
        return header.error();

    // The file grows to the whole layout: refuse at once rather than fill the disk half-way.
    const qint64 growth = layout->totalSectors() * kSector - imageBytes;
    if (const qint64 free = freeBytesAt(fd.get()); free >= 0 && free < growth)
        return Error{Tr::tr("Not enough free space next to the image: the error-correction data "
                            "needs %1, %2 are free.")
                         .arg(formatBytes(growth), formatBytes(free)),
                     {}};

    // Marks the run as unfinished where the header will go: a killed run can be undone.
    const QByteArray marker = makeRs03InProgressMarker(imageBytes);
    if (!writeAt(fd.get(), marker.constData(), marker.size(), layout->headerSector() * kSector)) {
        const QString error = errnoText();
        if (::ftruncate(fd.get(), off_t(imageBytes)) != 0)
            return Error{Tr::tr("Cannot write to the image (%1), nor cut it back to its original "
                                "size of %2 bytes.")
                             .arg(error)
                             .arg(imageBytes),
                         {}};
        return Error{Tr::tr("Cannot write the error-correction data: %1").arg(error), {}};
    }

    // From here on, every way out but success puts the file back as it was.
    auto restore = [&](const QString &message, const QString &detail = {}) -> Error {
        if (::ftruncate(fd.get(), off_t(imageBytes)) != 0)
            return Error{message + QLatin1Char(' ') +
                             Tr::tr("The image could not be cut back to its original size (%1); "
                                    "its first %2 bytes are unchanged.")
                                 .arg(errnoText())
                                 .arg(imageBytes),
                         detail};
        return Error{message, detail};
    };

    Augmenter augmenter(fd.get(), fd.get(), 0, layout.value(), header.value(), imageBytes);
    bool stopped = false;
    if (const QString error = runAugmenter(augmenter, layout.value(), keepGoing, &stopped);
        !error.isEmpty())
        return restore(error);
    if (stopped) {
        if (cancelled)
            *cancelled = true;
        return restore(Tr::tr("Cancelled; the image is unchanged."));
    }
    if (::fsync(fd.get()) != 0)
        return restore(Tr::tr("Cannot write the error-correction data: %1").arg(errnoText()));
    reportDone(layout.value(), keepGoing);
    return layout.value();
}

Result<Rs03Layout> augmentRs03ToFile(const QString &imagePath, const QString &sidecarPath,
                                     qint64 mediumSectors,
                                     const std::function<bool(qint64, qint64)> &keepGoing,
                                     bool *cancelled)
{
    const auto planned = planAugment(imagePath, mediumSectors, cancelled);
    if (!planned)
        return planned.error();
    const qint64 imageBytes = planned->imageBytes;
    const Result<Rs03Layout> layout = planned->layout;

    Fd image(::open(QFile::encodeName(imagePath).constData(), O_RDONLY | O_CLOEXEC));
    if (image.get() < 0)
        return Error{Tr::tr("Cannot open %1: %2").arg(imagePath, errnoText()), {}};
    const auto header = headerFor(image.get(), layout.value());
    if (!header)
        return header.error();

    const QByteArray sidecarName = QFile::encodeName(sidecarPath);
    Fd sidecar(::open(sidecarName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (sidecar.get() < 0)
        return Error{Tr::tr("Cannot create %1: %2").arg(sidecarPath, errnoText()), {}};
    // Whatever goes wrong from here, no half-written sidecar stays.
    auto removed = [&](const QString &message) -> Error {
        ::unlink(sidecarName.constData());
        return Error{message, {}};
    };
    const qint64 base = layout->dataSectors * kSector;
    const qint64 bytes = layout->totalSectors() * kSector - base;
    if (const qint64 free = freeBytesAt(sidecar.get()); free >= 0 && free < bytes)
        return removed(
            Tr::tr("Not enough free space for the error-correction data in %1: it needs "
                   "%2, %3 are free.")
                .arg(QFileInfo(sidecarPath).absolutePath(), formatBytes(bytes), formatBytes(free)));

    Augmenter augmenter(image.get(), sidecar.get(), base, layout.value(), header.value(),
                        imageBytes);
    bool stopped = false;
    if (const QString error = runAugmenter(augmenter, layout.value(), keepGoing, &stopped);
        !error.isEmpty())
        return removed(error);
    if (stopped) {
        if (cancelled)
            *cancelled = true;
        return removed(Tr::tr("Cancelled; no error-correction data was kept."));
    }
    // The image must not have changed under the run: the data would not match it.
    struct stat st
    {};
    if (::fstat(image.get(), &st) != 0 || st.st_size != imageBytes)
        return removed(Tr::tr("The image %1 changed while its error-correction data was computed. "
                              "Leave it alone and try again.")
                           .arg(imagePath));
    reportDone(layout.value(), keepGoing);
    return layout.value();
}

} // namespace Spindle
