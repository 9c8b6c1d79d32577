#include "mediumpresets.h"

#include <QCoreApplication>

namespace Spindle {

QList<MediumPreset> mediumPresets()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("MediumPresets", text); };
    // Recordable capacities as drives report them, not the round numbers on the box.
    return {{tr("CD 700 MB"), qint64(359849) * 2048},
            {tr("DVD 4.7 GB"), qint64(2295104) * 2048},
            {tr("DVD DL 8.5 GB"), qint64(4173824) * 2048},
            {tr("BD 25 GB"), qint64(12219392) * 2048},
            {tr("Custom…"), 0}};
}

} // namespace Spindle
