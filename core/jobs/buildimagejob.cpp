#include "jobs/buildimagejob.h"

#include "base/format.h"
#include "base/safeoutputfile.h"
#include "ecc/rs03image.h"
#include "iso/imagecomposer.h"
#include "jobs/jobhandler.h"
#include "tree/imagetree.h"

#include <QFileInfo>
#include <QMutexLocker>

namespace Spindle {

BuildImageJob::BuildImageJob(BuildImageOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

BuildImageJob::~BuildImageJob() = default;

QString BuildImageJob::title() const
{
    return tr("Write new image %1").arg(QFileInfo(m_options.outputPath).fileName());
}

JobResult BuildImageJob::run()
{
    setPhase(tr("Preparing"));
    const std::unique_ptr<ImageSource> made = m_options.source ? m_options.source() : nullptr;
    if (!made) // a single-use factory asked twice: a programming error, not a user's
        return JobResult::failure(tr("Spindle could not prepare the new image."));
    ImageSource &source = *made;
    source.setCancelCheck([this] { return isCancelRequested(); });
    source.setPreparationProgress([this](qint64 done, qint64 total) {
        reportProgress(done, total);
        return !isCancelRequested();
    });
    const auto problem = source.open();
    forwardLibraryMessages();
    if (isCancelRequested())
        return JobResult::cancelled();
    if (problem)
        return JobResult::failure(*problem);
    for (const QString &note : source.notes())
        log(Severity::Info, note);
    for (const QString &warning : source.warnings())
        log(Severity::Warning, warning);
    const qint64 size = source.size();
    m_imageSize = size;
    if (m_options.targetCapacity > 0 && size > m_options.targetCapacity) {
        return JobResult::failure(
            tr("The new image needs %1 but the target medium holds %2. Leave out %3 more, or "
               "choose a larger medium.")
                .arg(formatBytes(size), formatBytes(m_options.targetCapacity),
                     formatBytes(size - m_options.targetCapacity)),
            tr("%1 > %2 bytes").arg(size).arg(m_options.targetCapacity));
    }

    // The error-correction data is planned now, so that an image that cannot take it is
    // refused before anything is written.
    std::optional<EccPlan> ecc;
    if (m_options.ecc.enabled()) {
        auto plan = planEcc(size, m_options.ecc,
                            m_options.targetCapacity > 0 ? m_options.targetCapacity / 2048 : 0);
        if (!plan)
            return JobResult::failure(plan.error());
        ecc = plan.value();
        log(Severity::Info, ecc->describe());
    }

    SafeOutputFile out(m_options.outputPath);
    bool overwrite = m_options.overwrite;
    if (!overwrite && QFileInfo::exists(m_options.outputPath) && handler()) {
        overwrite = handler()->ask(
            {QuestionKind::OverwriteFile, tr("Overwrite file?"),
             tr("%1 already exists. Replace it with the new image?").arg(m_options.outputPath),
             m_options.outputPath});
    }
    if (auto e = out.open(overwrite))
        return JobResult::failure(*e);
    if (auto e = out.checkFreeSpace(ecc ? ecc->totalBytes() : size))
        return JobResult::failure(*e);

    setPhase(tr("Writing"));
    QByteArray buffer(1024 * 1024, '\0');
    qint64 done = 0;
    reportProgress(0, size, true);
    while (done < size) {
        if (isCancelRequested()) {
            source.cancel();
            return JobResult::cancelled(
                tr("Cancelled; %1 was not written.").arg(m_options.outputPath));
        }
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            forwardLibraryMessages();
            return JobResult::failure(source.error());
        }
        if (n == 0)
            break;
        if (auto e = out.write(buffer.constData(), n))
            return JobResult::failure(*e);
        done += n;
        reportProgress(done, size);
    }
    forwardLibraryMessages();
    if (done != size) {
        return JobResult::failure(
            tr("The %1 delivered %2 of the %3 bytes it announced; the image would be "
               "incomplete and was not kept. Please report this.")
                .arg(source.description())
                .arg(done)
                .arg(size));
    }
    if (ecc) {
        if (JobResult r = addEccData(out, *ecc); r.status != JobResult::Status::Success)
            return r;
    }
    if (auto e = out.commit())
        return JobResult::failure(*e);
    reportProgress(done, size, true);
    // Only a source told to go on gets here with damaged files; the others failed the read.
    const QStringList damaged = source.damagedFiles();
    if (!damaged.isEmpty()) {
        for (const QString &file : damaged)
            log(Severity::Warning, tr("Damaged file: %1").arg(file));
        return {JobResult::Status::SuccessWithLoss,
                tr("Wrote %1, but %n file(s) could not be read in full from the source and hold "
                   "zeros where they could not be read: %2.",
                   nullptr, int(damaged.size()))
                    .arg(m_options.outputPath, shortFileList(damaged)),
                damaged.join(QLatin1Char('\n'))};
    }
    QString wrote =
        tr("Wrote %1 (%2, %3).").arg(m_options.outputPath, formatBytes(size), source.description());
    if (ecc)
        wrote += QLatin1Char(' ') + eccSummary(*ecc);
    return JobResult::success(wrote);
}

QString BuildImageJob::eccSummary(const EccPlan &plan)
{
    return tr("It carries dvdisaster RS03 error-correction data: %1 added, %2 roots (%3% "
              "redundancy), any %2 unreadable sectors in each group of 255 can be rebuilt.")
        .arg(formatBytes(plan.addedBytes()))
        .arg(plan.roots())
        .arg(plan.layout.redundancyPercent(), 0, 'f', 1);
}

EccReport BuildImageJob::eccReport() const
{
    QMutexLocker lock(&m_reportLock);
    return m_ecc;
}

JobResult BuildImageJob::addEccData(SafeOutputFile &out, const EccPlan &plan)
{
    if (!out.file().flush())
        return JobResult::failure(
            tr("Cannot write %1: %2").arg(out.partPath(), out.file().errorString()));
    setPhase(tr("Computing error-correction data"));
    bool cancelled = false;
    const auto done = augmentRs03Image(
        out.partPath(), plan.mediumSectors,
        [this](qint64 doneBytes, qint64 totalBytes) {
            reportProgress(doneBytes, totalBytes);
            return !isCancelRequested();
        },
        &cancelled);
    if (cancelled)
        return JobResult::cancelled(tr("Cancelled; %1 was not written.").arg(m_options.outputPath));
    if (!done)
        return JobResult::failure(done.error());
    EccReport report;
    report.state = EccReport::State::Added;
    report.layout = done.value();
    report.imageBytes = plan.layout.imageBytes();
    report.addedBytes = report.layout.totalSectors() * 2048 - report.imageBytes;
    QMutexLocker lock(&m_reportLock);
    m_ecc = report;
    return JobResult::success();
}

} // namespace Spindle
