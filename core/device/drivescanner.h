#pragma once

#include "base/log.h"
#include "device/driveinfo.h"

#include <QList>
#include <QString>

namespace Spindle {

struct DriveScanResult
{
    QList<DriveInfo> drives;
    // When no real drive was found: why, and what to do (no device, no permission on
    // /dev/sr*, held by another program). Empty when drives were found.
    QString problem;
    // libburn's messages during the scan (devices it could not open, ...): the problem above
    // explains what matters, so callers may leave them out.
    QList<LogEntry> messages;
};

// Scans the real optical drives through libburn. Blocking (a scan can take seconds while
// drives spin up): the GUI runs it with QtConcurrent, the CLI directly.
class DriveScanner final
{
public:
    static DriveScanResult scan();
    // Describes a virtual drive without grabbing it (for the drive list).
    static DriveInfo describeVirtual(const QString &address);
    // Why /dev/sr* are not usable, or empty when nothing explains it.
    static QString explainMissingDrives(const QStringList &foundAddresses);
};

} // namespace Spindle
