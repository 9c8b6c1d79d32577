#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// One audio stream of a title set as authored: its place in the title set's attribute table is
// its index in AuthoredTitleSet::audio (the logical stream, `--drop-audio SET:N` with N =
// index + 1); `physical` is the stream number in the VOBs (0x80 + n for AC-3, 0xC0 + n for
// MPEG audio), which the title PGCs map it to.
struct AuthoredAudio
{
    QString language; // ISO 639 code, "en"
    QString format;   // as lsdvd names it: "ac3", "mpeg1"
    int channels = 0;
    int extension = 0; // code extension: 0 unspecified, 1 normal, 3 director's comments, ...
    int physical = 0;
    int tone = 0; // the sine's frequency in Hz: each stream's payload differs
};

struct AuthoredSubpicture
{
    QString language;
    int extension = 0;  // 0 unspecified, 1 normal, 2 large, ...
    int physical = 0;   // subpicture stream 0x20 + n in the VOBs (16:9 video: the wide one)
    int letterbox = -1; // 16:9 video: the letterbox stream 0x20 + n; -1 when there is none
};

struct AuthoredTitleSet
{
    int number = 0;
    QList<AuthoredAudio> audio;
    QList<AuthoredSubpicture> subpictures;
};

struct AuthoredStreamsTitle
{
    int number = 0; // as lsdvd and `spindle-cli titles` number titles
    int titleSet = 0;
    int titleInSet = 0;
    int seconds = 0;
    int chapters = 0;
    // The logical streams (indexes into its title set's lists) its PGC enables: dvdauthor
    // enables a subtitle stream only in a PGC whose VOBs hold it, an audio stream in all.
    QList<int> audio;
    QList<int> subpictures;
};

// The navigation commands that select streams, which leaving out streams must remap. Title set
// 1's title PGC selects a subtitle stream in its pre command (SetSTN), and then the audio
// stream a register holds (`audio=gR;`). A VMG menu button runs `gR=N; jump title 1;`:
// dvdauthor compiles a button of several commands into the menu PGC's pre commands ("mov gR,
// N", then JumpTT) and has the button reach them through a register of its own.
struct StreamSelections
{
    int menuButton = 0;     // VMG menu button (1-based) whose command is `gR=N; jump title 1;`
    int menuAudio = 0;      // its N: the 0-based audio stream title 1 then selects (SPRM 1)
    int menuRegister = 0;   // its R
    int preSubtitle = 0;    // title set 1's title PGC pre command `subtitle=64+N;`: this N
    int preSubtitleSet = 0; // the title set of that PGC
};

// A DVD-Video with several audio and subtitle streams per title set, made by third-party tools
// at test time (ffmpeg, spumux with SRT subtitles in DejaVu Sans, dvdauthor, genisoimage):
//  - title set 1: one title of 3 chapters; audio English AC-3 stereo, French AC-3 mono and an
//    English commentary (AC-3 stereo, dvdauthor's content="comments1": code extension 3);
//    subtitles English (content "normal") and German (content "large");
//  - title set 2: two titles; audio German MPEG-1 layer II (stream 0xC0) and Spanish AC-3
//    (stream 0x81: the physical numbers of a title set are shared by all formats); one
//    Spanish subtitle stream that is physical stream 1 (0x21), logical stream 0;
//  - a VMG menu with one button per title and one (button 2) that selects the commentary
//    before playing title 1; title set 1's title selects German subtitles in its pre command.
// Each audio stream is a sine of its own frequency. Made once per test process (about 3 s).
struct DvdStreamsFixture
{
    QString folder; // the DVD's root: VIDEO_TS/ and AUDIO_TS/
    QString image;  // folder mastered as a UDF bridge image
    QString label;
    QList<AuthoredTitleSet> titleSets;
    QList<AuthoredStreamsTitle> titles;
    StreamSelections selections;
    QString error; // why it could not be made; empty when it was
};

// The tools and files the fixtures need that are missing (ffmpeg, spumux, dvdauthor,
// genisoimage, the DejaVu Sans font of fonts-dejavu-core).
QStringList missingDvdStreamsTools();

// The fixture above, made on first use. Check `error` before using it.
const DvdStreamsFixture &dvdStreamsFixture();

// A title set over 1 GiB, so dvdauthor splits its title VOBs into VTS_01_1.VOB (1 GiB) and
// VTS_01_2.VOB, with its one title spanning the split: a 20-second clip (noisy video at
// 8 Mbit/s, the three audio streams of title set 1 above at 192 kbit/s, no subtitles) encoded
// once and given to dvdauthor 52 times under distinct names (one chapter each). No menus.
// Made on first call only (about 13 s on two busy cores: 3 s encoding, 5 s dvdauthor, 5 s
// genisoimage; 2.3 GB of temporary files), kept until the test process exits.
const DvdStreamsFixture &dvdLargeStreamsFixture();

// A 16:9 title set (dvdauthor's widescreen="nopanscan") whose subtitle streams each have two
// streams in the VOBs: English wide 0x20 and letterbox 0x21, German wide 0x22 and letterbox
// 0x23; audio English AC-3 (0x80), German DTS (0x89) and French LPCM (0xA2); one title of 4
// seconds, 2 chapters; no menus. The title PGC's pan-scan fields are 0. Made on first call
// (about 2 s).
const DvdStreamsFixture &dvdWideStreamsFixture();

// A copy of `dvd`'s folder as `dir`/dvd, for a test that patches a source; its path, or an
// empty string when the copy failed.
QString copyDvdStreamsFixture(const DvdStreamsFixture &dvd, const QString &dir);

} // namespace Spindle::Test
