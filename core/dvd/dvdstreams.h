#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Spindle {

class ImageTree;

// One audio stream of a title set: entry `number - 1` of its VTSI_MAT audio attribute table
// (VTS_AST_ATRT), the logical stream that players, lsdvd and `--drop-audio SET:N` number.
struct DvdAudioAttributes
{
    int number = 0;          // 1-based logical stream number in the title set
    int codingMode = 0;      // bits 7..5 of byte 0: 0 AC-3, 2 MPEG-1, 3 MPEG-2 ext., 4 LPCM, 6 DTS
    QString language;        // ISO 639 code ("en"); empty when unset or not two letters a-z
    int channels = 0;        // 1..8
    int sampleRate = 0;      // Hz
    int applicationMode = 0; // 0 unspecified, 1 karaoke, 2 surround
    int extension = 0;       // code extension: 0 unspecified, 1 normal, 2 visually impaired,
                             // 3 director's comments, 4 alternate director's comments
    // The physical streams (0-7: AC-3 0x80+n, DTS 0x88+n, LPCM 0xA0+n, MPEG 0xC0+n) the title
    // PGCs map it to (PGC_AST_CTL), distinct and sorted: one on every sane disc, none when no
    // title enables it.
    QList<int> physical;
    QList<int> titles; // the disc's titles whose PGCs enable it
};

// One subpicture (subtitle) stream of a title set (VTS_SPST_ATRT).
struct DvdSubpictureAttributes
{
    int number = 0; // 1-based logical stream number in the title set
    QString language;
    int extension = 0; // 0 unspecified, 1 normal, 2 large, 3 children, 5 normal captions,
                       // 6 large captions, 7 children's captions, 9 forced, 13 director's
                       // comments, 14 large director's comments, 15 for children
    // The physical streams (0-31: 0x20+n) the title PGCs map it to (PGC_SPST_CTL): the 4:3
    // stream for 4:3 video; the wide, letterbox and pan-scan streams for 16:9 video.
    QList<int> physical;
    QList<int> titles;
};

struct DvdTitleSetStreams
{
    int titleSet = 0;
    bool wideVideo = false; // 16:9 (VTS video attributes)
    QList<int> titles;      // the disc's titles in this title set
    QList<DvdAudioAttributes> audio;
    QList<DvdSubpictureAttributes> subpictures;
};

// The audio and subpicture streams of the title set whose VTS_nn_0.IFO bytes are `ifo`
// (`name` for messages). `discTitles[k]` is the disc's title number of the title set's title
// (VTS_TTN) k + 1, from VIDEO_TS.IFO's title search table. Every field is bounds-checked:
// damaged bytes give an error naming the file, never a read outside them.
Result<DvdTitleSetStreams> parseDvdTitleSetStreams(const QByteArray &ifo, const QString &name,
                                                   int titleSet, const QList<int> &discTitles);

// The streams of every title set of the DVD-Video in `tree`, read with Spindle's own IFO
// reader through the tree's sources (image, disc, folder). Reads from the source: call it off
// the UI thread.
Result<QList<DvdTitleSetStreams>> readDvdStreams(std::shared_ptr<const ImageTree> tree);

// Names for people. A language in its own words, capitalised ("English", "Deutsch",
// "Français"); "Unknown language" (translated) when unset or unknown.
QString dvdLanguageName(const QString &code);
// "ac3", "mpeg1", "mpeg2ext", "lpcm", "dts", "sdds" as DvdAudioStream and lsdvd name them;
// "?" for a reserved coding mode.
QString dvdAudioFormatCode(int codingMode);
// "AC-3", "MPEG audio", "LPCM", "DTS", ...
QString dvdAudioFormatName(int codingMode);
// "mono", "stereo" (translated), "5.1", "3 channels"
QString dvdChannelsName(int channels);
// "visually impaired", "director's comments", ... (translated); empty for unspecified/normal.
QString dvdAudioExtensionName(int extension);
QString dvdSubpictureExtensionName(int extension);
// One line per stream: "English, AC-3 stereo, director's comments"; "Deutsch, large".
QString describeDvdAudio(const DvdAudioAttributes &audio);
QString describeDvdSubpicture(const DvdSubpictureAttributes &subpicture);

} // namespace Spindle
