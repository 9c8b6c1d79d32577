#include "jobs/burnjob.h"

#include "base/format.h"
#include "base/sleepinhibitor.h"
#include "device/driveinfo.h"
#include "device/drivescanner.h"
#include "device/grabbeddrive.h"
#include "device/librarymessages.h"
#include "device/mediainfo.h"
#include "device/mediumeraser.h"
#include "device/mediumprofile.h"
#include "image/compressedimagesource.h"
#include "image/prefetchedimagesource.h"
#include "image/sourcerateprobe.h"
#include "image/throttledimagesource.h"
#include "jobs/imageburnsource.h"
#include "jobs/jobhandler.h"
#include "readback/imagecomparer.h"
#include "readback/streamdigest.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace Spindle {

namespace {

constexpr int PollMs = 20; // the end of a fast burn is noticed within this

// One track, one session, one disc, and the write options: freed in the right order on every
// exit path.
struct BurnPlan
{
    burn::burn_disc *disc = burn::burn_disc_create();
    burn::burn_session *session = burn::burn_session_create();
    burn::burn_track *track = burn::burn_track_create();
    burn::burn_write_opts *opts = nullptr;

    BurnPlan(burn::burn_drive *drive, burn::burn_source *source)
    {
        burn::burn_disc_add_session(disc, session, BURN_POS_END);
        burn::burn_track_define_data(track, 0, 0, 0, BURN_MODE1);
        burn::burn_track_set_source(track, source);
        burn::burn_session_add_track(session, track, BURN_POS_END);
        opts = burn::burn_write_opts_new(drive);
    }
    ~BurnPlan()
    {
        burn::burn_write_opts_free(opts);
        burn::burn_disc_free(disc);
        burn::burn_session_free(session);
        burn::burn_track_free(track);
    }
    Q_DISABLE_COPY_MOVE(BurnPlan)
};

} // namespace

BurnJob::BurnJob(BurnOptions options, QObject *parent) : Job(parent), m_options(std::move(options))
{}

BurnJob::~BurnJob()
{
    cancel();
    wait();
}

QString BurnJob::declinedText() const
{
    return tr("Not burned");
}

QString BurnJob::title() const
{
    // Not burnsStream(): a stream written to a temporary image keeps its name.
    const QString what =
        m_options.sourceFactory ? m_options.sourceName : QFileInfo(m_options.imagePath).fileName();
    return m_options.simulate ? tr("Simulate burning %1").arg(what) : tr("Burn %1").arg(what);
}

JobResult BurnJob::run()
{
    const JobResult result = burnCopies();
    // However the burn ended: the temporary files go (the sources reading them first).
    m_source.reset();
    m_tempDir.reset();
    return result;
}

JobResult BurnJob::burnCopies()
{
    if (JobResult r = prepareImage(); r.status != JobResult::Status::Success)
        return r;
    const int copies = qMax(1, m_options.copies);
    for (int copy = 1; copy <= copies; ++copy) {
        if (copy > 1) {
            // After each copy the disc comes out and the next blank one goes in.
            ejectIfRequested(true);
            Question q;
            q.kind = QuestionKind::InsertBlankMedium;
            q.title = tr("Insert the next disc");
            q.text = tr("Copy %1 of %2 is done. Insert a blank disc for copy %3 into %4.")
                         .arg(copy - 1)
                         .arg(copies)
                         .arg(copy)
                         .arg(m_options.driveAddress);
            q.detail = m_options.driveAddress;
            if (!handler() || !handler()->ask(q))
                return JobResult::failure(
                    tr("Stopped after %1 of %2 copies: no next disc was confirmed.")
                        .arg(copy - 1)
                        .arg(copies));
            if (isCancelRequested())
                return JobResult::cancelled();
        }
        JobResult r = burnCopy(copy);
        if (!r.succeeded())
            return r;
    }
    ejectIfRequested(false);
    if (m_options.simulate)
        return JobResult::success(tr("Simulation finished: the burn would have succeeded. "
                                     "Nothing was written."));
    QString done = copies > 1
                       ? tr("Burned %1 copies of %2.").arg(copies).arg(m_source->description())
                       : tr("Burned %1.").arg(m_source->description());
    if (m_options.verify)
        done += QLatin1Char(' ') + tr("Verified: the disc matches the image.");
    if (const EccReport ecc = eccReport(); ecc.state == EccReport::State::Added)
        done += QLatin1Char(' ') +
                tr("The disc carries dvdisaster RS03 error-correction data: %1 roots (%2% "
                   "redundancy), any %1 unreadable sectors in each group of 255 can be rebuilt.")
                    .arg(ecc.layout.nroots)
                    .arg(ecc.layout.redundancyPercent(), 0, 'f', 1);
    return JobResult::success(done);
}

