#pragma once

#include "base/result.h"
#include "device/mediainfo.h"

#include <QList>
#include <QStringList>

namespace Spindle {

class GrabbedDrive;

// What a disc copy reads: the image size and the block ranges that hold recorded data.
struct ReadPlan
{
    struct Extent
    {
        qint64 startBlock = 0;
        qint64 blocks = 0;
    };
    qint64 imageBlocks = 0;
    QList<Extent> extents; // sorted, inside [0, imageBlocks); gaps between them stay zero
    // Multisession: the newest session's descriptors are copied to block 16 so that the image
    // opens showing that session (as libisoburn does on overwritable media). -1 when not needed.
    qint64 newestSessionStart = -1;
    QStringList notes; // things to tell the user (audio tracks left out, multisession, ...)
    // The block where the disc's recorded data ends when that is before imageBlocks: the file
    // system declares more than the disc holds (an incomplete or damaged disc), and the blocks
    // from here on cannot be read. -1 when the disc holds the whole image.
    qint64 discEndBlock = -1;
    // Where the disc's recorded data ends (the end of its last data track).
    qint64 recordedEndBlock = 0;
    qint64 imageBytes() const { return imageBlocks * 2048; }
};

// The image is the file system's declared size, also when the disc ends before it
// (discEndBlock says where). `wholeTrack`: copy the data tracks to their end instead.
// Fails with a message for blank discs, missing discs and audio-only CDs.
Result<ReadPlan> planRead(const MediaInfo &media, bool wholeTrack);

// dvdisaster RS03 error-correction data (spindle-cli protect, dvdisaster -mRS03) follows the file
// system, so a copy that stops there leaves out what could repair the disc. `header` holds the
// two sectors at plan.imageBlocks: when they are an intact RS03 header of an image of exactly
// that size, the plan grows to the end of the error-correction data (as far as the disc's
// recorded data goes) and says so in its notes. Returns whether it grew.
bool extendOverRs03Data(ReadPlan &plan, const QByteArray &header);
// The same, reading the two sectors from `drive` when mayHoldRs03Data(): `read` and a
// disc-to-disc `copy` keep a protected disc's error-correction data.
bool extendOverRs03Data(ReadPlan &plan, const GrabbedDrive &drive);
// Whether the disc holds enough past the file system to be worth reading the two sectors
// there: a protected disc holds thousands, a plain one at most its run-out and padding (reading
// those fails on real drives).
bool mayHoldRs03Data(const ReadPlan &plan);

} // namespace Spindle
