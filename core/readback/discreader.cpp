#include "readback/discreader.h"

#include "base/sha256.h"
#include "device/grabbeddrive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>

#include <limits>

namespace Spindle {

namespace {

constexpr qint64 BlockSize = 2048;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiscReader)
};

} // namespace

Error DiscReader::Result::shortReadError(const QString &driveAddress) const
{
    return Error{Tr::tr("The disc in %1 could not be read beyond sector %2.")
                     .arg(driveAddress)
                     .arg(discEnd / BlockSize),
                 readError};
}

DiscReader::Result DiscReader::read(const GrabbedDrive &drive, qint64 total, qint64 chunkBytes,
                                    const Progress &progress, const CancelCheck &cancelled,
                                    const OnChunk &onChunk, const BeforeChunk &beforeChunk)
{
    Result result;
    Sha256 discHash;
    QByteArray buffer(chunkBytes, Qt::Uninitialized);
    // libburn quirk: burn_read_data() on a stdio file returns zeros past the file's end instead
    // of failing, so a virtual disc's real length is the file's.
    const qint64 discBytes = drive.isVirtual() ? QFileInfo(drive.virtualPath()).size()
                                               : std::numeric_limits<qint64>::max();
    qint64 done = 0;
    while (done < total) {
        if (cancelled && cancelled()) {
            result.status = Status::Cancelled;
            return result;
        }
        const qint64 want = qMin(chunkBytes, total - done);
        if (beforeChunk && !beforeChunk(done, want)) {
            result.status = Status::Stopped;
            return result;
        }
        const int blocks = int((want + BlockSize - 1) / BlockSize);
        QString readError;
        const qint64 read = drive.readBlocks(done / BlockSize, blocks, buffer.data(), &readError);
        const qint64 usable =
            qMin(qMin(qMax<qint64>(read, 0), want), qMax<qint64>(0, discBytes - done));
        discHash.addData(QByteArrayView(buffer.constData(), usable));
        if (onChunk)
            onChunk(done, want, QByteArrayView(buffer.constData(), usable));
        if (usable < want) {
            // The disc ends (or cannot be read) before the data it is compared with.
            result.status = Status::Short;
            result.discEnd = done + usable;
            result.readError = readError;
            result.discSha256 = QString::fromLatin1(discHash.result().toHex());
            return result;
        }
        done += want;
        if (progress)
            progress(done, total);
    }
    result.discSha256 = QString::fromLatin1(discHash.result().toHex());
    return result;
}

} // namespace Spindle