JobResult BurnJob::prepareImage()
{
    if (burnsStream() && m_options.ecc.enabled()) {
        if (JobResult r = spoolStream(); r.status != JobResult::Status::Success)
            return r;
    }
    if (burnsStream())
        return JobResult::success(); // each copy opens its own stream (openStream)
    setPhase(tr("Checking the image"));
    auto inspected = inspectImageFile(imagePath());
    if (!inspected)
        return JobResult::failure(inspected.error());
    m_image = inspected.value();
    if (m_image.imageBytes < 0) {
        // No ISO header to tell the size: decode once to count, before anything is written.
        setPhase(tr("Measuring the compressed image"));
        auto counted = CompressedImageSource::countDecodedBytes(
            m_image.path, [this] { return isCancelRequested(); });
        if (isCancelRequested())
            return JobResult::cancelled();
        if (!counted)
            return JobResult::failure(counted.error());
        m_image.imageBytes = counted.value();
    }
    if (auto problem = checkImageSize(m_image))
        return JobResult::failure(*problem);
    if (!m_image.isDiscImage()) {
        log(Severity::Warning, notADiscImageWarning(m_image));
        Question q;
        q.kind = QuestionKind::Confirm;
        q.title = tr("Not a disc image?");
        q.text = notADiscImageWarning(m_image);
        q.detail = m_image.path;
        if (!handler() || !handler()->ask(q))
            return JobResult::declined(tr("Not burned: %1 has no recognised file system.")
                                           .arg(QFileInfo(m_image.path).fileName()));
    }
    if (m_options.ecc.enabled() && m_image.isCompressed()) {
        if (JobResult r = spoolCompressedImage(); r.status != JobResult::Status::Success)
            return r;
    }
    if (m_options.ecc.enabled()) {
        if (JobResult r = prepareEcc(); r.status != JobResult::Status::Success)
            return r;
    }
    m_source = makeImageSource();
    m_imageBytes = m_image.imageBytes;
    log(Severity::Info,
        tr("Image: %1, %2").arg(m_source->description(), formatBytesExact(m_image.imageBytes)));
    return measureSourceRate();
}

std::unique_ptr<ImageSource> BurnJob::makeImageSource() const
{
    std::unique_ptr<ImageSource> source = createImageSource(m_image);
    if (m_options.sourceRateLimit > 0)
        source =
            std::make_unique<ThrottledImageSource>(std::move(source), m_options.sourceRateLimit);
    return source;
}

JobResult BurnJob::measureSourceRate()
{
    // A plain file reads as fast as its disk, far faster than any drive writes.
    if (!m_image.isCompressed() && m_options.sourceRateLimit <= 0)
        return JobResult::success();
    setPhase(tr("Measuring how fast the image decompresses"));
    // Timed on the stream that gets burned, whose first bytes are then burned as they are:
    // a second stream would decode them twice (1.5 s more for an .xz that just feeds BD 12x).
    m_source->setCancelCheck([this] { return isCancelRequested(); });
    if (auto problem = m_source->open())
        return JobResult::failure(*problem);
    return timeOpenSource(tr("The image decompresses at %1."));
}

JobResult BurnJob::timeOpenSource(const QString &rateLine)
{
    SourceRateLimits limits;
    // Held until burned, then handed to the FIFO. More than the directories a big tree starts
    // with (a few MiB, made in memory), so that reading its files is what gets timed.
    limits.maxBytes = qint64(64) << 20;
    limits.enoughBytesPerSecond = clearlyFastEnoughBytesPerSecond();
    ImageHead head;
    const auto rate = measureOpenSource(
        *m_source, [this] { return isCancelRequested(); }, limits, &head);
    if (isCancelRequested())
        return JobResult::cancelled();
    if (!rate)
        return JobResult::failure(rate.error());
    m_sourceRate = rate.value();
    log(Severity::Info, rateLine.arg(formatRate(m_sourceRate)));
    m_source = std::make_unique<PrefetchedImageSource>(std::move(m_source), std::move(head));
    return JobResult::success();
}

