#pragma once

#include "base/result.h"
#include "tree/sourcespec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>
#include <vector>

struct Iso_Image;
struct iso_data_source;

namespace Spindle {

class GrabbedDrive;
class ImageStreamShared;
class ImageTree;
class ImageTreeBuilder;

// An ISO 9660 image (file or disc) imported by libisofs with its system area, El Torito boot
// records and Rock Ridge/Joliet names. Owns the IsoImage, its data source and the grabbed
// drive; everything is released in the destructor. Use from one thread at a time.
class IsoImport final
{
public:
    static Result<std::unique_ptr<IsoImport>> open(const SourceSpec &spec);
    // The import of `spec` that another reader on this thread already holds open, or a new one.
    // A disc can be grabbed once: readers that nest (a planned file whose bytes are computed
    // from other files of the same disc) share one import instead of failing with "in use".
    static Result<std::shared_ptr<IsoImport>> openShared(const SourceSpec &spec);
    ~IsoImport();
    Q_DISABLE_COPY_MOVE(IsoImport)

    Iso_Image *image() const { return m_image; }
    const SourceSpec &spec() const { return m_spec; }
    QString label() const { return m_label; }
    // Bytes of the imported session as the volume descriptor says.
    qint64 sizeBytes() const { return m_blocks * 2048; }
    qint64 sessionStartBlock() const { return m_start; }
    // How many blocks of the source can be read, counted from its first block as the file
    // system's block addresses are (a disc's from its start, not the session's); -1 when that
    // is not known without reading everything (a compressed image).
    qint64 readableBlocks() const;
    // A libisofs interval reader description for source bytes [first, last] (see libisofs.h).
    QByteArray interval(qint64 first, qint64 last, const QByteArray &zeroizers = {}) const;
    // Reads bytes of the source image outside the file system (system area, appended
    // partitions). Returns false when they cannot be read.
    bool readRaw(qint64 offset, char *buffer, qint64 size) const;

    // For every entry of `tree` that comes from `source`, its libisofs node (IsoNode *), found
    // by walking both trees once; others get nullptr.
    std::vector<void *> mapNodes(const ImageTree &tree, int source) const;
    // Adds the whole tree under `mountFolder` of `builder`, tagged with `source`.
    void addToTree(ImageTreeBuilder &builder, int source, int mountFolder) const;

    // Gives every plain file of the image a compact stream of its extents instead of libisofs'
    // own (see newImageFileStream()): 70,000 files hold about 20 MiB less. For an import a new
    // image is written from (the CLI's build); El Torito boot images, and files with extended
    // information libisofs cannot copy, stay as they are. Returns how many files changed.
    int compactFiles();
    // The files of compacted streams whose bytes could not be read while writing.
    QStringList unreadableFiles() const;

private:
    IsoImport() = default;

    SourceSpec m_spec;
    Iso_Image *m_image = nullptr;
    iso_data_source *m_source = nullptr;
    std::shared_ptr<GrabbedDrive> m_drive;
    std::shared_ptr<ImageStreamShared> m_streams; // made by compactFiles()
    QString m_label;
    qint64 m_blocks = 0;
    qint64 m_start = 0;
    bool m_compressed = false; // .iso.gz/.xz/...: raw bytes come through m_source, decoded
};

// An import handed from the tree load to the first new image made from that tree, so that an
// image is not imported twice (70,000 files take about half a second of CPU and 40 MiB each
// time). Later streams of the same tree (further copies of a burn) import again.
class IsoImportHandoff final
{
public:
    explicit IsoImportHandoff(std::unique_ptr<IsoImport> import) : m_import(std::move(import)) {}
    // The import, once, when it is of `spec`; nullptr after that.
    std::unique_ptr<IsoImport> take(const SourceSpec &spec);

private:
    std::mutex m_mutex; // the load's thread hands over, a job thread takes
    std::unique_ptr<IsoImport> m_import;
};

} // namespace Spindle
