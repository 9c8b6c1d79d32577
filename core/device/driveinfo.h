#pragma once

#include <QFileInfo>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Spindle {

// A drive as the drive list shows it: a real device or a file-backed virtual drive.
struct DriveInfo
{
    QString address; // "/dev/sr0" or "stdio:/path/to/file.iso"
    bool isVirtual = false;
    QString vendor;
    QString model;
    QString revision;
    QStringList readableMedia; // "CD-ROM", "CD-R", "DVD-ROM", "BD-R", ...
    QStringList writableMedia; // "CD-R", "CD-RW", "DVD+RW", "BD-RE", ...

    QString displayName() const;
};

// "stdio:PATH" is libburn's own name for a file-backed drive; a plain path to a regular file
// (or one that does not exist yet) is taken as the same thing.
bool isVirtualAddress(const QString &address);
QString virtualPath(const QString &address); // the PATH of stdio:PATH, else empty
QString normalizeDriveAddress(const QString &address);
// Whether a virtual disc's file may be written: the user may write it (or create it in its
// folder) and it is not marked read-only. Root may write anything, but a file someone marked
// read-only is a choice Spindle respects.
bool isWritableFile(const QFileInfo &file);

} // namespace Spindle

Q_DECLARE_METATYPE(Spindle::DriveInfo)
