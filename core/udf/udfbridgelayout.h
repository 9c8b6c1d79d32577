#pragma once

#include "base/result.h"
#include "udf/plannedfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace Spindle {

// Where one file's bytes lie in the image: the same sectors for the ISO 9660 and UDF sides.
struct UdfBridgeExtent
{
    int planIndex = -1; // into the FilePlan
    qint64 sector = 0;  // first sector (absolute)
    qint64 size = 0;    // bytes; the last sector is padded with zeros
};

// Lays out a DVD-Video "UDF bridge" image from a FilePlan: ISO 9660 level 1 (ECMA-119) and
// UDF 1.02 (ECMA-167 as profiled by OSTA) describing ONE copy of every file's data. The
// layout, in sectors:
//   16 ISO primary volume descriptor, 17 terminator, 18-20 BEA01/NSR02/TEA01,
//   32 main and 48 reserve UDF volume descriptor sequences, 64 integrity sequence,
//   256 anchor, 257.. the UDF partition: file set, ISO path tables and directories, UDF File
//   Entries and directories, then the file data (VIDEO_TS first, in DVD-Video order:
//   VIDEO_TS.IFO/VOB/BUP, then each title set's IFO, VOBs, BUP; then the other files),
//   and the closing anchor in the last sector.
// All metadata is built in memory (head()); the file data is streamed by the caller.
class UdfBridgeLayout final
{
public:
    // The first sector of a planned file (an IFO), or empty when it cannot be read.
    using HeadReader = std::function<QByteArray(int planIndex)>;

    // `recorded`: the volume's recording time, seconds since the epoch. With `readIfo`, the
    // VOBs and BUPs of VIDEO_TS start at the sectors their IFO records (as genisoimage
    // -dvd-video places them: players seek by those offsets), zeros filling any gap.
    static Result<UdfBridgeLayout> build(const FilePlan &plan, const QString &label,
                                         qint64 recorded, const HeadReader &readIfo = {});

    // Sectors [0, dataStartSector()): every descriptor, table and directory.
    const QByteArray &head() const { return m_head; }
    qint64 dataStartSector() const { return m_dataStart; }
    // File data in image order, ascending; gaps (padding to whole sectors, room an IFO
    // reserves) are zeros; empty files have no extent.
    const std::vector<UdfBridgeExtent> &extents() const { return m_extents; }
    // The closing anchor: the image's last sector.
    const QByteArray &tail() const { return m_tail; }
    qint64 totalSectors() const { return m_totalSectors; }
    qint64 size() const { return m_totalSectors * 2048; }
    QString label() const { return m_label; }
    // Where a VIDEO_TS file could not be placed where its IFO says (the file is larger).
    const QStringList &warnings() const { return m_warnings; }

private:
    QByteArray m_head;
    QByteArray m_tail;
    std::vector<UdfBridgeExtent> m_extents;
    qint64 m_dataStart = 0;
    qint64 m_totalSectors = 0;
    QString m_label;
    QStringList m_warnings;

    friend class UdfBridgeLayoutBuilder;
};

// Order of a file inside VIDEO_TS as DVD-Video requires: VIDEO_TS.IFO/VOB/BUP, then per title
// set VTS_nn_0.IFO, VTS_nn_0.VOB ... VTS_nn_9.VOB, VTS_nn_0.BUP; anything else afterwards.
int dvdVideoOrder(const QString &name);

} // namespace Spindle
