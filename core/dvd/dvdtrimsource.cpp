#include "dvd/dvdtrimsource.h"

#include "tree/imagetree.h"

namespace Spindle {

namespace {
bool insideVideoTs(const QByteArray &path)
{
    return path.toUpper() == "/VIDEO_TS" || path.toUpper().startsWith("/VIDEO_TS/");
}
} // namespace

Result<PlannedDisc> planTrimmedDvd(std::shared_ptr<const ImageTree> tree,
                                   const SelectionState &state, const DvdTrimOptions &trim)
{
    Result<DvdTrimPlan> plan = planDvdTrim(tree, trim);
    if (!plan)
        return plan.error();
    PlannedDisc disc;
    disc.notes = plan->notes;
    for (const PlannedFile &file : std::as_const(plan->files)) {
        // VIDEO_TS is the trim's to decide; elsewhere the user's selection still applies.
        const bool left = !insideVideoTs(file.path) && file.treeEntry >= 0 &&
                          size_t(file.treeEntry) < state.written.size() &&
                          !state.written[size_t(file.treeEntry)];
        if (!left)
            disc.files.append(file);
    }
    return disc;
}

ImageSourceFactory dvdTrimSourceFactory(std::shared_ptr<const ImageTree> tree, Selection selection,
                                        DvdTrimOptions trim, ImageOptions options)
{
    return [tree, selection, trim, options]() -> std::unique_ptr<ImageSource> {
        auto planner = [tree, selection, trim](const ImageSource::PreparationProgress &progress) {
            DvdTrimOptions withProgress = trim;
            withProgress.progress = progress;
            return planTrimmedDvd(tree, selection.evaluate(*tree), withProgress);
        };
        return std::make_unique<PlannedUdfSource>(tree, std::move(planner), options);
    };
}

} // namespace Spindle
