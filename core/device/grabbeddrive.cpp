#include "device/grabbeddrive.h"

#include "device/burnlibrary.h"
#include "device/driveinfo.h"
#include "device/librarymessages.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <cerrno>
#include <fcntl.h>
#include <linux/cdrom.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrabbedDrive)
};

// Checks libburn would only report as a number: give the user the reason and the remedy.
std::optional<Error> precheck(const QString &address)
{
    if (isVirtualAddress(address)) {
        const QString path = virtualPath(address);
        const QFileInfo file(path);
        if (!QFileInfo(file.absolutePath()).isDir()) {
            return Error{Tr::tr("The folder %1 does not exist, so a virtual drive cannot be placed "
                                "there. Create the folder or choose a file in an existing folder.")
                             .arg(file.absolutePath()),
                         path};
        }
        if (file.isDir()) {
            return Error{Tr::tr("%1 is a folder. A virtual drive needs a file name.").arg(path),
                         path};
        }
        return std::nullopt;
    }
    const QByteArray device = QFile::encodeName(address);
    if (!QFileInfo::exists(address)) {
        return Error{Tr::tr("There is no drive at %1. Check the drive's connection or pick another "
                            "drive.")
                         .arg(address),
                     address};
    }
    if (::access(device.constData(), R_OK | W_OK) != 0) {
        // Before the group lookup, which sets errno itself (found in the drive tests: the
        // detail said "Success").
        const int accessErrno = errno;
        const QString group = QFileInfo(address).group();
        return Error{
            Tr::tr("Spindle may not use %1: your user lacks permission. Add yourself to the "
                   "\"%2\" group (sudo usermod -aG %2 $USER), then log out and in again.")
                .arg(address, group.isEmpty() ? QStringLiteral("cdrom") : group),
            QString::fromLocal8Bit(strerror(accessErrno))};
    }
    return std::nullopt;
}

Error inUse(const QString &address, const QString &detail)
{
    return Error{Tr::tr("%1 is in use by another program (a burner or a media player). Close "
                        "it and try again.")
                     .arg(address),
                 detail};
}

} // namespace

// libburn opens a stdio file only while it reads or writes, and never locks it: two jobs could
// write one virtual disc at once (each reporting success), or read it while it is written. A
// virtual disc file is therefore flock()ed for as long as it is grabbed, by readers and writers
// alike, as libburn's O_EXCL does for a real drive. flock() belongs to the open file
// description, so a second grab in this process conflicts as one in another process does.
// Only regular files: a device (stdio:/dev/null) is shared by nature. A short wait lets a
// quick look at the disc (its media info) end before a job that starts right after it fails.
std::optional<Error> GrabbedDrive::lockVirtualFile(bool create)
{
    if (m_lockFd >= 0 || !isVirtual())
        return std::nullopt;
    const QByteArray path = QFile::encodeName(virtualPath());
    const int fd =
        ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | (create ? O_CREAT : 0), 0666);
    // A missing file holds nothing to protect yet; one that cannot be opened or created is
    // reported by libburn in its own terms when it is read or written.
    if (fd < 0)
        return std::nullopt;
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    constexpr int WaitMs = 500;
    constexpr int StepMs = 25;
    for (int waited = 0;; waited += StepMs) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        const int err = errno;
        if (err != EWOULDBLOCK && err != EINTR) {
            ::close(fd); // a file system without locks: used as before, unlocked
            return std::nullopt;
        }
        if (err == EWOULDBLOCK && waited >= WaitMs) {
            ::close(fd);
            return inUse(m_address, QString::fromLocal8Bit(strerror(err)));
        }
        ::usleep(StepMs * 1000);
    }
    m_lockFd = fd;
    return std::nullopt;
}

std::optional<Error> GrabbedDrive::lockForWriting()
{
    return lockVirtualFile(true);
}

