#include "dvd/ifocheck.h"

#include "dvd/ifofile.h"

#include <cstdint>
#include <dvdread/dvd_reader.h>
#include <dvdread/ifo_types.h>

#include <QCoreApplication>
#include <set>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::IfoCheck)
};

// How many bytes each of libdvdread's reads covers: its own structure sizes, so that the
// check follows the library it protects.
constexpr qint64 VmgiMatBytes = sizeof(vmgi_mat_t);
constexpr qint64 VtsiMatBytes = sizeof(vtsi_mat_t);
constexpr qint64 VtsAttributesBytes = sizeof(vts_attributes_t);
constexpr qint64 CellPlaybackBytes = sizeof(cell_playback_t);
constexpr qint64 CellPositionBytes = sizeof(cell_position_t);
constexpr qint64 TitleInfoBytes = sizeof(title_info_t);
// Every table starts with a count and its last byte (VOBU_ADMAP: only the last byte).
constexpr qint64 TableHeader = 8;
constexpr qint64 PointerBytes = 8; // PGCI_SRP, PGCI_LU, PTL_MAIT country entries
// An IFO is a few hundred KiB at most; reading more would only help a hostile file.
constexpr qint64 MaxIfoBytes = 64 * 1024 * 1024;

// PGC fields (DVD-Video PGCI): counts at 2 and 3, the four subtable offsets from 0xE4.
constexpr int PgcPrograms = 2;
constexpr int PgcCells = 3;
constexpr int PgcCommandTable = 0xE4;
constexpr int PgcProgramMap = 0xE6;
constexpr int PgcCellPlayback = 0xE8;
constexpr int PgcCellPosition = 0xEA;

// The bytes of one IFO, read the way ifoOpen reads them: every position is an absolute byte
// offset in 64 bits, so that libdvdread's 32-bit sector arithmetic cannot wrap a pointer
// back into the file here.
class Walk
{
public:
    explicit Walk(const QByteArray &bytes) : m_bytes(bytes) {}

    bool has(qint64 at, qint64 length) const
    {
        return at >= 0 && length >= 0 && at <= m_bytes.size() && length <= m_bytes.size() - at;
    }
    quint8 u8(qint64 at) const { return has(at, 1) ? quint8(m_bytes[at]) : 0; }
    quint16 u16(qint64 at) const { return Ifo::be16(m_bytes, at); }
    quint32 u32(qint64 at) const { return Ifo::be32(m_bytes, at); }
    static qint64 sector(quint32 number) { return qint64(number) * DVD_VIDEO_LB_LEN; }

    // A PGC and its command table, program map and cell tables (libdvdread reads a command
    // table in three parts and frees the first ones twice when a later part is missing).
    bool pgc(qint64 at) const
    {
        if (!has(at, PGC_SIZE))
            return false;
        const int programs = u8(at + PgcPrograms);
        const int cells = u8(at + PgcCells);
        if (const quint16 offset = u16(at + PgcCommandTable)) {
            const qint64 table = at + offset;
            if (!has(table, PGC_COMMAND_TBL_SIZE))
                return false;
            const qint64 commands = qint64(u16(table)) + u16(table + 2) + u16(table + 4);
            if (!has(table + PGC_COMMAND_TBL_SIZE, commands * COMMAND_DATA_SIZE))
                return false;
        }
        const quint16 map = u16(at + PgcProgramMap);
        if (map != 0 && programs > 0 && !has(at + map, programs))
            return false;
        const quint16 playback = u16(at + PgcCellPlayback);
        if (playback != 0 && cells > 0 && !has(at + playback, cells * CellPlaybackBytes))
            return false;
        const quint16 position = u16(at + PgcCellPosition);
        return position == 0 || cells == 0 || has(at + position, cells * CellPositionBytes);
    }

    // A PGCIT (VTS_PGCIT or one language unit of a PGCI_UT) and every PGC it points at. PGCs
    // that share a start byte are read once (libdvdread shares them, and dereferences a
    // shared PGC it failed to read).
    bool pgcit(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const int count = u16(at);
        if (!has(at + TableHeader, count * PointerBytes))
            return false;
        std::set<quint32> starts;
        for (int i = 0; i < count; ++i) {
            const quint32 start = u32(at + TableHeader + i * PointerBytes + 4);
            if (starts.insert(start).second && !pgc(at + start))
                return false;
        }
        return true;
    }

    bool pgciUt(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const int units = u16(at);
        if (!has(at + TableHeader, units * PointerBytes))
            return false;
        std::set<quint32> starts;
        for (int i = 0; i < units; ++i) {
            const quint32 start = u32(at + TableHeader + i * PointerBytes + 4);
            if (starts.insert(start).second && !pgcit(at + start))
                return false;
        }
        return true;
    }

