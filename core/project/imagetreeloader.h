#pragma once

#include "base/result.h"
#include "iso/bootfiles.h"
#include "iso/isoimport.h"
#include "tree/imagetree.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>

namespace Spindle {

// Reads the sources of a new image into one ImageTree: first the image or disc (there may be
// one, at the root, since its boot records and layout are what the new image keeps), then the
// folders, files and archives in the order given. Problems that still leave a usable tree
// (an unreadable file in a folder) come back as warnings.
struct LoadedTree
{
    std::shared_ptr<const ImageTree> tree;
    QStringList warnings;
    // For a DVD-Video, what each file of VIDEO_TS carries ("VTS_02_1.VOB" -> "Title 2 (...)"),
    // read here so that libdvdread's IFO parsing stays off the UI thread.
    QHash<QString, QString> fileInfo;
    // The base image's boot files and what a rebuild cannot keep of its boot setup, read here
    // while the image is open.
    BootInfo boot;
    // With KeepBaseImport::ForBuild and an image file as the base: its import, for the build
    // that follows (newImageSourceFactory), so that the image is read once.
    std::shared_ptr<IsoImportHandoff> baseImport;
};

// ForBuild when a new image is made from the tree right away (the CLI's build): the base
// image's import is kept (memory the GUI, which keeps a tree open for long, does not hold).
// A disc is never kept: its drive stays free between loading and building.
enum class KeepBaseImport
{
    No,
    ForBuild
};

Result<LoadedTree> loadImageTree(const QList<SourceSpec> &sources,
                                 const std::function<bool()> &cancelled = {},
                                 KeepBaseImport keep = KeepBaseImport::No);

} // namespace Spindle
