#include "device/drivescanner.h"

#include "device/burnlibrary.h"
#include "device/grabbeddrive.h"
#include "device/librarymessages.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <unistd.h>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DriveScanner)
};

// The kernel's optical devices (sr driver), whether Spindle may use them or not.
QStringList opticalDeviceNodes()
{
    return QDir(QStringLiteral("/dev"))
        .entryList({QStringLiteral("sr*")}, QDir::System | QDir::Files);
}

struct ProfileName
{
    int id;
    const char *name;
    bool writable;
};

constexpr ProfileName profileNames[] = {
    {0x08, "CD-ROM", false},   {0x09, "CD-R", true},     {0x0a, "CD-RW", true},
    {0x10, "DVD-ROM", false},  {0x11, "DVD-R", true},    {0x12, "DVD-RAM", true},
    {0x13, "DVD-RW", true},    {0x14, "DVD-RW", true},   {0x15, "DVD-R DL", true},
    {0x16, "DVD-R DL", true},  {0x1a, "DVD+RW", true},   {0x1b, "DVD+R", true},
    {0x2a, "DVD+RW DL", true}, {0x2b, "DVD+R DL", true}, {0x40, "BD-ROM", false},
    {0x41, "BD-R", true},      {0x42, "BD-R", true},     {0x43, "BD-RE", true},
};

QString latin1(const char *text, int size)
{
    return QString::fromLatin1(text, int(qstrnlen(text, size))).trimmed();
}

DriveInfo describeReal(const burn::burn_drive_info &info)
{
    DriveInfo d;
    char adr[BURN_DRIVE_ADR_LEN] = {};
    if (burn::burn_drive_get_adr(const_cast<burn::burn_drive_info *>(&info), adr) > 0)
        d.address = QString::fromLocal8Bit(adr);
    d.vendor = latin1(info.vendor, sizeof(info.vendor));
    d.model = latin1(info.product, sizeof(info.product));
    d.revision = latin1(info.revision, sizeof(info.revision));

    int count = 0;
    int profiles[64] = {};
    char current[64] = {};
    burn::burn_drive_get_all_profiles(info.drive, &count, profiles, current);
    for (int i = 0; i < count; ++i) {
        for (const ProfileName &p : profileNames) {
            if (p.id != profiles[i])
                continue;
            const QString name = QString::fromLatin1(p.name);
            if (!d.readableMedia.contains(name))
                d.readableMedia << name;
            // The feature list names media the drive handles; the write bits of the
            // capabilities page narrow CD and DVD writing down.
            bool canWrite = p.writable;
            if (name == QLatin1String("CD-R"))
                canWrite = info.write_cdr;
            else if (name == QLatin1String("CD-RW"))
                canWrite = info.write_cdrw;
            else if (name == QLatin1String("DVD-RAM"))
                canWrite = info.write_dvdram;
            else if (name.startsWith(QLatin1String("DVD-R")))
                canWrite = info.write_dvdr || canWrite;
            if (canWrite && !d.writableMedia.contains(name))
                d.writableMedia << name;
        }
    }
    return d;
}

} // namespace

DriveScanResult DriveScanner::scan()
{
    DriveScanResult result;
    BurnLibrary &library = BurnLibrary::instance();
    if (!library.isInitialised()) {
        result.problem = library.initError();
        return result;
    }
    {
        QMutexLocker lock(&library.driveListLock());
        static QList<DriveInfo> lastFound; // guarded by the drive list lock
        if (library.grabbedDrives() > 0) {
            // A job holds a drive, and libburn refuses to scan until it is released: it would
            // find no drives and put its refusal into the log of every job running. The drives
            // found last are still there (the one in use among them).
            result.drives = lastFound;
        } else {
            LibraryMessages chatter; // under the lock: only this scan's messages
            burn::burn_drive_info *infos = nullptr;
            unsigned int count = 0;
            int ret = 0;
            while ((ret = burn::burn_drive_scan(&infos, &count)) == 0)
                usleep(20000);
            if (ret > 0) {
                for (unsigned int i = 0; i < count; ++i)
                    result.drives << describeReal(infos[i]);
                // Forget instead of keeping them: holding drives locked is unfriendly to
                // other programs, and every job grabs its drive anew.
                burn::burn_drive_info_free(infos);
            }
            // Chatter about inaccessible devices: explained below when it matters.
            result.messages = chatter.take();
            lastFound = result.drives;
        }
    }
    if (result.drives.isEmpty()) {
        QStringList found;
        result.problem = explainMissingDrives(found);
        result.noDevice = opticalDeviceNodes().isEmpty();
    }
    return result;
}

DriveInfo DriveScanner::describeGrabbed(const GrabbedDrive &drive)
{
    if (drive.isVirtual() || !drive.info())
        return describeVirtual(drive.address());
    return describeReal(*drive.info());
}

QString DriveScanner::cannotWrite(const GrabbedDrive &drive)
{
    if (drive.isVirtual())
        return {};
    // A drive without a profile list (older than MMC-2) may still write: only a known list
    // that writes nothing refuses.
    const DriveInfo d = describeGrabbed(drive);
    if (d.readableMedia.isEmpty() || !d.writableMedia.isEmpty())
        return {};
    return Tr::tr("%1 (%2 %3) only reads discs (%4): it cannot write or erase any disc. Choose a "
                  "drive that writes.")
        .arg(drive.address(), d.vendor, d.model, d.readableMedia.join(QStringLiteral(", ")));
}

DriveInfo DriveScanner::describeVirtual(const QString &address)
{
    DriveInfo d;
    d.address = normalizeDriveAddress(address);
    d.isVirtual = true;
    d.vendor = Tr::tr("Spindle");
    d.model = Tr::tr("Virtual drive");
    d.readableMedia = QStringList{QStringLiteral("file")};
    const QFileInfo file(virtualPath(d.address));
    const bool writable = isWritableFile(file);
    if (writable)
        d.writableMedia = QStringList{QStringLiteral("file")};
    return d;
}

QString DriveScanner::explainMissingDrives(const QStringList &foundAddresses)
{
    const QStringList nodes = opticalDeviceNodes();
    if (nodes.isEmpty()) {
        return Tr::tr("No optical drive was found on this computer. Connect a CD/DVD/BD drive, or "
                      "use a virtual drive (an image file that acts as a disc, stdio:FILE).");
    }
    QStringList noPermission, busy;
    for (const QString &node : nodes) {
        const QString path = QStringLiteral("/dev/") + node;
        if (foundAddresses.contains(path))
            continue;
        if (::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0)
            noPermission << path;
        else
            busy << path;
    }
    if (!noPermission.isEmpty()) {
        const QString group = QFileInfo(noPermission.first()).group();
        return Tr::tr("Spindle may not use %1: your user lacks permission. Add yourself to the "
                      "\"%2\" group (sudo usermod -aG %2 $USER), then log out and in again.")
            .arg(noPermission.join(QStringLiteral(", ")),
                 group.isEmpty() ? QStringLiteral("cdrom") : group);
    }
    if (!busy.isEmpty()) {
        return Tr::tr("%1 is in use by another program (a burner or a media player). Close it and "
                      "refresh the drive list.")
            .arg(busy.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace Spindle