Result<std::shared_ptr<GrabbedDrive>> GrabbedDrive::grab(const QString &address,
                                                         const MediumKind &medium)
{
    BurnLibrary &library = BurnLibrary::instance();
    if (!library.isInitialised())
        return Error{library.initError(), {}};
    const QString normalized = normalizeDriveAddress(address);
    if (auto problem = precheck(normalized))
        return *problem;

    std::shared_ptr<GrabbedDrive> grabbed(new GrabbedDrive);
    grabbed->m_address = normalized;
    grabbed->m_medium = medium;
    if (auto busy = grabbed->lockVirtualFile(false))
        return *busy;
    QByteArray adr = QFile::encodeName(normalized);
    int ret = 0;
    std::optional<LibraryMessages> messages; // why a grab failed: its own messages only
    {
        QMutexLocker lock(&library.driveListLock());
        messages.emplace(); // under the lock: a scan that held it keeps its chatter
        ret = burn::burn_drive_scan_and_grab(&grabbed->m_info, adr.data(), 1);
        if (ret > 0)
            library.setGrabbedDrives(library.grabbedDrives() + 1);
    }
    if (ret <= 0) {
        grabbed->m_info = nullptr;
        const QString detail = LibraryMessages::text(messages->take());
        if (detail.contains(QLatin1String("busy"), Qt::CaseInsensitive) ||
            detail.contains(QLatin1String("Device or resource busy")))
            return inUse(normalized, detail);
        return Error{
            Tr::tr("Spindle could not open the drive %1. Check that it is connected and not "
                   "used by another program, then try again.")
                .arg(normalized),
            detail};
    }
    return grabbed;
}

GrabbedDrive::~GrabbedDrive()
{
    if (m_info) {
        BurnLibrary &library = BurnLibrary::instance();
        QMutexLocker lock(&library.driveListLock());
        burn::burn_drive_release(m_info->drive, m_ejectOnRelease && !isVirtual() ? 1 : 0);
        burn::burn_drive_info_free(m_info);
        library.setGrabbedDrives(library.grabbedDrives() - 1);
    }
    if (m_lockFd >= 0)
        ::close(m_lockFd); // after libburn let go of the file: that ends the lock
}

burn::burn_drive *GrabbedDrive::drive() const
{
    return m_info ? m_info->drive : nullptr;
}

bool GrabbedDrive::isVirtual() const
{
    return isVirtualAddress(m_address);
}

QString GrabbedDrive::virtualPath() const
{
    return Spindle::virtualPath(m_address);
}

QString GrabbedDrive::vendor() const
{
    return QString::fromLatin1(m_info->vendor, int(qstrnlen(m_info->vendor, 9))).trimmed();
}

QString GrabbedDrive::model() const
{
    return QString::fromLatin1(m_info->product, int(qstrnlen(m_info->product, 17))).trimmed();
}

QString GrabbedDrive::revision() const
{
    return QString::fromLatin1(m_info->revision, int(qstrnlen(m_info->revision, 5))).trimmed();
}

qint64 GrabbedDrive::readBlocks(qint64 lba, int blocks, char *buffer, QString *error) const
{
    if (blocks <= 0)
        return 0;
    off_t count = 0;
    std::optional<LibraryMessages> messages; // only for a caller that wants the reason
    if (error)
        messages.emplace();
    // bit1: no libburn error message for a failed read (callers decide what a failure means).
    const int ret = burn::burn_read_data(m_info->drive, off_t(lba) * 2048, buffer,
                                         off_t(blocks) * 2048, &count, 2);
    if (ret <= 0) {
        if (error)
            *error = LibraryMessages::text(messages->take());
        return count > 0 ? qint64(count) : -1;
    }
    return qint64(count);
}

bool GrabbedDrive::hasMedium() const
{
    if (isVirtual())
        return QFileInfo::exists(virtualPath());
    char address[BURN_DRIVE_ADR_LEN] = {};
    if (burn::burn_drive_d_get_adr(m_info->drive, address) <= 0)
        return true;
    // The kernel's view (TEST UNIT READY), not libburn's, which keeps what it saw when grabbing.
    // O_NONBLOCK opens a drive without a disc; another program's exclusive open does not stop it.
    const int fd = ::open(address, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return true;
    const int status = ::ioctl(fd, CDROM_DRIVE_STATUS, CDSL_CURRENT);
    ::close(fd);
    return status != CDS_NO_DISC && status != CDS_TRAY_OPEN;
}

} // namespace Spindle
