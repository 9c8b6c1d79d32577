#include "mediumpresets.h"

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
    // Recordable capacities as drives report them, not the round numbers on the box.
    return {{Tr::tr("CD 700 MB"), qint64(359849) * 2048},
            {Tr::tr("DVD 4.7 GB"), qint64(2295104) * 2048},
            {Tr::tr("DVD DL 8.5 GB"), qint64(4173824) * 2048},
            {Tr::tr("BD 25 GB"), qint64(12219392) * 2048},
            {Tr::tr("Custom…"), 0}};
}

} // namespace Spindle
