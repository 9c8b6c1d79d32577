#include "dvd/vtsstreams.h"

#include "dvd/ifofile.h"
#include "dvd/sectormap.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdStreams)
};

using Ifo::be16;
using Ifo::be32;
using Ifo::setBe16;
using Ifo::setBe32;

// VTSI_MAT: the title domain's stream attributes (the menu domain's stay as they are).
constexpr int AudioCount = 0x203;      // one byte
constexpr int AudioAttributes = 0x204; // 8 x 8 bytes
constexpr int AudioSize = 8;
constexpr int SubpictureCount = 0x255;      // one byte
constexpr int SubpictureAttributes = 0x256; // 32 x 6 bytes
constexpr int SubpictureSize = 6;
constexpr int Multichannel = 0x318; // 8 x 24 bytes, one per audio stream
constexpr int MultichannelSize = 24;
constexpr int AttributesStart = 0x100; // VTS_ATRT copies VTSI_MAT 0x100..0x315 at its byte 8
constexpr int AttributesEnd = 0x316;

// A PGC: stream control tables, the cell playback table's offset and the cell count.
constexpr int PgcCells = 0x03;
constexpr int PgcAudioControl = 0x0C;      // 8 x 2 bytes: bit 15 available, bits 10..8 stream
constexpr int PgcSubpictureControl = 0x1C; // 32 x 4 bytes: bit 31 available, 4 stream numbers
constexpr int PgcCellPlayback = 0xE8;
constexpr int PgcHeader = 0xEC;
constexpr int CellSize = 24;

// The title PGCs: their offsets in VTS_PGCIT. Empty when the table is damaged.
std::optional<QList<qint64>> titlePgcs(const QByteArray &pgcit)
{
    const int count = be16(pgcit, 0);
    QList<qint64> pgcs;
    for (int i = 0; i < count; ++i) {
        const qint64 at = be32(pgcit, 8 + 8 * i + 4);
        if (8 + 8 * i + 8 > pgcit.size() || at < 8 || at + PgcHeader > pgcit.size())
            return std::nullopt;
        pgcs << at;
    }
    return pgcs;
}

Error damaged(const QString &name, const QString &table)
{
    return {Tr::tr("%1 has a damaged %2 table. Keep the title set's streams as they are, or copy "
                   "the disc whole.")
                .arg(name, table),
            {}};
}

} // namespace

bool StreamRemap::keepsAudio() const
{
    return std::any_of(audio.begin(), audio.begin() + audioCount, [](int n) { return n >= 0; });
}

bool StreamRemap::keepsSubpictures() const
{
    return std::any_of(subpicture.begin(), subpicture.begin() + subpictureCount,
                       [](int n) { return n >= 0; });
}

