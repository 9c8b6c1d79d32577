#pragma once

#include "base/result.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Spindle {

// The media dvdisaster sizes RS03 augmented images for (its table of capacities, in
// 2048-byte sectors: CD-R 80 min, DVD+R, DVD+R DL, BD-R with defect management).
enum class EccMedium
{
    Cd,
    Dvd,
    DvdDl,
    Bd,
    BdDl
};

qint64 eccMediumSectors(EccMedium medium);
QString eccMediumName(EccMedium medium);                         // "CD", "DVD", ... for messages
QString eccMediumOptionName(EccMedium medium);                   // "cd", "dvd", "dvd-dl", ...
std::optional<EccMedium> eccMediumFromName(const QString &name); // case-insensitive
std::optional<EccMedium> eccMediumFromSectorsPerLayer(qint64 sectorsPerLayer);

// Where everything of an RS03 augmented image lies. The medium is cut into 255 layers of
// sectorsPerLayer sectors: ndata-1 data layers (the image, then the 2-sector ecc header, then
// padding sectors), one CRC layer, nroots ecc layers; the sectors past 255 layers stay unused.
// Ecc block i is sector i of every layer: it survives any nroots lost sectors of its 255.
struct Rs03Layout
{
    static constexpr int minRoots = 8;
    static constexpr int maxRoots = 170; // dvdisaster caps redundancy at 200%
    static constexpr int headerSectors = 2;

    qint64 dataSectors = 0; // the image, rounded up to whole sectors
    int inLast = 2048;      // bytes of the image in its last sector
    qint64 sectorsPerLayer = 0;
    int ndata = 0;          // data layers including the CRC layer
    int nroots = 0;         // ecc layers
    qint64 dataPadding = 0; // padding sectors after the header

    // The layout for an image of `imageBytes` augmented for a medium of `mediumSectors`;
    // fails when fewer than minRoots ecc layers would fit.
    static Result<Rs03Layout> forImage(qint64 imageBytes, qint64 mediumSectors);
    // The layout an ecc header describes.
    static Rs03Layout fromFields(qint64 dataSectors, int inLast, qint64 sectorsPerLayer, int ndata);
    // The smallest medium that holds the image with minRoots at least.
    static std::optional<EccMedium> smallestMedium(qint64 imageBytes);

    qint64 headerSector() const { return dataSectors; }
    qint64 firstCrcSector() const { return qint64(ndata - 1) * sectorsPerLayer; }
    qint64 firstEccSector() const { return qint64(ndata) * sectorsPerLayer; }
    qint64 totalSectors() const { return 255 * sectorsPerLayer; }
    qint64 imageBytes() const { return (dataSectors - 1) * 2048 + inLast; }
    double redundancyPercent() const { return 100.0 * nroots / ndata; }
    // The dvdisaster medium whose layers these are, if any.
    std::optional<EccMedium> medium() const
    {
        return eccMediumFromSectorsPerLayer(sectorsPerLayer);
    }
};

} // namespace Spindle