    // A table whose last byte libdvdread computes from its count when it is 0 (discs that
    // leave it unset) and then reads whole: TT_SRPT and VTS_PTT_SRPT.
    qint64 searchTableBytes(qint64 at, qint64 entryBytes) const
    {
        quint32 last = u32(at + 4);
        if (last == 0)
            last = quint32(u16(at) * entryBytes - 1 + TableHeader);
        return qint64(last) + 1;
    }

    bool ttSrpt(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const qint64 length = searchTableBytes(at, TitleInfoBytes);
        return length > TableHeader && has(at, length);
    }

    // Each title's PTT entries are read relative to the table's start: an offset below the
    // header would read before libdvdread's buffer. Offsets past the end end the table there.
    bool vtsPttSrpt(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const int titles = u16(at);
        const qint64 length = searchTableBytes(at, 4);
        if (length <= TableHeader || !has(at, length) || titles == 0 ||
            titles > (length - TableHeader) / 4)
            return false;
        for (int i = 0; i < titles; ++i) {
            const qint64 start = u32(at + TableHeader + 4 * i);
            if (start + 4 > length)
                break;
            if (start < TableHeader)
                return false;
        }
        return true;
    }

    bool ptlMait(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const int countries = u16(at);
        const qint64 levels = (qint64(u16(at + 2)) + 1) * sizeof(pf_level_t);
        if (!has(at + TableHeader, countries * PointerBytes))
            return false;
        for (int i = 0; i < countries; ++i) {
            if (!has(at + u16(at + TableHeader + i * PointerBytes + 4), levels))
                return false;
        }
        return true;
    }

    bool vtsAtrt(qint64 at) const
    {
        if (!has(at, TableHeader))
            return false;
        const int sets = u16(at);
        if (sets == 0 || !has(at + TableHeader, sets * 4))
            return false;
        for (int i = 0; i < sets; ++i) {
            if (!has(at + u32(at + TableHeader + 4 * i), VtsAttributesBytes))
                return false;
        }
        return true;
    }

    bool txtdtMgi(qint64 at) const { return has(at, TXTDT_MGI_SIZE); }

    bool cAdt(qint64 at) const
    {
        return has(at, C_ADT_SIZE) && u32(at + 4) + qint64(1) >= C_ADT_SIZE &&
               has(at, u32(at + 4) + qint64(1));
    }

    bool vobuAdmap(qint64 at) const
    {
        return has(at, VOBU_ADMAP_SIZE) && u32(at) + qint64(1) >= VOBU_ADMAP_SIZE &&
               has(at, u32(at) + qint64(1));
    }

    bool tmapt(qint64 at) const
    {
        if (!has(at, VTS_TMAPT_SIZE))
            return false;
        const int maps = u16(at);
        if (!has(at + VTS_TMAPT_SIZE, maps * 4))
            return false;
        for (int i = 0; i < maps; ++i) {
            const qint64 map = at + u32(at + VTS_TMAPT_SIZE + 4 * i);
            if (!has(map, VTS_TMAP_SIZE) || !has(map + VTS_TMAP_SIZE, u16(map + 2) * qint64(4)))
                return false;
        }
        return true;
    }

private:
    const QByteArray &m_bytes;
};

using TableCheck = bool (Walk::*)(qint64) const;

struct Table
{
    int pointer;    // the MAT field holding its sector (FP_PGC: its byte offset)
    bool mandatory; // ifoOpen fails without it
    TableCheck check;
    const char *name;
};

