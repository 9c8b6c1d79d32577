#pragma once

#include "base/result.h"
#include "dvd/vtsstreams.h"
#include "udf/plannedfile.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

#include <functional>

#include <memory>

namespace Spindle {

class ImageTree;

// What to keep of a DVD-Video. Titles are numbered as in the source's title search table
// (VIDEO_TS.IFO), as lsdvd and `spindle-cli titles` number them.
struct DvdTrimOptions
{
    QList<int> keepTitles; // the titles that stay (in source numbering); empty: all
    // Titles that go (in source numbering), applied after keepTitles: `--drop-titles` can say
    // "all of them" here, which an empty keepTitles cannot (it means all stay).
    QList<int> dropTitles;
    // A new minimal VMG that plays the kept titles one after the other with no menus (as
    // `dvdauthor -T` does), instead of the source's menus with redirected buttons.
    bool mainFeatureOnly = false;
    // Audio and subtitle streams left out, per title set (source numbering). Their packs go
    // from the title VOBs, which are rewritten (see VobRewrite) instead of copied.
    QMap<int, DvdStreamChoice> streams;
    // Reading the VOBs of the title sets that lose streams or cells takes a while (a disc:
    // minutes): bytes done and the total of those VOBs; returning false cancels the plan.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// The trimmed disc as a plan for the UDF bridge writer (UdfBridgeSource): rewritten
// VIDEO_TS.IFO/.BUP and title set IFO/BUP files as literal content, kept VOBs as tree
// entries under their (renumbered) new names, AUDIO_TS, and every file of the tree outside
// VIDEO_TS unchanged.
struct DvdTrimPlan
{
    FilePlan files;
    // Source title number -> title number in the result (titles that go are absent).
    QList<QPair<int, int>> titleNumbers;
    // Source title set -> title set in the result (renumbered to stay contiguous).
    QList<QPair<int, int>> titleSetNumbers;
    // What the user should know: redirected menu buttons, dropped streams, and so on.
    QStringList notes;
};

// Plans the trim of the DVD-Video in `tree` (which must hold /VIDEO_TS/VIDEO_TS.IFO). Reads
// the IFO files through the tree's sources. Fails with a message a user can act on (no title
// left, a title number that does not exist, an IFO that cannot be parsed).
Result<DvdTrimPlan> planDvdTrim(std::shared_ptr<const ImageTree> tree,
                                const DvdTrimOptions &options);

} // namespace Spindle
