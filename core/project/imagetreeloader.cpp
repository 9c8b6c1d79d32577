#include "project/imagetreeloader.h"

#include "dvd/dvdvideo.h"
#include "iso/isoimport.h"
#include "tree/archivereader.h"
#include "tree/folderreader.h"
#include "tree/imagetreebuilder.h"

#include <QCoreApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageTreeLoader)
};
} // namespace

Result<LoadedTree> loadImageTree(const QList<SourceSpec> &sources,
                                 const std::function<bool()> &cancelled, KeepBaseImport keep)
{
    ImageTreeBuilder builder;
    LoadedTree loaded;
    QList<SourceSpec> ordered;
    for (const SourceSpec &s : sources) {
        if (!s.isImage())
            continue;
        if (!ordered.isEmpty()) {
            return Error{
                Tr::tr("Only one image or disc can be the base of a new image (%1 and %2 "
                       "were given). Extract the files of one with \"spindle-cli extract\" "
                       "and add them as a folder, or add the image itself as a file with "
                       "--add.")
                    .arg(ordered.first().location, s.location),
                {},
                Tr::tr("Only one image or disc can be the base of a new image (%1 and %2 were "
                       "given). Press Clear to start over from the other one, or choose an "
                       "image with Image… to add it to the new image as a file.")
                    .arg(ordered.first().location, s.location)};
        }
        if (s.mountPath != QLatin1String("/")) {
            return Error{
                Tr::tr("An image or disc is always the root of the new image; %1 cannot be "
                       "placed at %2. Leave out \"=%2\", or add the image as a file with "
                       "--add.")
                    .arg(s.location, s.mountPath),
                {}};
        }
        ordered.append(s);
    }
    for (const SourceSpec &s : sources) {
        if (!s.isImage())
            ordered.append(s);
    }
    for (const SourceSpec &spec : ordered) {
        const int source = builder.addSource(spec);
        if (spec.isImage()) {
            auto import = IsoImport::open(spec);
            if (!import)
                return import.error();
            builder.setBase(source, import.value()->label());
            builder.node(0).source = int16_t(source);
            const bool handOff =
                keep == KeepBaseImport::ForBuild && spec.kind == SourceSpec::Kind::ImageFile;
            // Before Spindle's own tree is made, so that the two never hold libisofs' large
            // per-file records at the same time (the peak memory of a many-file trim).
            if (handOff)
                import.value()->compactFiles();
            import.value()->addToTree(builder, source, 0);
            loaded.boot = readBootInfo(*import.value());
            if (handOff)
                loaded.baseImport = std::make_shared<IsoImportHandoff>(std::move(import.value()));
            continue;
        }
        const QByteArray mount = spec.mountPath.toUtf8();
        const int folder = builder.ensureFolder(mount);
        if (folder < 0) {
            return Error{
                Tr::tr("%1 cannot go to %2 in the image: a file of that name is in the way. "
                       "Choose another place with =/PATH.")
                    .arg(spec.location, spec.mountPath),
                {}};
        }
        std::optional<Error> problem;
        switch (spec.kind) {
        case SourceSpec::Kind::Folder:
            problem = FolderReader::addFolder(builder, source, folder, spec.location, cancelled);
            break;
        case SourceSpec::Kind::LocalFile:
            problem = FolderReader::addFile(builder, source, folder, spec.location);
            break;
        case SourceSpec::Kind::Archive:
            problem = ArchiveReader::addToTree(builder, source, folder, spec.location);
            break;
        default:
            break;
        }
        if (cancelled && cancelled())
            return Error{Tr::tr("Cancelled."), {}};
        if (problem) {
            if (spec.kind == SourceSpec::Kind::Folder)
                loaded.warnings << problem->message;
            else
                return *problem;
        }
    }
    loaded.tree = std::make_shared<const ImageTree>(builder.finish());
    loaded.fileInfo = dvdVideoFileInfo(*loaded.tree);
#ifdef __GLIBC__
    // The libisofs tree of an imported image (unless kept for the build) and the builder's
    // copies are freed by now, but
    // glibc keeps the pages in this thread's arena; the build that follows runs in a job thread
    // with an arena of its own and could not reuse them. Returning them keeps the peak memory
    // of a many-file rebuild near one tree instead of two (70,000 files: about 30 MiB less).
    malloc_trim(0);
#endif
    return loaded;
}

} // namespace Spindle
