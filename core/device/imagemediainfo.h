#pragma once

#include "base/result.h"
#include "device/mediainfo.h"

namespace Spindle {

// What an image file holds, in the terms Disc info and `info` use for a disc: a closed medium
// with one data track the size of the image and the file system found at its start. Looking
// at an image never opens it for writing, so it is never writable or erasable here. Compressed
// images are decoded as far as their file system's header.
Result<MediaInfo> imageMediaInfo(const QString &path);

} // namespace Spindle