QString BurnJob::sourceTooSlowText(double sourceBytesPerSecond, int speedKBps, SpeedBase base,
                                   bool built)
{
    if (built)
        return tr("The new image is made at %1 (its files are read as it is written), less than "
                  "twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to "
                  "keep the drive fed. To burn at full speed, write the image to a file first and "
                  "burn that.")
            .arg(formatRate(sourceBytesPerSecond), formatDriveSpeedX(speedKBps, base),
                 QLocale().toString(speedKBps));
    return tr("The image decompresses at %1, less than twice what the drive takes at full speed, "
              "so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, "
              "decompress the image first.")
        .arg(formatRate(sourceBytesPerSecond), formatDriveSpeedX(speedKBps, base),
             QLocale().toString(speedKBps));
}

int BurnJob::speedForSource(const MediaInfo &info, int requested)
{
    if (m_sourceRate <= 0)
        return requested;
    const SpeedBase base = speedBaseForProfile(info.profileId);
    // A speed the person chose that the image can feed stays.
    if (requested > 0 && m_sourceRate >= dataBytesPerSecond(requested, base) * SourceRateMargin)
        return requested;
    const SpeedChoice choice = chooseSpeed(m_sourceRate, info.writeSpeedsKBps, base);
    if (!choice.tooSlow)
        return requested;
    const int speed = requested > 0 && requested < choice.speedKBps ? requested : choice.speedKBps;
    if (speed != m_announcedSpeedKBps) { // once, unless a later copy's disc changes it
        m_announcedSpeedKBps = speed;
        const QString message = sourceTooSlowText(m_sourceRate, speed, base, burnsStream());
        log(Severity::Warning, message);
        Q_EMIT sourceTooSlow(qint64(m_sourceRate), speed, message);
    }
    return speed;
}

// A fresh stream for this copy, opened before the drive is touched: its size decides whether
// it fits, and laying out a new image can take a while.
JobResult BurnJob::openStream()
{
    setPhase(tr("Preparing %1").arg(m_options.sourceName));
    m_source.reset(); // the previous copy's stream, finished or not
    m_source = m_options.sourceFactory();
    if (!m_source)
        return JobResult::failure(tr("Spindle could not prepare %1.").arg(m_options.sourceName));
    if (m_options.sourceRateLimit > 0)
        m_source =
            std::make_unique<ThrottledImageSource>(std::move(m_source), m_options.sourceRateLimit);
    m_source->setCancelCheck([this] { return isCancelRequested(); });
    m_source->setPreparationProgress([this](qint64 done, qint64 total) {
        reportProgress(done, total);
        return !isCancelRequested();
    });
    const auto problem = m_source->open();
    forwardLibraryMessages(); // into the log; the problem below says what to do
    if (isCancelRequested())
        return JobResult::cancelled();
    if (problem)
        return JobResult::failure(*problem);
    for (const QString &note : m_source->notes())
        log(Severity::Info, note);
    for (const QString &warning : m_source->warnings())
        log(Severity::Warning, warning);
    m_imageBytes = m_source->size();
    if (m_imageBytes <= 0 || m_imageBytes % 2048 != 0)
        return JobResult::failure(
            tr("%1 has a size (%2 bytes) that cannot be burned as data: it must be a whole "
               "number of 2048-byte sectors. Please report this.")
                .arg(m_source->description())
                .arg(m_imageBytes));
    log(Severity::Info,
        tr("Image: %1, %2").arg(m_source->description(), formatBytesExact(m_imageBytes)));
    return timeStream();
}

JobResult BurnJob::timeStream()
{
    if (!m_options.timeStream || m_streamTimed)
        return JobResult::success();
    m_streamTimed = true;
    setPhase(tr("Measuring how fast the new image is made"));
    return timeOpenSource(tr("The new image is made at %1."));
}

