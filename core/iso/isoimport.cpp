#include "iso/isoimport.h"

#include "device/burnlibrary.h"
#include "device/drivedatasource.h"
#include "device/grabbeddrive.h"
#include "device/librarymessages.h"
#include "image/compressedisodatasource.h"
#include "image/filedatasource.h"
#include "image/isotreecheck.h"
#include "iso/imagefilestream.h"
#include "tree/imagetreebuilder.h"

#include <algorithm>
#include <cstdint>
#include <libburn/libburn.h>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <map>
#include <set>
#include <vector>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IsoImport)
};

QString libraryDetail(LibraryMessages &messages, int code)
{
    QStringList lines;
    if (const QString text = LibraryMessages::text(messages.take()); !text.isEmpty())
        lines << text;
    lines << QString::fromLocal8Bit(iso_error_to_msg(code));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<std::shared_ptr<IsoImport>> IsoImport::openShared(const SourceSpec &spec)
{
    // Per thread: an import is used from one thread at a time.
    using Key = std::pair<QString, Qt::HANDLE>;
    static QMutex mutex;
    static std::map<Key, std::weak_ptr<IsoImport>> live;
    QMutexLocker lock(&mutex);
    for (auto it = live.begin(); it != live.end();)
        it = it->second.expired() ? live.erase(it) : std::next(it);
    const Key key{spec.location, QThread::currentThreadId()};
    if (auto it = live.find(key); it != live.end()) {
        if (auto shared = it->second.lock())
            return shared;
    }
    auto opened = open(spec);
    if (!opened)
        return opened.error();
    std::shared_ptr<IsoImport> shared(std::move(opened.value()));
    live[key] = shared;
    return shared;
}

Result<std::unique_ptr<IsoImport>> IsoImport::open(const SourceSpec &spec)
{
    BurnLibrary &library = BurnLibrary::instance();
    if (!library.isInitialised())
        return Error{library.initError(), {}};
    std::unique_ptr<IsoImport> import(new IsoImport);
    import->m_spec = spec;
    if (spec.kind == SourceSpec::Kind::Drive) {
        auto grabbed = GrabbedDrive::grab(spec.location);
        if (!grabbed)
            return grabbed.error();
        import->m_drive = grabbed.value();
        int start = 0;
        // The newest session holds the tree a multi-session disc shows.
        if (burn::burn_disc_get_msc1(import->m_drive->drive(), &start) > 0 && start > 0)
            import->m_start = start;
        import->m_source = newDriveDataSource(import->m_drive);
    } else if (isCompressedFile(spec.location)) {
        import->m_compressed = true;
        import->m_source = newCompressedIsoDataSource(spec.location);
    } else {
        import->m_source = newFileDataSource(spec.location);
        if (!import->m_source) {
            return Error{
                Tr::tr("Spindle cannot read the image %1. Check that it exists and that you "
                       "may read it.")
                    .arg(spec.location),
                {}};
        }
    }
    if (iso_image_new("spindle", &import->m_image) < 0)
        return Error{Tr::tr("Out of memory while opening %1.").arg(spec.location), {}};
    // Hidden and special files are carried over as they are.
    iso_tree_set_follow_symlinks(import->m_image, 0);
    iso_tree_set_ignore_special(import->m_image, 0);

    // Names come in as UTF-8 whatever the locale (the C locale of a script would turn them into
    // "_"), as the composer writes them: a tree read here and the image written from it agree.
    iso_set_local_charset(const_cast<char *>("UTF-8"), 0);
    LibraryMessages messages; // why an import failed: its own messages
    IsoReadOpts *opts = nullptr;
    iso_read_opts_new(&opts, 0);
    iso_read_opts_set_start_block(opts, uint32_t(import->m_start));
    iso_read_opts_load_system_area(opts, 1);
    // Boot replay reads appended partitions back through the import source ("imported_iso").
    iso_read_opts_keep_import_src(opts, 1);
    iso_read_opts_auto_input_charset(opts, 1);
    IsoReadImageFeatures *features = nullptr;
    // libisofs trusts the directory tree: a folder that contains itself makes it recurse until
    // memory runs out, and damaged folders come out empty. Look at the tree first.
    const IsoTreeDamage damage = checkIsoTree(
        [source = import->m_source](uint32_t lba, uint8_t *buffer) {
            return source->read_block(source, lba, buffer) >= 0;
        },
        uint32_t(import->m_start));
    const bool damaged = damage.kind != IsoTreeDamage::Kind::None;
    const int ret = damaged ? int(ISO_DATA_SOURCE_FATAL)
                            : iso_image_import(import->m_image, import->m_source, opts, &features);
    iso_read_opts_free(opts);
    if (ret < 0 && import->m_compressed &&
        !compressedIsoDataSourceError(import->m_source).isEmpty()) {
        return Error{Tr::tr("The compressed image %1 is damaged or incomplete. Download it again, "
                            "or check it against its published checksum.")
                         .arg(spec.location),
                     compressedIsoDataSourceError(import->m_source)};
    }
    if (damaged)
        return isoTreeDamageError(damage);
    if (ret < 0) {
        return Error{Tr::tr("%1 does not hold a readable ISO 9660 file system. If it is a disc, "
                            "clean it and try again; if it is a file, it may be damaged or not an "
                            "image.")
                         .arg(spec.location),
                     libraryDetail(messages, ret)};
    }
    if (features) {
        import->m_blocks = iso_read_image_features_get_size(features);
        iso_read_image_features_destroy(features);
    }
    import->m_label = QString::fromUtf8(iso_image_get_volume_id(import->m_image));
    return import;
}

std::unique_ptr<IsoImport> IsoImportHandoff::take(const SourceSpec &spec)
{
    const std::lock_guard lock(m_mutex);
    std::unique_ptr<IsoImport> import = std::move(m_import);
    if (import && (import->spec().kind != spec.kind || import->spec().location != spec.location))
        return nullptr;
    return import;
}

IsoImport::~IsoImport()
{
    if (m_image)
        iso_image_unref(m_image);
    if (m_source)
        iso_data_source_unref(m_source);
}

QByteArray IsoImport::interval(qint64 first, qint64 last, const QByteArray &zeroizers) const
{
    if (m_drive || m_compressed) {
        // Offsets of "imported_iso" are absolute on the medium (and in the decoded image).
        return "imported_iso:" + QByteArray::number(first + m_start * 2048) + '-' +
               QByteArray::number(last + m_start * 2048) + ':' + zeroizers + ':';
    }
    return "local_fs:" + QByteArray::number(first) + '-' + QByteArray::number(last) + ':' +
           zeroizers + ':' + QFile::encodeName(m_spec.location);
}

qint64 IsoImport::readableBlocks() const
{
    if (m_compressed)
        return -1;
    // A virtual disc's file says how much it holds (libburn itself would read zeros past its
    // end). A partial last block cannot be read as a block (FileDataSource).
    if (m_drive && !m_drive->isVirtual()) {
        int capacity = 0;
        return burn::burn_get_read_capacity(m_drive->drive(), &capacity, 0) > 0 && capacity > 0
                   ? qint64(capacity)
                   : -1;
    }
    const QFileInfo file(m_drive ? m_drive->virtualPath() : m_spec.location);
    return file.exists() ? file.size() / 2048 : -1;
}

bool IsoImport::readRaw(qint64 offset, char *buffer, qint64 size) const
{
    if (m_drive) {
        const qint64 firstBlock = offset / 2048;
        const qint64 lastBlock = (offset + size - 1) / 2048;
        QByteArray data(int((lastBlock - firstBlock + 1) * 2048), '\0');
        const qint64 got =
            m_drive->readBlocks(m_start + firstBlock, int(lastBlock - firstBlock + 1), data.data());
        if (got < (lastBlock - firstBlock + 1) * 2048)
            return false;
        std::memcpy(buffer, data.constData() + offset % 2048, size_t(size));
        return true;
    }
    if (m_compressed) {
        QByteArray block(2048, '\0');
        for (qint64 done = 0; done < size;) {
            const qint64 at = offset + done;
            if (m_source->read_block(m_source, uint32_t(at / 2048),
                                     reinterpret_cast<uint8_t *>(block.data())) < 0)
                return false;
            const qint64 n = qMin(size - done, 2048 - at % 2048);
            std::memcpy(buffer + done, block.constData() + at % 2048, size_t(n));
            done += n;
        }
        return true;
    }
    QFile file(m_spec.location);
    return file.open(QIODevice::ReadOnly) && file.seek(offset) && file.read(buffer, size) == size;
}

std::vector<void *> IsoImport::mapNodes(const ImageTree &tree, int source) const
{
    const std::vector<TreeEntry> &entries = tree.entries();
    std::vector<void *> nodeOf(entries.size(), nullptr);
    nodeOf[0] = iso_image_get_root(m_image);
    for (size_t i = 0; i < entries.size(); ++i) {
        const TreeEntry &dirEntry = entries[i];
        if (dirEntry.kind != EntryKind::Directory || !nodeOf[i] || dirEntry.childCount == 0)
            continue;
        QHash<QByteArray, IsoNode *> byName;
        IsoDirIter *iter = nullptr;
        if (iso_dir_get_children(static_cast<IsoDir *>(nodeOf[i]), &iter) == 1) {
            IsoNode *node = nullptr;
            while (iso_dir_iter_next(iter, &node) == 1)
                byName.insert(QByteArray(iso_node_get_name(node)), node);
            iso_dir_iter_free(iter);
        }
        for (int c = dirEntry.firstChild; c < dirEntry.firstChild + dirEntry.childCount; ++c) {
            if (entries[size_t(c)].source == source)
                nodeOf[size_t(c)] = byName.value(entries[size_t(c)].name.toUtf8());
        }
    }
    return nodeOf;
}

void IsoImport::addToTree(ImageTreeBuilder &builder, int source, int mountFolder) const
{
    // Counting first (folders only, each knows its number of children) lets the builder
    // allocate once instead of doubling.
    int total = 0;
    std::vector<IsoDir *> dirs{iso_image_get_root(m_image)};
    while (!dirs.empty()) {
        IsoDir *dir = dirs.back();
        dirs.pop_back();
        total += std::max(iso_dir_get_children_count(dir), 0);
        IsoDirIter *iter = nullptr;
        if (iso_dir_get_children(dir, &iter) < 0)
            continue;
        IsoNode *node = nullptr;
        while (iso_dir_iter_next(iter, &node) == 1) {
            if (iso_node_get_type(node) == LIBISO_DIR)
                dirs.push_back(reinterpret_cast<IsoDir *>(node));
        }
        iso_dir_iter_free(iter);
    }
    builder.reserve(total);

    // Iterative walk: depth-12 trees are fine either way, hostile ones should not recurse.
    std::vector<std::pair<IsoDir *, int>> pending{{iso_image_get_root(m_image), mountFolder}};
    while (!pending.empty()) {
        auto [dir, folder] = pending.back();
        pending.pop_back();
        IsoDirIter *iter = nullptr;
        if (iso_dir_get_children(dir, &iter) < 0)
            continue;
        // Names within one ISO directory are unique: a folder that was empty needs no lookups.
        const bool fresh = builder.childCount(folder) == 0;
        IsoNode *node = nullptr;
        while (iso_dir_iter_next(iter, &node) == 1) {
            TreeEntry e;
            TreeEntryExtra x;
            e.name = QString::fromUtf8(iso_node_get_name(node));
            e.mode = iso_node_get_permissions(node);
            e.uid = iso_node_get_uid(node);
            e.gid = iso_node_get_gid(node);
            e.mtime = iso_node_get_mtime(node);
            e.source = int16_t(source);
            switch (iso_node_get_type(node)) {
            case LIBISO_DIR:
                e.kind = EntryKind::Directory;
                break;
            case LIBISO_FILE:
                e.kind = EntryKind::File;
                e.size = iso_file_get_size(reinterpret_cast<IsoFile *>(node));
                break;
            case LIBISO_SYMLINK:
                e.kind = EntryKind::Symlink;
                x.linkTarget =
                    QString::fromUtf8(iso_symlink_get_dest(reinterpret_cast<IsoSymlink *>(node)));
                break;
            case LIBISO_BOOT:
                // The El Torito catalog: rebuilt by libisofs, listed for completeness.
                e.kind = EntryKind::Other;
                e.size = 2048;
                break;
            default:
                e.kind = EntryKind::Other;
                break;
            }
            const bool isDir = e.kind == EntryKind::Directory;
            const int index = fresh ? builder.addNew(folder, std::move(e), std::move(x))
                                    : builder.add(folder, std::move(e), std::move(x));
            if (isDir)
                pending.emplace_back(reinterpret_cast<IsoDir *>(node), index);
        }
        iso_dir_iter_free(iter);
    }
}

} // namespace Spindle

