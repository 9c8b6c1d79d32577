#include "jobs/readdiscjob.h"

#include "base/backgroundhasher.h"
#include "base/format.h"
#include "base/safeoutputfile.h"
#include "device/grabbeddrive.h"
#include "device/mediainfo.h"
#include "jobs/jobhandler.h"
#include "readback/damagedfiles.h"
#include "readback/readplan.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>

#include <unistd.h>

namespace Spindle {

namespace {

constexpr qint64 BlockSize = 2048;
constexpr qint64 ChunkBlocks = 512; // 1 MiB reads: large enough for full speed, small for cancel
constexpr qint64 MapSaveIntervalMs = 5000;

} // namespace

struct ReadDiscJob::Context
{
    std::shared_ptr<GrabbedDrive> drive;
    ReadPlan plan;
    RescueMap map;
    std::unique_ptr<SafeOutputFile> out;
    QString mapPath;
    bool resume = false;
    bool inlineHash = false;
    qint64 hashedUpTo = 0;
    std::unique_ptr<BackgroundHasher> hasher;
    QByteArray buffer;
    qint64 toRead = 0;
    qint64 done = 0;
    qint64 recovered = 0; // read well in this run (a resumed copy's missing sectors)
    int passes = 1;       // over the data: read, then hash the file and verify when needed
    QElapsedTimer clock;
    QElapsedTimer sinceMapSave;
    ReadReport report;

