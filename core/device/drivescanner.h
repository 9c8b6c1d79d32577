#pragma once

#include "base/log.h"
#include "device/driveinfo.h"

#include <QList>
#include <QString>

namespace Spindle {

class GrabbedDrive;

struct DriveScanResult
{
    QList<DriveInfo> drives;
    // When no real drive was found: why, and what to do (no device, no permission on
    // /dev/sr*, held by another program). Empty when drives were found.
    QString problem;
    // The problem is that there is no optical device at all (no /dev/sr*), which a virtual
    // drive answers; not a drive Spindle may not use, which it does not.
    bool noDevice = false;
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
    // A grabbed drive as the scan describes it (what it reads and writes).
    static DriveInfo describeGrabbed(const GrabbedDrive &drive);
    // Why a burn or an erase cannot work in this drive whatever the disc (a real drive whose
    // profiles are known and include nothing it writes, such as a DVD-ROM drive); empty when
    // it may write.
    static QString cannotWrite(const GrabbedDrive &drive);
    // Why /dev/sr* are not usable, or empty when nothing explains it.
    static QString explainMissingDrives(const QStringList &foundAddresses);
};

} // namespace Spindle