JobResult BurnJob::burnCopy(int copy)
{
    if (burnsStream()) {
        if (JobResult r = openStream(); r.status != JobResult::Status::Success)
            return r;
    }
    setPhase(tr("Checking the disc"));
    JobResult outcome;
    {
        auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
        if (!grabbed)
            return JobResult::failure(grabbed.error());
        GrabbedDrive &drive = *grabbed.value();
        MediaInfo info = readMediaInfo(drive);
        if (JobResult r = checkMedium(drive, info, copy); r.status != JobResult::Status::Success)
            return r;
        if (m_eccPending) {
            if (JobResult r = computeEcc(); r.status != JobResult::Status::Success)
                return r;
        }
        if (isCancelRequested())
            return JobResult::cancelled();
        outcome = write(drive, info, copy);
        m_harmsMedium = false;
    } // released here: libburn quirk, a written stdio disc reads as such only after a re-grab
    if (!outcome.succeeded() || passesPerCopy() == 1)
        return outcome;
    setStage(passesPerCopy() * copy - 1, passesPerCopy() * qMax(1, m_options.copies),
             tr("Verifying"));
    return verify();
}

int BurnJob::passesPerCopy() const
{
    return m_options.verify && !m_options.simulate ? 2 : 1;
}

std::optional<JobResult> BurnJob::askToLoseData(const Question &question)
{
    if (handler() && handler()->ask(question))
        return std::nullopt;
    return JobResult::declined(tr("Not burned: the disc in %1 holds data. Erase it first, or allow "
                                  "erasing (--blank-if-needed).")
                                   .arg(question.detail));
}

JobResult BurnJob::checkMedium(GrabbedDrive &drive, MediaInfo &info, int copy)
{
    const QString where = drive.address();
    if (const QString refused = DriveScanner::cannotWrite(drive); !refused.isEmpty())
        return JobResult::failure(refused);
    if (info.status == MediumStatus::NoMedium)
        return JobResult::failure(
            tr("There is no disc in %1. Insert a blank disc and try again.").arg(where));
    if (info.status == MediumStatus::Unsuitable)
        return JobResult::failure(tr("The disc in %1 (%2) cannot be written by this drive. Insert "
                                     "a blank disc of a kind the drive supports.")
                                      .arg(where, info.profileName));
    MediumCapabilities caps = mediumCapabilities(drive, info);
    const bool holdsData =
        info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed;
    if (holdsData && !caps.overwritable) {
        if (!info.erasable)
            return JobResult::failure(
                tr("The disc in %1 (%2) already holds data and cannot be erased. Insert a blank "
                   "disc and try again.")
                    .arg(where, info.profileName));
        if (m_options.simulate)
            return JobResult::failure(
                tr("A simulated burn does not erase the disc, and this "
                   "disc holds data. Erase it first, or insert a blank disc."));
        if (!m_options.blankIfNeeded) {
            const Question q{
                QuestionKind::EraseFirst, tr("Erase the disc first?"),
                tr("The rewritable disc in %1 holds %2 of data. Erase it (everything on it "
                   "will be lost) and then burn the image?")
                    .arg(where, formatBytes(info.usedBytes)),
                where};
            if (auto refused = askToLoseData(q))
                return *refused;
        }
        setPhase(tr("Erasing"));
        if (auto problem = eraseMedium(drive, info, false, [this](qint64 done, qint64 total) {
                reportSteps(done, total);
            }))
            return JobResult::failure(*problem);
        info = readMediaInfo(drive);
        caps = mediumCapabilities(drive, info);
    }
    if (!info.writable) {
        if (drive.isVirtual())
            return JobResult::failure(tr("The virtual disc file %1 is read-only. Make it writable "
                                         "or choose another file.")
                                          .arg(drive.virtualPath()));
        return JobResult::failure(
            tr("The disc in %1 cannot be written. Insert a blank disc.").arg(where));
    }
    // libburn quirk: burn_precheck_write() does not refuse an image larger than the free space
    // (the write just runs into the end of the disc), so compare ourselves before writing.
    if (m_imageBytes > info.freeBytes) {
        return JobResult::failure(
            tr("The image does not fit: it needs %1, but the disc in %2 has only %3 free. Use a "
               "larger disc (a DVD holds 4.7 GB, a dual-layer DVD 8.5 GB, a BD 25 GB).")
                    .arg(formatBytes(m_imageBytes), where, formatBytes(info.freeBytes)) +
                (burnsStream()
                     ? QLatin1Char(' ') + tr("Or leave out %1 more.")
                                              .arg(formatBytes(m_imageBytes - info.freeBytes))
                     : QString()),
            tr("image %1 bytes, free %2 bytes").arg(m_imageBytes).arg(info.freeBytes));
    }
    if (m_eccPending) {
        if (JobResult r = planEccFor(m_image.imageBytes, info);
            r.status != JobResult::Status::Success)
            return r;
    }
    if (m_options.simulate && !caps.canSimulate) {
        return JobResult::failure(tr("%1 discs have no test mode, so the burn cannot be "
                                     "simulated. Burn for real, or simulate with a CD-R or DVD-R.")
                                      .arg(info.profileName));
    }
    // An overwritable medium (a plain file, DVD+RW, BD-RE) that holds data is written over in
    // place: that loses its content as surely as erasing does, so it is asked the same way. After
    // every refusal above, so that it is not asked in vain. A later copy to the same virtual disc
    // writes over what this job has just written.
    const bool overwrites =
        info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed;
    if (overwrites && caps.overwritable && !m_options.simulate && !m_options.blankIfNeeded &&
        !(copy > 1 && drive.isVirtual())) {
        const Question q{
            QuestionKind::OverwriteFile, tr("Overwrite the disc?"),
            tr("The disc in %1 already holds %2 of data. Burning writes over it (everything "
               "on it will be lost). Burn anyway?")
                .arg(where, formatBytes(info.usedBytes)),
            where};
        if (auto refused = askToLoseData(q))
            return *refused;
    }
    m_harmsMedium = caps.writeOnce && !m_options.simulate;
    return JobResult::success();
}

