#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Spindle {

class ImageTree;
struct SelectionState;
struct SourceSpec;

// One audio stream of a title, from its title set's attributes (libdvdread).
struct DvdAudioStream
{
    QString language; // "en", "fr", ...; "?" when unset
    QString format;   // "ac3", "mpeg1", "mpeg2ext", "lpcm", "dts", "sdds"
    int channels = 0;
    int sampleRate = 0; // Hz
};

// One title of a DVD-Video, as its IFO files describe it (libdvdread). Streams are those the
// title's program chain enables, which may be fewer than its title set declares: lsdvd and
// players count the same way.
struct DvdTitle
{
    int number = 0;
    int titleSet = 0;
    int titleInSet = 0; // VTS_TTN: the title's number inside its title set
    qint64 seconds = 0; // whole seconds of playback
    qint64 milliseconds = 0;
    int chapters = 0;
    int angles = 1;
    QList<DvdAudioStream> audio;
    QStringList audioLanguages; // "en", "fr", ...; "?" when unset
    QStringList subtitleLanguages;
    // The sectors of its title set's title VOBs that its program chains play: each cell's
    // first and last sector (cell playback table), in the order the chains list them.
    QList<QPair<quint32, quint32>> cells;
};

struct DvdVideoInfo
{
    bool valid = false;
    QList<DvdTitle> titles;
    // The longest title (the main feature, as players and lsdvd pick it); 0 when none.
    int longestTitle = 0;
    // "VTS_02_1.VOB" -> "Title 2 (1:23:45; audio en, fr; subtitles de)"
    QHash<QString, QString> fileInfo;
    // What libdvdread logged while reading (kept off stderr), for a detail view or a bug report.
    QStringList messages;
};

// True when the tree holds /VIDEO_TS/VIDEO_TS.IFO.
bool isDvdVideo(const ImageTree &tree);
// Reads the titles of a DVD-Video image, disc or folder (libdvdread opens all three).
DvdVideoInfo readDvdVideoInfo(const SourceSpec &source);
// For a tree that is a DVD-Video, the per-file descriptions of the source holding its
// VIDEO_TS folder (the image, the disc or a folder); empty for other trees.
QHash<QString, QString> dvdVideoFileInfo(const ImageTree &tree);
// Leaving out IFO, BUP or VOB files of a DVD-Video makes it unplayable: says so, per file.
QStringList dvdVideoWarnings(const ImageTree &tree, const SelectionState &state);

} // namespace Spindle
