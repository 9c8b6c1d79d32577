#include "imagecomparer.h"

#include "grabbeddrive.h"
#include "imagesource.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <limits>

#include <cstring>

namespace Spindle {

namespace {

constexpr qint64 BlockSize = 2048;
constexpr int ChunkBlocks = 256; // 512 KiB per read: large enough for throughput

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageComparer)
};

qint64 readFull(ImageSource &image, char *buffer, qint64 want)
{
    qint64 done = 0;
    while (done < want) {
        const qint64 n = image.read(buffer + done, want - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace

CompareOutcome ImageComparer::compare(ImageSource &image, const GrabbedDrive &drive,
                                      const Progress &progress, const CancelCheck &cancelled)
{
    CompareOutcome outcome;
    if (auto problem = image.open()) {
        outcome.error = *problem;
        return outcome;
    }
    const qint64 total = image.size();
    Sha256 imageHash;
    Sha256 discHash;
    QByteArray imageBuffer(ChunkBlocks * BlockSize, Qt::Uninitialized);
    QByteArray discBuffer(ChunkBlocks * BlockSize, Qt::Uninitialized);
    // libburn quirk: burn_read_data() on a stdio file returns zeros past the file's end instead
    // of failing, so a virtual disc's real length is the file's.
    const qint64 discBytes = drive.isVirtual() ? QFileInfo(drive.virtualPath()).size()
                                               : std::numeric_limits<qint64>::max();
    qint64 done = 0;
    while (done < total) {
        if (cancelled && cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        const qint64 want = qMin<qint64>(imageBuffer.size(), total - done);
        const qint64 got = readFull(image, imageBuffer.data(), want);
        if (got != want) {
            Error e = image.error();
            if (e.message.isEmpty())
                e.message = Tr::tr("The image ended before its expected size.");
            outcome.error = e;
            return outcome;
        }
        const int blocks = int((want + BlockSize - 1) / BlockSize);
        QString readError;
        const qint64 read =
            drive.readBlocks(done / BlockSize, blocks, discBuffer.data(), &readError);
        const qint64 usable =
            qMin(qMin(qMax<qint64>(read, 0), want), qMax<qint64>(0, discBytes - done));
        imageHash.addData(QByteArrayView(imageBuffer.constData(), want));
        discHash.addData(QByteArrayView(discBuffer.constData(), usable));
        if (outcome.firstDifferentSector < 0) {
            for (qint64 at = 0; at < want; at += BlockSize) {
                const qint64 n = qMin(BlockSize, want - at);
                if (at + n > usable || std::memcmp(imageBuffer.constData() + at,
                                                   discBuffer.constData() + at, size_t(n)) != 0) {
                    outcome.firstDifferentSector = (done + at) / BlockSize;
                    break;
                }
            }
        }
        if (usable < want) {
            // The disc ends (or cannot be read) before the image does: nothing more to compare.
            if (outcome.firstDifferentSector < 0)
                outcome.firstDifferentSector = done / BlockSize;
            outcome.imageSha256 = QString::fromLatin1(imageHash.result().toHex());
            outcome.discSha256 = QString::fromLatin1(discHash.result().toHex());
            outcome.error = Error{Tr::tr("The disc in %1 could not be read beyond sector %2.")
                                      .arg(drive.address())
                                      .arg((done + usable) / BlockSize),
                                  readError};
            return outcome;
        }
        done += want;
        if (progress)
            progress(done, total);
    }
    outcome.imageSha256 = QString::fromLatin1(imageHash.result().toHex());
    outcome.discSha256 = QString::fromLatin1(discHash.result().toHex());
    outcome.matched = outcome.firstDifferentSector < 0 && outcome.imageSha256 == outcome.discSha256;
    return outcome;
}

QString ImageComparer::mismatchMessage(const CompareOutcome &outcome, const QString &driveAddress)
{
    if (outcome.error && outcome.firstDifferentSector >= 0) {
        return Tr::tr("Verification failed: the disc in %1 holds less than the image; it could not "
                      "be read from sector %2 on. The burn is incomplete or the disc is damaged; "
                      "burn it again, preferably on another disc.")
            .arg(driveAddress)
            .arg(outcome.firstDifferentSector);
    }
    return Tr::tr(
               "Verification failed: the disc in %1 differs from the image, first at sector %2 "
               "(byte %3). The disc is not a faithful copy; burn it again, preferably on another "
               "disc or at a lower speed.")
        .arg(driveAddress)
        .arg(outcome.firstDifferentSector)
        .arg(outcome.firstDifferentSector * BlockSize);
}

} // namespace Spindle
