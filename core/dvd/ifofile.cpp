#include "dvd/ifofile.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spindle {

namespace Ifo {

quint16 be16(const QByteArray &b, qint64 at)
{
    if (at < 0 || at + 2 > b.size())
        return 0;
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

quint32 be32(const QByteArray &b, qint64 at)
{
    if (at < 0 || at + 4 > b.size())
        return 0;
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

void setBe16(QByteArray &b, qint64 at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v);
}

void setBe32(QByteArray &b, qint64 at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(v >> (24 - 8 * i));
}

QList<int> subpictureStreams(quint32 control, quint8 videoAttributes)
{
    if (!(control & 0x80000000u))
        return {};
    if (((videoAttributes >> 2) & 0x03) != 3) // not 16:9
        return {int(control >> 24) & 0x1F};
    QList<int> streams{int(control >> 16) & 0x1F};
    // Bit 1 set: no automatic pan-scan; bit 0 set: no automatic letterbox. With both set
    // (nothing but wide), a player with a 4:3 screen may still fall back to either: all count.
    const int disallowed = videoAttributes & 0x03;
    if (disallowed != 1)
        streams << (int(control >> 8) & 0x1F);
    if (disallowed != 2)
        streams << (int(control) & 0x1F);
    std::sort(streams.begin(), streams.end());
    streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    return streams;
}

} // namespace Ifo

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::IfoFile)
};

// Sector pointers of the tables, in the order the DVD-Video specification lists them (and
// dvdauthor writes them); serialize() keeps that order.
const int VmgPointers[] = {Ifo::Vmg::TtSrpt,       Ifo::Vmg::MenuPgciUt, Ifo::Vmg::PtlMait,
                           Ifo::Vmg::VtsAtrt,      Ifo::Vmg::TxtdtMgi,   Ifo::Vmg::MenuCellAdt,
                           Ifo::Vmg::MenuVobuAdmap};
const int VtsPointers[] = {Ifo::Vts::PttSrpt, Ifo::Vts::Pgcit,       Ifo::Vts::MenuPgciUt,
                           Ifo::Vts::Tmapti,  Ifo::Vts::MenuCellAdt, Ifo::Vts::MenuVobuAdmap,
                           Ifo::Vts::CellAdt, Ifo::Vts::VobuAdmap};

// Where a table records its own last byte: VOBU_ADMAPs start with it, TXTDT_MGI has it after
// the 12-byte disc name and two 16-bit fields, every other table after two 16-bit fields.
int lastByteField(IfoFile::Kind kind, int pointer)
{
    if (kind == IfoFile::Kind::Vmg)
        return pointer == Ifo::Vmg::MenuVobuAdmap ? 0 : pointer == Ifo::Vmg::TxtdtMgi ? 16 : 4;
    return pointer == Ifo::Vts::MenuVobuAdmap || pointer == Ifo::Vts::VobuAdmap ? 0 : 4;
}

} // namespace

