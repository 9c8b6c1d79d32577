#pragma once

#include "device/mediainfo.h"
#include "device/mediumkind.h"

#include <QString>

namespace Spindle {

// Wording shared by the pages, so that a medium or a yes/no reads the same everywhere.

// "DVD-R", "BD-RE", "4.7 GB file" or "Plain file" for a MediumKind key.
QString mediumShortName(const QString &key);
// "DVD-R (4.71 GB)": the short name with the capacity the virtual medium emulates.
QString mediumDisplayName(const MediumKind &medium);
// The medium as MediaInfo names it, with libburn's "stdio file" (a virtual drive's plain file)
// in the user's words; empty without a medium.
QString mediumProfileName(const MediaInfo &info);
// A profile name as a disc's label says it: libburn's "DVD-R sequential recording" and
// "DVD+R/DL" read "DVD-R" and "DVD+R DL".
QString shortProfileName(const QString &profileName);
QString yesNo(bool value);

} // namespace Spindle
