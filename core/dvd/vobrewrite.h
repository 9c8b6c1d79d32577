#pragma once

#include "dvd/ifonav.h"
#include "dvd/navpack.h"
#include "dvd/sectormap.h"
#include "dvd/vobscan.h"
#include "udf/plannedfile.h"

#include <QList>
#include <map>
#include <memory>
#include <vector>

namespace Spindle {

// A title set's title VOBs with the packs of dropped streams left out, as the files of the new
// title set (VTS_nn_1.VOB, _2, ...: split where dvdauthor splits, 524,272 sectors, just under
// 1 GiB). Packs are copied as they are except NAV packs, which rewriteNavPack() updates for
// the new sector positions, and whose button commands go through `buttons` when set.
// The files read their source in order through one shared reader, so writing them one after
// the other reads the source VOBs once; opening a file out of order reads up to it again.
class VobRewrite
{
public:
    // Packs per output file at most.
    static constexpr qint64 FileSectors = 524272;

    // New (VOB id << 8 | cell id) of each cell that stays, when cells go (empty: unchanged).
    using CellNumbers = std::map<quint32, quint32>;

    // Keeps the sectors `kept` says (one flag per sector of `packs`); `drop` names the streams
    // whose sync addresses are cleared in the NAV packs that stay.
    VobRewrite(std::shared_ptr<const VobPacks> packs, const std::vector<bool> &kept,
               StreamDrop drop, CellNumbers cells = {}, NavRewrite buttons = {});

    const SectorMap &map() const { return *m_map; }
    // The output files' sizes in bytes, in order.
    QList<qint64> fileSizes() const;
    // The content of output file `index` (0: VTS_nn_1.VOB).
    std::shared_ptr<PlannedContent> file(int index);

private:
    class Engine;
    class File;

    std::shared_ptr<const VobPacks> m_packs;
    std::shared_ptr<const SectorMap> m_map; // shared with the files, which outlive this
    std::shared_ptr<Engine> m_engine;
};

} // namespace Spindle
