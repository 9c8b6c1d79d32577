#pragma once

#include "base/result.h"
#include "dvd/ifonav.h"
#include "dvd/vobscan.h"
#include "dvd/vtsstreams.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace Spindle {

class IfoFile;
class ImageTree;
class VobRewrite;

// What a trim takes out of one title set's title VOBs: streams the user leaves out, and the
// cells that only left-out titles play (extras often share the film's title set).
struct TitleSetCut
{
    DvdStreamChoice streams;
    QList<int> deadTitles; // VTS_TTNs of the set's titles that are left out while others stay
    bool buttons = false;  // only the button commands change: every pack stays where it is
    bool any() const { return streams.any() || !deadTitles.isEmpty() || buttons; } // VOBs change
};

// The result: the rewritten VOBs and what changed in the IFO.
struct TitleSetEdit
{
    std::optional<StreamRemap> streams; // when streams go
    std::shared_ptr<VobRewrite> vobs;   // null when the VOBs stay as they are
    qint64 savedBytes = 0;
    int cellsCut = 0; // cells that only left-out titles played, gone
    QStringList notes;
};

// Plans the cut of title set `name` (VTS_nn_0.IFO) and edits `ifo` for it: stream attribute
// and control tables, cells, cell addresses, the VOBU and time maps. Reads the title VOBs
// (`vobFiles`, tree entries in order) once to classify their packs. `buttons` rewrites the
// button commands of the NAV packs (stream selections). `vobs` stays null when neither streams
// nor cells go and the buttons need not change.
Result<TitleSetEdit> editTitleSet(const std::shared_ptr<const ImageTree> &tree, IfoFile &ifo,
                                  const QList<int> &vobFiles, const TitleSetCut &cut,
                                  const QString &name, const NavRewrite &buttons,
                                  const VobScanProgress &progress = {});

} // namespace Spindle
