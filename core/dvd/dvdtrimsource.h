#pragma once

#include "dvd/dvdtrim.h"
#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "tree/selection.h"
#include "udf/plannedudfsource.h"

#include <memory>

namespace Spindle {

class ImageTree;

// The trimmed DVD-Video as a UDF bridge plan: planDvdTrim's files for VIDEO_TS (rewritten
// IFOs, renumbered title sets), and of the rest of the tree what `state` keeps (the trim
// itself carries every file outside VIDEO_TS). Fails with planDvdTrim's message.
Result<PlannedDisc> planTrimmedDvd(std::shared_ptr<const ImageTree> tree,
                                   const SelectionState &state, const DvdTrimOptions &trim);

// Streams of the trimmed DVD-Video, planned when opened (on the thread that writes or burns).
ImageSourceFactory dvdTrimSourceFactory(std::shared_ptr<const ImageTree> tree, Selection selection,
                                        DvdTrimOptions trim, ImageOptions options);

} // namespace Spindle
