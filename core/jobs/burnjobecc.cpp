// BurnJob's error-correction data: kept apart from burnjob.cpp, which burns whatever stream it
// is given.
#include "jobs/burnjob.h"

#include "base/format.h"
#include "base/safeoutputfile.h"
#include "device/driveinfo.h"
#include "device/mediainfo.h"
#include "ecc/rs03image.h"
#include "image/concatimagesource.h"
#include "image/fileimagesource.h"
#include "image/throttledimagesource.h"

#include <QFileInfo>
#include <QMutexLocker>

namespace Spindle {

EccReport BurnJob::eccReport() const
{
    QMutexLocker lock(&m_eccLock);
    return m_ecc;
}

void BurnJob::setEccReport(const EccReport &report)
{
    QMutexLocker lock(&m_eccLock);
    m_ecc = report;
}

QString BurnJob::eccSourceName() const
{
    return m_options.imagePath.isEmpty() ? m_options.sourceName
                                         : QFileInfo(m_options.imagePath).fileName();
}

JobResult BurnJob::spoolStream()
{
    if (JobResult r = openStream(); r.status != JobResult::Status::Success)
        return r;
    return writeSpool(tr("Error correction needs the whole image first: writing it to %1 (%2); "
                         "it is removed when the burn ends."),
                      tr("Writing the image to a temporary file"));
}

JobResult BurnJob::spoolCompressedImage()
{
    m_source = makeImageSource();
    m_source->setCancelCheck([this] { return isCancelRequested(); });
    if (auto problem = m_source->open())
        return JobResult::failure(*problem);
    m_imageBytes = m_image.imageBytes;
    if (JobResult r = writeSpool(tr("Error correction needs to read the image in any order, "
                                    "which a compressed image cannot give: decompressing it to "
                                    "%1 (%2); it is removed when the burn ends."),
                                 tr("Decompressing the image to a temporary file"));
        r.status != JobResult::Status::Success)
        return r;
    auto inspected = inspectImageFile(m_spooledImage);
    if (!inspected)
        return JobResult::failure(inspected.error());
    m_image = inspected.value();
    return JobResult::success();
}

JobResult BurnJob::writeSpool(const QString &messageTemplate, const QString &phase)
{
    const qint64 size = m_imageBytes;
    // A blank disc that cannot take the image with its data refuses before the image is written
    // out (checkMedium checks again, with everything else, before burning).
    if (const auto media = queryMediaInfo(m_options.driveAddress, m_options.medium);
        media && media->status == MediumStatus::Blank) {
        if (JobResult r = planEccFor(size, media.value()); r.status != JobResult::Status::Success)
            return r;
    }
    // The data's own room is checked once the disc says how much it gets (computeEcc).
    auto dir = makeJobTempDir(m_options.tempFolder, size);
    if (!dir)
        return JobResult::failure(dir.error());
    m_tempDir = std::move(dir.value());
    const QString path = m_tempDir->filePath(QStringLiteral("image.iso"));
    const QString message = messageTemplate.arg(path, formatBytes(size));
    log(Severity::Info, message);
    Q_EMIT temporaryFile(path, size, message);

    SafeOutputFile out(path);
    if (auto e = out.open(true))
        return JobResult::failure(*e);
    setPhase(phase);
    QByteArray buffer(1024 * 1024, '\0');
    qint64 done = 0;
    reportProgress(0, size, true);
    while (done < size) {
        if (isCancelRequested()) {
            m_source->cancel();
            return JobResult::cancelled(tr("Cancelled before writing; the disc is untouched."));
        }
        const qint64 n = m_source->read(buffer.data(), buffer.size());
        if (n < 0) {
            forwardLibraryMessages();
            return JobResult::failure(m_source->error());
        }
        if (n == 0)
            break;
        if (auto e = out.write(buffer.constData(), n))
            return JobResult::failure(*e);
        done += n;
        reportProgress(done, size);
    }
    forwardLibraryMessages();
    if (done != size)
        return JobResult::failure(
            tr("The %1 delivered %2 of the %3 bytes it announced; the image would be "
               "incomplete and was not burned. Please report this.")
                .arg(m_source->description())
                .arg(done)
                .arg(size));
    if (auto e = out.commit())
        return JobResult::failure(*e);
    m_source.reset();
    m_spooledImage = path;
    // The next phases start from nothing, not from the written image's 100%.
    setStage(0, 1, tr("Checking the image"));
    return JobResult::success();
}

JobResult BurnJob::prepareEcc()
{
    const QString name = eccSourceName();
    auto inspected = inspectRs03Image(m_image.path);
    if (!inspected)
        return JobResult::failure(inspected.error());
    switch (inspected->state) {
    case Rs03ImageInfo::State::Plain:
        m_eccPending = true;
        return JobResult::success();
    case Rs03ImageInfo::State::Augmented: {
        const auto medium = inspected->medium();
        log(Severity::Warning,
            tr("%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots): "
               "it is burned as it is, without adding more.")
                .arg(name, medium ? eccMediumName(*medium) : tr("medium of unknown size"))
                .arg(inspected->layout.nroots));
        EccReport report;
        report.state = EccReport::State::AlreadyPresent;
        report.layout = inspected->layout;
        report.imageBytes = inspected->layout.imageBytes();
        setEccReport(report);
        return JobResult::success();
    }
    case Rs03ImageInfo::State::Damaged:
    case Rs03ImageInfo::State::OtherCodec:
    case Rs03ImageInfo::State::Interrupted:
        break;
    }
    return JobResult::failure(inspected->problem + QLatin1Char(' ') +
                              tr("No error-correction data was added and nothing was burned. "
                                 "Burn it without error correction, or start from the original "
                                 "image."));
}

JobResult BurnJob::planEccFor(qint64 imageBytes, const MediaInfo &info)
{
    // A virtual drive that is a plain file has the file system's free space as its room:
    // "fill" then means the smallest disc that leaves room, as for a file (spindle-cli protect).
    const bool plainFile =
        isVirtualAddress(m_options.driveAddress) && m_options.medium.isPlainFile();
    auto plan = planEcc(imageBytes, m_options.ecc, plainFile ? 0 : info.freeBytes / 2048);
    if (!plan)
        return JobResult::failure(plan.error());
    if (plan->totalBytes() > info.freeBytes)
        return JobResult::failure(
            tr("The image with its error-correction data needs %1, but only %2 is free for it. "
               "Choose less redundancy, or free some space.")
                .arg(formatBytes(plan->totalBytes()), formatBytes(info.freeBytes)));
    m_eccPlan = plan.value();
    return JobResult::success();
}

JobResult BurnJob::computeEcc()
{
    const EccPlan &plan = *m_eccPlan;
    const Rs03Layout &layout = plan.layout;
    // Burned images are whole sectors (checkImageSize), so the sidecar follows the image
    // directly.
    const qint64 bytes = layout.totalSectors() * 2048 - layout.dataSectors * 2048;
    if (!m_tempDir) {
        auto dir = makeJobTempDir(m_options.tempFolder, bytes);
        if (!dir)
            return JobResult::failure(dir.error());
        m_tempDir = std::move(dir.value());
    }
    const QString sidecar = m_tempDir->filePath(QStringLiteral("ecc-data.bin"));
    const QString message = tr("Computing the error-correction data into %1 (%2) first; it is "
                               "burned after the image and removed when the burn ends.")
                                .arg(sidecar, formatBytes(bytes));
    log(Severity::Info, message);
    log(Severity::Info, plan.describe());
    Q_EMIT temporaryFile(sidecar, bytes, message);

    setPhase(tr("Computing error-correction data"));
    bool cancelled = false;
    const auto done = augmentRs03ToFile(
        m_image.path, sidecar, plan.mediumSectors,
        [this](qint64 doneBytes, qint64 totalBytes) {
            reportProgress(doneBytes, totalBytes);
            return !isCancelRequested();
        },
        &cancelled);
    if (cancelled)
        return JobResult::cancelled(tr("Cancelled before writing; the disc is untouched."));
    if (!done)
        return JobResult::failure(done.error());

    const QString name = eccSourceName();
    std::vector<std::unique_ptr<ImageSource>> parts;
    parts.push_back(createImageSource(m_image));
    parts.push_back(std::make_unique<FileImageSource>(sidecar));
    m_source = std::make_unique<ConcatImageSource>(std::move(parts),
                                                   tr("%1 with error-correction data").arg(name));
    if (m_options.sourceRateLimit > 0)
        m_source =
            std::make_unique<ThrottledImageSource>(std::move(m_source), m_options.sourceRateLimit);
    m_imageBytes = m_image.imageBytes + bytes;
    m_eccPending = false;

    EccReport report;
    report.state = EccReport::State::Added;
    report.layout = done.value();
    report.imageBytes = m_image.imageBytes;
    report.addedBytes = bytes;
    setEccReport(report);
    return JobResult::success();
}

} // namespace Spindle
