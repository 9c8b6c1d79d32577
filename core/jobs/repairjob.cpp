#include "jobs/repairjob.h"

#include "readback/rescuemap.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QStringList>
#include <algorithm>
#include <climits>

namespace Spindle {

RepairJob::RepairJob(RepairOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

RepairJob::~RepairJob() = default;

QString RepairJob::title() const
{
    return m_options.checkOnly ? tr("Check an image's error-correction data")
                               : tr("Repair an image");
}

RepairReport RepairJob::report() const
{
    QMutexLocker lock(&m_reportLock);
    return m_report;
}

JobResult RepairJob::checkResult(const Rs03RepairReport &d)
{
    const QString name = QFileInfo(m_options.imagePath).fileName();
    if (d.lostSectors > 0) {
        QStringList first;
        for (qint64 s : d.firstLost)
            first << QString::number(s);
        log(Severity::Warning, tr("Sectors that cannot be rebuilt (the first %1): %2")
                                   .arg(d.firstLost.size())
                                   .arg(first.join(QLatin1String(", "))));
        return {JobResult::Status::SuccessWithLoss,
                tr("%1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image's "
                   "own data): more than the %5 roots of an ecc block can rebuild. Read the "
                   "disc again in rescue mode with more retries before repairing it.")
                    .arg(name)
                    .arg(d.damagedSectors)
                    .arg(d.lostSectors)
                    .arg(d.lostImageSectors)
                    .arg(d.layout.nroots),
                {}};
    }
    if (d.damagedSectors > 0) {
        JobResult r = JobResult::success(
            tr("%1 has %2 damaged sectors, all of which a repair can rebuild (spindle-cli "
               "repair, without --check).")
                .arg(name)
                .arg(d.damagedSectors));
        r.guiMessage = tr("%1 has %2 damaged sectors, all of which a repair can rebuild: press "
                          "Repair Image.")
                           .arg(name)
                           .arg(d.damagedSectors);
        return r;
    }
    return JobResult::success(tr("%1 is intact: every data sector matches its CRC and every "
                                 "ecc sector matches the data.")
                                  .arg(name));
}

void RepairJob::recordInMap(RepairReport &r)
{
    auto map = RescueMap::load(m_options.mapPath);
    if (!map) {
        log(Severity::Warning, map.error().message);
        return;
    }
    // The sectors the map still listed as not read are now right: finished, and noted as
    // rebuilt, so that a later rescue read does not read them again over the repair.
    // Both lists are in order: one sweep.
    const QList<RescueMap::Range> pending = map->pending();
    QList<RescueMap::Range> rebuilt;
    qsizetype p = 0;
    for (const Rs03SectorRange &range : r.repair.repaired) {
        const qint64 pos = range.first * 2048;
        const qint64 end = (range.first + range.count) * 2048;
        while (p < pending.size() && pending[p].end() <= pos)
            ++p;
        for (qsizetype q = p; q < pending.size() && pending[q].pos < end; ++q) {
            const qint64 from = std::max(pos, pending[q].pos);
            const qint64 to = std::min(end, pending[q].end());
            if (from < to) {
                rebuilt << RescueMap::Range{from, to - from, RescueMap::Status::Finished};
                r.mapRebuiltSectors += (to - from + 2047) / 2048;
            }
        }
    }
    map->markRebuilt(rebuilt);
    if (r.mapRebuiltSectors == 0)
        return;
    if (const auto error = map->save(m_options.mapPath)) {
        log(Severity::Warning, error->message);
        return;
    }
    r.mapUpdated = true;
    log(Severity::Info, tr("The rescue map %1 now records %n rebuilt sector(s) as finished.",
                           nullptr, int(std::min<qint64>(r.mapRebuiltSectors, INT_MAX)))
                            .arg(m_options.mapPath));
}

JobResult RepairJob::run()
{
    RepairReport r;
    std::vector<Rs03SectorRange> unreadable;
    if (!m_options.mapPath.isEmpty()) {
        setPhase(tr("Reading the rescue map"));
        const auto map = RescueMap::load(m_options.mapPath);
        if (!map)
            return JobResult::failure(map.error());
        // Whatever the map does not mark as read is unreadable; a sector partly unread is too.
        for (const RescueMap::Range &range : map->pending()) {
            const qint64 first = range.pos / 2048;
            const qint64 end = (range.end() + 2047) / 2048;
            unreadable.push_back({first, end - first});
            r.mapUnreadableSectors += end - first;
        }
        log(Severity::Info, tr("The rescue map marks %n sector(s) as not read.", nullptr,
                               int(std::min<qint64>(r.mapUnreadableSectors, INT_MAX))));
    }

    setPhase(m_options.checkOnly ? tr("Checking the image") : tr("Repairing the image"));
    bool cancelled = false;
    const auto keepGoing = [this](qint64 doneBytes, qint64 totalBytes) {
        reportProgress(doneBytes, totalBytes);
        return !isCancelRequested();
    };
    const auto done = m_options.checkOnly
                          ? checkRs03Image(m_options.imagePath, unreadable, keepGoing, &cancelled)
                          : repairRs03Image(m_options.imagePath, unreadable, keepGoing, &cancelled);
    if (!done)
        return JobResult::failure(done.error());
    r.repair = done.value();
    r.ran = !cancelled;
    if (!m_options.checkOnly && !m_options.mapPath.isEmpty() && !r.repair.repaired.empty())
        recordInMap(r);
    {
        QMutexLocker lock(&m_reportLock);
        m_report = r;
    }
    const Rs03RepairReport &d = r.repair;
    if (cancelled && m_options.checkOnly)
        return JobResult::cancelled();
    if (cancelled)
        return JobResult::cancelled(
            tr("Cancelled; the %n sector(s) repaired so far are written to the image.", nullptr,
               int(d.repairedSectors)));
    if (m_options.checkOnly)
        return checkResult(d);
    if (d.headerFromCrcLayer)
        log(Severity::Warning, tr("The error-correction header was damaged; its copy in the CRC "
                                  "layer was used."));
    if (d.missingSectors > 0)
        log(Severity::Warning,
            tr("The image is %n sector(s) shorter than its error-correction layout; the missing "
               "sectors were treated as unreadable.",
               nullptr, int(std::min<qint64>(d.missingSectors, INT_MAX))));
    if (d.lostSectors > 0) {
        QStringList first;
        for (qint64 s : d.firstLost)
            first << QString::number(s);
        log(Severity::Warning, tr("Sectors still lost (the first %1): %2")
                                   .arg(d.firstLost.size())
                                   .arg(first.join(QLatin1String(", "))));
        JobResult result{
            JobResult::Status::SuccessWithLoss,
            tr("%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image's "
               "own data): more than the %5 roots of an ecc block can rebuild. Read the disc "
               "again in rescue mode with more retries, into the same image and map "
               "(spindle-cli read --whole-track --skip-unreadable --retries 5: the "
               "error-correction data lies past the file system), then repair again.")
                .arg(d.repairedSectors)
                .arg(d.damagedSectors)
                .arg(d.lostSectors)
                .arg(d.lostImageSectors)
                .arg(d.layout.nroots),
            {}};
        result.guiMessage =
            tr("%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image's "
               "own data): more than the %5 roots of an ecc block can rebuild. Read the disc "
               "again in rescue mode with more retries, then repair again.")
                .arg(d.repairedSectors)
                .arg(d.damagedSectors)
                .arg(d.lostSectors)
                .arg(d.lostImageSectors)
                .arg(d.layout.nroots);
        return result;
    }
    if (d.repairedSectors == 0)
        return JobResult::success(
            tr("Nothing to repair in %1: every data sector matches its CRC, every ecc sector "
               "matches the data and none is unreadable.")
                .arg(QFileInfo(m_options.imagePath).fileName()));
    return JobResult::success(tr("%n damaged sector(s) repaired and checked against the CRC "
                                 "layer; the image is complete again.",
                                 nullptr, int(d.repairedSectors)));
}

} // namespace Spindle
