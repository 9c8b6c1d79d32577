#pragma once

#include "base/result.h"
#include "device/mediainfo.h"

#include <QList>
#include <QStringList>

namespace Spindle {

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
    qint64 imageBytes() const { return imageBlocks * 2048; }
};

// `wholeTrack`: copy the data tracks to their end instead of stopping at the file system's end.
// Fails with a message for blank discs, missing discs and audio-only CDs.
Result<ReadPlan> planRead(const MediaInfo &media, bool wholeTrack);

} // namespace Spindle
