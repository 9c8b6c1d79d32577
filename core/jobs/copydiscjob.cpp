#include "jobs/copydiscjob.h"

#include "base/format.h"
#include "device/burnlibrary.h"
#include "device/driveinfo.h"
#include "device/grabbeddrive.h"
#include "device/mediainfo.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "jobs/discimagesource.h"
#include "jobs/jobhandler.h"
#include "jobs/readdiscjob.h"
#include "readback/readplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace Spindle {

namespace {

// The smallest common disc that holds `bytes`, to say what to insert.
QString discKindFor(qint64 bytes)
{
    struct Kind
    {
        const char *name;
        qint64 bytes;
    };
    static const Kind kinds[] = {{"CD", qint64(360000) * 2048},
                                 {"DVD", qint64(2295104) * 2048},
                                 {"DVD DL", qint64(4173824) * 2048},
                                 {"BD", qint64(12219392) * 2048}};
    for (const Kind &k : kinds) {
        if (bytes <= k.bytes)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("BD DL");
}

} // namespace

CopyDiscJob::CopyDiscJob(CopyDiscOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options)), m_factory(std::move(m_options.sourceFactory))
{
    m_options.sourceFactory = {};
}

CopyDiscJob::~CopyDiscJob()
{
    cancel();
    wait();
}

QString CopyDiscJob::title() const
{
    return tr("Copy the disc in %1").arg(m_options.sourceDrive);
}

QString CopyDiscJob::declinedText() const
{
    return tr("Not copied");
}

int CopyDiscJob::burnPasses() const
{
    const BurnOptions &b = m_options.burn;
    return (b.verify && !b.simulate ? 2 : 1) * qMax(1, b.copies);
}

JobResult CopyDiscJob::run()
{
    m_harmsMedium = false;
    if (BurnLibrary &library = BurnLibrary::instance(); !library.isInitialised())
        return JobResult::failure(
            QCoreApplication::translate(
                "Job", "\"%1\" needs the disc burning libraries (libburn and libisofs). %2")
                .arg(title(), library.initError()));
    const JobResult result = m_options.oneDrive() ? copyThroughImage() : copyOnTheFly();
    m_harmsMedium = false;
    return result.status == JobResult::Status::Success ? copied(result) : result;
}

JobResult CopyDiscJob::copied(const JobResult &burned) const
{
    const BurnOptions &b = m_options.burn;
    if (b.simulate)
        return burned; // "the burn would have succeeded", from the burn itself
    const QString target = m_options.oneDrive() ? m_options.sourceDrive : b.driveAddress;
    const int copies = qMax(1, b.copies);
    QString text =
        copies == 1
            ? tr("Copied the disc in %1 to a new disc in %2.").arg(m_options.sourceDrive, target)
            : tr("Copied the disc in %1 to %2 new discs in %3.")
                  .arg(m_options.sourceDrive)
                  .arg(copies)
                  .arg(target);
    if (b.verify)
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "Spindle::BurnJob", "Verified: the disc matches the image.");
    return JobResult::success(text);
}

JobResult CopyDiscJob::copyOnTheFly()
{
    BurnOptions burn = m_options.burn;
    burn.imagePath.clear();
    if (m_factory) {
        burn.sourceFactory = m_factory;
        burn.sourceName = m_options.sourceName;
    } else {
        const QString drive = m_options.sourceDrive;
        const MediumKind medium = m_options.sourceMedium;
        burn.sourceFactory = [drive, medium]() -> std::unique_ptr<ImageSource> {
            return std::make_unique<DiscImageSource>(drive, medium);
        };
        burn.sourceName = DiscImageSource(drive, medium).description();
    }
    BurnJob burning(burn);
    return runStage(burning, 0, burnPasses());
}

