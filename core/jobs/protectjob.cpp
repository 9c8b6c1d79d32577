#include "jobs/protectjob.h"

#include "ecc/eccplan.h"

#include "base/format.h"

#include <QFileInfo>
#include <QMutexLocker>

namespace Spindle {

ProtectJob::ProtectJob(ProtectOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

ProtectJob::~ProtectJob() = default;

QString ProtectJob::title() const
{
    return tr("Add error-correction data");
}

ProtectReport ProtectJob::report() const
{
    QMutexLocker lock(&m_reportLock);
    return m_report;
}

JobResult ProtectJob::run()
{
    setPhase(tr("Checking the image"));
    auto info = inspectRs03Image(m_options.imagePath);
    if (info && info->state == Rs03ImageInfo::State::Interrupted) {
        // Only our own marker, with its CRC, leads here: the bytes after the original size
        // are the killed run's.
        log(Severity::Warning,
            info->problem + QLatin1Char(' ') + tr("Cutting it back to its original size first."));
        if (const auto undone = undoInterruptedRs03Run(m_options.imagePath); !undone)
            return JobResult::failure(undone.error());
        info = inspectRs03Image(m_options.imagePath);
    }
    if (!info)
        return JobResult::failure(info.error());
    switch (info->state) {
    case Rs03ImageInfo::State::Plain:
        break;
    case Rs03ImageInfo::State::Augmented: {
        const auto medium = info->medium();
        return JobResult::failure(
            tr("%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots); "
               "it is not added twice.")
                .arg(QFileInfo(m_options.imagePath).fileName(),
                     medium ? eccMediumName(*medium) : tr("medium of unknown size"))
                .arg(info->layout.nroots));
    }
    case Rs03ImageInfo::State::Damaged:
    case Rs03ImageInfo::State::OtherCodec:
    case Rs03ImageInfo::State::Interrupted:
        return JobResult::failure(info->problem);
    }

    std::optional<EccMedium> medium = m_options.medium;
    qint64 mediumSectors = 0;
    if (m_options.redundancyPercent > 0) {
        const auto plan =
            planEcc(info->fileBytes, EccChoice::withPercent(m_options.redundancyPercent), 0);
        if (!plan)
            return JobResult::failure(plan.error());
        mediumSectors = plan->mediumSectors;
        medium = plan->layout.medium();
        log(Severity::Info, tr("Adding RS03 data for %1% redundancy: %2 data layers, %3 ecc "
                               "layers of %4 sectors.")
                                .arg(m_options.redundancyPercent)
                                .arg(plan->layout.ndata)
                                .arg(plan->layout.nroots)
                                .arg(plan->layout.sectorsPerLayer));
    } else {
        if (!medium)
            medium = Rs03Layout::smallestMedium(info->fileBytes);
        if (!medium)
            return JobResult::failure(tr("The image (%1) is too large for error-correction data "
                                         "on any disc up to a BD DL.")
                                          .arg(formatBytes(info->fileBytes)));
        const auto layout = Rs03Layout::forImage(info->fileBytes, eccMediumSectors(*medium));
        if (!layout)
            return JobResult::failure(
                tr("The image (%1) leaves too little room on a %2 for error-correction data: %3")
                    .arg(formatBytes(info->fileBytes), eccMediumName(*medium),
                         layout.error().message),
                layout.error().detail);
        mediumSectors = eccMediumSectors(*medium);
        log(Severity::Info, tr("Adding RS03 data for a %1: %2 data layers, %3 ecc layers of %4 "
                               "sectors.")
                                .arg(eccMediumName(*medium))
                                .arg(layout->ndata)
                                .arg(layout->nroots)
                                .arg(layout->sectorsPerLayer));
    }
    setPhase(tr("Computing error-correction data"));
    bool cancelled = false;
    const auto done = augmentRs03Image(
        m_options.imagePath, mediumSectors,
        [this](qint64 doneBytes, qint64 totalBytes) {
            reportProgress(doneBytes, totalBytes);
            return !isCancelRequested();
        },
        &cancelled);
    if (cancelled)
        return JobResult::cancelled(done ? QString() : done.error().message);
    if (!done)
        return JobResult::failure(done.error());

    ProtectReport r;
    r.augmented = true;
    r.medium = medium;
    r.mediumSectors = mediumSectors;
    r.layout = done.value();
    r.originalBytes = info->fileBytes;
    r.augmentedBytes = QFileInfo(m_options.imagePath).size();
    {
        QMutexLocker lock(&m_reportLock);
        m_report = r;
    }
    if (!medium)
        return JobResult::success(
            tr("Added error-correction data: %1 roots, %2% redundancy. dvdisaster can repair up "
               "to %1 damaged sectors in each group of 255.")
                .arg(r.layout.nroots)
                .arg(r.layout.redundancyPercent(), 0, 'f', 1));
    return JobResult::success(
        tr("Added error-correction data for a %1: %2 roots, %3% redundancy. dvdisaster can "
           "repair up to %2 damaged sectors in each group of 255.")
            .arg(eccMediumName(*medium))
            .arg(r.layout.nroots)
            .arg(r.layout.redundancyPercent(), 0, 'f', 1));
}

} // namespace Spindle
