#include "device/imagemediainfo.h"

#include "base/format.h"
#include "ecc/rs03image.h"
#include "image/imagefile.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// The same context as the rest of MediaInfo's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaInfo)
};
} // namespace

Result<MediaInfo> imageMediaInfo(const QString &path)
{
    auto inspected = inspectImageFile(path);
    if (!inspected)
        return inspected.error();
    const ImageFileInfo &image = inspected.value();
    MediaInfo info;
    info.driveAddress = image.path;
    info.isImageFile = true;
    info.profileName = image.isCompressed()
                           ? Tr::tr("Image file (%1-compressed)").arg(image.compressionName())
                           : Tr::tr("Image file");
    info.status = MediumStatus::Closed;
    // A compressed image without a file system has no size until it is decoded whole.
    const qint64 bytes = image.imageBytes >= 0 ? image.imageBytes : -1;
    info.capacityBytes = info.usedBytes = qMax<qint64>(0, bytes);
    if (bytes > 0)
        info.sessions.append({1, {TrackInfo{1, 0, bytes, false}}});
    info.filesystem = image.filesystem;
    if (image.isCompressed())
        info.notes << Tr::tr("The file takes %1 on disk; decompressed, the image is %2.")
                          .arg(formatBytes(image.fileBytes),
                               bytes >= 0 ? formatBytes(bytes) : Tr::tr("of unknown size"));
    if (!image.isCompressed()) {
        // dvdisaster data appended by `protect` (or dvdisaster): what it can repair.
        if (const auto ecc = inspectRs03Image(path); ecc) {
            if (ecc->state == Rs03ImageInfo::State::Augmented) {
                const auto medium = ecc->medium();
                const QString redundancy = QString::number(ecc->layout.redundancyPercent(), 'f', 1);
                info.notes << (medium ? Tr::tr("dvdisaster RS03 error-correction data for a %1: "
                                               "%2 roots, %3% redundancy; any %2 damaged sectors "
                                               "in each group of 255 can be repaired.")
                                            .arg(eccMediumName(*medium))
                                            .arg(ecc->layout.nroots)
                                            .arg(redundancy)
                                      : Tr::tr("dvdisaster RS03 error-correction data: %1 roots, "
                                               "%2% redundancy; any %1 damaged sectors in each "
                                               "group of 255 can be repaired.")
                                            .arg(ecc->layout.nroots)
                                            .arg(redundancy));
            } else if (ecc->state != Rs03ImageInfo::State::Plain) {
                info.notes << ecc->problem;
            }
        }
    }
    return info;
}

} // namespace Spindle
