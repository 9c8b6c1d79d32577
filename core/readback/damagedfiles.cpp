#include "readback/damagedfiles.h"

#include "device/burnlibrary.h"
#include "device/librarymessages.h"
#include "image/isotreecheck.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QFile>

#include <cstdlib>
#include <memory>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DamagedFiles)
};

bool overlaps(qint64 pos, qint64 size, const QList<RescueMap::Range> &bad)
{
    for (const RescueMap::Range &r : bad) {
        if (pos < r.end() && r.pos < pos + size)
            return true;
    }
    return false;
}

void collect(IsoDir *dir, const QList<RescueMap::Range> &bad, QStringList &out)
{
    IsoDirIter *iter = nullptr;
    if (iso_dir_get_children(dir, &iter) < 0)
        return;
    IsoNode *node = nullptr;
    while (iso_dir_iter_next(iter, &node) == 1) {
        const IsoNodeType type = iso_node_get_type(node);
        if (type == LIBISO_DIR) {
            collect(reinterpret_cast<IsoDir *>(node), bad, out);
            continue;
        }
        if (type != LIBISO_FILE)
            continue;
        int count = 0;
        iso_file_section *sections = nullptr;
        if (iso_file_get_old_image_sections(reinterpret_cast<IsoFile *>(node), &count, &sections,
                                            0) != 1)
            continue;
        bool damaged = false;
        for (int i = 0; i < count && !damaged; ++i)
            damaged = overlaps(qint64(sections[i].block) * 2048, sections[i].size, bad);
        free(sections);
        if (damaged) {
            char *path = iso_tree_get_node_path(node);
            out << QString::fromUtf8(path);
            free(path);
        }
    }
    iso_dir_iter_free(iter);
}

} // namespace

Result<QStringList> findDamagedFiles(const QString &imagePath, const QList<RescueMap::Range> &bad)
{
    BurnLibrary &library = BurnLibrary::instance();
    if (!library.isInitialised())
        return Error{library.initError(), {}};
    IsoDataSource *source = nullptr;
    if (iso_data_source_new_from_file(QFile::encodeName(imagePath).constData(), &source) < 0)
        return Error{
            Tr::tr("The image %1 could not be opened to list damaged files.").arg(imagePath), {}};
    std::unique_ptr<IsoDataSource, decltype(&iso_data_source_unref)> sourceGuard(
        source, iso_data_source_unref);
    IsoReadOpts *opts = nullptr;
    iso_read_opts_new(&opts, 0);
    std::unique_ptr<IsoReadOpts, decltype(&iso_read_opts_free)> optsGuard(opts, iso_read_opts_free);
    IsoImage *image = nullptr;
    iso_image_new("damaged", &image);
    std::unique_ptr<IsoImage, decltype(&iso_image_unref)> imageGuard(image, iso_image_unref);
    IsoReadImageFeatures *features = nullptr;
    LibraryMessages messages; // why the import failed
    // libisofs trusts the tree: a folder that contains itself would make it recurse forever.
    // libisofs' file source reads only while open (the import opens it again itself).
    const bool opened = source->open(source) >= 0;
    const IsoTreeDamage damage = checkIsoTree(
        [source](uint32_t lba, uint8_t *buffer) {
            return source->read_block(source, lba, buffer) >= 0;
        },
        0);
    if (opened)
        source->close(source);
    // Only what would hang the import stops the list: folders zeroed by unreadable sectors are
    // expected here, and libisofs lists what the other folders hold.
    using Kind = IsoTreeDamage::Kind;
    if (damage.kind == Kind::Loop || damage.kind == Kind::TooDeep ||
        damage.kind == Kind::TooManyEntries)
        return isoTreeDamageError(damage);
    const int ret = iso_image_import(image, source, opts, &features);
    if (features)
        iso_read_image_features_destroy(features);
    if (ret < 0) {
        return Error{
            Tr::tr("The list of damaged files is not available: the unreadable area includes "
                   "the disc's directory information."),
            LibraryMessages::text(messages.take())};
    }
    QStringList files;
    collect(iso_image_get_root(image), bad, files);
    files.sort();
    return files;
}

} // namespace Spindle
