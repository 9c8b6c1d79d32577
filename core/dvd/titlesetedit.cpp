#include "dvd/titlesetedit.h"

#include "dvd/ifofile.h"
#include "dvd/vobrewrite.h"
#include "dvd/vobscan.h"

#include <QCoreApplication>

#include <set>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdTrim)
};

using Ifo::be16;
using Ifo::be32;
using Ifo::setBe16;
using Ifo::setBe32;

constexpr int PgcPrograms = 0x02;
constexpr int PgcCells = 0x03;
constexpr int PgcPlaybackTime = 0x04;
constexpr int PgcStillTime = 0xA2;
constexpr int PgcPlaybackMode = 0xA3;
constexpr int PgcProgramMap = 0xE6;
constexpr int PgcCellPlayback = 0xE8;
constexpr int PgcCellPosition = 0xEA;
constexpr int PgcHeader = 0xEC;

using CellKey = quint32; // VOB id << 8 | cell id

Error damaged(const QString &name)
{
    return {Tr::tr("%1 has a damaged program chain table. The DVD cannot be trimmed; copy it "
                   "whole.")
                .arg(name),
            {}};
}

// The cells PGCs play, by whether the PGC belongs to a title that stays.
struct CellUse
{
    std::set<CellKey> kept;
    std::set<CellKey> dead;
    QList<qint64> deadPgcs;    // offsets in VTS_PGCIT
    QList<int> deadPgcNumbers; // 1-based
};

std::optional<CellUse> cellUse(const QByteArray &pgcit, const QList<int> &deadTitles)
{
    CellUse use;
    const int count = be16(pgcit, 0);
    for (int i = 0; i < count; ++i) {
        const qint64 pointer = 8 + 8 * i;
        const qint64 pgc = be32(pgcit, pointer + 4);
        if (pointer + 8 > pgcit.size() || pgc < 8 || pgc + PgcHeader > pgcit.size())
            return std::nullopt;
        const bool dead = deadTitles.contains(quint8(pgcit.at(pointer)) & 0x7F);
        const int cells = quint8(pgcit.at(pgc + PgcCells));
        const qint64 positions = be16(pgcit, pgc + PgcCellPosition);
        if (cells > 0 && (positions == 0 || pgc + positions + 4 * cells > pgcit.size()))
            return std::nullopt;
        for (int c = 0; c < cells; ++c) {
            const qint64 at = pgc + positions + 4 * c;
            const CellKey key = CellKey(be16(pgcit, at)) << 8 | quint8(pgcit.at(at + 3));
            (dead ? use.dead : use.kept).insert(key);
        }
        if (dead) {
            use.deadPgcs << pgc;
            use.deadPgcNumbers << i + 1;
        }
    }
    return use;
}

// A PGC of a title that is left out: no programs, no cells (its commands stay, harmless and
// unreachable), so no table points into video that is gone.
void emptyPgc(QByteArray &pgcit, qint64 pgc)
{
    pgcit[pgc + PgcPrograms] = 0;
    pgcit[pgc + PgcCells] = 0;
    setBe32(pgcit, pgc + PgcPlaybackTime, 0);
    pgcit[pgc + PgcStillTime] = 0;
    pgcit[pgc + PgcPlaybackMode] = 0;
    for (int offset : {PgcProgramMap, PgcCellPlayback, PgcCellPosition})
        setBe16(pgcit, pgc + offset, 0);
}

// Cell numbering once `gone` cells are removed: per VOB id, the cells that stay numbered from
// 1; VOB ids with no cell left are dropped and the others renumbered from 1 as well.
VobRewrite::CellNumbers renumberCells(const QByteArray &adt, const std::set<CellKey> &gone)
{
    std::set<CellKey> all;
    const qint64 last = std::min<qint64>(be32(adt, 4) + 1, adt.size());
    for (qint64 at = 8; at + 12 <= last; at += 12)
        all.insert(CellKey(be16(adt, at)) << 8 | quint8(adt.at(at + 2)));
    VobRewrite::CellNumbers numbers;
    int vob = 0;
    int oldVob = -1;
    int cell = 0;
    for (CellKey key : all) {
        if (gone.count(key))
            continue;
        if (int(key >> 8) != oldVob) {
            oldVob = int(key >> 8);
            ++vob;
            cell = 0;
        }
        numbers[key] = quint32(vob) << 8 | quint32(++cell);
    }
    return numbers;
}
} // namespace

