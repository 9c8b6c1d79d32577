#include "iso/imagecomposer.h"

#include "device/burnlibrary.h"
#include "device/librarymessages.h"
#include "iso/bootreplay.h"
#include "iso/imagefilestream.h"
#include "iso/isoimport.h"
#include "tree/archivereader.h"
#include "tree/archivestream.h"
#include "tree/imagetree.h"

// Makes libisofs.h declare its (global) struct burn_source; libburn.h is not included here.
#define LIBISOFS_WITHOUT_LIBBURN 1
#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QHash>
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <map>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageComposer)
};

QString libisofsText(LibraryMessages &messages, int code)
{
    QStringList lines;
    if (const QString text = LibraryMessages::text(messages.take(), Severity::Warning);
        !text.isEmpty())
        lines << text;
    lines << QString::fromLocal8Bit(iso_error_to_msg(code));
    return lines.join(QLatin1Char('\n'));
}

void setTimes(IsoNode *node, time_t mtime, bool sameForAll)
{
    iso_node_set_mtime(node, mtime);
    if (sameForAll) {
        iso_node_set_atime(node, mtime);
        iso_node_set_ctime(node, mtime);
    }
}

void setAttributes(IsoNode *node, const TreeEntry &e, bool reproducible)
{
    iso_node_set_permissions(node, mode_t(e.mode & 07777));
    iso_node_set_uid(node, e.uid);
    iso_node_set_gid(node, e.gid);
    setTimes(node, time_t(e.mtime), true);
    (void)reproducible;
}

} // namespace

ImageComposer::ImageComposer(std::shared_ptr<const ImageTree> tree, Selection selection,
                             ImageOptions options)
    : m_tree(std::move(tree)), m_selection(std::move(selection)), m_options(std::move(options))
{}

ImageComposer::~ImageComposer()
{
    if (m_stream) {
        if (m_stream->cancel)
            m_stream->cancel(m_stream);
        // libisofs' burn_source: free_data joins the writer thread.
        if (--m_stream->refcount <= 0) {
            m_stream->free_data(m_stream);
            std::free(m_stream);
        }
    }
    if (m_image && !m_import)
        iso_image_unref(m_image);
}

