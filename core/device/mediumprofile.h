#pragma once

#include "device/mediainfo.h"

namespace Spindle {

class GrabbedDrive;

// What a medium allows, from its MMC profile (real drives) or the emulated MediumKind
// (virtual drives), so that burn and erase refuse impossible requests before they start.
struct MediumCapabilities
{
    bool overwritable = false; // random access: DVD+RW, DVD-RAM, BD-RE, restricted DVD-RW, files
    bool writeOnce = false;    // CD-R, DVD±R, BD-R: stopping a burn half-way ruins it
    bool canSimulate = false;  // has a test-write mode (CD and DVD-R/RW only; files too)
};

MediumCapabilities mediumCapabilities(const GrabbedDrive &drive, const MediaInfo &info);

} // namespace Spindle
