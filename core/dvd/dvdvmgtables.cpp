#include "dvd/dvdvmgtables.h"

#include "dvd/ifofile.h"

namespace Spindle {

namespace {
constexpr int TitleEntrySize = 12; // TT_SRPT: 8-byte header, then 12 bytes per title
constexpr int PtlLevels = 8;       // PTL_MAIT: eight parental levels per country
} // namespace

QList<TitleSearchEntry> titleSearchEntries(const QByteArray &ttSrpt)
{
    QList<TitleSearchEntry> entries;
    const int count = Ifo::be16(ttSrpt, 0);
    if (8 + qint64(count) * TitleEntrySize > ttSrpt.size())
        return {};
    for (int i = 0; i < count; ++i) {
        TitleSearchEntry e;
        e.bytes = ttSrpt.mid(8 + i * TitleEntrySize, TitleEntrySize);
        e.titleSet = quint8(e.bytes[6]);
        e.vtsTitle = quint8(e.bytes[7]);
        entries << e;
    }
    return entries;
}

QByteArray titleSearchTable(const QList<QByteArray> &entries)
{
    QByteArray table(8, '\0');
    Ifo::setBe16(table, 0, quint16(entries.size()));
    for (const QByteArray &e : entries)
        table += e;
    Ifo::setBe32(table, 4, quint32(table.size() - 1));
    return table;
}

void setTitleSetNumber(QByteArray &entry, int titleSet)
{
    entry[6] = char(titleSet);
}

void setTitleSetSector(QByteArray &entry, quint32 sector)
{
    Ifo::setBe32(entry, 8, sector);
}

QByteArray titleSetAttributeTable(const QByteArray &vtsAtrt, const QList<int> &keep)
{
    // Header (count, zero, last byte), one 32-bit offset per title set (relative to the
    // table), then each set's attributes; an attribute block starts with its own last byte.
    const int count = Ifo::be16(vtsAtrt, 0);
    QList<QByteArray> blocks;
    for (int set : keep) {
        if (set < 1 || set > count)
            return {};
        const qint64 at = Ifo::be32(vtsAtrt, 8 + 4 * (set - 1));
        const qint64 length = qint64(Ifo::be32(vtsAtrt, at)) + 1;
        if (at < 8 || at + length > vtsAtrt.size() || length < 8)
            return {};
        blocks << vtsAtrt.mid(at, length);
    }
    QByteArray table(8 + 4 * keep.size(), '\0');
    Ifo::setBe16(table, 0, quint16(keep.size()));
    for (int i = 0; i < blocks.size(); ++i) {
        Ifo::setBe32(table, 8 + 4 * i, quint32(table.size()));
        table += blocks.at(i);
    }
    Ifo::setBe32(table, 4, quint32(table.size() - 1));
    return table;
}

QByteArray parentalTable(const QByteArray &ptlMait, const QList<int> &keep)
{
    // Header: countries, title sets, last byte; 8 bytes per country (code, zero, start byte
    // of its masks, zero); per country, for levels 8 down to 1, one 16-bit mask for the VMG
    // and each title set. Dropping a title set drops its column in every row.
    const int countries = Ifo::be16(ptlMait, 0);
    const int sets = Ifo::be16(ptlMait, 2);
    for (int set : keep) {
        if (set < 1 || set > sets)
            return {};
    }
    const int rowIn = (sets + 1) * 2;
    const int rowOut = (int(keep.size()) + 1) * 2;
    QByteArray table(8 + 8 * countries, '\0');
    Ifo::setBe16(table, 0, quint16(countries));
    Ifo::setBe16(table, 2, quint16(keep.size()));
    for (int c = 0; c < countries; ++c) {
        const qint64 entry = 8 + 8 * c;
        if (entry + 8 > ptlMait.size())
            return {};
        const qint64 masks = Ifo::be16(ptlMait, entry + 4);
        if (masks + qint64(rowIn) * PtlLevels > ptlMait.size())
            return {};
        std::copy_n(ptlMait.constData() + entry, 8, table.begin() + entry);
        Ifo::setBe16(table, entry + 4, quint16(table.size()));
        for (int level = 0; level < PtlLevels; ++level) {
            const qint64 row = masks + qint64(level) * rowIn;
            QByteArray out(rowOut, '\0');
            Ifo::setBe16(out, 0, Ifo::be16(ptlMait, row));
            for (int i = 0; i < keep.size(); ++i)
                Ifo::setBe16(out, 2 + 2 * i, Ifo::be16(ptlMait, row + 2 * keep.at(i)));
            table += out;
        }
    }
    Ifo::setBe32(table, 4, quint32(table.size() - 1));
    return table;
}

} // namespace Spindle