void ImageComposer::releaseTreeIfLast()
{
    // libisofs holds its own tree of the new image by now, and laying it out (next) builds two
    // more (ECMA-119 and Joliet). When no one else holds Spindle's tree (a build that makes one
    // stream, see singleUse()), freeing it first lowers the peak memory of a many-file build by
    // the tree's size (70,000 entries: about 25 MiB). The tree was allocated by another
    // thread, whose free pages glibc would keep: malloc_trim returns them.
    if (m_tree.use_count() != 1)
        return;
    m_tree.reset();
    m_state = {};
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void ImageComposer::setBaseImport(std::unique_ptr<IsoImport> import)
{
    m_import = std::move(import);
}

void ImageComposer::cancel()
{
    if (m_stream && m_stream->cancel)
        m_stream->cancel(m_stream);
}

time_t ImageComposer::fixedTime() const
{
    return m_options.fixedTime.isValid() ? time_t(m_options.fixedTime.toSecsSinceEpoch())
                                         : time_t(QDateTime::currentSecsSinceEpoch());
}

std::optional<Error> ImageComposer::compose(const std::function<bool()> &cancelled)
{
    BurnLibrary &library = BurnLibrary::instance();
    if (!library.isInitialised())
        return Error{library.initError(), {}};
    iso_set_local_charset(const_cast<char *>("UTF-8"), 0);
    const ImageTree &tree = *m_tree;
    m_state = m_selection.evaluate(tree, Selection::Detail::WrittenOnly);
    const std::vector<TreeEntry> &entries = tree.entries();

    // Checks that need no image: names that cannot go anywhere, sizes the level cannot hold.
    qint64 largest = 0;
    for (size_t i = 1; i < entries.size(); ++i) {
        if (!m_state.written[i])
            continue;
        const TreeEntry &e = entries[i];
        if (e.unsafeName || e.name == QLatin1String("..") || e.name == QLatin1String(".")) {
            return Error{
                Tr::tr("%1 comes from an archive member with an absolute name or \"..\" in "
                       "its path, which cannot go into an image safely. Leave it out with "
                       "--exclude or untick it.")
                    .arg(QString::fromUtf8(e.path)),
                QString::fromUtf8(tree.extra(e).origin)};
        }
        if (e.kind == EntryKind::File)
            largest = std::max(largest, e.size);
    }
    const bool big = largest >= ImageOptions::Level3Threshold;
    m_level = m_options.isoLevel == 0 ? (big ? 3 : 2) : m_options.isoLevel;
    if (big && m_level < 3) {
        return Error{
            Tr::tr("A file of %1 bytes needs ISO level 3; level %2 holds files below 4 GiB "
                   "only. Choose level 3 or \"auto\", or leave the file out.")
                .arg(largest)
                .arg(m_level),
            {}};
    }

    std::unique_ptr<BootReplay> boot;
    if (tree.baseSource() >= 0) {
        const SourceSpec &base = tree.sources().at(tree.baseSource());
        if (!m_import || m_import->spec().location != base.location) {
            auto import = IsoImport::open(base);
            if (!import)
                return import.error();
            m_import = std::move(import.value());
        }
        m_image = m_import->image();
        if (m_options.keepBoot) {
            boot = std::make_unique<BootReplay>(*m_import);
            boot->checkBootFiles(tree, m_state, &m_warnings);
        } else {
            iso_image_remove_boot_image(m_image);
        }
    } else {
        m_import.reset(); // no base image: the new image is the composer's own
        if (iso_image_new("spindle", &m_image) < 0)
            return Error{Tr::tr("Out of memory while preparing the image."), {}};
    }
    iso_tree_set_follow_symlinks(m_image, 0);
    iso_tree_set_ignore_special(m_image, 0);
    // After the import, which explains its own failures.
    m_messages = std::make_unique<LibraryMessages>();

    std::vector<void *> nodeOf(entries.size(), nullptr);
    nodeOf[0] = iso_image_get_root(m_image);
    if (auto problem = prune(m_image, nodeOf))
        return problem;
    if (auto problem = checkExtents(nodeOf))
        return problem;
    if (auto problem = addNewEntries(m_image, nodeOf, cancelled))
        return problem;
    if (cancelled && cancelled())
        return Error{Tr::tr("Cancelled."), {}};

    m_label = m_options.label;
    if (m_label.isEmpty())
        m_label = tree.sourceLabel().isEmpty() ? QStringLiteral("SPINDLE") : tree.sourceLabel();
    const QByteArray label = m_label.toUtf8();
    if (label.size() > 32) {
        return Error{
            Tr::tr("The label \"%1\" is longer than the 32 characters an ISO 9660 label may "
                   "have. Choose a shorter one.")
                .arg(m_label),
            {}};
    }
    iso_image_set_volume_id(m_image, label.constData());
    releaseTreeIfLast();

    IsoWriteOpts *opts = nullptr;
    iso_write_opts_new(&opts, 0);
    iso_write_opts_set_iso_level(opts, m_level);
    iso_write_opts_set_rockridge(opts, m_options.rockRidge ? 1 : 0);
    iso_write_opts_set_joliet(opts, m_options.joliet ? 1 : 0);
    iso_write_opts_set_joliet_longer_paths(opts, 1);
    iso_write_opts_set_joliet_long_names(opts, 1);
    iso_write_opts_set_hardlinks(opts, 1);
    iso_write_opts_set_dir_rec_mtime(opts, 1 | 2 | 4);
    iso_write_opts_set_always_gmt(opts, 1);
    iso_write_opts_set_relaxed_vol_atts(opts, 1);
    iso_write_opts_set_replace_mode(opts, 0, 0, 0, 0);
    iso_write_opts_set_output_charset(opts, "UTF-8");
    iso_write_opts_set_aaip(opts, 0);
    // Folders deeper than ECMA-119's 8 levels stay in place, as xorriso does by default:
    // relocating them (RR_MOVED with RE/CL entries) makes bsdtar/libarchive fail
    // ("Invalid Rockridge RE") and hides them from readers without Rock Ridge.
    iso_write_opts_set_allow_deep_paths(opts, 1);
    if (m_options.fixedTime.isValid()) {
        const time_t t = fixedTime();
        const QByteArray uuid =
            m_options.fixedTime.toUTC().toString(QStringLiteral("yyyyMMddhhmmss00")).toLatin1();
        iso_write_opts_set_pvd_times(opts, t, t, 0, t, const_cast<char *>(uuid.constData()));
        uint8_t guid[16] = {};
        iso_write_opts_set_gpt_guid(opts, guid, 2); // derived from the volume uuid
        iso_node_set_atime(reinterpret_cast<IsoNode *>(nodeOf[0]), t);
        iso_node_set_ctime(reinterpret_cast<IsoNode *>(nodeOf[0]), t);
    }
    if (boot) {
        boot->configure(opts, &m_notes, &m_warnings);
    } else if (m_import) {
        QByteArray zeros(32768, '\0');
        iso_write_opts_set_system_area(opts, zeros.data(), 0, 0);
    }
    m_messages->take(); // in the job's log already; the detail below is about laying out
    const int ret = iso_image_create_burn_source(m_image, opts, &m_stream);
    iso_write_opts_free(opts);
    if (ret < 0) {
        m_stream = nullptr;
        return Error{Tr::tr("libisofs could not lay out the new image. The detail below names the "
                            "cause; often a file name or path the chosen options cannot hold."),
                     libisofsText(*m_messages, ret)};
    }
    m_size = m_stream->get_size(m_stream);
    return std::nullopt;
}

std::optional<Error> ImageComposer::checkExtents(const std::vector<void *> &nodeOf)
{
    // libisofs fills what it cannot read from an image file with zeros and goes on, and a disc
    // that fails a read ends the write half-way (DriveDataSource): a truncated source is caught
    // here, before a byte is written.
    const int base = m_tree->baseSource();
    const qint64 readable = m_import ? m_import->readableBlocks() : -1;
    if (base < 0 || readable < 0)
        return std::nullopt;
    const std::vector<TreeEntry> &entries = m_tree->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        auto *node = reinterpret_cast<IsoNode *>(nodeOf[i]);
        if (entries[i].source != base || !m_state.written[i] || !node ||
            iso_node_get_type(node) != LIBISO_FILE)
            continue;
        auto *file = reinterpret_cast<IsoFile *>(node);
        std::vector<iso_file_section> extents;
        int count = 0;
        iso_file_section *sections = nullptr;
        if (iso_file_get_old_image_sections(file, &count, &sections, 0) == 1) {
            extents.assign(sections, sections + count);
            std::free(sections);
        } else if (!imageFileStreamSections(iso_file_get_stream(file), &extents)) {
            continue;
        }
        bool outside = false;
        for (const iso_file_section &s : extents) {
            const qint64 blocks = (qint64(s.size) + 2047) / 2048;
            outside = outside || (blocks > 0 && qint64(s.block) + blocks > readable);
        }
        if (outside)
            m_damaged << QString::fromUtf8(entries[i].path);
    }
    // A disc's read errors end the write whatever the options (DriveDataSource), so going on
    // is for image files only.
    const bool disc = m_import->spec().kind == SourceSpec::Kind::Drive;
    if (m_damaged.isEmpty() || (m_options.skipUnreadable && !disc))
        return std::nullopt;
    QString message = Tr::tr("%1 is shorter than its file system says (an incomplete download or "
                             "copy): %n file(s) lie past its end and would be zeros in the new "
                             "image: %2. Use a complete copy of the source, or leave these files "
                             "out.",
                             nullptr, int(m_damaged.size()))
                          .arg(m_import->spec().location, shortFileList(m_damaged));
    // The hint names a spindle-cli option: the GUI shows the message without it.
    return Error{disc ? message : message + QLatin1Char(' ') + skipUnreadableHint(),
                 m_damaged.join(QLatin1Char('\n')), message};
}

