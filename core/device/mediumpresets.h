#pragma once

#include <QList>
#include <QString>

namespace Spindle {

// Target media a new image is measured against when no drive is chosen.
struct MediumPreset
{
    QString name; // "DVD 4.70 GB": the capacity as formatBytes() shows it
    qint64 bytes; // capacity; 0 for "custom"
};

QList<MediumPreset> mediumPresets();

} // namespace Spindle