JobResult BurnJob::write(GrabbedDrive &drive, const MediaInfo &info, int copy)
{
    if (!burnsStream()) { // a stream was opened by openStream()
        if (auto problem = m_source->open())
            return JobResult::failure(*problem);
    }
    m_digest.reset();
    if (burnsStream() && m_options.verify && !m_options.simulate)
        m_digest = std::make_unique<StreamDigest>();
    // No bigger than the image: allocating a large FIFO costs more than a small burn takes.
    ImageBurnSource feed(*m_source, qMin(m_options.fifoBytes, m_imageBytes + (1 << 20)),
                         m_digest.get());
    burn::burn_drive *d = drive.drive();
    BurnPlan plan(d, feed.source());
    burn::burn_write_opts *opts = plan.opts;
    burn::burn_write_opts_set_simulate(opts, m_options.simulate ? 1 : 0);
    burn::burn_write_opts_set_underrun_proof(opts, m_options.burnFree ? 1 : 0);
    burn::burn_write_opts_set_multi(opts, m_options.multisession ? 1 : 0);
    // libburn quirk: by default a stdio drive fsync()s every 16 MB, which halves throughput to
    // a file; syncing once at the end keeps "finished" meaning "on the disk".
    burn::burn_write_opts_set_stdio_fsync(opts, 1);
    char reasons[BURN_REASONS_LEN] = {};
    if (m_options.writeMode == WriteMode::Auto) {
        if (burn::burn_write_opts_auto_write_type(opts, plan.disc, reasons, 0) ==
            burn::BURN_WRITE_NONE)
            return JobResult::failure(tr("The drive %1 offers no way to write this disc. Check "
                                         "that the disc is blank and of a kind the drive writes.")
                                          .arg(drive.address()),
                                      QString::fromLocal8Bit(reasons));
    } else if (m_options.writeMode == WriteMode::Tao) {
        burn::burn_write_opts_set_write_type(opts, burn::BURN_WRITE_TAO, burn::BURN_BLOCK_MODE1);
    } else {
        burn::burn_write_opts_set_write_type(opts, burn::BURN_WRITE_SAO, burn::BURN_BLOCK_SAO);
    }
    if (burn::burn_precheck_write(opts, plan.disc, reasons, 0) <= 0) {
        return JobResult::failure(tr("The drive %1 cannot write this disc in write mode %2. Try "
                                     "write mode \"auto\".")
                                      .arg(drive.address(), writeModeName(m_options.writeMode)),
                                  QString::fromLocal8Bit(reasons));
    }
    int speed = m_options.speedKBps > 0 ? m_options.speedKBps : 0;
    if (m_options.speedX > 0)
        speed = int(m_options.speedX * bytesPerSecondForOneX(speedBaseForProfile(info.profileId)) /
                    1000.0);
    speed = speedForSource(info, speed);
    burn::burn_drive_set_speed(d, 0, speed); // 0: the fastest the drive offers

    const bool isVirtual = drive.isVirtual();
    const QString target = drive.virtualPath();
    const bool targetExisted = isVirtual && QFileInfo::exists(target);
    if (!m_options.simulate) {
        if (auto busy = drive.lockForWriting())
            return JobResult::failure(*busy);
    }
    const SleepInhibitor inhibitor(tr("Burning a disc"));
    if (!inhibitor.isActive())
        log(Severity::Debug, tr("Sleep is not inhibited: %1").arg(inhibitor.reason()));

    const int copies = qMax(1, m_options.copies);
    QString phase = m_options.simulate ? tr("Simulating") : tr("Writing");
    if (copies > 1)
        phase = tr("%1 copy %2 of %3").arg(phase).arg(copy).arg(copies);
    setStage(passesPerCopy() * (copy - 1), passesPerCopy() * copies, phase);
    forwardLibraryMessages();
    // The failure's detail and diagnosis come from this write's messages, which a drive scan
    // or another job cannot take away, nor the log's forwarding while the write runs.
    LibraryMessages writing;
    const auto writeErrors = [this, &writing] {
        forwardLibraryMessages();
        return LibraryMessages::text(writing.take(), Severity::Error);
    };
    QString refusal;
    for (int attempt = 0;; ++attempt) {
        burn::burn_disc_write(opts, plan.disc);
        if (burn::burn_drive_get_status(d, nullptr) != burn::BURN_DRIVE_IDLE ||
            feed.bytesDelivered() > 0)
            break;
        // Refused without starting (libburn quirk above), e.g. while another thread's drive
        // scan runs: nothing was written, so waiting a moment and asking again is safe.
        refusal = writeErrors();
        if (attempt == 5 || refusal.isEmpty() || isCancelRequested())
            break;
        log(Severity::Warning,
            tr("The drive did not start writing (%1); trying again.").arg(refusal));
        QThread::msleep(300);
    }

    bool userCancelled = false;
    bool stopped = false;
    const qint64 total = m_imageBytes;
    burn::burn_progress p{};
    burn::burn_drive_status status;
    while ((status = burn::burn_drive_get_status(d, &p)) != burn::BURN_DRIVE_IDLE) {
        if (!stopped && (isCancelRequested() || feed.failed())) {
            userCancelled = isCancelRequested();
            burn::burn_drive_cancel(d);
            // libburn's writer waits for FIFO data without looking at its cancel flag: a
            // stream that is slow to produce (libisofs reading a disc) must be stopped too.
            feed.stop();
            stopped = true;
        }
        if (status == burn::BURN_DRIVE_WRITING || status == burn::BURN_DRIVE_WRITING_LEADIN ||
            status == burn::BURN_DRIVE_WRITING_LEADOUT ||
            status == burn::BURN_DRIVE_CLOSING_TRACK ||
            status == burn::BURN_DRIVE_CLOSING_SESSION) {
            const int driveBuffer =
                p.buffer_capacity > 0
                    ? int((p.buffer_capacity - p.buffer_available) * 100 / p.buffer_capacity)
                    : -1;
            reportBuffers(feed.fifoFillPercent(), driveBuffer);
            reportProgress(qMin(total, qint64(p.sector) * 2048), total);
        }
        QThread::msleep(PollMs);
    }
    const bool wroteWell = burn::burn_drive_wrote_well(d) == 1;
    const QString libraryErrors = writeErrors();

    if (isVirtual && m_options.simulate && !targetExisted)
        QFile::remove(target); // libburn quirk: a simulated burn creates a missing target (0 bytes)
    if (feed.failed()) {
        const Error e = feed.error();
        QString message = e.message.isEmpty() ? tr("Reading the image failed.") : e.message;
        QString guiMessage = e.guiMessage;
        if (!m_options.simulate) {
            const QString incomplete =
                QLatin1Char(' ') + tr("The disc in %1 is incomplete and holds no usable "
                                      "copy of the image.")
                                       .arg(drive.address());
            message += incomplete;
            if (!guiMessage.isEmpty())
                guiMessage += incomplete;
        }
        return JobResult::failure(Error{message, e.detail, guiMessage});
    }
    if (userCancelled) {
        return JobResult::cancelled(
            m_harmsMedium ? tr("Burning cancelled. The write-once disc in %1 is probably "
                               "unusable now.")
                                .arg(drive.address())
                          : tr("Burning cancelled. The disc in %1 holds an incomplete copy; "
                               "erase or overwrite it.")
                                .arg(drive.address()));
    }
    // libburn quirk: burn_disc_write() refuses some requests (another operation still going
    // on, unsuitable parameters) by returning without a word; the drive stays idle and
    // burn_drive_wrote_well() still says yes. Only a fully delivered image is a burn.
    if (wroteWell && feed.bytesDelivered() < total) {
        return JobResult::failure(
            tr("The drive %1 did not write the image (libburn stopped "
               "after %2 of %3). Nothing usable was written; try again, "
               "and see the log if it keeps failing.")
                .arg(drive.address(), formatBytes(feed.bytesDelivered()), formatBytes(total)),
            refusal + libraryErrors);
    }
    if (!wroteWell) {
        QString message =
            tr("Writing to %1 failed; the disc holds an incomplete copy.").arg(drive.address());
        if (libraryErrors.contains(QLatin1String("No space left")))
            message += QLatin1Char(' ') + tr("The file system holding the virtual disc is full: "
                                             "free some space and burn again.");
        else if (isVirtual)
            message += QLatin1Char(' ') + tr("Check that the file can be written and that its "
                                             "disk works.");
        else
            message += QLatin1Char(' ') + tr("Try a lower speed or another disc.");
        return JobResult::failure(message, libraryErrors);
    }
    if (isVirtual && !m_options.simulate) {
        // libburn quirk: writing a stdio file does not truncate it; an older, larger content
        // would linger after the image's end.
        QFile file(target);
        if (file.size() > total && !file.resize(total))
            return JobResult::failure(tr("The image was written, but the old content after it "
                                         "could not be removed from %1: %2.")
                                          .arg(target, file.errorString()));
    }
    reportProgress(total, total, true);
    return JobResult::success();
}

