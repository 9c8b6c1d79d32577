#include "jobs/checkdiscjob.h"

#include "device/grabbeddrive.h"
#include "device/mediainfo.h"
#include "readback/discrs03.h"
#include "readback/readplan.h"
#include "readback/rs03discscan.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>
#include <climits>

namespace Spindle {

namespace {
constexpr qint64 kSector = 2048;
constexpr int kChunkBlocks = 64; // 128 KiB: the size `read` asks a drive for
constexpr int kListedRanges = 10;

QString rangesText(const QList<RescueMap::Range> &ranges)
{
    QStringList parts;
    for (const RescueMap::Range &r : ranges) {
        if (parts.size() == kListedRanges)
            break;
        const qint64 first = r.pos / kSector;
        const qint64 last = (r.end() - 1) / kSector;
        parts << (first == last ? QString::number(first)
                                : QStringLiteral("%1-%2").arg(first).arg(last));
    }
    return parts.join(QLatin1String(", "));
}

// Found damage is what a check is for, not a failure of it: it finished, with damage to report
// (exit code 3, and a warning rather than a tick in the GUI), also when all of it is repairable.
JobResult lossResult(const QString &message)
{
    return {JobResult::Status::SuccessWithLoss, message, {}};
}
} // namespace

CheckDiscJob::CheckDiscJob(CheckDiscOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

CheckDiscJob::~CheckDiscJob()
{
    cancel();
    wait();
}

QString CheckDiscJob::title() const
{
    return tr("Check the disc in %1").arg(m_options.driveAddress);
}

CheckDiscReport CheckDiscJob::report() const
{
    QMutexLocker lock(&m_reportLock);
    return m_report;
}

JobResult CheckDiscJob::run()
{
    CheckDiscReport report;
    JobResult r = check(report);
    if (report.ran)
        r = verdict(report);
    QMutexLocker lock(&m_reportLock);
    m_report = report;
    return r;
}

JobResult CheckDiscJob::check(CheckDiscReport &report)
{
    setPhase(tr("Examining the disc"));
    auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
    if (!grabbed)
        return JobResult::failure(grabbed.error());
    const GrabbedDrive &drive = *grabbed.value();
    const MediaInfo media = readMediaInfo(drive);
    const auto planned = planRead(media, false);
    if (!planned)
        return JobResult::failure(planned.error());
    const ReadPlan &plan = planned.value();
    const auto ecc = inspectRs03Disc(media, drive);

    // What is read: the file system's extents, or everything through the ecc data (which
    // covers the file system and lies past it).
    QList<ReadPlan::Extent> extents;
    std::optional<Rs03DiscScan> scan;
    if (ecc) {
        scan.emplace(ecc->layout);
        const qint64 end = ecc->complete() ? ecc->layout.totalSectors() : ecc->discEndSector;
        extents.append({0, end});
        report.checkedBytes = ecc->layout.totalSectors() * kSector;
        log(Severity::Info, ecc->describe());
    } else {
        const qint64 end = plan.discEndBlock >= 0 ? plan.discEndBlock : plan.imageBlocks;
        for (const ReadPlan::Extent &e : plan.extents) {
            const qint64 blocks = std::min(e.startBlock + e.blocks, end) - e.startBlock;
            if (blocks > 0)
                extents.append({e.startBlock, blocks});
        }
        report.checkedBytes = plan.imageBytes();
        if (plan.discEndBlock >= 0)
            log(Severity::Warning,
                tr("The disc holds %1 sectors but its file system declares %2: the rest "
                   "cannot be read.")
                    .arg(plan.discEndBlock)
                    .arg(plan.imageBlocks));
    }
    qint64 total = 0;
    for (const ReadPlan::Extent &e : std::as_const(extents))
        total += e.blocks;

    auto addBad = [&](qint64 lba) {
        ++report.unreadableSectors;
        if (!report.unreadable.isEmpty() && report.unreadable.last().end() == lba * kSector)
            report.unreadable.last().size += kSector;
        else
            report.unreadable.append({lba * kSector, kSector, RescueMap::Status::Bad});
        if (scan)
            scan->addUnreadable(lba, 1);
    };

    setPhase(ecc ? tr("Reading the disc and its error-correction data") : tr("Reading the disc"));
    QByteArray buffer(kChunkBlocks * kSector, Qt::Uninitialized);
    auto *data = reinterpret_cast<uint8_t *>(buffer.data());
    qint64 done = 0;
    for (const ReadPlan::Extent &e : std::as_const(extents)) {
        for (qint64 lba = e.startBlock; lba < e.startBlock + e.blocks;) {
            if (isCancelRequested())
                return JobResult::cancelled();
            const int blocks = int(std::min<qint64>(kChunkBlocks, e.startBlock + e.blocks - lba));
            if (drive.readBlocks(lba, blocks, buffer.data()) == blocks * kSector) {
                if (scan)
                    scan->addSectors(lba, data, blocks);
            } else {
                // One sector at a time, so that only the unreadable ones count.
                for (int i = 0; i < blocks; ++i) {
                    if (isCancelRequested())
                        return JobResult::cancelled();
                    if (drive.readBlocks(lba + i, 1, buffer.data()) == kSector) {
                        if (scan)
                            scan->addSectors(lba + i, data, 1);
                        continue;
                    }
                    if (!drive.hasMedium())
                        return JobResult::failure(
                            tr("The disc was taken out of %1 during the check. Insert it and "
                               "check it again.")
                                .arg(m_options.driveAddress));
                    addBad(lba + i);
                }
            }
            lba += blocks;
            done += blocks;
            reportProgress(done * kSector, total * kSector);
        }
    }
    report.ran = true;
    if (scan)
        report.ecc = scan->finish();
    return JobResult::success();
}

JobResult CheckDiscJob::verdict(const CheckDiscReport &report)
{
    const QString drive = m_options.driveAddress;
    if (report.unreadableSectors > 0)
        log(Severity::Warning,
            tr("Unreadable sectors (the first %1 ranges): %2")
                .arg(std::min<qsizetype>(report.unreadable.size(), kListedRanges))
                .arg(rangesText(report.unreadable)));
    // The advice names spindle-cli's commands on the command line and the Copy page in the GUI.
    auto withAdvice = [](JobResult r, const QString &cli, const QString &gui) {
        r.guiMessage = r.message + QLatin1Char(' ') + gui;
        r.message += QLatin1Char(' ') + cli;
        return r;
    };
    if (!report.ecc) {
        if (report.unreadableSectors == 0)
            return withAdvice(
                JobResult::success(tr("Every sector of the disc in %1 can be read.").arg(drive)),
                tr("The disc carries no error-correction data, so only a comparison with its "
                   "image (spindle-cli verify IMAGE --drive) can tell whether what it holds is "
                   "right."),
                tr("The disc carries no error-correction data, so only a comparison with its "
                   "image can tell whether what it holds is right."));
        return withAdvice(
            lossResult(tr("%n sector(s) of the disc in %1 cannot be read.", nullptr,
                          int(std::min<qint64>(report.unreadableSectors, INT_MAX)))
                           .arg(drive)),
            tr("Copy it in rescue mode (spindle-cli read --skip-unreadable) to save everything "
               "else."),
            tr("Copy it with \"Copy Disc to Image\" in rescue mode to save everything else."));
    }
    const Rs03RepairReport &d = *report.ecc;
    if (d.lostSectors > 0) {
        QStringList first;
        for (qint64 s : d.firstLost)
            first << QString::number(s);
        if (!first.isEmpty())
            log(Severity::Warning, tr("Sectors that cannot be rebuilt (the first %1): %2")
                                       .arg(first.size())
                                       .arg(first.join(QLatin1String(", "))));
        return withAdvice(
            lossResult(
                tr("The disc in %1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in "
                   "the image's own data): more than the %5 roots of an ecc block can rebuild.")
                    .arg(drive)
                    .arg(d.damagedSectors)
                    .arg(d.lostSectors)
                    .arg(d.lostImageSectors)
                    .arg(d.layout.nroots)),
            tr("Copy it in rescue mode with more retries (spindle-cli read --skip-unreadable "
               "--retries 10 --repair): every sector a retry reads is one less to rebuild."),
            tr("Copy it with \"Copy Disc to Image\" in rescue mode with more retries, then "
               "repair the copy: every sector a retry reads is one less to rebuild."));
    }
    if (d.damagedSectors > 0)
        return withAdvice(
            lossResult(tr("The disc in %1 has %2 damaged sectors (%3 unreadable or missing, %4 CRC "
                          "errors), all of which can be rebuilt from its error-correction data.")
                           .arg(drive)
                           .arg(d.damagedSectors)
                           .arg(d.unreadableSectors + d.missingSectors)
                           .arg(d.crcErrors)),
            tr("Copy it now, before the damage grows: spindle-cli read --skip-unreadable "
               "--repair."),
            tr("Copy it now with \"Copy Disc to Image\" in rescue mode and repair the copy, before "
               "the damage grows."));
    return JobResult::success(tr("The disc in %1 is intact: every sector can be read and every "
                                 "data sector matches its CRC in the error-correction data.")
                                  .arg(drive));
}

} // namespace Spindle
