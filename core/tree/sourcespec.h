#pragma once

#include "base/result.h"

#include <QString>

namespace Spindle {

// Where the files of a new image come from, and where they go in it.
struct SourceSpec
{
    enum class Kind
    {
        ImageFile, // an ISO 9660 image file (plain or compressed), read through libisofs
        Drive,     // a disc in a drive (or a stdio: virtual drive), read through libburn
        Folder,    // a local folder: its contents go under mountPath
        LocalFile, // one local file, placed at mountPath/NAME
        Archive    // a zip/tar/7z archive: its contents go under mountPath (libarchive)
    };
    Kind kind = Kind::Folder;
    QString location;                        // file path, folder path or drive address
    QString mountPath = QStringLiteral("/"); // folder in the new image that receives it

    bool isImage() const { return kind == Kind::ImageFile || kind == Kind::Drive; }
    QString displayName() const;

    // Recognises what `text` names: "/dev/sr0" or "stdio:PATH" (a drive), a folder, an ISO
    // image, an archive, or another file. "LOCAL=/PATH/IN/IMAGE" places it in the image.
    // `asIs`: files are added as files (an .iso stays a file), only folders keep their kind.
    static Result<SourceSpec> parse(const QString &text, bool asIs = false);
};

// The path in the image as normalised UTF-8 without a trailing slash ("/" for the root);
// an error for "..", "." or empty components.
Result<QByteArray> normalizeImagePath(const QString &path);

} // namespace Spindle
