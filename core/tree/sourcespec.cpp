#include "tree/sourcespec.h"

#include "device/driveinfo.h"
#include "image/compressedisodatasource.h"
#include "image/imagefile.h"

#include <archive.h>
#include <archive_entry.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceSpec)
};

bool looksLikeIso(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(16 * 2048 + 1))
        return false;
    return file.read(5) == "CD001";
}

// libarchive's own format detection (the "raw" reader is left out on purpose: a lone
// compressed file is not an archive of files).
bool looksLikeArchive(const QString &path)
{
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_zip(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_7zip(a);
    archive_read_support_format_cpio(a);
    archive_read_support_format_gnutar(a);
    bool ok = false;
    const QByteArray name = QFile::encodeName(path);
    if (archive_read_open_filename(a, name.constData(), 65536) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        ok = r == ARCHIVE_OK || r == ARCHIVE_EOF || r == ARCHIVE_WARN;
    }
    archive_read_free(a);
    return ok;
}

// Names the project takes for disc images: .iso, .img, .udf, plain or compressed.
bool hasImageName(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *image : {".iso", ".img", ".udf"}) {
        for (const char *compression : {"", ".gz", ".xz", ".bz2", ".zst"}) {
            if (name.endsWith(QLatin1String(image) + QLatin1String(compression)))
                return true;
        }
    }
    return false;
}

// UDF's volume recognition sequence (BEA01, NSR02/NSR03) from block 16 on, with no ISO 9660
// volume before it. Only regular files are read: a FIFO or device would block here.
bool holdsUdfOnly(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const auto info = inspectImageFile(path);
    return info && info->filesystem.udf && !info->filesystem.iso9660;
}

Error udfOnlyError(const QString &location)
{
    return Error{Tr::tr("%1 is a UDF-only disc image. UDF only: not supported as a source yet. "
                        "Burn it as it is, or copy its files out with another tool (such as "
                        "7z x) and add them as a folder. To put the image itself into a new "
                        "image as a file, use --add FILE=/PATH.")
                     .arg(location),
                 {},
                 Tr::tr("%1 is a UDF-only disc image. UDF only: not supported as a source yet. "
                        "Burn it as it is, or copy its files out with another tool (such as "
                        "7z x) and add them as a folder.")
                     .arg(location)};
}

Error notADiscImageError(const QString &location)
{
    return Error{Tr::tr("%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it "
                        "is not a zip, tar or 7z archive either. If it should be an image, it is "
                        "damaged or incomplete: download it again, or check it against its "
                        "published checksum. To put the file itself into a new image, use --add "
                        "FILE=/PATH.")
                     .arg(location),
                 {},
                 Tr::tr("%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it "
                        "is not a zip, tar or 7z archive either. If it should be an image, it is "
                        "damaged or incomplete: download it again, or check it against its "
                        "published checksum.")
                     .arg(location)};
}

} // namespace

QString SourceSpec::displayName() const
{
    return QFileInfo(location).fileName().isEmpty() ? location : QFileInfo(location).fileName();
}

Result<QByteArray> normalizeImagePath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QByteArray out;
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String(".")) {
            return Error{Tr::tr("The path %1 in the image may not contain \".\" or \"..\". Give a "
                                "path from the image's root, such as /extras.")
                             .arg(path),
                         {}};
        }
        out += '/' + part.toUtf8();
    }
    return out.isEmpty() ? QByteArray("/") : out;
}

Result<SourceSpec> SourceSpec::parse(const QString &text, FileRole role)
{
    const bool asIs = role == FileRole::AsIs;
    SourceSpec spec;
    QString location = text;
    const int eq = text.lastIndexOf(QLatin1Char('='));
    if (eq > 0 && !QFileInfo::exists(text)) {
        location = text.left(eq);
        const auto mount = normalizeImagePath(text.mid(eq + 1));
        if (!mount)
            return mount.error();
        spec.mountPath = QString::fromUtf8(mount.value());
    }
    if (location.isEmpty())
        return Error{Tr::tr("An empty source name was given. Name an image, a drive or a folder."),
                     {}};
    // A folder or a plain file under /dev (a tmpfs such as /dev/shm) is not a drive.
    const QFileInfo info(location);
    const bool devNode =
        location.startsWith(QLatin1String("/dev/")) && !info.isDir() && !info.isFile();
    if (!asIs && (isVirtualAddress(location) || devNode)) {
        spec.kind = Kind::Drive;
        spec.location = location;
        return spec;
    }
    if (!info.exists()) {
        return Error{Tr::tr("%1 does not exist. Check the name of the image, folder or drive.")
                         .arg(location),
                     {}};
    }
    if (!info.isReadable()) {
        return Error{Tr::tr("Spindle may not read %1. Check its permissions.").arg(location), {}};
    }
    spec.location = info.absoluteFilePath();
    if (info.isDir()) {
        spec.kind = Kind::Folder;
    } else if (asIs) {
        spec.kind = Kind::LocalFile;
    } else if (looksLikeIso(spec.location) || isCompressedIso(spec.location)) {
        spec.kind = Kind::ImageFile;
    } else if (isDamagedCompressedIso(spec.location)) {
        // Adding it as a plain file would hide the damage.
        return Error{
            Tr::tr("%1 is named as a compressed disc image, but its start does not "
                   "decompress: it is damaged or incomplete. Download it again, or check it "
                   "against its published checksum.")
                .arg(location),
            {}};
    } else if (holdsUdfOnly(spec.location)) {
        return udfOnlyError(location);
    } else if (hasImageName(spec.location)) {
        // Before the archive check: an image's zeroed system area reads as an empty tar.
        return notADiscImageError(location);
    } else if (looksLikeArchive(spec.location)) {
        spec.kind = Kind::Archive;
    } else if (role == FileRole::Dropped) {
        spec.kind = Kind::LocalFile;
    } else {
        return notADiscImageError(location);
    }
    return spec;
}

} // namespace Spindle