Result<StreamRemap> planStreamRemap(const IfoFile &vts, const DvdStreamChoice &choice,
                                    const QString &name)
{
    StreamRemap remap;
    const QByteArray &mat = vts.mat();
    remap.audioCount = std::min(int(quint8(mat.at(AudioCount))), 8);
    remap.subpictureCount = std::min(int(quint8(mat.at(SubpictureCount))), 32);
    for (int n : choice.dropAudio) {
        if (n < 0 || n >= remap.audioCount)
            return Error{Tr::tr("%1 has no audio stream %2 (it has %3). Check the numbers with "
                                "\"spindle-cli titles\".")
                             .arg(name)
                             .arg(n + 1)
                             .arg(remap.audioCount),
                         {}};
    }
    for (int n : choice.dropSubpictures) {
        if (n < 0 || n >= remap.subpictureCount)
            return Error{Tr::tr("%1 has no subtitle stream %2 (it has %3). Check the numbers "
                                "with \"spindle-cli titles\".")
                             .arg(name)
                             .arg(n + 1)
                             .arg(remap.subpictureCount),
                         {}};
    }
    int next = 0;
    for (int n = 0; n < 8; ++n)
        remap.audio[n] = n < remap.audioCount && !choice.dropAudio.contains(n) ? next++ : -1;
    next = 0;
    for (int n = 0; n < 32; ++n)
        remap.subpicture[n] =
            n < remap.subpictureCount && !choice.dropSubpictures.contains(n) ? next++ : -1;

    const QByteArray pgcit = vts.table(Ifo::Vts::Pgcit);
    const auto pgcs = titlePgcs(pgcit);
    if (!pgcs)
        return damaged(name, QStringLiteral("VTS_PGCIT"));
    // A VOB stream goes when a dropped number points at it and no kept number does.
    std::bitset<8> audioUsed;
    std::bitset<32> subpictureUsed;
    std::bitset<8> audioDropped;
    std::bitset<32> subpictureDropped;
    const auto video = quint8(mat.at(Ifo::Vts::VideoAttributes));
    for (qint64 pgc : *pgcs) {
        for (int n = 0; n < remap.audioCount; ++n) {
            const quint16 control = be16(pgcit, pgc + PgcAudioControl + 2 * n);
            if (!(control & 0x8000))
                continue;
            const int stream = (control >> 8) & 0x07;
            (remap.audio[n] >= 0 ? audioUsed : audioDropped).set(stream);
        }
        for (int n = 0; n < remap.subpictureCount; ++n) {
            const quint32 control = be32(pgcit, pgc + PgcSubpictureControl + 4 * n);
            for (int stream : Ifo::subpictureStreams(control, video))
                (remap.subpicture[n] >= 0 ? subpictureUsed : subpictureDropped).set(stream);
        }
        const qint64 cells = be16(pgcit, pgc + PgcCellPlayback);
        for (int c = 0; c < quint8(pgcit.at(pgc + PgcCells)); ++c) {
            const qint64 cell = pgc + cells + c * CellSize;
            if (cells == 0 || cell + CellSize > pgcit.size())
                return damaged(name, QStringLiteral("VTS_PGCIT"));
            const quint8 category = quint8(pgcit.at(cell));
            // Block type 1 (angle block) or an interleaved cell: angles.
            if (((category >> 4) & 0x03) == 1 || (category & 0x04))
                return Error{Tr::tr("%1 has titles with camera angles, whose interleaved video "
                                    "Spindle does not rewrite yet. Keep this title set's streams "
                                    "as they are.")
                                 .arg(name),
                             {}};
        }
    }
    remap.drop.audio = audioDropped & ~audioUsed;
    remap.drop.subpicture = subpictureDropped & ~subpictureUsed;
    return remap;
}

std::optional<Error> removeStreams(IfoFile &vts, const StreamRemap &remap, const QString &name)
{
    QByteArray &mat = vts.mat();
    if (mat.size() < Multichannel + 8 * MultichannelSize)
        return damaged(name, QStringLiteral("VTSI_MAT"));
    const QByteArray before = mat;
    int kept = 0;
    for (int n = 0; n < 8; ++n) {
        const int to = remap.audio[n];
        if (to < 0)
            continue;
        std::copy_n(before.constData() + AudioAttributes + n * AudioSize, AudioSize,
                    mat.begin() + AudioAttributes + to * AudioSize);
        std::copy_n(before.constData() + Multichannel + n * MultichannelSize, MultichannelSize,
                    mat.begin() + Multichannel + to * MultichannelSize);
        ++kept;
    }
    std::fill_n(mat.begin() + AudioAttributes + kept * AudioSize, (8 - kept) * AudioSize, 0);
    std::fill_n(mat.begin() + Multichannel + kept * MultichannelSize, (8 - kept) * MultichannelSize,
                0);
    mat[AudioCount] = char(kept);
    kept = 0;
    for (int n = 0; n < 32; ++n) {
        const int to = remap.subpicture[n];
        if (to < 0)
            continue;
        std::copy_n(before.constData() + SubpictureAttributes + n * SubpictureSize, SubpictureSize,
                    mat.begin() + SubpictureAttributes + to * SubpictureSize);
        ++kept;
    }
    std::fill_n(mat.begin() + SubpictureAttributes + kept * SubpictureSize,
                (32 - kept) * SubpictureSize, 0);
    mat[SubpictureCount] = char(kept);

    QByteArray *pgcit = vts.tableRef(Ifo::Vts::Pgcit);
    const auto pgcs = pgcit ? titlePgcs(*pgcit) : std::nullopt;
    if (!pgcs)
        return damaged(name, QStringLiteral("VTS_PGCIT"));
    for (qint64 pgc : *pgcs) {
        const QByteArray old = pgcit->mid(pgc, PgcHeader);
        for (int n = 0; n < 8; ++n)
            setBe16(*pgcit, pgc + PgcAudioControl + 2 * n, 0);
        for (int n = 0; n < 32; ++n)
            setBe32(*pgcit, pgc + PgcSubpictureControl + 4 * n, 0);
        for (int n = 0; n < 8; ++n) {
            if (remap.audio[n] >= 0)
                setBe16(*pgcit, pgc + PgcAudioControl + 2 * remap.audio[n],
                        be16(old, PgcAudioControl + 2 * n));
        }
        for (int n = 0; n < 32; ++n) {
            if (remap.subpicture[n] >= 0)
                setBe32(*pgcit, pgc + PgcSubpictureControl + 4 * remap.subpicture[n],
                        be32(old, PgcSubpictureControl + 4 * n));
        }
    }
    return std::nullopt;
}

