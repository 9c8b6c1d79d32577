#pragma once

#include "base/result.h"
#include "dvd/ifonav.h"
#include "dvd/mpegpack.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <set>
#include <vector>

namespace Spindle {

class ImageTree;

// The packs of one title set's title VOBs (VTS_nn_1..9.VOB), which a DVD-Video addresses as
// one run of sectors: what each pack carries, one byte per sector.
struct VobPacks
{
    QList<int> files;          // tree entries, in their order (VTS_nn_1.VOB first)
    QList<QString> names;      // their names, for messages
    QList<qint64> fileSectors; // sectors of each
    std::vector<MpegPack::Code> codes;
    // Every distinct button command of the NAV packs (buttons shown during a title: rare, but
    // they can set the registers a SetSTN reads, see StreamRegisters).
    QList<NavCommand> buttonCommands;

    qint64 sectors() const { return qint64(codes.size()); }
    // Bytes of the packs with `code` (a stream's share of the VOBs).
    qint64 bytesOf(MpegPack::Code code) const;
    // "VTS_01_2.VOB sector 1234" for a sector of the run, for messages.
    QString where(qint64 sector) const;
};

// Called with the sectors scanned so far and the total; returning false cancels the scan.
using VobScanProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads the VOB files `files` (tree entries, in order) pack by pack. Fails naming the file and
// sector when a file is not whole packs or a pack is no MPEG-2 pack (a damaged VOB), and with
// a cancel error when `progress` says so. Results are cached for the life of the process, per
// source and files, so the sizes a user sees and the build that follows read the VOBs once.
Result<std::shared_ptr<const VobPacks>> scanVobPacks(const std::shared_ptr<const ImageTree> &tree,
                                                     const QList<int> &files,
                                                     const VobScanProgress &progress = {});

// One progress bar, in bytes, over the scans of several title sets: each title set counts
// once (scanned again, it comes from the cache), and finish() fills the bar for title sets
// the total counted that needed no scan after all.
class VobScanTally
{
public:
    using Report = std::function<bool(qint64 doneBytes, qint64 totalBytes)>;
    explicit VobScanTally(Report report) : m_report(std::move(report)) {}
    bool hasTotal() const { return m_total >= 0; }
    void setTotal(qint64 bytes) { m_total = bytes; }
    // The progress to give scanVobPacks() for the title VOBs of `titleSet`; it cancels the scan
    // when the report says so.
    VobScanProgress forTitleSet(int titleSet);
    void finish() const;

private:
    Report m_report;
    qint64 m_total = -1;
    qint64 m_done = 0;
    std::set<int> m_counted;
};

} // namespace Spindle
