#pragma once

#include "base/result.h"
#include "ecc/rs03image.h"

#include <QString>
#include <functional>
#include <vector>

namespace Spindle {

// Sectors known to be unreadable (a rescue map's unread ranges, in 2048-byte sectors).
struct Rs03SectorRange
{
    qint64 first = 0;
    qint64 count = 0;
};

// What a repair of an RS03 augmented image found and did.
struct Rs03RepairReport
{
    Rs03Layout layout;
    bool headerFromCrcLayer = false; // the header was damaged: its copy in the CRC layer served
    qint64 missingSectors = 0;       // the file ends this many sectors before the layout does
    qint64 damagedSectors = 0;       // every sector found damaged (all below included)
    qint64 unreadableSectors = 0;    // listed as unreadable (map) or dvdisaster's dead marker
    qint64 crcErrors = 0;            // data sectors whose CRC in the CRC layer does not match
    qint64 wrongEccSectors = 0;      // ecc-layer sectors that disagree with the data they protect
    qint64 repairedSectors = 0;      // rebuilt, checked and written back
    qint64 lostSectors = 0;          // damaged and not repairable
    qint64 lostImageSectors = 0;     // of those, sectors of the image itself (not ecc data)
    qint64 unrepairableBlocks = 0;
    std::vector<qint64> firstLost; // the first lost sector numbers (up to 100)
    // Every sector rebuilt (in check mode: that would be), in order and merged, so that a rescue
    // map can record them.
    std::vector<Rs03SectorRange> repaired;
};

// Finds the damaged sectors of an augmented image at `path` and rebuilds them in place, ecc
// block by ecc block: a sector is damaged when `unreadable` lists it, when it holds
// dvdisaster's dead sector marker, when it lies past the file's end, when it is a data sector
// whose CRC does not match the CRC layer, a CRC-layer sector that is not intact, or an ecc
// sector that disagrees with the data (every block that looks intact is encoded again and
// compared, as dvdisaster -t checks its syndromes). An all-zero sector that no CRC covers (ecc
// layers) is rebuilt too when the block has room, and otherwise checked through a spare
// syndrome. A block with more damaged sectors than roots is left as it is, and so is one whose
// rebuilt sectors fail their CRCs or the spare syndrome. `keepGoing(done, total)` reports
// progress and returns false to cancel (sectors repaired so far stay repaired: each is correct
// on its own).
Result<Rs03RepairReport> repairRs03Image(const QString &path,
                                         const std::vector<Rs03SectorRange> &unreadable,
                                         const std::function<bool(qint64, qint64)> &keepGoing,
                                         bool *cancelled);
// The same search without writing anything (the file is opened read-only): the report says
// what is damaged and which sectors a repair would rebuild or leave lost (dvdisaster -t's
// prognosis).
Result<Rs03RepairReport> checkRs03Image(const QString &path,
                                        const std::vector<Rs03SectorRange> &unreadable,
                                        const std::function<bool(qint64, qint64)> &keepGoing,
                                        bool *cancelled);

// Whether `sector` holds dvdisaster's dead sector marker (what its reader writes for a sector
// it could not read).
bool isDvdisasterDeadSector(const uint8_t *sector);

} // namespace Spindle