std::optional<Error> ImageComposer::prune(IsoImage *image, std::vector<void *> &nodeOf)
{
    (void)image;
    const ImageTree &tree = *m_tree;
    const int base = tree.baseSource();
    if (base < 0)
        return std::nullopt;
    const std::vector<TreeEntry> &entries = tree.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const TreeEntry &dirEntry = entries[i];
        if (dirEntry.kind != EntryKind::Directory || !nodeOf[i] || dirEntry.childCount == 0)
            continue;
        auto *dir = reinterpret_cast<IsoDir *>(nodeOf[i]);
        QHash<QByteArray, IsoNode *> byName;
        IsoDirIter *iter = nullptr;
        if (iso_dir_get_children(dir, &iter) == 1) {
            IsoNode *node = nullptr;
            while (iso_dir_iter_next(iter, &node) == 1)
                byName.insert(QByteArray(iso_node_get_name(node)), node);
            iso_dir_iter_free(iter);
        }
        const int end = dirEntry.firstChild + dirEntry.childCount;
        for (int c = dirEntry.firstChild; c < end; ++c) {
            const TreeEntry &e = entries[size_t(c)];
            if (e.source != base)
                continue;
            IsoNode *node = byName.value(e.name.toUtf8());
            if (!node)
                continue;
            if (m_state.written[size_t(c)]) {
                nodeOf[size_t(c)] = node;
            } else if (iso_node_get_type(node) == LIBISO_BOOT &&
                       iso_image_get_boot_image(image, nullptr, nullptr, nullptr) == 1) {
                // The catalog belongs to El Torito, which stays as long as its boot files do.
                // (Not iso_image_get_bootcat(): it writes through its out-pointers unchecked.)
                m_notes << Tr::tr("%1 is the El Torito boot catalog; it stays while the image is "
                                  "bootable.")
                               .arg(QString::fromUtf8(e.path));
            } else {
                // iso_node_remove, not iso_node_remove_tree (LIBBURNIA-NOTES: 1.5.4 bug).
                iso_node_remove(node);
            }
        }
    }
    return std::nullopt;
}

