#include "jobs/extractjob.h"

#include "base/format.h"
#include "iso/isoimport.h"
#include "tree/archivereader.h"
#include "tree/imagetree.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStorageInfo>
#include <algorithm>
#include <map>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Spindle {

namespace {

// Resolves a relative symlink target lexically from the link's folder; false when it climbs
// above the extraction folder.
bool staysInside(const QByteArray &linkRelative, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return false;
    QList<QByteArray> stack = linkRelative.split('/');
    stack.removeLast(); // the link's own name
    for (const QByteArray &part : target.toUtf8().split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
        } else {
            stack.append(part);
        }
    }
    return true;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void setTimes(const QByteArray &path, qint64 mtime)
{
    struct timespec times[2];
    times[0].tv_sec = time_t(mtime);
    times[0].tv_nsec = 0;
    times[1] = times[0];
    ::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW);
}

// A file being extracted: written under a unique hidden name in its own folder and renamed to
// its name only when complete, so that a full disk, a read error or a cancel never leaves a
// partial file that looks finished. Whatever is not committed is removed.
class PartialFile final
{
public:
    explicit PartialFile(QByteArray finalPath) : m_finalPath(std::move(finalPath)) {}
    ~PartialFile() { discard(); }
    Q_DISABLE_COPY_MOVE(PartialFile)

    // Each of these returns false with errno set.
    bool open()
    {
        const qsizetype slash = m_finalPath.lastIndexOf('/');
        m_tempPath = m_finalPath.left(slash + 1) + ".spindle-XXXXXX";
        m_fd = ::mkostemp(m_tempPath.data(), O_CLOEXEC); // O_EXCL, mode 0600
        if (m_fd < 0)
            m_tempPath.clear();
        return m_fd >= 0;
    }
    bool write(const char *data, qint64 size)
    {
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return false;
            if (n == 0) { // nothing written and no error: no room left
                errno = ENOSPC;
                return false;
            }
            done += n; // a short write is followed by one that reports why it stopped
        }
        return true;
    }
    // `replace`: whether an existing file of that name may be replaced.
    bool commit(mode_t mode, qint64 mtime, bool replace)
    {
        ::fchmod(m_fd, mode);
        const int closed = ::close(m_fd); // NFS reports a full disk as late as here
        m_fd = -1;
        if (closed != 0)
            return false;
        setTimes(m_tempPath, mtime);
        if (!replace) {
            if (::renameat2(AT_FDCWD, m_tempPath.constData(), AT_FDCWD, m_finalPath.constData(),
                            RENAME_NOREPLACE) == 0) {
                m_tempPath.clear();
                return true;
            }
            if (errno != EINVAL && errno != ENOSYS)
                return false;
            struct stat st; // a file system without RENAME_NOREPLACE
            if (::lstat(m_finalPath.constData(), &st) == 0) {
                errno = EEXIST;
                return false;
            }
        }
        if (::rename(m_tempPath.constData(), m_finalPath.constData()) != 0)
            return false;
        m_tempPath.clear();
        return true;
    }
    void discard()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        if (!m_tempPath.isEmpty())
            ::unlink(m_tempPath.constData());
        m_tempPath.clear();
    }

private:
    QByteArray m_finalPath;
    QByteArray m_tempPath; // empty once committed or removed
    int m_fd = -1;
};

} // namespace

