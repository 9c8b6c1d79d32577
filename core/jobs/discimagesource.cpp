#include "jobs/discimagesource.h"

#include "device/grabbeddrive.h"
#include "device/mediainfo.h"

#include <QCoreApplication>

#include <cstring>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiscImageSource)
};

constexpr qint64 BlockSize = 2048;
constexpr qint64 MaxBlocksPerRead = 32; // 64 KiB, as the image reader asks for
constexpr int Retries = 3;

} // namespace

DiscImageSource::DiscImageSource(QString driveAddress, MediumKind medium)
    : m_address(std::move(driveAddress)), m_medium(std::move(medium))
{}

DiscImageSource::~DiscImageSource() = default;

QString DiscImageSource::description() const
{
    return Tr::tr("the disc in %1").arg(m_address);
}

std::optional<Error> DiscImageSource::open()
{
    auto grabbed = GrabbedDrive::grab(m_address, m_medium);
    if (!grabbed)
        return grabbed.error();
    m_drive = grabbed.value();
    const MediaInfo media = readMediaInfo(*m_drive);
    auto plan = planRead(media, false);
    if (!plan)
        return plan.error();
    m_plan = plan.value();
    extendOverRs03Data(m_plan, *m_drive); // a protected disc's copy keeps its ecc data
    if (m_plan.discEndBlock >= 0)
        return Error{Tr::tr("The disc in %1 holds %2 sectors but its file system declares %3: "
                            "the disc is incomplete or damaged. Copy it to an image in rescue "
                            "mode first (spindle-cli read --skip-unreadable).")
                         .arg(m_address)
                         .arg(m_plan.discEndBlock)
                         .arg(m_plan.imageBlocks),
                     {},
                     Tr::tr("The disc in %1 holds %2 sectors but its file system declares %3: "
                            "the disc is incomplete or damaged. Copy it to an image with Copy "
                            "Disc to Image in rescue mode first.")
                         .arg(m_address)
                         .arg(m_plan.discEndBlock)
                         .arg(m_plan.imageBlocks)};
    // Multisession: the copy opens at the newest session, as an image read from the disc does.
    if (m_plan.newestSessionStart > 0) {
        QByteArray block(BlockSize, '\0');
        for (qint64 i = 0; i < 32 && 16 + i < m_plan.imageBlocks; ++i) {
            if (m_drive->readBlocks(m_plan.newestSessionStart + 16 + i, 1, block.data()) !=
                BlockSize)
                break;
            m_newestDescriptors += block;
            if (static_cast<unsigned char>(block[0]) == 255)
                break;
        }
    }
    m_pos = 0;
    return std::nullopt;
}

bool DiscImageSource::readImageBlocks(qint64 lba, qint64 blocks, char *buffer)
{
    const qint64 end = lba + blocks;
    while (lba < end) {
        // The run of blocks from `lba` that is all recorded data, or all gap.
        qint64 runEnd = end;
        bool recorded = false;
        for (const ReadPlan::Extent &e : std::as_const(m_plan.extents)) {
            const qint64 extentEnd = e.startBlock + e.blocks;
            if (lba >= e.startBlock && lba < extentEnd) {
                recorded = true;
                runEnd = qMin(runEnd, extentEnd);
                break;
            }
            if (e.startBlock > lba)
                runEnd = qMin(runEnd, e.startBlock);
        }
        const qint64 count = runEnd - lba;
        char *out = buffer + (lba - (end - blocks)) * BlockSize;
        if (!recorded) {
            std::memset(out, 0, size_t(count * BlockSize));
        } else {
            QString reason;
            bool ok = false;
            for (int attempt = 0; attempt <= Retries && !ok && !m_cancelled; ++attempt)
                ok = m_drive->readBlocks(lba, int(count), out, &reason) == count * BlockSize;
            if (!ok) {
                m_error = m_cancelled
                              ? Error{QCoreApplication::translate("Job", "Cancelled."), {}}
                              : Error{Tr::tr("The disc in %1 could not be read at sector %2. "
                                             "Copy it to an image in rescue mode first "
                                             "(spindle-cli read --skip-unreadable).")
                                          .arg(m_address)
                                          .arg(lba),
                                      reason,
                                      Tr::tr("The disc in %1 could not be read at sector %2. "
                                             "Copy it to an image with Copy Disc to Image in "
                                             "rescue mode first.")
                                          .arg(m_address)
                                          .arg(lba)};
                return false;
            }
        }
        lba = runEnd;
    }
    // The newest session's descriptors replace blocks 16.. of the first session.
    const qint64 first = end - blocks;
    const qint64 descriptors = m_newestDescriptors.size() / BlockSize;
    for (qint64 b = qMax<qint64>(first, 16); b < qMin(end, 16 + descriptors); ++b)
        std::memcpy(buffer + (b - first) * BlockSize,
                    m_newestDescriptors.constData() + (b - 16) * BlockSize, BlockSize);
    return true;
}

qint64 DiscImageSource::read(char *buffer, qint64 max)
{
    if (!m_drive)
        return -1;
    const qint64 left = size() - m_pos;
    if (left <= 0 || max <= 0)
        return 0;
    if (m_cancelled) {
        m_error = Error{QCoreApplication::translate("Job", "Cancelled."), {}};
        return -1;
    }
    const qint64 lba = m_pos / BlockSize;
    if (m_pos % BlockSize == 0 && max >= BlockSize) {
        const qint64 blocks = qMin(qMin(max, left) / BlockSize, MaxBlocksPerRead);
        if (!readImageBlocks(lba, blocks, buffer))
            return -1;
        m_pos += blocks * BlockSize;
        return blocks * BlockSize;
    }
    // A read that does not start or end on a block: through one block of our own.
    m_block.resize(BlockSize);
    if (!readImageBlocks(lba, 1, m_block.data()))
        return -1;
    const qint64 offset = m_pos % BlockSize;
    const qint64 n = qMin(qMin(max, left), BlockSize - offset);
    std::memcpy(buffer, m_block.constData() + offset, size_t(n));
    m_pos += n;
    return n;
}

} // namespace Spindle