    void hashInline(qint64 pos, const char *data, qint64 size, const ReadOptions &o)
    {
        if (!inlineHash)
            return;
        if (pos != hashedUpTo) { // out of order: fall back to hashing the finished file
            inlineHash = false;
            return;
        }
        if (!hasher)
            hasher = std::make_unique<BackgroundHasher>(o.sha256, o.md5);
        hasher->add(QByteArray(data, size));
        hashedUpTo += size;
    }
};

ReadDiscJob::ReadDiscJob(ReadOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

ReadDiscJob::~ReadDiscJob() = default;

QString ReadDiscJob::title() const
{
    return tr("Copy disc to image");
}

ReadReport ReadDiscJob::report() const
{
    QMutexLocker lock(&m_reportLock);
    return m_report;
}

JobResult ReadDiscJob::run()
{
    Context c;
    c.clock.start();
    const JobResult result = copy(c);
    c.report.elapsedMs = c.clock.elapsed();
    {
        QMutexLocker lock(&m_reportLock);
        m_report = c.report;
    }
    return result;
}

JobResult ReadDiscJob::copy(Context &c)
{
    const ReadOptions &o = m_options;
    if (o.output.isEmpty())
        return JobResult::failure(tr("Choose a file name for the image."));
    setPhase(tr("Examining the disc"));
    auto grabbed = GrabbedDrive::grab(o.drive, o.medium);
    if (!grabbed)
        return JobResult::failure(grabbed.error());
    c.drive = grabbed.value();
    const MediaInfo media = readMediaInfo(*c.drive);
    auto plan = planRead(media, o.wholeTrack);
    if (!plan)
        return JobResult::failure(plan.error());
    c.plan = plan.value();
    if (!o.wholeTrack)
        extendOverRs03Data(c.plan, *c.drive);
    for (const QString &note : std::as_const(c.plan.notes))
        log(Severity::Info, note);
    const bool discIsShort = c.plan.discEndBlock >= 0;
    if (discIsShort && !o.rescue) {
        return JobResult::failure(
            tr("The disc holds %1 sectors but its file system declares %2: the disc is "
               "incomplete or damaged. Turn on rescue mode (--skip-unreadable) to copy what is "
               "there.")
                .arg(c.plan.discEndBlock)
                .arg(c.plan.imageBlocks));
    }
    // libburn quirk: a virtual disc reads as zeros past its file's end instead of failing, so
    // nothing is read from there.
    const qint64 discEnd = discIsShort ? c.plan.discEndBlock * BlockSize : c.plan.imageBytes();
    c.report.notes = c.plan.notes;
    c.report.output = QFileInfo(o.output).absoluteFilePath();
    c.report.imageBytes = c.plan.imageBytes();
    const int speedKBps =
        int(o.speedX * bytesPerSecondForOneX(speedBaseForProfile(media.profileId)) / 1000.0);
    forwardLibraryMessages();
    burn::burn_drive_set_speed(c.drive->drive(), speedKBps, 0); // 0: the drive's maximum
    // A drive that refuses the speed command (QEMU's DVD-ROM has no SET STREAMING) reads at
    // its own speed: libburn's "SCSI error" about it is a note, not an error of the copy.
    forwardLibraryMessages(Severity::Info);

    // Output, resume and overwrite decisions.
    c.out = std::make_unique<SafeOutputFile>(o.output);
    c.out->setKeepPartial(o.rescue); // in rescue mode the partial image and its map are the point
    c.mapPath = o.effectiveMapPath();
    const bool finalExists = QFileInfo::exists(c.out->finalPath());
    const bool partExists = QFileInfo::exists(c.out->partPath());
    if (o.rescue && QFileInfo::exists(c.mapPath) && (finalExists || partExists)) {
        auto loaded = RescueMap::load(c.mapPath);
        if (!loaded)
            return JobResult::failure(loaded.error());
        if (loaded->size() != c.plan.imageBytes()) {
            return JobResult::failure(tr("The map %1 belongs to a different disc (it covers %2, "
                                         "this disc's image is %3). "
                                         "Choose another output name or remove the old map.")
                                          .arg(c.mapPath, formatBytesExact(loaded->size()),
                                               formatBytesExact(c.plan.imageBytes())));
        }
        c.map = loaded.value();
        c.resume = true;
        if (!partExists && !QFile::rename(c.out->finalPath(), c.out->partPath()))
            return JobResult::failure(
                tr("%1 could not be reopened for resuming.").arg(c.out->finalPath()));
        log(Severity::Info,
            tr("Resuming from %1: %2 still to read.")
                .arg(c.mapPath, formatBytes(c.map.bytesWith(RescueMap::Status::NonTried) +
                                            c.map.bytesWith(RescueMap::Status::Bad))));
    } else if (finalExists && !o.overwrite) {
        Question q;
        q.kind = QuestionKind::OverwriteFile;
        q.title = tr("Replace the existing file?");
        q.text = tr("%1 already exists. Replacing it loses its content.").arg(c.out->finalPath());
        if (!handler() || !handler()->ask(q))
            return JobResult::failure(tr("%1 already exists and was left as it is. Choose another "
                                         "name or allow replacing it (--force).")
                                          .arg(c.out->finalPath()));
    }
    if (auto error = c.out->open(true, c.resume))
        return JobResult::failure(*error);
    if (auto error = c.out->checkFreeSpace(c.plan.imageBytes()))
        return JobResult::failure(*error);
    if (!c.resume) {
        // A sparse file of the final size: gaps and skipped sectors read back as zeros.
        if (::ftruncate(c.out->file().handle(), c.plan.imageBytes()) != 0)
            return JobResult::failure(tr("The image file could not be created at its full size."));
        c.map = RescueMap(c.plan.imageBytes());
        c.map.mark(0, c.plan.imageBytes(), RescueMap::Status::Finished);
        for (const ReadPlan::Extent &e : std::as_const(c.plan.extents))
            c.map.mark(e.startBlock * BlockSize, e.blocks * BlockSize, RescueMap::Status::NonTried);
        c.map.mark(discEnd, c.plan.imageBytes() - discEnd, RescueMap::Status::NonTried);
        c.inlineHash = c.plan.extents.size() == 1 && c.plan.extents.first().startBlock == 0 &&
                       c.plan.newestSessionStart < 0;
    }
    c.report.resumed = c.resume;
    if (discIsShort) {
        // Never read: the disc has no such sectors (what an earlier run read there stays).
        const QList<RescueMap::Range> ranges = c.map.ranges();
        for (const RescueMap::Range &r : ranges) {
            const qint64 pos = qMax(r.pos, discEnd);
            if (r.status != RescueMap::Status::Finished && r.end() > pos)
                c.map.mark(pos, r.end() - pos, RescueMap::Status::Bad);
        }
        log(Severity::Warning,
            tr("The disc holds %1 sectors but its file system declares %2: the missing end is "
               "filled with zeros and recorded in the map as unreadable.")
                .arg(c.plan.discEndBlock)
                .arg(c.plan.imageBlocks));
    }
    if (o.rescue)
        saveMap(c, true);

    // The copy itself: everything the map still lists as not finished, up to the disc's end.
    c.buffer.resize(ChunkBlocks * BlockSize);
    QList<RescueMap::Range> pending;
    for (RescueMap::Range r : c.map.pending()) {
        r.size = qMin(r.end(), discEnd) - r.pos;
        if (r.size > 0)
            pending << r;
    }
    for (const RescueMap::Range &r : std::as_const(pending))
        c.toRead += r.size;
    const bool hashAfterwards = (o.sha256 || o.md5) && !c.inlineHash;
    c.passes = 1 + (hashAfterwards ? 1 : 0) + (o.verify ? 1 : 0);
    setStage(0, c.passes, tr("Reading"));
    c.sinceMapSave.start();
    for (const RescueMap::Range &r : std::as_const(pending)) {
        const qint64 first = r.pos / BlockSize;
        const qint64 last = r.end() / BlockSize;
        for (qint64 lba = first; lba < last; lba += ChunkBlocks) {
            if (isCancelRequested()) {
                saveMap(c, true);
                return JobResult::cancelled(o.rescue
                                                ? tr("Cancelled. The partial image and its map "
                                                     "were kept: run the copy again to resume.")
                                                : QString());
            }
            JobResult failure;
            if (!readArea(c, lba, qMin(ChunkBlocks, last - lba), &failure)) {
                saveMap(c, true);
                return failure;
            }
            reportProgress(c.done, c.toRead);
            saveMap(c, false);
        }
    }
    reportProgress(c.done, c.toRead, true);
    return finish(c);
}

bool ReadDiscJob::readArea(Context &c, qint64 lba, qint64 blocks, JobResult *failure)
{
    const ReadOptions &o = m_options;
    char *data = c.buffer.data();
    if (c.drive->readBlocks(lba, int(blocks), data) == blocks * BlockSize) {
        if (auto error = c.out->writeAt(lba * BlockSize, data, blocks * BlockSize)) {
            *failure = JobResult::failure(*error);
            return false;
        }
        c.hashInline(lba * BlockSize, data, blocks * BlockSize, o);
        c.map.mark(lba * BlockSize, blocks * BlockSize, RescueMap::Status::Finished);
        c.done += blocks * BlockSize;
        c.recovered += blocks * BlockSize;
        return true;
    }
    if (mediumGone(c, lba, failure))
        return false;
    if (blocks > 1) {
        // Narrow the failure down: halves, then single sectors, so only bad sectors are lost.
        const qint64 half = blocks / 2;
        return readArea(c, lba, half, failure) && readArea(c, lba + half, blocks - half, failure);
    }
    if (readSingleBlock(c, lba)) {
        if (auto error = c.out->writeAt(lba * BlockSize, data, BlockSize)) {
            *failure = JobResult::failure(*error);
            return false;
        }
        c.hashInline(lba * BlockSize, data, BlockSize, o);
        c.map.mark(lba * BlockSize, BlockSize, RescueMap::Status::Finished);
        c.done += BlockSize;
        c.recovered += BlockSize;
        return true;
    }
    if (mediumGone(c, lba, failure))
        return false;
    if (!o.rescue) {
        *failure = JobResult::failure(
            tr("Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be "
               "scratched or dirty: clean it and try again, or turn on rescue mode to skip "
               "unreadable sectors and keep the rest.",
               nullptr, o.retries)
                .arg(lba)
                .arg(formatBytes(lba * BlockSize), formatBytes(c.plan.imageBytes())));
        return false;
    }
    // Rescue: the sector stays zero in the image and is recorded as bad in the map.
    static const QByteArray zeros(BlockSize, '\0');
    if (auto error = c.out->writeAt(lba * BlockSize, zeros.constData(), BlockSize)) {
        *failure = JobResult::failure(*error);
        return false;
    }
    c.hashInline(lba * BlockSize, zeros.constData(), BlockSize, o);
    c.map.mark(lba * BlockSize, BlockSize, RescueMap::Status::Bad);
    c.done += BlockSize;
    log(Severity::Warning, tr("Sector %1 is unreadable; filled with zeros.").arg(lba));
    return true;
}

bool ReadDiscJob::mediumGone(Context &c, qint64 lba, JobResult *failure) const
{
    if (c.drive->hasMedium())
        return false;
    // An opened tray is not a scratch: no more retries, no sector recorded as unreadable.
    const QString what = tr("The disc was removed from %1 (or its tray opened) while it was read, "
                            "at sector %2.")
                             .arg(c.drive->address())
                             .arg(lba);
    *failure = JobResult::failure(
        what + QLatin1Char(' ') +
        (m_options.rescue ? tr("Insert it again and run the copy again to resume: the partial "
                               "image and its map were kept.")
                          : tr("Insert it again and start the copy again.")));
    return true;
}

JobResult ReadDiscJob::mediumGoneBeforeVerify(Context &c)
{
    saveMap(c, true);
    const QString what =
        tr("The disc was removed from %1 (or its tray opened) before it could be verified.")
            .arg(c.drive->address());
    return JobResult::failure(
        what + QLatin1Char(' ') +
        (m_options.rescue ? tr("Insert it again and run the copy again: the image and its map "
                               "were kept.")
                          : tr("Insert it again and start the copy again.")));
}

bool ReadDiscJob::readSingleBlock(Context &c, qint64 lba)
{
    for (int attempt = 0; attempt <= m_options.retries; ++attempt) {
        if (isCancelRequested())
            return false;
        if (c.drive->readBlocks(lba, 1, c.buffer.data()) == BlockSize) {
            // Worth knowing: a sector that needs retries is the next to fail.
            if (attempt > 0)
                log(Severity::Warning,
                    tr("Sector %1 was read after %n retries.", nullptr, attempt).arg(lba));
            return true;
        }
    }
    return false;
}

void ReadDiscJob::saveMap(Context &c, bool force)
{
    if (!m_options.rescue || (!force && c.sinceMapSave.elapsed() < MapSaveIntervalMs))
        return;
    c.sinceMapSave.restart();
    if (auto error = c.map.save(c.mapPath))
        log(Severity::Warning, error->message);
}

std::optional<Error> ReadDiscJob::hashFile(Context &c)
{
    // Planned when reading began, unless hashing while reading had to give up.
    c.passes = qMax(c.passes, 2 + (m_options.verify ? 1 : 0));
    setStage(1, c.passes, tr("Computing checksums"));
    QFile file(c.out->partPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The image could not be read back for its checksum."), file.errorString()};
    c.hasher = std::make_unique<BackgroundHasher>(m_options.sha256, m_options.md5);
    qint64 done = 0;
    while (!file.atEnd()) {
        if (isCancelRequested())
            return std::nullopt;
        QByteArray chunk = file.read(c.buffer.size());
        if (chunk.isEmpty())
            return Error{tr("The image could not be read back for its checksum."),
                         file.errorString()};
        const qint64 n = chunk.size();
        c.hasher->add(std::move(chunk));
        done += n;
        reportProgress(done, c.plan.imageBytes());
    }
    return std::nullopt;
}

JobResult ReadDiscJob::finish(Context &c)
{
    const ReadOptions &o = m_options;
    // Multisession: make the image open at the newest session.
    if (c.plan.newestSessionStart > 0) {
        QByteArray block(BlockSize, '\0');
        for (qint64 i = 0; i < 32; ++i) {
            if (c.drive->readBlocks(c.plan.newestSessionStart + 16 + i, 1, block.data()) !=
                BlockSize)
                break;
            if (auto error = c.out->writeAt((16 + i) * BlockSize, block.constData(), BlockSize))
                return JobResult::failure(*error);
            if (static_cast<unsigned char>(block[0]) == 255)
                break;
        }
        log(Severity::Info, tr("The newest session's volume descriptors were copied to block 16."));
    }
    if ((o.sha256 || o.md5) && (!c.inlineHash || c.hashedUpTo != c.plan.imageBytes())) {
        if (auto error = hashFile(c))
            return JobResult::failure(*error);
        if (isCancelRequested())
            return JobResult::cancelled();
    }
    if (c.hasher) {
        const BackgroundHasher::Digests digests = c.hasher->finish();
        c.report.sha256 = digests.sha256;
        c.report.md5 = digests.md5;
    }
    c.report.unreadable = c.map.rangesWith(RescueMap::Status::Bad);

    if (o.verify) {
        const JobResult verified = verify(c);
        if (!verified.succeeded())
            return verified;
    }
    saveMap(c, true);
    if (auto error = c.out->commit())
        return JobResult::failure(*error);

    const QString name = QFileInfo(c.report.output).fileName();
    auto writeSum = [&](const QString &suffix, const QString &hash) -> std::optional<Error> {
        QSaveFile sum(c.report.output + suffix);
        if (!sum.open(QIODevice::WriteOnly) ||
            sum.write((hash + QStringLiteral("  ") + name + QLatin1Char('\n')).toUtf8()) < 0 ||
            !sum.commit())
            return Error{tr("The checksum file %1 could not be written.").arg(sum.fileName()),
                         sum.errorString()};
        c.report.checksumFiles << sum.fileName();
        return std::nullopt;
    };
    if (o.checksumFiles && o.sha256) {
        if (auto error = writeSum(QStringLiteral(".sha256"), c.report.sha256))
            return JobResult::failure(*error);
    }
    if (o.checksumFiles && o.md5) {
        if (auto error = writeSum(QStringLiteral(".md5"), c.report.md5))
            return JobResult::failure(*error);
    }

    const qint64 ms = qMax<qint64>(1, c.clock.elapsed());
    c.report.averageBytesPerSecond = double(c.toRead) * 1000.0 / double(ms);
    if (!c.report.unreadable.isEmpty()) {
        setPhase(tr("Finding damaged files"));
        auto damaged = findDamagedFiles(c.report.output, c.report.unreadable);
        if (damaged)
            c.report.damagedFiles = damaged.value();
        else
            c.report.damagedFilesProblem = damaged.error().message;
        qint64 badBytes = 0;
        for (const RescueMap::Range &r : std::as_const(c.report.unreadable))
            badBytes += r.size;
        for (const QString &file : std::as_const(c.report.damagedFiles))
            log(Severity::Warning, tr("Damaged file: %1").arg(file));
        return {
            JobResult::Status::SuccessWithLoss,
            (c.resume ? rereadText(c) + QLatin1Char(' ') : QString()) +
                tr("The image was saved, but %n sector(s) (%1) could not be read and were filled "
                   "with zeros; %2. The map %3 records them: run the copy again later (after "
                   "cleaning the disc, or in another drive) to retry only those sectors.",
                   nullptr, int(badBytes / BlockSize))
                    .arg(formatBytes(badBytes),
                         c.report.damagedFilesProblem.isEmpty()
                             ? tr("%n file(s) are damaged", nullptr,
                                  int(c.report.damagedFiles.size()))
                             : c.report.damagedFilesProblem,
                         c.mapPath),
            {}};
    }
    if (c.resume) // what this run did: the rest of the image was copied earlier
        return JobResult::success(rereadText(c) + QLatin1Char(' ') +
                                  tr("%1 is complete.").arg(c.report.output));
    return JobResult::success(tr("Copied %1 to %2 in %3 (%4 on average).")
                                  .arg(formatBytes(c.plan.imageBytes()), c.report.output,
                                       formatDuration(ms / 1000),
                                       formatRate(c.report.averageBytesPerSecond)));
}

QString ReadDiscJob::rereadText(const Context &c)
{
    return tr("%1 of %n missing sector(s) re-read.", nullptr, int(c.toRead / BlockSize))
        .arg(formatBytes(c.recovered));
}

JobResult ReadDiscJob::verify(Context &c)
{
    setStage(c.passes - 1, c.passes, tr("Verifying"));
    QFile image(c.out->partPath());
    if (!image.open(QIODevice::ReadOnly))
        return JobResult::failure(tr("The image could not be opened for verifying."),
                                  image.errorString());
    QByteArray fromDisc(ChunkBlocks * BlockSize, '\0');
    QByteArray fromImage(ChunkBlocks * BlockSize, '\0');
    qint64 total = 0;
    for (const ReadPlan::Extent &e : std::as_const(c.plan.extents))
        total += e.blocks * BlockSize;
    qint64 done = 0;
    for (const ReadPlan::Extent &e : std::as_const(c.plan.extents)) {
        for (qint64 lba = e.startBlock; lba < e.startBlock + e.blocks; lba += ChunkBlocks) {
            if (isCancelRequested())
                return JobResult::cancelled();
            const qint64 blocks = qMin(ChunkBlocks, e.startBlock + e.blocks - lba);
            const qint64 bytes = blocks * BlockSize;
            if (c.drive->readBlocks(lba, int(blocks), fromDisc.data()) != bytes) {
                // An opened tray is no verify error: say what happened, not libburn's reason.
                if (!c.drive->hasMedium())
                    return mediumGoneBeforeVerify(c);
                if (m_options.rescue)
                    continue; // unreadable areas were already recorded in the map
                return JobResult::failure(
                    tr("Verify failed: the disc could not be read again at sector %1.").arg(lba));
            }
            if (!image.seek(lba * BlockSize) || image.read(fromImage.data(), bytes) != bytes)
                return JobResult::failure(tr("Verify failed: the image could not be read."),
                                          image.errorString());
            for (qint64 b = 0; b < blocks; ++b) {
                const qint64 sector = lba + b;
                const bool descriptorCopy =
                    c.plan.newestSessionStart > 0 && sector >= 16 && sector < 48;
                if (descriptorCopy || c.map.statusAt(sector * BlockSize) == RescueMap::Status::Bad)
                    continue;
                if (memcmp(fromDisc.constData() + b * BlockSize,
                           fromImage.constData() + b * BlockSize, BlockSize) != 0)
                    return JobResult::failure(
                        tr("Verify failed: sector %1 of the image differs from the disc. "
                           "The drive may return unstable data; try another drive or a lower "
                           "speed.")
                            .arg(sector));
            }
            done += bytes;
            reportProgress(done, total);
        }
    }
    c.report.verified = true;
    log(Severity::Info, tr("Verified: the image matches the disc."));
    return JobResult::success();
}

} // namespace Spindle
