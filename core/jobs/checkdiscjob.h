#pragma once

#include "device/mediumkind.h"
#include "ecc/rs03repair.h"
#include "jobs/job.h"
#include "readback/rescuemap.h"

#include <QMutex>
#include <optional>

namespace Spindle {

struct CheckDiscOptions
{
    QString driveAddress;
    MediumKind medium;
};

// What reading a disc through found.
struct CheckDiscReport
{
    bool ran = false;        // the disc was read (the report below means something)
    qint64 checkedBytes = 0; // what the check covers: the file system, or through the ecc data
    qint64 unreadableSectors = 0;
    QList<RescueMap::Range> unreadable; // in bytes, merged
    // The disc carries dvdisaster RS03 data: dvdisaster -t's prognosis (repairedSectors says
    // how many a repair of a rescue copy would rebuild).
    std::optional<Rs03RepairReport> ecc;
};

// Reads every sector of the disc in a drive once, without writing anything, and says what is
// damaged: the sectors the drive cannot read and, on a disc protected with RS03 data, the
// sectors whose CRC does not match and whether a rescue copy can be repaired completely
// (verify --drive without an image, and Disc Info's "Check for damage").
class CheckDiscJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckDiscJob)

public:
    explicit CheckDiscJob(CheckDiscOptions options, QObject *parent = nullptr);
    ~CheckDiscJob() override;
    QString title() const override;
    CheckDiscReport report() const;

protected:
    JobResult run() override;

private:
    JobResult check(CheckDiscReport &report);
    JobResult verdict(const CheckDiscReport &report);

    CheckDiscOptions m_options;
    mutable QMutex m_reportLock;
    CheckDiscReport m_report;
};

} // namespace Spindle