ExtractJob::ExtractJob(ExtractOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{}

ExtractJob::~ExtractJob() = default;

QString ExtractJob::title() const
{
    return tr("Extract files to %1").arg(m_options.targetFolder);
}

bool ExtractJob::needsBurnLibrary() const
{
    if (!m_options.tree)
        return false;
    const QList<SourceSpec> &sources = m_options.tree->sources();
    return std::any_of(sources.begin(), sources.end(),
                       [](const SourceSpec &s) { return s.isImage(); });
}

std::optional<Error> ExtractJob::plan(std::vector<Item> &items, qint64 &bytes) const
{
    const ImageTree &tree = *m_options.tree;
    QList<QByteArray> roots = m_options.paths.isEmpty() ? QList<QByteArray>{"/"} : m_options.paths;
    QStringList refused;
    for (const QByteArray &root : roots) {
        const int start = tree.find(root);
        if (start < 0) {
            return Error{tr("%1 is not in the source. Check the path with \"spindle-cli ls\".")
                             .arg(QString::fromUtf8(root)),
                         {}};
        }
        // Breadth-first through the subtree: a folder comes before what it holds.
        std::vector<std::pair<int, QByteArray>> queue;
        if (start == 0) {
            const TreeEntry &r = tree.at(0);
            for (int c = r.firstChild; c < r.firstChild + r.childCount; ++c)
                queue.emplace_back(c, tree.at(c).name.toUtf8());
        } else {
            queue.emplace_back(start, tree.at(start).name.toUtf8());
        }
        for (size_t q = 0; q < queue.size(); ++q) {
            const auto [index, relative] = queue[q];
            const TreeEntry &e = tree.at(index);
            if (e.unsafeName || e.name.isEmpty() || e.name == QLatin1String("..") ||
                e.name == QLatin1String(".") || e.name.contains(QLatin1Char('/'))) {
                refused << tr("%1: the name would leave the target folder")
                               .arg(QString::fromUtf8(
                                   tree.extra(e).origin.isEmpty() ? e.path : tree.extra(e).origin));
                continue;
            }
            if (e.kind == EntryKind::Symlink && !staysInside(relative, tree.extra(e).linkTarget)) {
                refused << tr("%1: a symbolic link pointing outside the target folder (to %2)")
                               .arg(QString::fromUtf8(e.path), tree.extra(e).linkTarget);
                continue;
            }
            items.push_back({index, relative});
            if (e.kind == EntryKind::File)
                bytes += e.size;
            for (int c = e.firstChild; c < e.firstChild + e.childCount; ++c)
                queue.emplace_back(c, relative + '/' + tree.at(c).name.toUtf8());
        }
    }
    if (!refused.isEmpty()) {
        return Error{tr("Spindle refuses to extract: %n item(s) would write outside %1, for "
                        "example %2. Nothing was extracted. Extract other paths, or inspect "
                        "the source with \"spindle-cli ls --long\".",
                        nullptr, int(refused.size()))
                         .arg(m_options.targetFolder, refused.first()),
                     refused.join(QLatin1Char('\n'))};
    }
    return std::nullopt;
}

Error ExtractJob::alreadyExists(const QByteArray &path)
{
    return Error{tr("%1 already exists. Extract to an empty folder, or allow overwriting.")
                     .arg(QFile::decodeName(path)),
                 {}};
}

Error ExtractJob::writeFailure(const QByteArray &path, qint64 stillToWrite) const
{
    const int err = errno;
    const QString why = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT) {
        // What the rest of the extraction needs beyond the space left now.
        const qint64 available = QStorageInfo(m_options.targetFolder).bytesAvailable();
        const qint64 missing =
            available >= 0 && available < stillToWrite ? stillToWrite - available : stillToWrite;
        return Error{tr("The disk holding %1 is full: free at least %2 or choose another folder.")
                         .arg(m_options.targetFolder, formatBytes(missing)),
                     why};
    }
    if (err == EFBIG) {
        return Error{tr("%1 is too large for the file system holding %2 or for your account's "
                        "file size limit (FAT32, for one, stops at 4 GB). Choose a folder on "
                        "another file system.")
                         .arg(QFile::decodeName(path), m_options.targetFolder),
                     why};
    }
    return Error{tr("Spindle cannot write %1: %2.").arg(QFile::decodeName(path), why), {}};
}

