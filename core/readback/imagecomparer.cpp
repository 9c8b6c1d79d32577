#include "readback/imagecomparer.h"

#include "base/sha256.h"
#include "device/grabbeddrive.h"
#include "image/imagesource.h"

#include <QCoreApplication>

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
    Sha256 imageHash;
    QByteArray imageBuffer(ChunkBlocks * BlockSize, Qt::Uninitialized);
    // The image's chunk is read before the disc's: an unreadable image fails at once instead
    // of after a (possibly slow) disc read.
    const auto readImage = [&](qint64, qint64 want) {
        if (readFull(image, imageBuffer.data(), want) == want)
            return true;
        Error e = image.error();
        if (e.message.isEmpty())
            e.message = Tr::tr("The image ended before its expected size.");
        outcome.error = e;
        return false;
    };
    const auto compareChunk = [&](qint64 done, qint64 want, QByteArrayView disc) {
        imageHash.addData(QByteArrayView(imageBuffer.constData(), want));
        if (outcome.firstDifferentSector >= 0)
            return;
        // A chunk the disc gave only part of always has a sector past `disc`: the first one
        // the disc could not give is named unless an earlier sector differs.
        for (qint64 at = 0; at < want; at += BlockSize) {
            const qint64 n = qMin(BlockSize, want - at);
            if (at + n > disc.size() ||
                std::memcmp(imageBuffer.constData() + at, disc.data() + at, size_t(n)) != 0) {
                outcome.firstDifferentSector = (done + at) / BlockSize;
                break;
            }
        }
    };
    const DiscReader::Result read = DiscReader::read(drive, image.size(), imageBuffer.size(),
                                                     progress, cancelled, compareChunk, readImage);
    if (read.status == DiscReader::Status::Cancelled)
        outcome.cancelled = true;
    if (read.status == DiscReader::Status::Cancelled || read.status == DiscReader::Status::Stopped)
        return outcome;
    outcome.imageSha256 = QString::fromLatin1(imageHash.result().toHex());
    outcome.discSha256 = read.discSha256;
    if (read.status == DiscReader::Status::Short) {
        // The disc ends (or cannot be read) before the image does: nothing more to compare.
        outcome.error = read.shortReadError(drive.address());
        return outcome;
    }
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