std::optional<Error> moveTitleSectors(IfoFile &vts, const SectorMap &map, const QString &name)
{
    const auto start = [&](quint32 s) { return quint32(map.newSector(s)); };
    const auto end = [&](quint32 s) { return quint32(map.newEnd(s)); };
    if (QByteArray *adt = vts.tableRef(Ifo::Vts::CellAdt)) {
        const qint64 last = std::min<qint64>(be32(*adt, 4) + 1, adt->size());
        for (qint64 at = 8; at + 12 <= last; at += 12) {
            setBe32(*adt, at + 4, start(be32(*adt, at + 4)));
            setBe32(*adt, at + 8, end(be32(*adt, at + 8)));
        }
    }
    if (QByteArray *admap = vts.tableRef(Ifo::Vts::VobuAdmap)) {
        const qint64 last = std::min<qint64>(be32(*admap, 0) + 1, admap->size());
        for (qint64 at = 4; at + 4 <= last; at += 4)
            setBe32(*admap, at, start(be32(*admap, at)));
    }
    if (QByteArray *tmapt = vts.tableRef(Ifo::Vts::Tmapti)) {
        const int count = be16(*tmapt, 0);
        for (int i = 0; i < count; ++i) {
            const qint64 map = be32(*tmapt, 8 + 4 * i);
            const int entries = be16(*tmapt, map + 2);
            if (map < 8 || map + 4 + 4 * qint64(entries) > tmapt->size())
                return damaged(name, QStringLiteral("VTS_TMAPT"));
            for (int e = 0; e < entries; ++e) {
                const qint64 at = map + 4 + 4 * e;
                const quint32 value = be32(*tmapt, at);
                setBe32(*tmapt, at, (value & 0x80000000u) | start(value & 0x7fffffff));
            }
        }
    }
    QByteArray *pgcit = vts.tableRef(Ifo::Vts::Pgcit);
    const auto pgcs = pgcit ? titlePgcs(*pgcit) : std::nullopt;
    if (!pgcs)
        return damaged(name, QStringLiteral("VTS_PGCIT"));
    for (qint64 pgc : *pgcs) {
        const qint64 cells = be16(*pgcit, pgc + PgcCellPlayback);
        for (int c = 0; c < quint8(pgcit->at(pgc + PgcCells)); ++c) {
            const qint64 cell = pgc + cells + c * CellSize;
            if (cells == 0 || cell + CellSize > pgcit->size())
                return damaged(name, QStringLiteral("VTS_PGCIT"));
            setBe32(*pgcit, cell + 0x08, start(be32(*pgcit, cell + 0x08)));
            if (const quint32 ilvu = be32(*pgcit, cell + 0x0C))
                setBe32(*pgcit, cell + 0x0C, end(ilvu));
            setBe32(*pgcit, cell + 0x10, start(be32(*pgcit, cell + 0x10)));
            setBe32(*pgcit, cell + 0x14, end(be32(*pgcit, cell + 0x14)));
        }
    }
    return std::nullopt;
}

int remapAudioSelection(int n, const StreamRemap &remap, QStringList &changes)
{
    if (n >= remap.audioCount)
        return n;
    if (remap.audio[n] >= 0)
        return remap.audio[n];
    changes << Tr::tr("audio stream %1 is left out; it selects audio stream 1 of those kept")
                   .arg(n + 1);
    return 0;
}

int remapSubpictureSelection(int value, const StreamRemap &remap, QStringList &changes)
{
    const int n = value & 0x3F;
    if (n >= remap.subpictureCount)
        return value;
    if (remap.subpicture[n] >= 0)
        return (value & 0x40) | remap.subpicture[n];
    changes << Tr::tr("subtitle stream %1 is left out; it switches subtitles off").arg(n + 1);
    return 0; // stream 1 of those kept, not shown
}

namespace {
bool isSetStn(const NavCommand &c)
{
    return (c[0] & 0xEF) == 0x41; // type 2, set-system 1, either operand kind (bit 60)
}
} // namespace