JobResult BurnJob::verify()
{
    auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
    if (!grabbed)
        return JobResult::failure(grabbed.error());
    if (burnsStream())
        return verifyStream(*grabbed.value());
    const CompareOutcome outcome = ImageComparer::compare(
        *m_source, *grabbed.value(),
        [this](qint64 done, qint64 total) { reportProgress(done, total); },
        [this] { return isCancelRequested(); });
    if (outcome.cancelled)
        return JobResult::cancelled(tr("Verification cancelled. The disc was burned but not "
                                       "checked."));
    if (outcome.matched) {
        log(Severity::Info, tr("SHA-256 of image and disc: %1").arg(outcome.imageSha256));
        return JobResult::success();
    }
    if (outcome.error && outcome.firstDifferentSector < 0)
        return JobResult::failure(*outcome.error);
    return JobResult::failure(
        ImageComparer::mismatchMessage(outcome, m_options.driveAddress),
        tr("image SHA-256 %1, disc SHA-256 %2").arg(outcome.imageSha256, outcome.discSha256));
}

// The stream is gone; its fingerprints from the burn are compared with exactly as many bytes
// read back from the disc.
JobResult BurnJob::verifyStream(GrabbedDrive &drive)
{
    if (!m_digest || m_digest->bytes() != m_imageBytes)
        return JobResult::failure(tr("Spindle cannot verify the disc: the burned stream was not "
                                     "recorded completely. Please report this."));
    CompareOutcome outcome = m_digest->compareWithDisc(
        drive, [this](qint64 done, qint64 total) { reportProgress(done, total); },
        [this] { return isCancelRequested(); });
    if (outcome.cancelled)
        return JobResult::cancelled(tr("Verification cancelled. The disc was burned but not "
                                       "checked."));
    if (outcome.matched) {
        log(Severity::Info,
            tr("SHA-256 of what was burned and of the disc: %1").arg(outcome.imageSha256));
        return JobResult::success();
    }
    return JobResult::failure(
        StreamDigest::mismatchMessage(outcome, m_options.driveAddress),
        tr("burned SHA-256 %1, disc SHA-256 %2").arg(outcome.imageSha256, outcome.discSha256) +
            (outcome.error ? QLatin1Char('\n') + outcome.error->detail : QString()));
}

void BurnJob::ejectIfRequested(bool force)
{
    if (!(m_options.eject || force) || isVirtualAddress(m_options.driveAddress))
        return;
    auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
    if (grabbed)
        grabbed.value()->setEjectOnRelease(true);
}

} // namespace Spindle