namespace Spindle {

namespace {

// Whether `file` can get a compact stream: it comes from the image (its extents are known) and
// libisofs can copy each of its extended information (Rock Ridge inode numbers, zisofs
// parameters, ACLs) to a new node.
bool compactable(IsoNode *node)
{
    void *handle = nullptr;
    iso_node_xinfo_func proc = nullptr;
    void *data = nullptr;
    while (iso_node_get_next_xinfo(node, &handle, &proc, &data) == 1) {
        iso_node_xinfo_cloner cloner = nullptr;
        if (iso_node_xinfo_get_cloner(proc, &cloner, 0) != 1 || !cloner)
            return false;
    }
    auto *file = reinterpret_cast<IsoFile *>(node);
    int count = 0;
    iso_file_section *sections = nullptr;
    const int found = iso_file_get_old_image_sections(file, &count, &sections, 0);
    std::free(sections);
    return found == 1 || (found == 0 && iso_file_get_size(file) == 0);
}

// A new node in `dir` for `old` (taken out of it; the reference is ours) with a compact stream
// and everything else of it: attributes, hidden flags, sort weight, extended information. When
// that fails, `old` goes back.
bool replaceFile(IsoDir *dir, IsoNode *old, const std::shared_ptr<ImageStreamShared> &shared)
{
    auto *file = reinterpret_cast<IsoFile *>(old);
    int count = 0;
    iso_file_section *sections = nullptr;
    iso_file_get_old_image_sections(file, &count, &sections, 0);
    std::vector<iso_file_section> extents(sections, sections + std::max(count, 0));
    std::free(sections);
    unsigned int fsId = 0;
    dev_t devId = 0;
    ino_t inoId = 0;
    iso_stream_get_id(iso_file_get_stream(file), &fsId, &devId, &inoId);
    IsoStream *stream =
        newImageFileStream(shared, std::move(extents), iso_file_get_size(file), fsId, devId, inoId);
    IsoFile *fresh = nullptr;
    if (iso_tree_add_new_file(dir, iso_node_get_name(old), stream, &fresh) < 0) {
        iso_stream_unref(stream); // on success the new file owns our reference
        iso_dir_add_node(dir, old, ISO_REPLACE_NEVER);
        return false;
    }
    auto *node = reinterpret_cast<IsoNode *>(fresh);
    setImageFileStreamNode(stream, node);
    iso_node_set_permissions(node, iso_node_get_permissions(old));
    iso_node_set_uid(node, iso_node_get_uid(old));
    iso_node_set_gid(node, iso_node_get_gid(old));
    iso_node_set_atime(node, iso_node_get_atime(old));
    iso_node_set_mtime(node, iso_node_get_mtime(old));
    iso_node_set_ctime(node, iso_node_get_ctime(old));
    iso_node_set_hidden(node, iso_node_get_hidden(old));
    iso_node_set_sort_weight(node, iso_file_get_sort_weight(file));
    void *handle = nullptr;
    iso_node_xinfo_func proc = nullptr;
    void *data = nullptr;
    while (iso_node_get_next_xinfo(old, &handle, &proc, &data) == 1) {
        iso_node_xinfo_cloner cloner = nullptr;
        void *copy = nullptr;
        if (iso_node_xinfo_get_cloner(proc, &cloner, 0) == 1 && cloner &&
            cloner(data, &copy, 0) >= 0 && iso_node_add_xinfo(node, proc, copy) != 1)
            proc(copy, 1); // not taken: free the copy
    }
    iso_node_unref(old);
    return true;
}

} // namespace

int IsoImport::compactFiles()
{
    if (!m_streams)
        m_streams = std::make_shared<ImageStreamShared>(m_source);
    // El Torito refers to its boot images by node.
    std::set<IsoNode *> boot;
    int bootCount = 0;
    ElToritoBootImage **images = nullptr;
    IsoFile **bootFiles = nullptr;
    if (iso_image_get_all_boot_imgs(m_image, &bootCount, &images, &bootFiles, 0) == 1) {
        for (int i = 0; i < bootCount; ++i)
            boot.insert(reinterpret_cast<IsoNode *>(bootFiles[i]));
        std::free(images);
        std::free(bootFiles);
    }
    int replaced = 0;
    std::vector<IsoDir *> dirs{iso_image_get_root(m_image)};
    std::vector<IsoNode *> files;
    while (!dirs.empty()) {
        IsoDir *dir = dirs.back();
        dirs.pop_back();
        files.clear();
        IsoDirIter *iter = nullptr;
        if (iso_dir_get_children(dir, &iter) < 0)
            continue;
        // libisofs keeps a folder's children in a list sorted by name and walks it from the
        // front to find a name's place: the files are taken out through the iterator (no walk)
        // and their new nodes go back in descending order, each at the head of what is left.
        IsoNode *node = nullptr;
        while (iso_dir_iter_next(iter, &node) == 1) {
            if (iso_node_get_type(node) == LIBISO_DIR) {
                dirs.push_back(reinterpret_cast<IsoDir *>(node));
            } else if (iso_node_get_type(node) == LIBISO_FILE && !boot.count(node) &&
                       compactable(node) && iso_dir_iter_take(iter) >= 0) {
                files.push_back(node);
            }
        }
        iso_dir_iter_free(iter);
        for (auto it = files.rbegin(); it != files.rend(); ++it)
            replaced += replaceFile(dir, *it, m_streams) ? 1 : 0;
    }
    return replaced;
}

QStringList IsoImport::unreadableFiles() const
{
    return m_streams ? m_streams->unreadable() : QStringList();
}

} // namespace Spindle
