#pragma once

#include "base/result.h"
#include "dvd/dvdvideo.h"

#include <QMap>

namespace Spindle {

class ImageTree;
struct SourceSpec;

// A DVD-Video's titles as a user picks them: what libdvdread reads from the IFO files, plus
// the bytes each title set occupies in the tree (what leaving it out saves). Shared by
// `spindle-cli titles` and the New image page's Titles view.
struct DvdTitleList
{
    DvdVideoInfo info;
    QMap<int, qint64> titleSetBytes; // title set -> bytes of its VTS_NN_* files
    qint64 menuBytes = 0;            // VIDEO_TS.IFO/.VOB/.BUP: the VMG and its menu
};

// Reads the titles of the DVD-Video in `tree` (from the image, disc or folder holding its
// VIDEO_TS folder). Fails with a message when the tree is no DVD-Video or libdvdread cannot
// read its IFO files. Reads from the source: call it off the UI thread.
Result<DvdTitleList> readDvdTitleList(const ImageTree &tree);

// readDvdVideoInfo() of the source in `tree` that holds VIDEO_TS (`spec`). libdvdread opens
// plain images, folders and drives only (its stream callbacks work only with libdvdcss, which
// Debian does not ship): for a compressed image, the IFO files are decoded out of the tree into
// a temporary folder, which it opens instead. Listing titles reads nothing else.
DvdVideoInfo readDvdVideoInfo(const ImageTree &tree, const SourceSpec &spec);

// What leaving out the titles not in `keptTitles` saves in the title sets that keep a title:
// per title set, the bytes of the title VOB sectors that only left-out titles play, which the
// trim cuts (DvdTitle::cells). Title sets that keep no title are not in it (their files go).
QMap<int, qint64> dvdCutCellBytes(const DvdVideoInfo &info, const QList<int> &keptTitles);

// "1:23:45", "0:00:09": a title's length, hours always shown so a column lines up.
QString formatDvdDuration(qint64 seconds);

} // namespace Spindle
