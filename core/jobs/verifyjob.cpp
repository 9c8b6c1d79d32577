#include "jobs/verifyjob.h"

#include "base/checksumfile.h"
#include "base/sha256.h"
#include "device/grabbeddrive.h"
#include "device/mediainfo.h"
#include "ecc/rs03image.h"
#include "ecc/rs03repair.h"
#include "image/compressedimagesource.h"
#include "image/imagefile.h"
#include "readback/imagecomparer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <climits>

namespace Spindle {

VerifyJob::VerifyJob(VerifyOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

VerifyJob::~VerifyJob()
{
    cancel();
    wait();
}

QString VerifyJob::title() const
{
    return tr("Verify %1").arg(QFileInfo(m_options.imagePath).fileName());
}

JobResult VerifyJob::run()
{
    const auto [note, guiNote] = eccNote();
    JobResult result = m_options.useChecksumFile ? verifyChecksum() : verifyDisc();
    if (!note.isEmpty() && result.status != JobResult::Status::Cancelled) {
        result.guiMessage = result.forGui() + QLatin1Char(' ') + guiNote;
        result.message += QLatin1Char(' ') + note;
    }
    // An image that does not match its checksum but carries RS03 data: what is damaged, and
    // whether a repair can rebuild it all, is the next thing the user needs to know.
    if (m_options.useChecksumFile && result.status == JobResult::Status::Failed && m_carriesEcc) {
        const QString prognosis = eccPrognosis();
        if (!prognosis.isEmpty()) {
            result.guiMessage = result.forGui() + QLatin1Char(' ') + prognosis;
            result.message += QLatin1Char(' ') + prognosis;
        }
    }
    return result;
}

QString VerifyJob::eccPrognosis()
{
    setPhase(tr("Checking the error-correction data"));
    bool cancelled = false;
    const auto report = checkRs03Image(
        m_options.imagePath, {},
        [this](qint64 done, qint64 total) {
            reportProgress(done, total);
            return !isCancelRequested();
        },
        &cancelled);
    if (cancelled || !report)
        return {};
    if (report->damagedSectors == 0)
        return tr("Its error-correction data find no damaged sector, so the difference lies in "
                  "what they do not cover: the checksum may be of another file.");
    const QString found = tr("%n damaged sector(s) found with the error-correction data", nullptr,
                             int(qMin<qint64>(report->damagedSectors, INT_MAX)));
    if (report->lostSectors == 0)
        return found + QLatin1String(": ") +
               tr("all can be rebuilt. Repair the image with \"spindle-cli repair %1\".")
                   .arg(QFileInfo(m_options.imagePath).fileName());
    return found + QLatin1String(": ") +
           tr("%1 of them cannot be rebuilt (more than %2 in one group of 255). Get the image "
              "again, or read the disc it came from again in rescue mode.")
               .arg(report->lostSectors)
               .arg(report->layout.nroots);
}

std::pair<QString, QString> VerifyJob::eccNote()
{
    const auto image = inspectImageFile(m_options.imagePath);
    if (!image || image->isCompressed())
        return {};
    const auto ecc = inspectRs03Image(m_options.imagePath);
    if (!ecc)
        return {};
    switch (ecc->state) {
    case Rs03ImageInfo::State::Plain:
        log(Severity::Info, tr("The image carries no dvdisaster error-correction data."));
        return {};
    case Rs03ImageInfo::State::Augmented: {
        m_carriesEcc = true;
        // Sized for a standard medium, or for the image itself (protect --redundancy).
        const auto medium = ecc->medium();
        const QString what =
            medium ? tr("The image carries dvdisaster RS03 error-correction data for a %1 (%2 "
                        "roots, %3% redundancy).")
                         .arg(eccMediumName(*medium))
                         .arg(ecc->layout.nroots)
                         .arg(ecc->layout.redundancyPercent(), 0, 'f', 1)
                   : tr("The image carries dvdisaster RS03 error-correction data (%1 roots, %2% "
                        "redundancy).")
                         .arg(ecc->layout.nroots)
                         .arg(ecc->layout.redundancyPercent(), 0, 'f', 1);
        return {what + QLatin1Char(' ') +
                    tr("spindle-cli repair rebuilds up to %1 damaged sectors in each group of "
                       "255.")
                        .arg(ecc->layout.nroots),
                what + QLatin1Char(' ') +
                    tr("Up to %1 damaged sectors in each group of 255 can be rebuilt.")
                        .arg(ecc->layout.nroots)};
    }
    default:
        return {ecc->problem, ecc->problem};
    }
}

JobResult VerifyJob::verifyChecksum()
{
    setPhase(tr("Reading the checksum file"));
    const auto expected = findExpectedSha256(m_options.imagePath, m_options.checksumFile);
    if (!expected)
        return JobResult::failure(expected.error());
    QFile image(m_options.imagePath);
    if (!image.open(QIODevice::ReadOnly))
        return JobResult::failure(tr("Spindle cannot read the image %1: %2.")
                                      .arg(m_options.imagePath, image.errorString()));
    setPhase(tr("Computing the image's SHA-256"));
    // The published checksum is of the file as downloaded, so a compressed image is hashed
    // as it is, not decoded.
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    const qint64 total = image.size();
    qint64 done = 0;
    for (;;) {
        if (isCancelRequested())
            return JobResult::cancelled();
        const qint64 n = image.read(buffer.data(), buffer.size());
        if (n < 0)
            return JobResult::failure(tr("Reading the image %1 failed: %2.")
                                          .arg(m_options.imagePath, image.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        reportProgress(done, total);
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    log(Severity::Info,
        tr("SHA-256 of %1: %2").arg(QFileInfo(m_options.imagePath).fileName(), actual));
    if (actual != expected->sha256) {
        return JobResult::failure(
            tr("The image %1 does NOT match its checksum in %2: it is "
               "damaged or a different version. Download it again.")
                .arg(QFileInfo(m_options.imagePath).fileName(), expected->file),
            tr("expected %1, got %2").arg(expected->sha256, actual));
    }
    return JobResult::success(
        tr("The image matches its SHA-256 checksum in %1.").arg(expected->file));
}

JobResult VerifyJob::verifyDisc()
{
    setPhase(tr("Checking the image"));
    auto inspected = inspectImageFile(m_options.imagePath);
    if (!inspected)
        return JobResult::failure(inspected.error());
    ImageFileInfo image = inspected.value();
    if (image.imageBytes < 0) {
        setPhase(tr("Measuring the compressed image"));
        auto counted = CompressedImageSource::countDecodedBytes(
            image.path, [this] { return isCancelRequested(); });
        if (isCancelRequested())
            return JobResult::cancelled();
        if (!counted)
            return JobResult::failure(counted.error());
        image.imageBytes = counted.value();
    }
    auto grabbed = GrabbedDrive::grab(m_options.driveAddress, m_options.medium);
    if (!grabbed)
        return JobResult::failure(grabbed.error());
    const MediaInfo info = readMediaInfo(*grabbed.value());
    if (info.status == MediumStatus::NoMedium)
        return JobResult::failure(
            tr("There is no disc in %1. Insert the burned disc and try again.")
                .arg(m_options.driveAddress));
    if (info.status == MediumStatus::Blank)
        return JobResult::failure(tr("The disc in %1 is blank: there is nothing to compare with "
                                     "the image.")
                                      .arg(m_options.driveAddress));
    setPhase(tr("Verifying"));
    const auto source = createImageSource(image);
    const CompareOutcome outcome = ImageComparer::compare(
        *source, *grabbed.value(),
        [this](qint64 done, qint64 total) { reportProgress(done, total); },
        [this] { return isCancelRequested(); });
    if (outcome.cancelled)
        return JobResult::cancelled();
    if (outcome.matched) {
        log(Severity::Info, tr("SHA-256 of image and disc: %1").arg(outcome.imageSha256));
        return JobResult::success(tr("The disc in %1 matches the image (SHA-256 %2).")
                                      .arg(m_options.driveAddress, outcome.imageSha256));
    }
    if (outcome.error && outcome.firstDifferentSector < 0)
        return JobResult::failure(*outcome.error);
    return JobResult::failure(
        ImageComparer::mismatchMessage(outcome, m_options.driveAddress),
        tr("image SHA-256 %1, disc SHA-256 %2").arg(outcome.imageSha256, outcome.discSha256));
}

} // namespace Spindle