// In the order ifoOpen reads them (libdvdread 6.1.3 ifo_read.c, ifoOpenFileOrBackup).
const Table VmgTables[] = {
    {Ifo::Vmg::TtSrpt, true, &Walk::ttSrpt, "TT_SRPT"},
    {Ifo::Vmg::MenuPgciUt, false, &Walk::pgciUt, "VMGM_PGCI_UT"},
    {Ifo::Vmg::PtlMait, false, &Walk::ptlMait, "PTL_MAIT"},
    {Ifo::Vmg::VtsAtrt, true, &Walk::vtsAtrt, "VTS_ATRT"},
    {Ifo::Vmg::TxtdtMgi, false, &Walk::txtdtMgi, "TXTDT_MGI"},
    {Ifo::Vmg::MenuCellAdt, false, &Walk::cAdt, "VMGM_C_ADT"},
    {Ifo::Vmg::MenuVobuAdmap, false, &Walk::vobuAdmap, "VMGM_VOBU_ADMAP"},
};
const Table VtsTables[] = {
    {Ifo::Vts::PttSrpt, true, &Walk::vtsPttSrpt, "VTS_PTT_SRPT"},
    {Ifo::Vts::Pgcit, true, &Walk::pgcit, "VTS_PGCIT"},
    {Ifo::Vts::MenuPgciUt, false, &Walk::pgciUt, "VTSM_PGCI_UT"},
    {Ifo::Vts::Tmapti, false, &Walk::tmapt, "VTS_TMAPT"},
    {Ifo::Vts::MenuCellAdt, false, &Walk::cAdt, "VTSM_C_ADT"},
    {Ifo::Vts::MenuVobuAdmap, false, &Walk::vobuAdmap, "VTSM_VOBU_ADMAP"},
    {Ifo::Vts::CellAdt, true, &Walk::cAdt, "VTS_C_ADT"},
    {Ifo::Vts::VobuAdmap, true, &Walk::vobuAdmap, "VTS_VOBU_ADMAP"},
};

IfoCheck damaged(const char *table)
{
    return {IfoCheck::Verdict::Damaged, QString::fromLatin1(table)};
}

template <size_t N> IfoCheck checkTables(const Walk &walk, const Table (&tables)[N])
{
    for (const Table &t : tables) {
        const quint32 sector = walk.u32(t.pointer);
        if (sector == 0) {
            if (t.mandatory)
                return damaged(t.name);
            continue;
        }
        if (!(walk.*t.check)(Walk::sector(sector)))
            return damaged(t.name);
    }
    return {IfoCheck::Verdict::Safe, {}};
}

// The bytes of an open IFO or BUP, whole sectors as DVDReadBytes gives them; nothing when
// they cannot be read.
std::optional<QByteArray> readFile(dvd_file_t *file)
{
    const ssize_t blocks = DVDFileSize(file);
    if (blocks <= 0)
        return QByteArray();
    const qint64 size = qMin(qint64(blocks) * DVD_VIDEO_LB_LEN, MaxIfoBytes);
    QByteArray bytes(size, '\0');
    if (DVDFileSeek(file, 0) != 0 || DVDReadBytes(file, bytes.data(), size_t(size)) != size)
        return std::nullopt;
    return bytes;
}

} // namespace

IfoCheck checkIfoBytes(const QByteArray &bytes)
{
    const Walk walk(bytes);
    // ifoOpen tries the file as a VMGI first, then as a VTSI, whatever its name.
    if (walk.has(0, VmgiMatBytes) && bytes.startsWith("DVDVIDEO-VMG")) {
        const quint32 firstPlay = walk.u32(Ifo::Vmg::FirstPlayPgc);
        if (firstPlay != 0 && !walk.pgc(firstPlay))
            return damaged("FP_PGC");
        return checkTables(walk, VmgTables);
    }
    if (walk.has(0, VtsiMatBytes) && bytes.startsWith("DVDVIDEO-VTS"))
        return checkTables(walk, VtsTables);
    return {};
}

std::optional<QString> damagedIfo(dvd_reader_s *dvd, int titleSet)
{
    const QString stem = titleSet == 0
                             ? QStringLiteral("VIDEO_TS")
                             : QStringLiteral("VTS_%1_0").arg(titleSet, 2, 10, QLatin1Char('0'));
    for (const bool backup : {false, true}) {
        dvd_file_t *file =
            DVDOpenFile(dvd, titleSet, backup ? DVD_READ_INFO_BACKUP_FILE : DVD_READ_INFO_FILE);
        if (!file)
            continue;
        const std::optional<QByteArray> bytes = readFile(file);
        DVDCloseFile(file);
        const QString name = stem + (backup ? QStringLiteral(".BUP") : QStringLiteral(".IFO"));
        // A read error part way through would leave libdvdread with half its tables.
        if (!bytes)
            return Tr::tr("%1 cannot be read: Spindle cannot read this DVD-Video's titles.")
                .arg(name);
        const IfoCheck check = checkIfoBytes(*bytes);
        if (check.verdict == IfoCheck::Verdict::Damaged)
            return Tr::tr("%1 is damaged (its %2 table is inconsistent or points outside the "
                          "file): Spindle cannot read this DVD-Video's titles.")
                .arg(name, check.table);
        if (check.verdict == IfoCheck::Verdict::Safe)
            return std::nullopt;
        // No IFO at all: ifoOpen gives up on it before reading a table and tries the BUP.
    }
    // Neither file is an IFO: ifoOpen returns nothing and reads nothing more.
    return std::nullopt;
}

} // namespace Spindle