std::optional<QString> remapStreamCommand(NavCommand &command, const StreamRemap &remap,
                                          const QString &where, const QList<NavCommand> *pgc)
{
    const NavCommand before = command;
    QStringList changes;
    if (isSetStn(command) && (command[0] & 0x10)) {
        // Immediate operands: the audio number in byte 3, the subpicture in byte 4, each
        // with bit 7 "set".
        if (command[3] & 0x80)
            command[3] = quint8(0x80 | remapAudioSelection(command[3] & 0x7F, remap, changes));
        if (command[4] & 0x80)
            command[4] = quint8(0x80 | remapSubpictureSelection(command[4] & 0x7F, remap, changes));
    } else if (command[0] == 0x71 && pgc) {
        // "mov GPRM r, value" (type 3, immediate, set 1: r in byte 3, value in bytes 4-5),
        // where a SetSTN of the same PGC takes a stream number from GPRM r.
        const int reg = command[3] & 0x0F;
        bool audio = false;
        bool subpicture = false;
        for (const NavCommand &c : *pgc) {
            if (!isSetStn(c) || (c[0] & 0x10))
                continue;
            audio |= (c[3] & 0x80) && (c[3] & 0x0F) == reg;
            subpicture |= (c[4] & 0x80) && (c[4] & 0x0F) == reg;
        }
        const int value = command[4] << 8 | command[5];
        if (audio != subpicture && value < 0x80) {
            const int to = audio ? remapAudioSelection(value, remap, changes)
                                 : remapSubpictureSelection(value, remap, changes);
            command[4] = 0;
            command[5] = quint8(to);
        }
    }
    if (command == before)
        return std::nullopt;
    if (changes.isEmpty())
        changes << Tr::tr("stream numbers follow the streams kept");
    return Tr::tr("%1: its stream selection changes (%2).")
        .arg(where, changes.join(QStringLiteral("; ")));
}

StreamRemap unchangedStreams(const IfoFile &vts)
{
    StreamRemap r;
    r.audioCount = std::min(int(quint8(vts.mat().at(AudioCount))), 8);
    r.subpictureCount = std::min(int(quint8(vts.mat().at(SubpictureCount))), 32);
    for (int n = 0; n < 8; ++n)
        r.audio[n] = n < r.audioCount ? n : -1;
    for (int n = 0; n < 32; ++n)
        r.subpicture[n] = n < r.subpictureCount ? n : -1;
    return r;
}

StreamRemap mergedStreamRemap(const QList<StreamRemap> &sets)
{
    StreamRemap merged;
    merged.audioCount = 8;
    merged.subpictureCount = 32;
    std::array<bool, 8> audioSeen{};
    std::array<bool, 32> subpictureSeen{};
    const auto merge = [](int &into, bool &seen, int n, int to) {
        if (!seen)
            into = to;
        else if (into != to)
            into = n; // the title sets disagree: leave such commands alone
        seen = true;
    };
    for (const StreamRemap &r : sets) {
        for (int n = 0; n < r.audioCount; ++n)
            merge(merged.audio[n], audioSeen[n], n, r.audio[n]);
        for (int n = 0; n < r.subpictureCount; ++n)
            merge(merged.subpicture[n], subpictureSeen[n], n, r.subpicture[n]);
    }
    for (int n = 0; n < 8; ++n) {
        if (!audioSeen[n])
            merged.audio[n] = n;
    }
    for (int n = 0; n < 32; ++n) {
        if (!subpictureSeen[n])
            merged.subpicture[n] = n;
    }
    return merged;
}

bool copyTitleSetAttributes(QByteArray &vtsAtrt, int index, const QByteArray &vtsiMat)
{
    const int count = be16(vtsAtrt, 0);
    if (index < 1 || index > count || vtsiMat.size() < AttributesEnd)
        return false;
    const qint64 at = be32(vtsAtrt, 8 + 4 * (index - 1));
    const qint64 length = qint64(be32(vtsAtrt, at)) + 1;
    const qint64 copied = std::min<qint64>(AttributesEnd - AttributesStart, length - 8);
    if (at < 8 || copied <= 0 || at + 8 + copied > vtsAtrt.size())
        return false;
    std::copy_n(vtsiMat.constData() + AttributesStart, copied, vtsAtrt.begin() + at + 8);
    return true;
}

} // namespace Spindle
