#include "ecc/rs03layout.h"

#include <QCoreApplication>
#include <array>

namespace Spindle {

namespace {

constexpr std::array<EccMedium, 5> kMedia = {EccMedium::Cd, EccMedium::Dvd, EccMedium::DvdDl,
                                             EccMedium::Bd, EccMedium::BdDl};

} // namespace

qint64 eccMediumSectors(EccMedium medium)
{
    switch (medium) {
    case EccMedium::Cd:
        return 351 * 1024;
    case EccMedium::Dvd:
        return 2295104;
    case EccMedium::DvdDl:
        return 4171712;
    case EccMedium::Bd:
        return 11826176;
    case EccMedium::BdDl:
        return 23652352;
    }
    return 0;
}

QString eccMediumName(EccMedium medium)
{
    switch (medium) {
    case EccMedium::Cd:
        return QStringLiteral("CD");
    case EccMedium::Dvd:
        return QStringLiteral("DVD");
    case EccMedium::DvdDl:
        return QStringLiteral("DVD DL");
    case EccMedium::Bd:
        return QStringLiteral("BD");
    case EccMedium::BdDl:
        return QStringLiteral("BD DL");
    }
    return {};
}

QString eccMediumOptionName(EccMedium medium)
{
    return eccMediumName(medium).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

std::optional<EccMedium> eccMediumFromName(const QString &name)
{
    for (EccMedium medium : kMedia)
        if (name.compare(eccMediumOptionName(medium), Qt::CaseInsensitive) == 0)
            return medium;
    return std::nullopt;
}

std::optional<EccMedium> eccMediumFromSectorsPerLayer(qint64 sectorsPerLayer)
{
    for (EccMedium medium : kMedia)
        if (eccMediumSectors(medium) / 255 == sectorsPerLayer)
            return medium;
    return std::nullopt;
}

Rs03Layout Rs03Layout::fromFields(qint64 dataSectors, int inLast, qint64 sectorsPerLayer, int ndata)
{
    Rs03Layout layout;
    layout.dataSectors = dataSectors;
    layout.inLast = inLast;
    layout.sectorsPerLayer = sectorsPerLayer;
    layout.ndata = ndata;
    layout.nroots = 255 - ndata;
    layout.dataPadding = qint64(ndata - 1) * sectorsPerLayer - dataSectors - headerSectors;
    return layout;
}

Result<Rs03Layout> Rs03Layout::forImage(qint64 imageBytes, qint64 mediumSectors)
{
    const qint64 dataSectors = (imageBytes + 2047) / 2048;
    const qint64 sectorsPerLayer = mediumSectors / 255;
    if (dataSectors <= 0 || sectorsPerLayer <= 0)
        return Error{QCoreApplication::translate("ecc", "The image is empty."), {}};
    // Data layers for the image and the header; the CRC layer comes on top.
    qint64 dataLayers = (dataSectors + headerSectors + sectorsPerLayer - 1) / sectorsPerLayer;
    const qint64 roots = 255 - dataLayers - 1;
    if (roots < minRoots)
        return Error{QCoreApplication::translate(
                         "ecc", "The image is too large for error-correction data on this "
                                "medium: at least %1 of its 255 layers must remain for it.")
                         .arg(minRoots + 1),
                     QStringLiteral("%1 data sectors, %2 sectors per layer")
                         .arg(dataSectors)
                         .arg(sectorsPerLayer)};
    // dvdisaster pads small images to 84 data layers so that redundancy stops at 200%.
    dataLayers = std::max<qint64>(dataLayers, 255 - maxRoots - 1);
    const int inLast = imageBytes % 2048 == 0 ? 2048 : int(imageBytes % 2048);
    return fromFields(dataSectors, inLast, sectorsPerLayer, int(dataLayers) + 1);
}

std::optional<EccMedium> Rs03Layout::smallestMedium(qint64 imageBytes)
{
    for (EccMedium medium : kMedia)
        if (forImage(imageBytes, eccMediumSectors(medium)).ok())
            return medium;
    return std::nullopt;
}

} // namespace Spindle
