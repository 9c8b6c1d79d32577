#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// What the fixture authors, title by title, so tests can check that a reader (lsdvd, Spindle)
// sees the disc that was meant; the readers are then compared with each other.
struct AuthoredTitle
{
    int titleSet = 0;
    int seconds = 0;
    int chapters = 0;
    QStringList audioLanguages;
    QStringList subtitleLanguages;
};

// A real DVD-Video made by third-party tools at test time:
//  - ffmpeg test sources (testsrc, sine) encoded as tiny MPEG-2 NTSC program streams,
//  - spumux for the menu's button highlights and a subtitle stream,
//  - dvdauthor for the IFO/BUP/VOB files: a VMG menu with one button per title (each jumps to
//    its title), title set 1 with the main feature (two audio languages, three chapters) and
//    title set 2 with a bonus title (subtitles) and a trailer; every title returns to the menu,
//  - genisoimage -dvd-video -udf for the UDF bridge image.
// Made once per test process in a temporary folder (about 2 s).
struct DvdVideoFixture
{
    QString folder; // the DVD's root: VIDEO_TS/ and AUDIO_TS/
    QString image;  // folder mastered as a UDF bridge image
    QString label;
    QList<AuthoredTitle> titles;
    QString error; // why it could not be made; empty when it was
};

// The tools the fixture needs that are not on PATH (ffmpeg, spumux, dvdauthor, genisoimage).
QStringList missingDvdVideoTools();

// The fixture, made on first use. Check `error` before using it.
const DvdVideoFixture &dvdVideoFixture();

} // namespace Spindle::Test
