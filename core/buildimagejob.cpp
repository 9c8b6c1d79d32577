#include "buildimagejob.h"

#include "format.h"
#include "imagesourcefactory.h"
#include "imagetree.h"
#include "jobhandler.h"
#include "safeoutputfile.h"

#include <QFileInfo>

namespace Spindle {

BuildImageJob::BuildImageJob(std::shared_ptr<const ImageTree> tree, Selection selection,
                             ImageOptions options, QString outputPath, QObject *parent)
    : BuildImageJob(
          newImageSourceFactory(std::move(tree), std::move(selection), std::move(options)),
          std::move(outputPath), parent)
{}

BuildImageJob::BuildImageJob(ImageSourceFactory factory, QString outputPath, QObject *parent)
    : Job(parent), m_factory(std::move(factory)), m_output(std::move(outputPath))
{}

BuildImageJob::~BuildImageJob() = default;

QString BuildImageJob::title() const
{
    return tr("Write new image %1").arg(QFileInfo(m_output).fileName());
}

JobResult BuildImageJob::run()
{
    setPhase(tr("Preparing"));
    const std::unique_ptr<ImageSource> made = m_factory();
    ImageSource &source = *made;
    source.setCancelCheck([this] { return isCancelRequested(); });
    const auto problem = source.open();
    forwardLibraryMessages();
    if (isCancelRequested())
        return JobResult::cancelled();
    if (problem)
        return JobResult::failure(problem->message, problem->detail);
    for (const QString &note : source.notes())
        log(Severity::Info, note);
    for (const QString &warning : source.warnings())
        log(Severity::Warning, warning);
    const qint64 size = source.size();
    m_imageSize = size;
    if (m_capacity > 0 && size > m_capacity) {
        return JobResult::failure(
            tr("The new image needs %1 but the target medium holds %2. Leave out %3 more, or "
               "choose a larger medium.")
                .arg(formatBytes(size), formatBytes(m_capacity), formatBytes(size - m_capacity)),
            tr("%1 > %2 bytes").arg(size).arg(m_capacity));
    }

    SafeOutputFile out(m_output);
    bool overwrite = m_overwrite;
    if (!overwrite && QFileInfo::exists(m_output) && handler()) {
        overwrite = handler()->ask(
            {QuestionKind::OverwriteFile, tr("Overwrite file?"),
             tr("%1 already exists. Replace it with the new image?").arg(m_output), m_output});
    }
    if (auto e = out.open(overwrite))
        return JobResult::failure(e->message, e->detail);
    if (auto e = out.checkFreeSpace(size))
        return JobResult::failure(e->message, e->detail);

    setPhase(tr("Writing"));
    QByteArray buffer(1024 * 1024, '\0');
    qint64 done = 0;
    reportProgress(0, size, true);
    while (done < size) {
        if (isCancelRequested()) {
            source.cancel();
            return JobResult::cancelled(tr("Cancelled; %1 was not written.").arg(m_output));
        }
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            forwardLibraryMessages();
            return JobResult::failure(source.error().message, source.error().detail);
        }
        if (n == 0)
            break;
        if (auto e = out.write(buffer.constData(), n))
            return JobResult::failure(e->message, e->detail);
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
        return JobResult::failure(e->message, e->detail);
    reportProgress(done, size, true);
    return JobResult::success(
        tr("Wrote %1 (%2, %3).").arg(m_output, formatBytes(size), source.description()));
}

} // namespace Spindle