Result<IfoFile> IfoFile::parse(const QByteArray &bytes, const QString &name)
{
    const auto bad = [&name](const QString &why) {
        return Error{Tr::tr("%1 is damaged or not a DVD-Video IFO file (%2). The DVD cannot be "
                            "trimmed; copy it whole or repair the source.")
                         .arg(name, why),
                     {}};
    };
    IfoFile ifo;
    if (bytes.startsWith("DVDVIDEO-VMG"))
        ifo.m_kind = Kind::Vmg;
    else if (bytes.startsWith("DVDVIDEO-VTS"))
        ifo.m_kind = Kind::Vts;
    else
        return bad(Tr::tr("no DVDVIDEO identifier"));
    if (bytes.size() < Ifo::Sector)
        return bad(Tr::tr("shorter than one sector"));
    const qint64 matBytes = qint64(Ifo::be32(bytes, Ifo::Vmg::MatLastByte)) + 1;
    if (matBytes < 0x100 || matBytes > bytes.size())
        return bad(Tr::tr("management table size %1").arg(matBytes));
    ifo.m_mat = bytes.left(matBytes);
    const qint64 ifoSectors = qint64(Ifo::be32(bytes, Ifo::Vmg::IfoLastSector)) + 1;
    const bool vmg = ifo.m_kind == Kind::Vmg;
    const auto pointers = vmg ? std::begin(VmgPointers) : std::begin(VtsPointers);
    const auto end = vmg ? std::end(VmgPointers) : std::end(VtsPointers);
    for (auto p = pointers; p != end; ++p) {
        const qint64 sector = Ifo::be32(bytes, *p);
        if (sector == 0)
            continue;
        const qint64 at = sector * Ifo::Sector;
        const int field = lastByteField(ifo.m_kind, *p);
        if (sector >= ifoSectors || at + field + 4 > bytes.size())
            return bad(Tr::tr("table pointer at 0x%1 leads outside the file").arg(*p, 0, 16));
        const qint64 length = qint64(Ifo::be32(bytes, at + field)) + 1;
        if (length < field + 4 || at + length > bytes.size())
            return bad(Tr::tr("table at sector %1 claims %2 bytes").arg(sector).arg(length));
        ifo.m_tables[*p] = bytes.mid(at, length);
    }
    return ifo;
}

QByteArray IfoFile::table(int pointer) const
{
    const auto it = m_tables.find(pointer);
    return it == m_tables.end() ? QByteArray() : it->second;
}

QByteArray *IfoFile::tableRef(int pointer)
{
    const auto it = m_tables.find(pointer);
    return it == m_tables.end() ? nullptr : &it->second;
}

void IfoFile::setTable(int pointer, const QByteArray &bytes)
{
    m_tables[pointer] = bytes;
}

qint64 IfoFile::sectors() const
{
    qint64 total = Ifo::sectorsFor(m_mat.size());
    for (const auto &[pointer, bytes] : m_tables)
        total += Ifo::sectorsFor(bytes.size());
    return total;
}

void IfoFile::setVobSectors(qint64 menuSectors, qint64 titleSectors)
{
    const qint64 ifo = sectors();
    // VMGI_MAT and VTSI_MAT share these offsets: last sector, menu VOB start.
    Ifo::setBe32(m_mat, Ifo::Vmg::MenuVobs, menuSectors > 0 ? quint32(ifo) : 0);
    if (m_kind == Kind::Vts)
        Ifo::setBe32(m_mat, Ifo::Vts::TitleVobs, quint32(ifo + menuSectors));
    Ifo::setBe32(m_mat, Ifo::Vmg::LastSector, quint32(2 * ifo + menuSectors + titleSectors - 1));
}

QByteArray IfoFile::serialize() const
{
    QByteArray mat = m_mat;
    qint64 sector = Ifo::sectorsFor(mat.size());
    const bool vmg = m_kind == Kind::Vmg;
    const auto begin = vmg ? std::begin(VmgPointers) : std::begin(VtsPointers);
    const auto end = vmg ? std::end(VmgPointers) : std::end(VtsPointers);
    for (auto p = begin; p != end; ++p) {
        const auto it = m_tables.find(*p);
        if (it == m_tables.end()) {
            Ifo::setBe32(mat, *p, 0);
            continue;
        }
        Ifo::setBe32(mat, *p, quint32(sector));
        sector += Ifo::sectorsFor(it->second.size());
    }
    Ifo::setBe32(mat, Ifo::Vmg::IfoLastSector, quint32(sector - 1));
    QByteArray out(sector * Ifo::Sector, '\0');
    std::copy(mat.cbegin(), mat.cend(), out.begin());
    for (auto p = begin; p != end; ++p) {
        const auto it = m_tables.find(*p);
        if (it != m_tables.end())
            std::copy(it->second.cbegin(), it->second.cend(),
                      out.begin() + Ifo::be32(mat, *p) * Ifo::Sector);
    }
    return out;
}

} // namespace Spindle