JobResult ExtractJob::run()
{
    setPhase(tr("Preparing"));
    std::vector<Item> items;
    qint64 total = 0;
    if (auto problem = plan(items, total))
        return JobResult::failure(*problem);
    const QFileInfo targetInfo(m_options.targetFolder);
    if (!targetInfo.exists() && !QDir().mkpath(m_options.targetFolder)) {
        return JobResult::failure(
            tr("Spindle cannot create the folder %1. Check the path and your permissions.")
                .arg(m_options.targetFolder));
    }
    if (!QFileInfo(m_options.targetFolder).isDir())
        return JobResult::failure(
            tr("%1 is not a folder. Choose a folder to extract to.").arg(m_options.targetFolder));
    const QByteArray base =
        QFile::encodeName(QFileInfo(m_options.targetFolder).absoluteFilePath()) + '/';
    const ImageTree &tree = *m_options.tree;

    // Folders first (owner-writable until the end), then file contents, then links.
    for (const Item &item : items) {
        if (tree.at(item.entry).kind != EntryKind::Directory)
            continue;
        const QByteArray path = base + item.relative;
        struct stat st;
        if (::lstat(path.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                return JobResult::failure(
                    tr("%1 exists and is not a folder (it may be a link). Remove it or extract "
                       "to an empty folder.")
                        .arg(QFile::decodeName(path)));
            }
        } else if (::mkdir(path.constData(), 0700) != 0) {
            return JobResult::failure(tr("Spindle cannot create the folder %1: %2.")
                                          .arg(QFile::decodeName(path), errnoText()));
        }
    }

    std::map<int, std::unique_ptr<IsoImport>> imports;
    std::map<int, std::vector<void *>> nodes;
    std::map<int, std::unique_ptr<ArchiveReader>> archives;
    std::vector<const Item *> files;
    for (const Item &item : items) {
        if (tree.at(item.entry).kind == EntryKind::File)
            files.push_back(&item);
    }
    // Archives are streams: extract their members in archive order.
    std::stable_sort(files.begin(), files.end(), [&tree](const Item *a, const Item *b) {
        return tree.extra(tree.at(a->entry)).member < tree.extra(tree.at(b->entry)).member;
    });

    setPhase(tr("Extracting"));
    QByteArray buffer(1024 * 1024, '\0');
    qint64 done = 0;
    qint64 completed = 0; // bytes of the files extracted in full
    for (const Item *item : files) {
        if (isCancelRequested())
            return JobResult::cancelled();
        const TreeEntry &e = tree.at(item->entry);
        const SourceSpec &spec = tree.sources().at(e.source);
        const QByteArray path = base + item->relative;
        struct stat existing;
        if (!m_options.overwrite && ::lstat(path.constData(), &existing) == 0)
            return JobResult::failure(alreadyExists(path));
        PartialFile out(path);
        if (!out.open())
            return JobResult::failure(writeFailure(path, total - completed));
        // One reader per kind of source; each returns bytes read, 0 at the end, -1 on error.
        std::function<qint64(char *, qint64)> readChunk;
        std::function<void()> finish = [] {};
        const auto closeSource = qScopeGuard([&finish] { finish(); });
        IsoStream *stream = nullptr;
        QFile local;
        if (spec.isImage()) {
            auto &import = imports[e.source];
            if (!import) {
                auto opened = IsoImport::open(spec);
                if (!opened)
                    return JobResult::failure(opened.error());
                import = std::move(opened.value());
                nodes[e.source] = import->mapNodes(tree, e.source);
            }
            auto *node = static_cast<IsoNode *>(nodes[e.source][size_t(item->entry)]);
            stream = node ? iso_file_get_stream(reinterpret_cast<IsoFile *>(node)) : nullptr;
            if (!stream || iso_stream_open(stream) < 0) {
                return JobResult::failure(tr("Spindle cannot read %1 from %2. The source may be "
                                             "damaged.")
                                              .arg(QString::fromUtf8(e.path), spec.location));
            }
            readChunk = [stream](char *b, qint64 max) {
                const int n = iso_stream_read(stream, b, size_t(max));
                return n < 0 ? qint64(-1) : qint64(n);
            };
            finish = [stream] { iso_stream_close(stream); };
        } else if (spec.kind == SourceSpec::Kind::Archive) {
            auto &reader = archives[e.source];
            if (!reader)
                reader = std::make_unique<ArchiveReader>(spec.location);
            if (auto problem = reader->seek(tree.extra(e).member))
                return JobResult::failure(*problem);
            ArchiveReader *r = reader.get();
            readChunk = [r](char *b, qint64 max) { return r->read(b, max); };
        } else {
            local.setFileName(QFile::decodeName(tree.extra(e).origin));
            if (!local.open(QIODevice::ReadOnly)) {
                return JobResult::failure(
                    tr("Spindle cannot read %1: %2.").arg(local.fileName(), local.errorString()));
            }
            readChunk = [&local](char *b, qint64 max) { return local.read(b, max); };
        }
        qint64 written = 0;
        for (;;) {
            const qint64 n = readChunk(buffer.data(), buffer.size());
            if (n < 0) {
                return JobResult::failure(tr("Reading %1 failed; the source may be damaged.")
                                              .arg(QString::fromUtf8(e.path)));
            }
            if (n == 0)
                break;
            if (!out.write(buffer.constData(), n)) {
                const int err = errno;
                out.discard(); // its space counts as free in the message
                errno = err;
                return JobResult::failure(writeFailure(path, total - completed));
            }
            written += n;
            done += n;
            reportProgress(done, total);
            if (isCancelRequested())
                return JobResult::cancelled();
        }
        if (!out.commit(mode_t(e.mode & 07777 ? e.mode & 07777 : 0644), e.mtime,
                        m_options.overwrite)) {
            const int err = errno;
            out.discard();
            if (err == EEXIST)
                return JobResult::failure(alreadyExists(path));
            errno = err;
            return JobResult::failure(writeFailure(path, total - completed));
        }
        completed += written;
    }
    for (const Item &item : items) {
        const TreeEntry &e = tree.at(item.entry);
        if (e.kind != EntryKind::Symlink)
            continue;
        const QByteArray path = base + item.relative;
        if (m_options.overwrite)
            ::unlink(path.constData());
        if (::symlink(tree.extra(e).linkTarget.toUtf8().constData(), path.constData()) != 0) {
            return JobResult::failure(tr("Spindle cannot create the link %1: %2.")
                                          .arg(QFile::decodeName(path), errnoText()));
        }
        setTimes(path, e.mtime);
    }
    // Folder dates and permissions last, deepest first, so filling them did not change them.
    int skipped = 0;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        const TreeEntry &e = tree.at(it->entry);
        const QByteArray path = base + it->relative;
        if (e.kind == EntryKind::Directory) {
            ::chmod(path.constData(), mode_t((e.mode & 07777) | 0700));
            setTimes(path, e.mtime);
        } else if (e.kind == EntryKind::Other) {
            ++skipped;
        }
    }
    if (skipped > 0)
        log(Severity::Warning, tr("%n special file(s) (devices, pipes, boot catalog) were not "
                                  "extracted.",
                                  nullptr, int(skipped)));
    reportProgress(done, total, true);
    return JobResult::success(tr("Extracted %n item(s), %1, to %2.", nullptr, int(items.size()))
                                  .arg(formatBytes(done), m_options.targetFolder));
}

} // namespace Spindle
