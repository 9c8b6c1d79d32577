#include "jobs/buildimagejob.h"

#include "base/format.h"
#include "base/safeoutputfile.h"
#include "iso/imagecomposer.h"
#include "jobs/jobhandler.h"
#include "tree/imagetree.h"

#include <QFileInfo>

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
    if (auto e = out.checkFreeSpace(size))
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
    return JobResult::success(
        tr("Wrote %1 (%2, %3).")
            .arg(m_options.outputPath, formatBytes(size), source.description()));
}

} // namespace Spindle
