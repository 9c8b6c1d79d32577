#include "project/imagesourcefactory.h"

#include "dvd/dvdvideo.h"
#include "iso/isoimport.h"
#include "iso/newimagesource.h"
#include "tree/imagetree.h"
#include "udf/fileplanreader.h"
#include "udf/plannedudfsource.h"

#include <QCoreApplication>
#include <utility>

namespace Spindle {

bool isDvdVideoOutput(const ImageTree &tree, const SelectionState &state)
{
    if (!isDvdVideo(tree))
        return false;
    const int ifo = tree.find("/VIDEO_TS/VIDEO_TS.IFO");
    return ifo >= 0 && size_t(ifo) < state.written.size() && state.written[size_t(ifo)];
}

ImageSourceFactory newImageSourceFactory(std::shared_ptr<const ImageTree> tree, Selection selection,
                                         ImageOptions options,
                                         std::shared_ptr<IsoImportHandoff> handoff)
{
    return [tree, selection, options, handoff]() -> std::unique_ptr<ImageSource> {
        const SelectionState state = selection.evaluate(*tree);
        // Taken (and so freed) by the first stream even when it is a DVD-Video's, which does
        // not use it.
        std::unique_ptr<IsoImport> import;
        if (handoff && tree->baseSource() >= 0)
            import = handoff->take(tree->sources().at(tree->baseSource()));
        if (!isDvdVideoOutput(*tree, state)) {
            auto source = std::make_unique<NewImageSource>(tree, selection, options);
            source->setBaseImport(std::move(import));
            return source;
        }
        import.reset();
        // Reads nothing up front: the plan is the tree as it is.
        auto planner = [tree,
                        state](const ImageSource::PreparationProgress &) -> Result<PlannedDisc> {
            PlannedDisc disc;
            QStringList skipped;
            disc.files = filePlanFromTree(*tree, &state, &skipped);
            for (const QString &path : std::as_const(skipped)) {
                disc.warnings << QCoreApplication::translate(
                                     "ImageSourceFactory",
                                     "%1 is a link or special file, which a DVD-Video image "
                                     "(UDF) cannot hold; it was left out.")
                                     .arg(path);
            }
            return disc;
        };
        return std::make_unique<PlannedUdfSource>(tree, std::move(planner), options);
    };
}

ImageSourceFactory singleUse(ImageSourceFactory factory)
{
    auto slot = std::make_shared<ImageSourceFactory>(std::move(factory));
    return [slot]() -> std::unique_ptr<ImageSource> {
        const ImageSourceFactory made = std::exchange(*slot, {});
        return made ? made() : nullptr;
    };
}

} // namespace Spindle
