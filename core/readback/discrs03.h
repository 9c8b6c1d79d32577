#pragma once

#include "base/result.h"
#include "device/mediainfo.h"
#include "ecc/rs03layout.h"

#include <QString>
#include <optional>

namespace Spindle {

class GrabbedDrive;

// dvdisaster RS03 data on a disc in a drive, found the way `read` finds it (extendOverRs03Data):
// an intact header right after the ISO file system, describing an image of exactly that size.
struct DiscRs03Info
{
    Rs03Layout layout;
    // Where the disc's recorded data ends, when before the end of the error-correction data
    // (a disc burned short of it); -1 when the disc holds all of it.
    qint64 discEndSector = -1;

    bool complete() const { return discEndSector < 0; }
    // For the user: roots, redundancy, what it repairs (as Disc Info says for an image file).
    QString describe() const;
};

// Reads the two sectors after the file system of the disc in `drive` when the disc has room for
// error-correction data there (mayHoldRs03Data: a plain disc is not read past its padding).
std::optional<DiscRs03Info> inspectRs03Disc(const MediaInfo &media, const GrabbedDrive &drive);

// queryMediaInfo(), with a note saying what RS03 data the disc carries, if any: Disc Info.
Result<MediaInfo> queryMediaInfoWithEcc(const QString &address, const MediumKind &medium = {});

} // namespace Spindle
