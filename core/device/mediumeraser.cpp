#include "device/mediumeraser.h"

#include "device/grabbeddrive.h"
#include "device/librarymessages.h"
#include "device/mediainfo.h"
#include "device/mediumprofile.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QFile>
#include <QThread>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediumEraser)
};

void waitUntilIdle(burn::burn_drive *d, const std::function<void(qint64, qint64)> &progress)
{
    burn::burn_progress p{};
    while (burn::burn_drive_get_status(d, &p) != burn::BURN_DRIVE_IDLE) {
        if (progress && p.sectors > 0)
            progress(p.sector, p.sectors);
        QThread::msleep(200);
    }
}

} // namespace

std::optional<Error> eraseMedium(const GrabbedDrive &drive, const MediaInfo &info, bool full,
                                 const std::function<void(qint64, qint64)> &progress)
{
    if (drive.isVirtual()) {
        // libburn quirk: burn_disc_erase() only supports drive roles 1 and 5, not a regular
        // stdio file (role 2), so a virtual disc is blanked by emptying its file.
        QFile file(drive.virtualPath());
        if (!file.exists())
            return std::nullopt;
        if (!file.resize(0)) {
            return Error{
                Tr::tr("Spindle could not empty the virtual disc %1: %2. Check that you may "
                       "write the file.")
                    .arg(drive.virtualPath(), file.errorString()),
                drive.virtualPath()};
        }
        if (progress)
            progress(1, 1);
        return std::nullopt;
    }

    burn::burn_drive *d = drive.drive();
    LibraryMessages messages; // this erase's messages explain its failure
    const MediumCapabilities caps = mediumCapabilities(drive, info);
    if (caps.overwritable && !full) {
        // Overwritable media have no "blank" state: invalidate the file system by overwriting
        // its first 64 KiB (what xorriso's -blank fast does).
        QByteArray zeros(64 * 1024, '\0');
        if (burn::burn_random_access_write(d, 0, zeros.data(), zeros.size(), 1) <= 0) {
            return Error{Tr::tr("The drive %1 could not overwrite the start of the disc. The disc "
                                "may be damaged or write-protected.")
                             .arg(drive.address()),
                         LibraryMessages::text(messages.take(), Severity::Error)};
        }
        if (progress)
            progress(1, 1);
        return std::nullopt;
    }
    if (caps.overwritable)
        burn::burn_disc_format(d, 0, 16); // bit4: re-format even a formatted medium
    else
        burn::burn_disc_erase(d, full ? 0 : 1);
    waitUntilIdle(d, progress);
    const QString problems = LibraryMessages::text(messages.take(), Severity::Error);
    if (!caps.overwritable && burn::burn_disc_get_status(d) != burn::BURN_DISC_BLANK) {
        return Error{Tr::tr("The drive %1 could not erase the disc. Try a full erase, or another "
                            "disc: rewritable discs wear out after many erases.")
                         .arg(drive.address()),
                     problems};
    }
    return std::nullopt;
}

} // namespace Spindle
