#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Spindle {

class ImageTree;
struct SelectionState;
struct SourceSpec;

// One title of a DVD-Video, as its IFO files describe it (libdvdread).
struct DvdTitle
{
    int number = 0;
    int titleSet = 0;
    qint64 seconds = 0;
    QStringList audioLanguages; // "en", "fr", ...; "?" when unset
    QStringList subtitleLanguages;
};

struct DvdVideoInfo
{
    bool valid = false;
    QList<DvdTitle> titles;
    // "VTS_02_1.VOB" -> "Title 2 (1:23:45; audio en, fr; subtitles de)"
    QHash<QString, QString> fileInfo;
};

// True when the tree holds /VIDEO_TS/VIDEO_TS.IFO.
bool isDvdVideo(const ImageTree &tree);
// Reads the titles of a DVD-Video image, disc or folder (libdvdread opens all three).
DvdVideoInfo readDvdVideoInfo(const SourceSpec &source);
// Leaving out IFO, BUP or VOB files of a DVD-Video makes it unplayable: says so, per file.
QStringList dvdVideoWarnings(const ImageTree &tree, const SelectionState &state);

} // namespace Spindle
