#include "jobs/erasejob.h"

#include "base/format.h"
#include "base/sleepinhibitor.h"
#include "device/driveinfo.h"
#include "device/drivescanner.h"
#include "device/grabbeddrive.h"
#include "device/mediainfo.h"
#include "device/mediumeraser.h"
#include "device/mediumprofile.h"
#include "jobs/jobhandler.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Spindle {

EraseJob::EraseJob(EraseOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

EraseJob::~EraseJob()
{
    cancel();
    wait();
}

QString EraseJob::title() const
{
    return m_options.full ? tr("Erase disc (full)") : tr("Erase disc");
}

QString EraseJob::declinedText() const
{
    return tr("Not erased");
}

JobResult EraseJob::run()
{
    setPhase(tr("Checking the disc"));
    auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
    if (!grabbed)
        return JobResult::failure(grabbed.error());
    GrabbedDrive &drive = *grabbed.value();
    const MediaInfo info = readMediaInfo(drive);
    const QString where = drive.address();
    const MediumCapabilities caps = mediumCapabilities(drive, info);
    if (const QString refused = DriveScanner::cannotWrite(drive); !refused.isEmpty())
        return JobResult::failure(refused);
    if (info.status == MediumStatus::NoMedium)
        return JobResult::failure(
            tr("There is no disc in %1. Insert the rewritable disc to erase.").arg(where));
    if (caps.writeOnce || (!drive.isVirtual() && !info.erasable && !caps.overwritable))
        return JobResult::failure(
            tr("%1 discs are write-once and cannot be erased. Erasing needs "
               "a rewritable disc (CD-RW, DVD±RW, DVD-RAM or BD-RE).")
                .arg(info.profileName.isEmpty() ? tr("These") : info.profileName));
    // The file's permissions, not info.writable: a written DVD-RW takes no more data (not
    // writable) until it is erased, which is what this job is for.
    if (drive.isVirtual() && !isWritableFile(QFileInfo(drive.virtualPath())) && info.usedBytes > 0)
        return JobResult::failure(tr("The virtual disc file %1 is read-only, so it cannot be "
                                     "erased. Make it writable first.")
                                      .arg(drive.virtualPath()));
    const bool needsFormat = !drive.isVirtual() && caps.overwritable && m_options.full;
    if (info.status == MediumStatus::Blank && !needsFormat)
        return JobResult::success(
            tr("The disc in %1 is already blank; nothing was erased.").arg(where));

    Question q;
    q.kind = QuestionKind::Confirm;
    q.title = tr("Erase the disc?");
    q.text = tr("Erasing deletes everything on the disc in %1 (%2 used). This cannot be undone.")
                 .arg(where, formatBytes(info.usedBytes));
    q.detail =
        info.filesystem.label.isEmpty() ? where : tr("Disc label: %1").arg(info.filesystem.label);
    if (!handler() || !handler()->ask(q))
        return JobResult::declined(tr("Not erased: erasing was not confirmed."));
    if (isCancelRequested())
        return JobResult::cancelled();

    const SleepInhibitor inhibitor(tr("Erasing a disc"));
    setPhase(caps.overwritable && !drive.isVirtual() ? tr("Formatting") : tr("Erasing"));
    if (auto problem = eraseMedium(drive, info, m_options.full,
                                   [this](qint64 done, qint64 total) { reportSteps(done, total); }))
        return JobResult::failure(*problem);
    reportSteps(1, 1, true);
    return JobResult::success(tr("The disc in %1 is erased and ready to burn.").arg(where));
}

} // namespace Spindle