Result<TitleSetEdit> editTitleSet(const std::shared_ptr<const ImageTree> &tree, IfoFile &ifo,
                                  const QList<int> &vobFiles, const TitleSetCut &cut,
                                  const QString &name, const NavRewrite &buttons,
                                  const VobScanProgress &progress)
{
    TitleSetEdit edit;
    if (cut.streams.any()) {
        auto remap = planStreamRemap(ifo, cut.streams, name);
        if (!remap)
            return remap.error();
        edit.streams = remap.value();
    }
    QByteArray *pgcit = ifo.tableRef(Ifo::Vts::Pgcit);
    QByteArray *adt = ifo.tableRef(Ifo::Vts::CellAdt);
    std::set<CellKey> gone;
    std::optional<CellUse> use;
    if (!cut.deadTitles.isEmpty() && pgcit && adt) {
        use = cellUse(*pgcit, cut.deadTitles);
        if (!use)
            return damaged(name);
        for (CellKey key : use->dead) {
            if (!use->kept.count(key))
                gone.insert(key);
        }
    }
    if (!edit.streams && gone.empty() && !cut.buttons)
        return edit;

    auto scanned = scanVobPacks(tree, vobFiles, progress);
    if (!scanned)
        return scanned.error();
    const std::shared_ptr<const VobPacks> packs = scanned.value();
    const StreamDrop drop = edit.streams ? edit.streams->drop : StreamDrop();
    std::vector<bool> kept(packs->codes.size());
    for (size_t s = 0; s < kept.size(); ++s)
        kept[s] = !drop.drops(packs->codes[s]);
    VobRewrite::CellNumbers cells;
    if (!gone.empty()) {
        // The sectors of the cells that go, from the cell address table.
        const qint64 last = std::min<qint64>(be32(*adt, 4) + 1, adt->size());
        for (qint64 at = 8; at + 12 <= last; at += 12) {
            const CellKey key = CellKey(be16(*adt, at)) << 8 | quint8(adt->at(at + 2));
            if (!gone.count(key))
                continue;
            const qint64 first = be32(*adt, at + 4);
            const qint64 end = be32(*adt, at + 8);
            if (first > end || end >= qint64(kept.size()))
                return damaged(name);
            std::fill(kept.begin() + first, kept.begin() + end + 1, false);
        }
        cells = renumberCells(*adt, gone);
    }
    edit.vobs = std::make_shared<VobRewrite>(packs, kept, drop, cells, buttons);
    const SectorMap &map = edit.vobs->map();
    edit.savedBytes = (packs->sectors() - map.keptSectors()) * MpegPack::Size;

    if (edit.streams) {
        if (auto e = removeStreams(ifo, *edit.streams, name))
            return *e;
    }
    if (!gone.empty()) {
        for (qint64 pgc : use->deadPgcs)
            emptyPgc(*pgcit, pgc);
        // Kept PGCs' cell positions follow the new numbers.
        const int count = be16(*pgcit, 0);
        for (int i = 0; i < count; ++i) {
            const qint64 pgc = be32(*pgcit, 8 + 8 * i + 4);
            const qint64 positions = be16(*pgcit, pgc + PgcCellPosition);
            for (int c = 0; c < quint8(pgcit->at(pgc + PgcCells)); ++c) {
                const qint64 at = pgc + positions + 4 * c;
                const CellKey key = CellKey(be16(*pgcit, at)) << 8 | quint8(pgcit->at(at + 3));
                const auto it = cells.find(key);
                if (it == cells.end())
                    return damaged(name);
                setBe16(*pgcit, at, quint16(it->second >> 8));
                (*pgcit)[at + 3] = char(it->second & 0xFF);
            }
        }
        // The cell address table without the cells that go, renumbered.
        QByteArray table(8, '\0');
        int vobs = 0;
        const qint64 last = std::min<qint64>(be32(*adt, 4) + 1, adt->size());
        for (qint64 at = 8; at + 12 <= last; at += 12) {
            const CellKey key = CellKey(be16(*adt, at)) << 8 | quint8(adt->at(at + 2));
            const auto it = cells.find(key);
            if (it == cells.end())
                continue;
            QByteArray entry = adt->mid(at, 12);
            setBe16(entry, 0, quint16(it->second >> 8));
            entry[2] = char(it->second & 0xFF);
            vobs = std::max(vobs, int(it->second >> 8));
            table += entry;
        }
        setBe16(table, 0, quint16(vobs));
        setBe32(table, 4, quint32(table.size() - 1));
        *adt = table;
        // The VOBU map without the VOBUs that go.
        if (QByteArray *admap = ifo.tableRef(Ifo::Vts::VobuAdmap)) {
            QByteArray out(4, '\0');
            const qint64 end = std::min<qint64>(be32(*admap, 0) + 1, admap->size());
            for (qint64 at = 4; at + 4 <= end; at += 4) {
                if (map.kept(be32(*admap, at)))
                    out += admap->mid(at, 4);
            }
            setBe32(out, 0, quint32(out.size() - 1));
            *admap = out;
        }
        // Time maps of PGCs that no longer have cells: empty.
        if (QByteArray *tmapt = ifo.tableRef(Ifo::Vts::Tmapti)) {
            for (int number : use->deadPgcNumbers) {
                if (number > be16(*tmapt, 0))
                    continue;
                const qint64 tmap = be32(*tmapt, 8 + 4 * (number - 1));
                if (tmap >= 8 && tmap + 4 <= tmapt->size())
                    setBe16(*tmapt, tmap + 2, 0);
            }
        }
        edit.cellsCut = int(gone.size());
    }
    if (auto e = moveTitleSectors(ifo, map, name))
        return *e;
    if (edit.streams) {
        QStringList what;
        for (int n : cut.streams.dropAudio)
            what << Tr::tr("audio stream %1").arg(n + 1);
        for (int n : cut.streams.dropSubpictures)
            what << Tr::tr("subtitle stream %1").arg(n + 1);
        edit.notes << Tr::tr("%1: %2 left out.").arg(name, what.join(QStringLiteral(", ")));
    }
    return edit;
}

} // namespace Spindle
