#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct dvd_reader_s;

namespace Spindle {

// What libdvdread 6.1.3's ifoOpen() would make of the bytes of one IFO (or BUP) file.
// libdvdread trusts every offset and count in the file: a table pointing outside it ends in a
// double free or a null dereference inside ifoOpen (lsdvd crashes on such discs too). This
// walks every table ifoOpen reads, in the order it reads them, and requires each read to lie
// inside the file, so that libdvdread only ever sees IFOs it reads without failing.
struct IfoCheck
{
    enum class Verdict
    {
        Safe,    // every table ifoOpen reads lies inside the file
        NotIfo,  // no VMGI/VTSI identifier or too short: ifoOpen gives up before any table
        Damaged, // a table ifoOpen reads leads outside the file (or is missing when mandatory)
    };
    Verdict verdict = Verdict::NotIfo;
    // Damaged: the table at fault, by its name in the DVD-Video specification ("VTS_PGCIT").
    QString table;
};

// `bytes` are all the file holds as libdvdread reads it (whole sectors).
IfoCheck checkIfoBytes(const QByteArray &bytes);

// Checks the file ifoOpen(dvd, titleSet) will read: VIDEO_TS.IFO (0) or VTS_nn_0.IFO, or its
// BUP where libdvdread falls back to it (no IFO, or one that is no IFO at all). The bytes are
// read through libdvdread's own file API so that an image, a disc and a folder give exactly
// what ifoOpen will see. Returns a message naming the file and the damaged table, or nothing
// when ifoOpen can safely be called.
std::optional<QString> damagedIfo(dvd_reader_s *dvd, int titleSet);

} // namespace Spindle
