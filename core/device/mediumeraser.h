#pragma once

#include "base/result.h"

#include <functional>
#include <optional>

namespace Spindle {

class GrabbedDrive;
struct MediaInfo;

// Blanks or formats the medium in a grabbed drive, shared by the erase job and a burn that
// erases first. Progress comes as (done, total) in arbitrary units; libburn cannot interrupt
// an erase once the drive runs it, so there is no cancel.
std::optional<Error> eraseMedium(const GrabbedDrive &drive, const MediaInfo &info, bool full,
                                 const std::function<void(qint64, qint64)> &progress);

} // namespace Spindle
