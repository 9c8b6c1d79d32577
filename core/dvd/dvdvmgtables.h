#pragma once

#include <QByteArray>
#include <QList>

namespace Spindle {

// Rebuilders for the VMG tables that list titles and title sets, for a trimmed disc.

// One title of a TT_SRPT entry (12 bytes: playback type, angles, chapters, parental id mask,
// title set number, VTS_TTN, title set start sector).
struct TitleSearchEntry
{
    QByteArray bytes; // the source's 12 bytes
    int titleSet = 0;
    int vtsTitle = 0;
};

// TT_SRPT entries of the source, in title order. Empty when the table is malformed.
QList<TitleSearchEntry> titleSearchEntries(const QByteArray &ttSrpt);
// A TT_SRPT holding `entries` (already renumbered: bytes 6 and 8..11 set by the caller).
QByteArray titleSearchTable(const QList<QByteArray> &entries);
void setTitleSetNumber(QByteArray &entry, int titleSet);
void setTitleSetSector(QByteArray &entry, quint32 sector);

// VTS_ATRT holding the attributes of source title sets `keep` (1-based, in the new order).
// Empty when the source table is malformed.
QByteArray titleSetAttributeTable(const QByteArray &vtsAtrt, const QList<int> &keep);
// PTL_MAIT with the parental masks of the title sets in `keep` only (plus the VMG's column).
// Empty when the source table is malformed.
QByteArray parentalTable(const QByteArray &ptlMait, const QList<int> &keep);

} // namespace Spindle
