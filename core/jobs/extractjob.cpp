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
#include <algorithm>
#include <map>

#include <cerrno>
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
                               .arg(QString::fromUtf8(e.origin.isEmpty() ? e.path : e.origin));
                continue;
            }
            if (e.kind == EntryKind::Symlink && !staysInside(relative, e.linkTarget)) {
                refused << tr("%1: a symbolic link pointing outside the target folder (to %2)")
                               .arg(QString::fromUtf8(e.path), e.linkTarget);
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
        return tree.at(a->entry).member < tree.at(b->entry).member;
    });

    setPhase(tr("Extracting"));
    QByteArray buffer(1024 * 1024, '\0');
    qint64 done = 0;
    for (const Item *item : files) {
        if (isCancelRequested())
            return JobResult::cancelled();
        const TreeEntry &e = tree.at(item->entry);
        const SourceSpec &spec = tree.sources().at(e.source);
        const QByteArray path = base + item->relative;
        const int flags =
            O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (m_options.overwrite ? O_TRUNC : O_EXCL);
        const int fd = ::open(path.constData(), flags, 0600);
        if (fd < 0) {
            return JobResult::failure(
                errno == EEXIST
                    ? tr("%1 already exists. Extract to an empty folder, or allow overwriting.")
                          .arg(QFile::decodeName(path))
                    : tr("Spindle cannot write %1: %2.").arg(QFile::decodeName(path), errnoText()));
        }
        // One reader per kind of source; each returns bytes read, 0 at the end, -1 on error.
        std::function<qint64(char *, qint64)> readChunk;
        std::function<void()> finish = [] {};
        QString readError;
        IsoStream *stream = nullptr;
        QFile local;
        if (spec.isImage()) {
            auto &import = imports[e.source];
            if (!import) {
                auto opened = IsoImport::open(spec);
                if (!opened) {
                    ::close(fd);
                    return JobResult::failure(opened.error());
                }
                import = std::move(opened.value());
                nodes[e.source] = import->mapNodes(tree, e.source);
            }
            auto *node = static_cast<IsoNode *>(nodes[e.source][size_t(item->entry)]);
            stream = node ? iso_file_get_stream(reinterpret_cast<IsoFile *>(node)) : nullptr;
            if (!stream || iso_stream_open(stream) < 0) {
                ::close(fd);
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
            if (auto problem = reader->seek(e.member)) {
                ::close(fd);
                return JobResult::failure(*problem);
            }
            ArchiveReader *r = reader.get();
            readChunk = [r](char *b, qint64 max) { return r->read(b, max); };
        } else {
            local.setFileName(QFile::decodeName(e.origin));
            if (!local.open(QIODevice::ReadOnly)) {
                ::close(fd);
                return JobResult::failure(
                    tr("Spindle cannot read %1: %2.").arg(local.fileName(), local.errorString()));
            }
            readChunk = [&local](char *b, qint64 max) { return local.read(b, max); };
        }
        qint64 written = 0;
        for (;;) {
            const qint64 n = readChunk(buffer.data(), buffer.size());
            if (n < 0) {
                finish();
                ::close(fd);
                return JobResult::failure(tr("Reading %1 failed; the source may be damaged.")
                                              .arg(QString::fromUtf8(e.path)));
            }
            if (n == 0)
                break;
            if (::write(fd, buffer.constData(), size_t(n)) != n) {
                const QString why = errnoText();
                finish();
                ::close(fd);
                return JobResult::failure(
                    tr("Writing %1 failed: %2. Free some space and try again.")
                        .arg(QFile::decodeName(path), why));
            }
            written += n;
            done += n;
            reportProgress(done, total);
            if (isCancelRequested())
                break;
        }
        finish();
        ::fchmod(fd, mode_t(e.mode & 07777 ? e.mode & 07777 : 0644));
        ::close(fd);
        setTimes(path, e.mtime);
    }
    for (const Item &item : items) {
        const TreeEntry &e = tree.at(item.entry);
        if (e.kind != EntryKind::Symlink)
            continue;
        const QByteArray path = base + item.relative;
        if (m_options.overwrite)
            ::unlink(path.constData());
        if (::symlink(e.linkTarget.toUtf8().constData(), path.constData()) != 0) {
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
