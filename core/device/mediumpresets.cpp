#include "device/mediumpresets.h"

#include "base/format.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediumPresets)
};
} // namespace

QList<MediumPreset> mediumPresets()
{
    // Recordable capacities as drives report them, not the round numbers on the box, and
    // named in the units formatBytes() shows everywhere else (the fit bar says "of 737 MB"):
    // a "700 MB" CD holds 700 MiB, which is 737 MB.
    const qint64 cd = qint64(359849) * 2048;
    const qint64 dvd = qint64(2295104) * 2048;
    const qint64 dvdDl = qint64(4173824) * 2048;
    const qint64 bd = qint64(12219392) * 2048;
    return {{Tr::tr("CD %1").arg(formatBytes(cd)), cd},
            {Tr::tr("DVD %1").arg(formatBytes(dvd)), dvd},
            {Tr::tr("DVD DL %1").arg(formatBytes(dvdDl)), dvdDl},
            {Tr::tr("BD %1").arg(formatBytes(bd)), bd},
            {Tr::tr("Custom…"), 0}};
}

} // namespace Spindle
