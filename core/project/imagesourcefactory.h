#pragma once

#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "tree/selection.h"

#include <memory>

namespace Spindle {

class ImageTree;
class IsoImportHandoff;

// True when a new image of `tree` minus what `state` leaves out is a DVD-Video: the tree is
// one and its VIDEO_TS.IFO stays.
bool isDvdVideoOutput(const ImageTree &tree, const SelectionState &state);

// Makes the stream of a new image: a DVD-Video becomes a UDF 1.02 + ISO 9660 bridge image
// (players need UDF, and libisofs cannot write it) of every file the selection keeps; any
// other tree an ISO 9660 image from libisofs with `options`. Each call gives a fresh stream
// (a stream is read once); the selection is evaluated when the stream is made, on the
// thread that writes or burns.
// `handoff`: the base image as the tree load imported it, used by the first stream.
ImageSourceFactory newImageSourceFactory(std::shared_ptr<const ImageTree> tree, Selection selection,
                                         ImageOptions options,
                                         std::shared_ptr<IsoImportHandoff> handoff = {});

// A factory that makes one stream and then lets go of what `factory` holds (the tree), so that
// the stream's composer can free the tree once libisofs has its own (see
// ImageComposer::releaseTreeIfLast). Later calls return nullptr. For a build that writes one
// file; a burn of several copies needs a stream per copy.
ImageSourceFactory singleUse(ImageSourceFactory factory);

} // namespace Spindle
