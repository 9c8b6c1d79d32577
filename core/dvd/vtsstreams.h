#pragma once

#include "base/result.h"
#include "dvd/ifonav.h"
#include "dvd/navpack.h"

#include <QList>
#include <QStringList>
#include <array>

namespace Spindle {

class IfoFile;
class SectorMap;

// The streams a user leaves out of one title set, by their number in the title set's
// attribute tables (0-based: what SetSTN and players number; `spindle-cli titles` shows 1-based).
struct DvdStreamChoice
{
    QList<int> dropAudio;
    QList<int> dropSubpictures;
    bool any() const { return !dropAudio.isEmpty() || !dropSubpictures.isEmpty(); }
};

// What leaving those streams out does to a title set: the packs that go (by their stream
// number in the VOBs) and where each stream number of the attribute tables moves.
struct StreamRemap
{
    StreamDrop drop;
    std::array<int, 8> audio{};       // old number -> new number, -1: left out
    std::array<int, 32> subpicture{}; // likewise
    int audioCount = 0;               // streams in the attribute tables, before
    int subpictureCount = 0;

    bool keepsAudio() const;
    bool keepsSubpictures() const;
};

// Checks the choice against the title set's tables (VTSI_MAT's counts) and works out the
// remap. The packs of a stream go when no stream kept points at them in any title PGC.
// Fails for numbers the title set does not have, and for title sets with angles (their
// interleaved units are not rewritten yet).
Result<StreamRemap> planStreamRemap(const IfoFile &vts, const DvdStreamChoice &choice,
                                    const QString &name);

// The attribute tables (VTS_AST_ATRT, VTS_SPST_ATRT, the multichannel table) and every title
// PGC's stream control tables without the streams that go, in the order that stays.
std::optional<Error> removeStreams(IfoFile &vts, const StreamRemap &remap, const QString &name);

// Every sector number of the title VOBs in the IFO (cell addresses, the VOBU map, the time
// maps, the cells of every title PGC) moved to where `map` puts it.
std::optional<Error> moveTitleSectors(IfoFile &vts, const SectorMap &map, const QString &name);

// A SetSTN command (type 2, set 1) with immediate stream numbers, remapped: a stream that
// stays gets its new number; audio that goes falls back to the first kept stream, subtitles
// that go are switched off. With `pgc` (the commands of the PGC it belongs to), also a
// "mov GPRM, value" whose register a SetSTN of that PGC selects a stream with. Returns a note
// when the command changed.
std::optional<QString> remapStreamCommand(NavCommand &command, const StreamRemap &remap,
                                          const QString &where,
                                          const QList<NavCommand> *pgc = nullptr);

// The new value of an audio selection (0-based stream): a stream that goes falls back to the
// first kept one, with the reason added to `changes`.
int remapAudioSelection(int n, const StreamRemap &remap, QStringList &changes);
// Likewise for a subpicture selection (bits 5..0 the stream, bit 6 shown): a stream that goes
// switches subtitles off.
int remapSubpictureSelection(int value, const StreamRemap &remap, QStringList &changes);
// The remap for commands outside any title set (first play, the VMG menus), which select
// streams for whichever title plays next: a number moves where every title set in `sets`
// that has it moves it, and stays as it is where they disagree.
StreamRemap mergedStreamRemap(const QList<StreamRemap> &sets);

// The remap of a title set whose streams all stay (every number keeps its place).
StreamRemap unchangedStreams(const IfoFile &vts);

// VIDEO_TS.IFO's copy of a title set's attributes (its VTS_ATRT entry `index`, 1-based), made
// equal to the title set's VTSI_MAT again.
bool copyTitleSetAttributes(QByteArray &vtsAtrt, int index, const QByteArray &vtsiMat);

} // namespace Spindle
