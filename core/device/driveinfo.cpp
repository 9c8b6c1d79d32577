#include "device/driveinfo.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Spindle {

namespace {
const QString StdioPrefix = QStringLiteral("stdio:");
}

bool isVirtualAddress(const QString &address)
{
    return address.startsWith(StdioPrefix);
}

QString virtualPath(const QString &address)
{
    return isVirtualAddress(address) ? address.mid(StdioPrefix.size()) : QString();
}

QString normalizeDriveAddress(const QString &address)
{
    if (isVirtualAddress(address))
        return StdioPrefix + QFileInfo(virtualPath(address)).absoluteFilePath();
    if (address.startsWith(QLatin1String("/dev/")))
        return address;
    // A plain file path: treat it as the file-backed drive libburn would name stdio:PATH.
    return StdioPrefix + QFileInfo(address).absoluteFilePath();
}

bool isWritableFile(const QFileInfo &file)
{
    if (!file.exists())
        return QFileInfo(file.absolutePath()).isWritable();
    return file.isWritable() && file.permission(QFileDevice::WriteOwner);
}

QString DriveInfo::displayName() const
{
    if (isVirtual) {
        return QCoreApplication::translate("DriveInfo", "Virtual drive: %1")
            .arg(QFileInfo(virtualPath(address)).fileName());
    }
    const QString name = QStringLiteral("%1 %2").arg(vendor, model).simplified();
    return name.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(name, address);
}

} // namespace Spindle
