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

    // How a file that is neither an ISO 9660 image nor an archive is taken.
    enum class FileRole
    {
        Source,  // a SOURCE argument or the GUI's "Open image": such a file is an error
        Dropped, // dropped on the New Image page: an error if it looks like an image (its
                 // name, or UDF's recognition sequence), else added as a file
        AsIs     // --add: files are added as files (an .iso too), only folders keep their kind
    };

    // Recognises what `text` names: "/dev/sr0" or "stdio:PATH" (a drive), a folder, an ISO
    // image, an archive, or (as `role` allows) another file. "LOCAL=/PATH/IN/IMAGE" places it
    // in the image. A file that should be an image but holds no ISO 9660 volume is an error
    // that says what it holds (UDF only, or no disc image at all).
    static Result<SourceSpec> parse(const QString &text, FileRole role = FileRole::Source);
    static Result<SourceSpec> parse(const QString &text, bool asIs)
    {
        return parse(text, asIs ? FileRole::AsIs : FileRole::Source);
    }
};

// The path in the image as normalised UTF-8 without a trailing slash ("/" for the root);
// an error for "..", "." or empty components.
Result<QByteArray> normalizeImagePath(const QString &path);

} // namespace Spindle
