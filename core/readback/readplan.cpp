#include "readback/readplan.h"

#include "base/format.h"
#include "device/grabbeddrive.h"
#include "ecc/rs03format.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReadPlan)
};
constexpr qint64 BlockSize = 2048;
} // namespace

Result<ReadPlan> planRead(const MediaInfo &media, bool wholeTrack)
{
    if (media.status == MediumStatus::NoMedium) {
        return Error{Tr::tr("There is no disc in %1. Insert the disc to copy and try again.")
                         .arg(media.driveAddress),
                     {}};
    }
    if (media.status == MediumStatus::Blank) {
        return Error{
            Tr::tr("The disc in %1 is blank: there is nothing to copy.").arg(media.driveAddress),
            {}};
    }
    ReadPlan plan;
    int audioTracks = 0;
    int sessionsWithData = 0;
    qint64 dataEnd = 0;
    for (const SessionInfo &session : media.sessions) {
        bool sessionHasData = false;
        for (const TrackInfo &track : session.tracks) {
            if (track.audio) {
                ++audioTracks;
                continue;
            }
            const qint64 blocks = track.sizeBytes / BlockSize;
            if (blocks <= 0)
                continue;
            plan.extents << ReadPlan::Extent{track.startLba, blocks};
            dataEnd = qMax(dataEnd, track.startLba + blocks);
            plan.newestSessionStart = track.startLba;
            sessionHasData = true;
        }
        if (sessionHasData)
            ++sessionsWithData;
    }
    if (plan.extents.isEmpty()) {
        if (audioTracks > 0) {
            return Error{
                Tr::tr("This is an audio CD. An ISO image cannot hold audio tracks; use an "
                       "audio CD ripper to copy it."),
                {}};
        }
        return Error{Tr::tr("The disc in %1 holds no data track to copy.").arg(media.driveAddress),
                     {}};
    }
    if (audioTracks > 0) {
        plan.notes << Tr::tr(
            "This is a mixed-mode CD: the data track is copied, its %n audio track(s) "
            "are not included (an ISO image cannot hold audio).",
            nullptr, audioTracks);
    }

    // The file system's own size (ISO9660 volume space, or the UDF partition end when that is
    // larger) stops the copy before run-out and padding blocks, which fail on real drives and
    // make checksums differ between copies. A disc that ends before it is incomplete: the image
    // keeps the declared size and the job decides what the missing end means.
    const FilesystemInfo &fs = media.filesystem;
    const qint64 fsBytes = qMax(fs.sizeBytes, fs.udfEndBytes);
    qint64 end = dataEnd;
    if (!wholeTrack && fs.present && fsBytes > 0) {
        end = (fsBytes + BlockSize - 1) / BlockSize;
        if (end > dataEnd)
            plan.discEndBlock = dataEnd;
    }
    plan.imageBlocks = end;
    plan.recordedEndBlock = dataEnd;
    QList<ReadPlan::Extent> clipped;
    for (const ReadPlan::Extent &e : std::as_const(plan.extents)) {
        const qint64 extentEnd = qMin(e.startBlock + e.blocks, end);
        if (extentEnd > e.startBlock)
            clipped << ReadPlan::Extent{e.startBlock, extentEnd - e.startBlock};
    }
    plan.extents = clipped;

    if (sessionsWithData > 1 && plan.newestSessionStart > 0) {
        plan.notes << Tr::tr(
                          "This is a multisession disc with %1 sessions. The image covers all of "
                          "them and opens showing the newest one; the gaps between sessions are "
                          "not read and stay empty.")
                          .arg(sessionsWithData);
    } else {
        plan.newestSessionStart = -1;
    }
    return plan;
}

bool mayHoldRs03Data(const ReadPlan &plan)
{
    // RS03 has at least 8 ecc layers and a CRC layer after the data layers (at most 246 of
    // 255), and a layer holds at least 1/246 of the image: anything shorter after the file
    // system cannot be RS03 data. (Data sized for a medium is far longer; --redundancy sizes
    // the layers by the image.)
    const qint64 fewestEccSectors = 9 * ((plan.imageBlocks + 2 + 245) / 246);
    return plan.discEndBlock < 0 && plan.newestSessionStart < 0 && !plan.extents.isEmpty() &&
           plan.recordedEndBlock - plan.imageBlocks >= fewestEccSectors;
}

bool extendOverRs03Data(ReadPlan &plan, const QByteArray &header)
{
    if (!mayHoldRs03Data(plan) || header.size() < Rs03Header::size)
        return false;
    Rs03Header::ParseError error = Rs03Header::ParseError::None;
    const auto parsed = Rs03Header::parse(header, &error);
    if (!parsed)
        return false;
    const Rs03Layout layout = parsed->layout();
    ReadPlan::Extent &last = plan.extents.last();
    if (layout.headerSector() != plan.imageBlocks ||
        last.startBlock + last.blocks != plan.imageBlocks)
        return false;
    const qint64 end = qMin(layout.totalSectors(), plan.recordedEndBlock);
    if (end <= plan.imageBlocks)
        return false;
    plan.notes << Tr::tr("The disc carries dvdisaster RS03 error-correction data after its file "
                         "system (%1 roots); the copy includes it (%2), so that damaged sectors "
                         "can be rebuilt from it.")
                      .arg(layout.nroots)
                      .arg(formatBytes((end - plan.imageBlocks) * BlockSize));
    last.blocks = end - last.startBlock;
    plan.imageBlocks = end;
    return true;
}

bool extendOverRs03Data(ReadPlan &plan, const GrabbedDrive &drive)
{
    if (!mayHoldRs03Data(plan))
        return false;
    QByteArray header(Rs03Header::size, '\0');
    const int blocks = int(Rs03Header::size / BlockSize);
    return drive.readBlocks(plan.imageBlocks, blocks, header.data()) == Rs03Header::size &&
           extendOverRs03Data(plan, header);
}

} // namespace Spindle