std::optional<Error> ImageComposer::addNewEntries(IsoImage *image, std::vector<void *> &nodeOf,
                                                  const std::function<bool()> &cancelled)
{
    const ImageTree &tree = *m_tree;
    const int base = tree.baseSource();
    const std::vector<TreeEntry> &entries = tree.entries();
    const bool reproducible = m_options.fixedTime.isValid();
    AddContext context{nodeOf, {}, 0};
    if (base < 0 && entries[0].source >= 0)
        setAttributes(reinterpret_cast<IsoNode *>(nodeOf[0]), entries[0], reproducible);
    else if (base < 0)
        setTimes(reinterpret_cast<IsoNode *>(nodeOf[0]), fixedTime(), true);
    // libisofs keeps a folder's children in a list sorted by strcmp() and finds a new name's
    // place by walking it from the front, so adding 1,000 files in the tree's (ascending) order
    // costs half a million comparisons. Plain local files are therefore added in descending
    // byte order, each landing at the head. Everything else keeps the tree's order: libisofs
    // numbers folders (Rock Ridge inode numbers) in the order they are made, and the same
    // inputs must keep giving the same bytes. Parents still come first: folders are visited in
    // the tree's order.
    std::vector<int> ordered;
    std::vector<std::pair<QByteArray, int>> files;
    int added = 0;
    for (size_t d = 0; d < entries.size(); ++d) {
        const TreeEntry &dir = entries[d];
        auto *parent = reinterpret_cast<IsoDir *>(nodeOf[d]);
        if (dir.kind != EntryKind::Directory || dir.childCount == 0 || !parent)
            continue;
        ordered.clear();
        files.clear();
        for (int c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
            const TreeEntry &e = entries[size_t(c)];
            if (!m_state.written[size_t(c)] || (base >= 0 && e.source == base))
                continue;
            const bool localFile = e.kind == EntryKind::File && e.source >= 0 &&
                                   tree.sources().at(e.source).kind != SourceSpec::Kind::Archive;
            if (localFile)
                files.emplace_back(e.name.toUtf8(), c);
            else
                ordered.push_back(c);
        }
        std::sort(files.begin(), files.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        // Only a folder of the base image holds nodes an added entry may replace.
        const bool mayReplace = base >= 0 && dir.source == base;
        for (const int c : ordered) {
            if ((++added & 1023) == 0 && cancelled && cancelled())
                return std::nullopt;
            const QByteArray name = entries[size_t(c)].name.toUtf8();
            if (auto problem = addEntry(image, parent, size_t(c), name, mayReplace, context))
                return problem;
        }
        for (const auto &[name, c] : files) {
            if ((++added & 1023) == 0 && cancelled && cancelled())
                return std::nullopt;
            if (auto problem = addEntry(image, parent, size_t(c), name, mayReplace, context))
                return problem;
        }
    }
    if (context.skipped > 0) {
        m_notes << Tr::tr(
            "%n archive member(s) that are hard links or special files were left out.", nullptr,
            int(context.skipped));
    }
    return std::nullopt;
}

std::optional<Error> ImageComposer::addEntry(IsoImage *image, IsoDir *parent, size_t i,
                                             const QByteArray &name, bool mayReplace,
                                             AddContext &context)
{
    const ImageTree &tree = *m_tree;
    const TreeEntry &e = tree.entries()[i];
    const TreeEntryExtra &extra = tree.extra(e);
    const bool reproducible = m_options.fixedTime.isValid();
    IsoNode *old = nullptr;
    if (mayReplace && iso_dir_get_node(parent, name.constData(), &old) == 1)
        iso_node_remove(old); // an image file this entry replaces
    IsoNode *node = nullptr;
    int ret = 1;
    const SourceSpec::Kind kind =
        e.source >= 0 ? tree.sources().at(e.source).kind : SourceSpec::Kind::Folder;
    if (e.source < 0 || (kind == SourceSpec::Kind::Archive && e.kind == EntryKind::Directory)) {
        IsoDir *dir = nullptr;
        ret = iso_tree_add_new_dir(parent, name.constData(), &dir);
        node = reinterpret_cast<IsoNode *>(dir);
        if (ret >= 0) {
            if (e.source < 0) {
                iso_node_set_permissions(node, 0755);
                setTimes(node, fixedTime(), true);
            } else {
                setAttributes(node, e, reproducible);
            }
        }
    } else if (kind == SourceSpec::Kind::Archive) {
        if (e.kind == EntryKind::File) {
            auto &reader = context.archives[e.source];
            if (!reader)
                reader = std::make_shared<ArchiveReader>(tree.sources().at(e.source).location);
            IsoStream *stream = newArchiveStream(reader, e.source, extra.member, e.size);
            IsoFile *file = nullptr;
            ret = iso_tree_add_new_file(parent, name.constData(), stream, &file);
            if (ret < 0)
                iso_stream_unref(stream); // on success the new file owns our reference
            node = reinterpret_cast<IsoNode *>(file);
        } else if (e.kind == EntryKind::Symlink) {
            IsoSymlink *link = nullptr;
            const QByteArray target = extra.linkTarget.toUtf8();
            ret = iso_tree_add_new_symlink(parent, name.constData(), target.constData(), &link);
            node = reinterpret_cast<IsoNode *>(link);
        } else {
            ++context.skipped; // hard-link members and devices of archives
            return std::nullopt;
        }
        if (ret >= 0)
            setAttributes(node, e, reproducible);
    } else {
        ret =
            iso_tree_add_new_node(image, parent, name.constData(), extra.origin.constData(), &node);
        if (ret >= 0 && reproducible)
            setTimes(node, time_t(e.mtime), true);
    }
    if (ret < 0) {
        return Error{Tr::tr("Spindle could not add %1 to the image. Check that it is still "
                            "there and readable.")
                         .arg(QString::fromUtf8(extra.origin.isEmpty() ? e.path : extra.origin)),
                     libisofsText(*m_messages, ret)};
    }
    context.nodeOf[i] = node;
    return std::nullopt;
}

QStringList ImageComposer::unreadableFiles() const
{
    return m_import ? m_import->unreadableFiles() : QStringList();
}

QString shortFileList(const QStringList &files)
{
    constexpr int Shown = 5;
    if (files.size() <= Shown)
        return files.join(QStringLiteral(", "));
    return Tr::tr("%1 and %n more", nullptr, int(files.size() - Shown))
        .arg(files.mid(0, Shown).join(QStringLiteral(", ")));
}

QString skipUnreadableHint()
{
    return Tr::tr("To make the image anyway, with zeros where the source cannot be read, use "
                  "spindle-cli build --skip-unreadable: it lists the damaged files.");
}

} // namespace Spindle
