#include "ecc/eccplan.h"

#include "base/format.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace Spindle {

namespace {

// The "ecc" context, which lupdate sees too (a tr() function of our own it would not).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecc)
};

constexpr std::array<EccMedium, 5> kMedia = {EccMedium::Cd, EccMedium::Dvd, EccMedium::DvdDl,
                                             EccMedium::Bd, EccMedium::BdDl};

// A disc's room as dvdisaster sizes its media when that is within 1% of it (so that `dvdisaster
// -t` and Spindle name the medium), else the room itself.
qint64 mediumSectorsFor(qint64 capacitySectors)
{
    for (auto it = kMedia.rbegin(); it != kMedia.rend(); ++it) {
        const qint64 sectors = eccMediumSectors(*it);
        if (sectors <= capacitySectors && sectors * 100 >= capacitySectors * 99)
            return sectors;
    }
    return capacitySectors;
}

} // namespace

std::optional<EccChoice> EccChoice::parse(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty() || value.compare(QLatin1String("fill"), Qt::CaseInsensitive) == 0)
        return fill();
    if (value.endsWith(QLatin1Char('%')))
        value.chop(1);
    bool ok = false;
    const int percent = value.toInt(&ok);
    if (!ok || percent < minPercent || percent > maxPercent)
        return std::nullopt;
    return withPercent(percent);
}

QString EccPlan::describe() const
{
    return Tr::tr("Adds %1 of error-correction data (%2% redundancy): any %3 unreadable sectors in "
                  "each group of 255 can be rebuilt.")
        .arg(formatBytes(addedBytes()))
        .arg(layout.redundancyPercent(), 0, 'f', 1)
        .arg(layout.nroots);
}

Result<EccPlan> planEcc(qint64 imageBytes, EccChoice choice, qint64 capacitySectors)
{
    if (!choice.enabled())
        return Error{Tr::tr("No error-correction data was asked for."), {}};
    const qint64 dataSectors = (imageBytes + 2047) / 2048;
    if (dataSectors <= 0)
        return Error{Tr::tr("The image is empty."), {}};

    qint64 mediumSectors = 0;
    if (choice.mode == EccChoice::Mode::Fill) {
        if (capacitySectors > 0) {
            mediumSectors = mediumSectorsFor(capacitySectors);
        } else {
            const auto medium = Rs03Layout::smallestMedium(imageBytes);
            if (!medium)
                return Error{Tr::tr("The image (%1) is too large for error-correction data on any "
                                    "disc up to a BD DL.")
                                 .arg(formatBytes(imageBytes)),
                             {}};
            mediumSectors = eccMediumSectors(*medium);
        }
    } else {
        // Roots for the redundancy asked (roots / data layers), then layers just large enough
        // for the image, its 2 header sectors and that many data layers.
        const int percent =
            std::clamp(choice.percent, EccChoice::minPercent, EccChoice::maxPercent);
        const int roots = std::clamp(int(std::lround(255.0 * percent / (100.0 + percent))),
                                     Rs03Layout::minRoots, Rs03Layout::maxRoots);
        const qint64 dataLayers = 255 - roots - 1;
        const qint64 perLayer =
            (dataSectors + Rs03Layout::headerSectors + dataLayers - 1) / dataLayers;
        mediumSectors = 255 * perLayer;
    }

    auto layout = Rs03Layout::forImage(imageBytes, mediumSectors);
    if (!layout) {
        if (capacitySectors > 0)
            return Error{Tr::tr("The image (%1) leaves too little room on the disc (%2) for "
                                "error-correction data: at least 9 of its 255 layers must remain "
                                "for it. Turn error correction off, or choose a larger disc.")
                             .arg(formatBytes(imageBytes), formatBytes(capacitySectors * 2048)),
                         layout.error().detail};
        return layout.error();
    }
    EccPlan plan;
    plan.layout = layout.value();
    plan.mediumSectors = 255 * plan.layout.sectorsPerLayer;
    if (capacitySectors > 0 && plan.layout.totalSectors() > capacitySectors)
        return Error{Tr::tr("The image with %1% error-correction data needs %2, the disc holds %3. "
                            "Choose less redundancy, or let the data fill the disc.")
                         .arg(choice.percent)
                         .arg(formatBytes(plan.totalBytes()), formatBytes(capacitySectors * 2048)),
                     {}};
    return plan;
}

} // namespace Spindle
