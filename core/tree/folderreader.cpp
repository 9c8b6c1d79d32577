#include "tree/folderreader.h"

#include "tree/imagetreebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FolderReader)
};

// Fills `e` from lstat data; returns false for files that cannot be read at all.
void fillEntry(TreeEntry &e, TreeEntryExtra &x, const struct stat &st, const QByteArray &path)
{
    e.mode = st.st_mode & 07777;
    e.uid = st.st_uid;
    e.gid = st.st_gid;
    e.mtime = st.st_mtime;
    x.origin = path;
    if (S_ISDIR(st.st_mode)) {
        e.kind = EntryKind::Directory;
    } else if (S_ISREG(st.st_mode)) {
        e.kind = EntryKind::File;
        e.size = st.st_size;
    } else if (S_ISLNK(st.st_mode)) {
        e.kind = EntryKind::Symlink;
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(path.constData(), target.data(), size_t(target.size()));
        if (n > 0)
            x.linkTarget = QFile::decodeName(target.left(int(n)));
    } else {
        e.kind = EntryKind::Other;
    }
}

} // namespace

std::optional<Error> FolderReader::addFile(ImageTreeBuilder &builder, int source, int mountFolder,
                                           const QString &file)
{
    const QByteArray path = QFile::encodeName(file);
    struct stat st;
    if (::lstat(path.constData(), &st) != 0)
        return Error{Tr::tr("Spindle cannot read %1. Check that it exists.").arg(file), {}};
    TreeEntry e;
    TreeEntryExtra x;
    e.name = QFileInfo(file).fileName();
    e.source = int16_t(source);
    fillEntry(e, x, st, path);
    builder.add(mountFolder, std::move(e), std::move(x));
    return std::nullopt;
}

std::optional<Error> FolderReader::addFolder(ImageTreeBuilder &builder, int source, int mountFolder,
                                             const QString &folder,
                                             const std::function<bool()> &cancelled)
{
    std::vector<std::pair<QByteArray, int>> pending{{QFile::encodeName(folder), mountFolder}};
    {
        struct stat st;
        if (::stat(pending.front().first.constData(), &st) == 0) {
            TreeEntry &mount = builder.node(mountFolder);
            if (mount.source < 0) {
                fillEntry(mount, builder.extra(mountFolder), st, pending.front().first);
                mount.source = int16_t(source);
            }
        }
    }
    QStringList unreadable;
    while (!pending.empty()) {
        if (cancelled && cancelled())
            return Error{Tr::tr("Cancelled."), {}};
        auto [dirPath, folderIndex] = pending.back();
        pending.pop_back();
        DIR *dir = ::opendir(dirPath.constData());
        if (!dir) {
            unreadable << QFile::decodeName(dirPath);
            continue;
        }
        const int fd = ::dirfd(dir);
        // readdir() names are unique: a folder that was empty needs no lookups.
        const bool fresh = builder.childCount(folderIndex) == 0;
        while (dirent *d = ::readdir(dir)) {
            const char *name = d->d_name;
            if (qstrcmp(name, ".") == 0 || qstrcmp(name, "..") == 0)
                continue;
            struct stat st;
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                unreadable << QFile::decodeName(dirPath + '/' + name);
                continue;
            }
            TreeEntry e;
            TreeEntryExtra x;
            e.name = QFile::decodeName(name);
            e.source = int16_t(source);
            fillEntry(e, x, st, dirPath + '/' + name);
            const bool isDir = e.kind == EntryKind::Directory;
            QByteArray path = isDir ? x.origin : QByteArray();
            const int index = fresh ? builder.addNew(folderIndex, std::move(e), std::move(x))
                                    : builder.add(folderIndex, std::move(e), std::move(x));
            // The local path, not the node's origin: a folder merged into one of an image
            // keeps the image's entry, whose origin is empty.
            if (isDir)
                pending.emplace_back(std::move(path), index);
        }
        ::closedir(dir);
    }
    if (!unreadable.isEmpty()) {
        return Error{Tr::tr("Spindle could not read %n item(s) in %1, for example %2. Check their "
                            "permissions.",
                            nullptr, int(unreadable.size()))
                         .arg(folder, unreadable.first()),
                     unreadable.join(QLatin1Char('\n'))};
    }
    return std::nullopt;
}

} // namespace Spindle
