#pragma once

#include "device/mediumkind.h"

#include <QString>

namespace Spindle {

// Wording shared by the pages, so that a medium or a yes/no reads the same everywhere.

// "DVD-R", "BD-RE", "4.7 GB file" or "Plain file" for a MediumKind key.
QString mediumShortName(const QString &key);
// "DVD-R (4.71 GB)": the short name with the capacity the virtual medium emulates.
QString mediumDisplayName(const MediumKind &medium);
QString yesNo(bool value);

} // namespace Spindle
