#include "image/imagefile.h"

#include "base/format.h"
#include "image/compressedimagesource.h"
#include "image/fileimagesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace Spindle {

namespace {

constexpr qint64 BlockSize = 2048;
// The probe reads volume descriptors from block 16 and the root directory just after them;
// 1 MiB of decoded data covers both for every image seen so far.
constexpr qint64 HeadBytes = 1 << 20;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageFile)
};

ImageCompression compressionFromMagic(const QByteArray &magic)
{
    const auto *m = reinterpret_cast<const unsigned char *>(magic.constData());
    const qsizetype n = magic.size();
    if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b)
        return ImageCompression::Gzip;
    if (n >= 6 && std::memcmp(m,
                              "\xfd"
                              "7zXZ\0",
                              6) == 0)
        return ImageCompression::Xz;
    if (n >= 3 && std::memcmp(m, "BZh", 3) == 0)
        return ImageCompression::Bzip2;
    if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd)
        return ImageCompression::Zstd;
    return ImageCompression::None;
}

BlockReader bufferReader(const QByteArray &data)
{
    return [data](qint64 lba, int blocks, char *buffer) -> qint64 {
        const qint64 at = lba * BlockSize;
        if (at < 0 || at >= data.size())
            return 0;
        const qint64 n = qMin<qint64>(qint64(blocks) * BlockSize, data.size() - at);
        std::memcpy(buffer, data.constData() + at, size_t(n));
        return n;
    };
}

std::optional<Error> cueBinProblem(const QFileInfo &file)
{
    const QString suffix = file.suffix().toLower();
    const QString cue = file.path() + QLatin1Char('/') + file.completeBaseName();
    const bool hasCue = QFileInfo::exists(cue + QStringLiteral(".cue")) ||
                        QFileInfo::exists(cue + QStringLiteral(".CUE"));
    if (suffix == QLatin1String("cue") || (suffix == QLatin1String("bin") && hasCue)) {
        return Error{Tr::tr("%1 is a CUE/BIN image (a raw CD copy, often audio or mixed-mode). "
                            "Spindle burns ISO images only; burn CUE/BIN images with cdrdao "
                            "(cdrdao write --device /dev/sr0 IMAGE.cue).")
                         .arg(file.fileName()),
                     file.absoluteFilePath()};
    }
    return std::nullopt;
}

} // namespace

QString ImageFileInfo::compressionName() const
{
    switch (compression) {
    case ImageCompression::None:
        return {};
    case ImageCompression::Gzip:
        return QStringLiteral("gzip");
    case ImageCompression::Xz:
        return QStringLiteral("xz");
    case ImageCompression::Bzip2:
        return QStringLiteral("bzip2");
    case ImageCompression::Zstd:
        return QStringLiteral("zstd");
    }
    return {};
}

Result<ImageFileInfo> inspectImageFile(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        return Error{Tr::tr("The image %1 does not exist. Check the path.").arg(path), path};
    }
    if (file.isDir()) {
        return Error{Tr::tr("%1 is a folder, not an image file. To burn a folder, make a new "
                            "disc from it instead.")
                         .arg(path),
                     path};
    }
    if (auto problem = cueBinProblem(file))
        return *problem;

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{Tr::tr("Spindle cannot read the image %1: %2. Check that you may read it.")
                         .arg(path, f.errorString()),
                     path};
    }
    ImageFileInfo info;
    info.path = file.absoluteFilePath();
    info.fileBytes = file.size();
    if (info.fileBytes == 0)
        return Error{Tr::tr("The image %1 is empty (0 bytes). It is probably an interrupted "
                            "download; download it again.")
                         .arg(path),
                     path};
    info.compression = compressionFromMagic(f.peek(8));

    QByteArray head;
    if (info.isCompressed()) {
        f.close();
        auto decoded = CompressedImageSource::readHead(path, HeadBytes);
        if (!decoded)
            return decoded.error();
        head = decoded.value();
    } else {
        head = f.read(HeadBytes);
        info.imageBytes = info.fileBytes;
    }
    info.filesystem = probeFilesystem(bufferReader(head));
    if (info.isCompressed() && info.filesystem.iso9660 && info.filesystem.sizeBytes > 0)
        info.imageBytes = info.filesystem.sizeBytes; // the volume space size from the header
    return info;
}

std::optional<Error> checkImageSize(const ImageFileInfo &info)
{
    if (info.imageBytes > 0 && info.imageBytes % BlockSize != 0) {
        return Error{Tr::tr("The image %1 is %2, which is not a whole number of 2048-byte sectors. "
                            "It is probably incomplete (an interrupted download) or not a disc "
                            "image; download it again or check it against its checksum.")
                         .arg(QFileInfo(info.path).fileName(), formatBytesExact(info.imageBytes)),
                     info.path};
    }
    if (info.imageBytes == 0) {
        return Error{Tr::tr("The image %1 holds no data.").arg(QFileInfo(info.path).fileName()),
                     info.path};
    }
    return std::nullopt;
}

QString notADiscImageWarning(const ImageFileInfo &info)
{
    return Tr::tr("%1 does not contain an ISO 9660 or UDF file system, so it may not be a disc "
                  "image. A disc burned from it may not be readable. Burn it anyway?")
        .arg(QFileInfo(info.path).fileName());
}

std::unique_ptr<ImageSource> createImageSource(const ImageFileInfo &info)
{
    if (info.isCompressed())
        return std::make_unique<CompressedImageSource>(info.path, info.compressionName(),
                                                       info.imageBytes);
    return std::make_unique<FileImageSource>(info.path);
}

} // namespace Spindle