JobResult CopyDiscJob::copyThroughImage()
{
    const QString drive = m_options.sourceDrive;
    const int stages = 1 + burnPasses();
    setStage(0, stages, QCoreApplication::translate("Spindle::ReadDiscJob", "Examining the disc"));
    const QString folder = m_options.tempFolder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                               : m_options.tempFolder;
    qint64 imageBytes = 0;
    if (!m_factory) {
        // A new image's size is known once it is laid out, and the build checks the free
        // space itself before writing; a disc's is known now: refused before reading.
        if (JobResult r = checkSpaceForDisc(folder, &imageBytes);
            r.status != JobResult::Status::Success)
            return r;
    }
    if (!QDir().mkpath(folder))
        return JobResult::failure(tr("The folder %1 for the temporary image could not be "
                                     "created.")
                                      .arg(folder));
    // Removed with everything in it (the image, a .part left by a cancelled read) however the
    // copy ends.
    QTemporaryDir temp(QDir(folder).filePath(QStringLiteral("copy-XXXXXX")));
    if (!temp.isValid())
        return JobResult::failure(
            tr("The folder %1 for the temporary image could not be created.").arg(folder),
            temp.errorString());
    const QString image = temp.filePath(QStringLiteral("disc.iso"));
    log(Severity::Info, tr("Temporary image: %1").arg(image));
    if (m_factory) {
        BuildImageJob building({m_factory, image, -1, true, {}});
        const JobResult r = runStage(building, 0, stages);
        // The tree behind the factory holds the source drive, which the burn needs next.
        m_factory = {};
        if (r.status != JobResult::Status::Success)
            return r;
        imageBytes = QFileInfo(image).size();
    } else {
        ReadOptions read;
        read.drive = drive;
        read.medium = m_options.sourceMedium;
        read.output = image;
        read.overwrite = true;
        read.sha256 = false; // the burn's verify compares the disc with the image itself
        ReadDiscJob reading(read);
        const JobResult r = runStage(reading, 0, stages);
        if (r.status != JobResult::Status::Success)
            return r;
    }
    if (isCancelRequested())
        return JobResult::cancelled();
    if (!isVirtualAddress(drive)) {
        if (auto grabbed = GrabbedDrive::grab(drive, m_options.sourceMedium))
            grabbed.value()->setEjectOnRelease(true);
    }
    if (JobResult r = askForBlankDisc(imageBytes); r.status != JobResult::Status::Success)
        return r;

    BurnOptions burn = m_options.burn;
    burn.driveAddress = drive;
    burn.imagePath = image;
    burn.sourceFactory = {};
    BurnJob burning(burn);
    return runStage(burning, 1, stages);
}

JobResult CopyDiscJob::checkSpaceForDisc(const QString &folder, qint64 *imageBytes) const
{
    auto media = queryMediaInfo(m_options.sourceDrive, m_options.sourceMedium);
    if (!media)
        return JobResult::failure(media.error());
    auto plan = planRead(media.value(), false);
    if (!plan)
        return JobResult::failure(plan.error());
    *imageBytes = plan->imageBytes();
    // The folder may not exist yet: the free space of the nearest folder that does.
    QString existing = QDir::cleanPath(folder);
    while (!QFileInfo::exists(existing) && QFileInfo(existing).path() != existing)
        existing = QFileInfo(existing).path();
    const qint64 available = QStorageInfo(existing).bytesAvailable();
    if (available >= 0 && available < *imageBytes)
        return JobResult::failure(
            tr("Copying with one drive needs a temporary image of %1 in %2, but only %3 is free "
               "there. Free some space, or copy with a second drive.")
                .arg(formatBytes(*imageBytes), QDir::toNativeSeparators(folder),
                     formatBytes(available)));
    return JobResult::success();
}

JobResult CopyDiscJob::askForBlankDisc(qint64 imageBytes)
{
    const QString drive = m_options.sourceDrive;
    Question q;
    q.kind = QuestionKind::InsertBlankMedium;
    q.title = tr("Insert a blank disc");
    q.text = tr("The disc in %1 has been read. Take it out, insert a blank disc that holds at "
                "least %2 (%3 or larger) and go on.")
                 .arg(drive, formatBytes(imageBytes), discKindFor(imageBytes));
    q.detail = drive;
    if (!handler() || !handler()->ask(q))
        return JobResult::declined(
            tr("Not copied: no blank disc was inserted into %1.").arg(drive));
    if (isCancelRequested())
        return JobResult::cancelled();
    return JobResult::success();
}

JobResult CopyDiscJob::runStage(Job &stage, int firstStage, int stageCount)
{
    stage.setHandler(handler());
    // Both run on the stage's thread while this one only waits.
    connect(
        &stage, &Job::logMessage, &stage,
        [this, &stage](Severity severity, const QString &text) {
            // A stage logs each phase it begins; this job logs it when it takes the phase on.
            if (severity == Severity::Info && text == stage.lastProgress().phase)
                return;
            log(severity, text);
        },
        Qt::DirectConnection);
    connect(
        &stage, &Job::progressChanged, &stage,
        [&stage, firstStage, stageCount, this](const JobProgress &p) {
            m_harmsMedium = stage.cancelHarmsMedium();
            const JobProgress mine = lastProgress();
            if (mine.stage != firstStage + p.stage || mine.stageCount != stageCount)
                setStage(firstStage + p.stage, stageCount, p.phase);
            else
                setPhase(p.phase); // nothing when it is the same
            reportBuffers(p.fifoPercent, p.driveBufferPercent);
            if (p.bytesTotal <= 0 && p.bytesDone <= 0)
                return;
            if (p.countsBytes)
                reportProgress(p.bytesDone, p.bytesTotal);
            else
                reportSteps(p.bytesDone, p.bytesTotal);
        },
        Qt::DirectConnection);
    stage.start();
    while (!stage.wait(50)) {
        if (isCancelRequested())
            stage.cancel();
    }
    m_harmsMedium = false;
    return stage.result();
}

} // namespace Spindle
