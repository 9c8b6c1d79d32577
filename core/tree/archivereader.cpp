#include "tree/archivereader.h"

#include "tree/imagetreebuilder.h"

#include <archive.h>
#include <archive_entry.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
};

archive *openArchive(const QString &path)
{
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    const QByteArray name = QFile::encodeName(path);
    if (archive_read_open_filename(a, name.constData(), 256 * 1024) != ARCHIVE_OK) {
        archive_read_free(a);
        return nullptr;
    }
    return a;
}

} // namespace

ArchiveReader::ArchiveReader(const QString &path) : m_path(path) {}

ArchiveReader::~ArchiveReader()
{
    close();
}

void ArchiveReader::close()
{
    if (m_archive)
        archive_read_free(m_archive);
    m_archive = nullptr;
    m_current = -1;
}

std::optional<Error> ArchiveReader::reopen()
{
    close();
    m_archive = openArchive(m_path);
    if (!m_archive) {
        return Error{Tr::tr("Spindle cannot read the archive %1. Check that it exists and is not "
                            "damaged.")
                         .arg(m_path),
                     {}};
    }
    return std::nullopt;
}

std::optional<Error> ArchiveReader::seek(int index)
{
    if (!m_archive || index <= m_current) {
        if (auto problem = reopen())
            return problem;
    }
    archive_entry *entry = nullptr;
    while (m_current < index) {
        const int r = archive_read_next_header(m_archive, &entry);
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            return Error{Tr::tr("The archive %1 ended early or is damaged.").arg(m_path),
                         errorText()};
        }
        ++m_current;
    }
    return std::nullopt;
}

qint64 ArchiveReader::read(char *buffer, qint64 max)
{
    if (!m_archive)
        return -1;
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(max));
    return n < 0 ? -1 : qint64(n);
}

QString ArchiveReader::errorText() const
{
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromLocal8Bit(text) : QString();
}

std::optional<Error> ArchiveReader::addToTree(ImageTreeBuilder &builder, int source,
                                              int mountFolder, const QString &path)
{
    archive *a = openArchive(path);
    if (!a) {
        return Error{Tr::tr("Spindle cannot read the archive %1. Check that it exists and is not "
                            "damaged.")
                         .arg(path),
                     {}};
    }
    archive_entry *entry = nullptr;
    int member = -1;
    std::optional<Error> problem;
    // Regular files so far, by their path in the archive: a tar hard link names one of them and
    // carries no data of its own, so it reads (and, in a new image, shares) that member's data.
    struct Stored
    {
        int member;
        qint64 size;
    };
    QHash<QByteArray, Stored> regularFiles;
    auto key = [](const QByteArray &name) {
        QList<QByteArray> parts = name.split('/');
        parts.removeAll(QByteArray());
        parts.removeAll(QByteArray("."));
        return parts.join('/');
    };
    for (;;) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            problem = Error{
                Tr::tr("The archive %1 is damaged or in a format Spindle cannot read.").arg(path),
                QString::fromLocal8Bit(archive_error_string(a))};
            break;
        }
        ++member;
        const char *raw = archive_entry_pathname(entry);
        if (!raw)
            continue;
        const QByteArray name(raw);
        bool unsafe = name.startsWith('/');
        QList<QByteArray> parts = name.split('/');
        parts.removeAll(QByteArray());
        parts.removeAll(QByteArray("."));
        if (parts.isEmpty())
            continue;
        if (parts.contains(QByteArray("..")))
            unsafe = true;
        int folder = mountFolder;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            TreeEntry dir;
            dir.name = QString::fromUtf8(parts[i]);
            dir.kind = EntryKind::Directory;
            dir.mode = 0755;
            dir.mtime = archive_entry_mtime(entry);
            dir.source = int16_t(source);
            dir.unsafeName = unsafe;
            folder = builder.add(folder, dir);
        }
        TreeEntry e;
        TreeEntryExtra x;
        e.name = QString::fromUtf8(parts.last());
        x.origin = name;
        x.member = member;
        e.source = int16_t(source);
        e.unsafeName = unsafe;
        e.mode = archive_entry_perm(entry);
        e.uid = uint32_t(archive_entry_uid(entry));
        e.gid = uint32_t(archive_entry_gid(entry));
        e.mtime = archive_entry_mtime(entry);
        // A tar hard link (libarchive gives it no file type, and no data unless pax stored it
        // again) reads the data of the file it names.
        const char *linkTarget = archive_entry_hardlink(entry);
        const auto linked = linkTarget && archive_entry_size(entry) <= 0
                                ? regularFiles.constFind(key(QByteArray(linkTarget)))
                                : regularFiles.constEnd();
        if (linked != regularFiles.constEnd()) {
            e.kind = EntryKind::File;
            x.member = linked->member;
            e.size = linked->size;
        } else {
            switch (archive_entry_filetype(entry)) {
            case AE_IFDIR:
                e.kind = EntryKind::Directory;
                break;
            case AE_IFREG:
                if (linkTarget && archive_entry_size(entry) <= 0) {
                    e.kind = EntryKind::Other; // a link to nothing the archive holds before it
                    break;
                }
                e.kind = EntryKind::File;
                e.size = archive_entry_size(entry);
                regularFiles.insert(key(name), {member, e.size});
                break;
            case AE_IFLNK:
                e.kind = EntryKind::Symlink;
                x.linkTarget = QString::fromUtf8(archive_entry_symlink(entry));
                break;
            default:
                e.kind = EntryKind::Other;
                break;
            }
        }
        const int index = builder.add(folder, e, x);
        if (e.kind == EntryKind::Directory) {
            // A folder listed after its contents keeps them; take its own attributes.
            TreeEntry &dir = builder.node(index);
            dir.mode = e.mode;
            dir.mtime = e.mtime;
            TreeEntryExtra &dirExtra = builder.extra(index);
            dirExtra.origin = x.origin;
            dirExtra.member = x.member;
        }
    }
    archive_read_free(a);
    return problem;
}

} // namespace Spindle
