#pragma once

#include "base/result.h"
#include "image/imagesource.h"
#include "image/isoprobe.h"

#include <QString>
#include <memory>

namespace Spindle {

enum class ImageCompression
{
    None,
    Gzip,
    Xz,
    Bzip2,
    Zstd
};

// What Spindle learns about an image file before burning it: its compression, the size it
// will have on the disc, and whether it holds a file system a disc can carry.
struct ImageFileInfo
{
    QString path;
    ImageCompression compression = ImageCompression::None;
    qint64 fileBytes = 0;      // on disk (compressed size for a compressed image)
    qint64 imageBytes = -1;    // what gets burned; -1 until counted (compressed, no ISO header)
    FilesystemInfo filesystem; // an ISO9660/UDF file system recognised at the start
    bool isDiscImage() const { return filesystem.present; }
    bool isCompressed() const { return compression != ImageCompression::None; }
    QString compressionName() const; // "gzip", "xz", ...; empty when not compressed
};

// Reads the start of the file (decoding it if compressed). Fails with a message a user can act
// on for a missing or unreadable file, a damaged compressed stream, or a CUE/BIN image.
Result<ImageFileInfo> inspectImageFile(const QString &path);

// An image that is not a whole number of 2048-byte sectors cannot be burned as data.
std::optional<Error> checkImageSize(const ImageFileInfo &info);

// The warning shown (and confirmed) before burning a file with no recognised file system.
QString notADiscImageWarning(const ImageFileInfo &info);

// The stream to burn; `info.imageBytes` must be known.
std::unique_ptr<ImageSource> createImageSource(const ImageFileInfo &info);

} // namespace Spindle
