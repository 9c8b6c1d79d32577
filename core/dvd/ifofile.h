#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>

namespace Spindle {

// Big-endian fields of DVD-Video IFO files (every multi-byte field there is big-endian).
namespace Ifo {
quint16 be16(const QByteArray &b, qint64 at);
quint32 be32(const QByteArray &b, qint64 at);
void setBe16(QByteArray &b, qint64 at, quint16 v);
void setBe32(QByteArray &b, qint64 at, quint32 v);

constexpr qint64 Sector = 2048;
inline qint64 sectorsFor(qint64 bytes)
{
    return (bytes + Sector - 1) / Sector;
}

// Offsets in VMGI_MAT (VIDEO_TS.IFO) of the fields the trim reads or rewrites.
namespace Vmg {
constexpr int LastSector = 0x0C;    // VMG_LAST_SECTOR: IFO + menu VOB + BUP, minus one
constexpr int IfoLastSector = 0x1C; // VMGI_LAST_SECTOR
constexpr int TitleSetCount = 0x3E; // VMG_NR_OF_TITLE_SETS
constexpr int MatLastByte = 0x80;   // VMGI_LAST_BYTE (the MAT and the first-play PGC)
constexpr int FirstPlayPgc = 0x84;  // byte offset of the first-play PGC
constexpr int MenuVobs = 0xC0;      // VMGM_VOBS start sector
constexpr int TtSrpt = 0xC4;        // title search pointer table
constexpr int MenuPgciUt = 0xC8;    // VMGM_PGCI_UT
constexpr int PtlMait = 0xCC;       // parental management
constexpr int VtsAtrt = 0xD0;       // title set attributes
constexpr int TxtdtMgi = 0xD4;      // text data
constexpr int MenuCellAdt = 0xD8;   // VMGM_C_ADT
constexpr int MenuVobuAdmap = 0xDC; // VMGM_VOBU_ADMAP
} // namespace Vmg

// Offsets in VTSI_MAT (VTS_nn_0.IFO).
namespace Vts {
constexpr int LastSector = 0x0C;       // VTS_LAST_SECTOR
constexpr int IfoLastSector = 0x1C;    // VTSI_LAST_SECTOR
constexpr int MatLastByte = 0x80;      // VTSI_LAST_BYTE
constexpr int MenuVobs = 0xC0;         // VTSM_VOBS start sector
constexpr int TitleVobs = 0xC4;        // VTSTT_VOBS start sector
constexpr int PttSrpt = 0xC8;          // VTS_PTT_SRPT
constexpr int Pgcit = 0xCC;            // VTS_PGCIT
constexpr int MenuPgciUt = 0xD0;       // VTSM_PGCI_UT
constexpr int Tmapti = 0xD4;           // VTS_TMAPTI
constexpr int MenuCellAdt = 0xD8;      // VTSM_C_ADT
constexpr int MenuVobuAdmap = 0xDC;    // VTSM_VOBU_ADMAP
constexpr int CellAdt = 0xE0;          // VTS_C_ADT
constexpr int VobuAdmap = 0xE4;        // VTS_VOBU_ADMAP
constexpr int VideoAttributes = 0x200; // VTS_V_ATR, the title domain's video
} // namespace Vts

// The subpicture streams (0-31: 0x20 + n in the VOBs) that entry `control` of a title PGC's
// subpicture stream control table (PGC_SPST_CTL) has players show, given the first byte of
// the title set's video attributes: 4:3 video shows the 4:3 stream (bits 28..24); 16:9 video
// the wide one (bits 20..16), and the letterbox (12..8) and pan-scan (4..0) ones when its
// permitted display modes (bits 1..0) include them, or include neither. The field of a mode
// that is not permitted is often 0 (dvdauthor writes it so), which must not be taken for
// stream 0x20. Distinct and sorted; empty when the entry is not available (bit 31).
QList<int> subpictureStreams(quint32 control, quint8 videoAttributes);
} // namespace Ifo

// One IFO file (VIDEO_TS.IFO or VTS_nn_0.IFO) split into its management table (VMGI_MAT or
// VTSI_MAT, with VMGI's first-play PGC) and the tables the MAT points at by sector. Tables
// are kept as bytes so the trim can rewrite the few it must and carry the rest unchanged;
// serialize() lays them out again, each on a sector of its own, and fixes every pointer.
class IfoFile final
{
public:
    enum class Kind
    {
        Vmg,
        Vts
    };

    // Fails with a message naming `name` when the bytes are not an IFO or a table pointer
    // or length lies outside the file.
    static Result<IfoFile> parse(const QByteArray &bytes, const QString &name);

    Kind kind() const { return m_kind; }
    QByteArray &mat() { return m_mat; }
    const QByteArray &mat() const { return m_mat; }

    // Tables by the MAT offset of their sector pointer (Ifo::Vmg::TtSrpt, ...).
    bool hasTable(int pointer) const { return m_tables.count(pointer) > 0; }
    QByteArray table(int pointer) const;
    QByteArray *tableRef(int pointer);
    void setTable(int pointer, const QByteArray &bytes);
    void removeTable(int pointer) { m_tables.erase(pointer); }

    // Sectors serialize() produces.
    qint64 sectors() const;
    // Sets where the VOBs and the BUP go (VMG/VTS_LAST_SECTOR, VMGM/VTSM_VOBS, VTSTT_VOBS)
    // for a menu VOB and title VOBs of the given sizes in sectors, placed right after the IFO
    // with the BUP right after them (as UdfBridgeLayout places them).
    void setVobSectors(qint64 menuSectors, qint64 titleSectors);
    // The title set (or VMG) in sectors: IFO, VOBs and BUP.
    qint64 totalSectors() const { return qint64(Ifo::be32(m_mat, Ifo::Vmg::LastSector)) + 1; }
    QByteArray serialize() const;

private:
    Kind m_kind = Kind::Vmg;
    QByteArray m_mat;
    std::map<int, QByteArray> m_tables;
};

} // namespace Spindle
