#pragma once

#include "ecc/rs03repair.h"
#include "jobs/job.h"

namespace Spindle {

struct RepairOptions
{
    QString imagePath;
    // A rescue map (ddrescue's format, as `read --skip-unreadable` writes it): the sectors it
    // does not mark as read are rebuilt whatever their bytes look like, and the map then
    // records them as rebuilt. Empty: none.
    QString mapPath;
    // Only look: say what is damaged and whether a repair can rebuild it, write nothing.
    bool checkOnly = false;
};

// What a finished RepairJob found and did.
struct RepairReport
{
    bool ran = false; // the image carried RS03 data and every block was looked at
    Rs03RepairReport repair;
    qint64 mapUnreadableSectors = 0; // sectors the map marks as not read
    qint64 mapRebuiltSectors = 0;    // of those, rebuilt and marked finished in the map
    bool mapUpdated = false;         // the map was saved with them
};

// Repairs an image that carries dvdisaster RS03 error-correction data (spindle-cli protect,
// dvdisaster -c -mRS03) in place: damaged sectors are rebuilt from the ecc layers, checked
// against the CRC layer and written back. Ends with data loss (exit 3 on the command line)
// when sectors remain that cannot be rebuilt.
class RepairJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairJob)

public:
    explicit RepairJob(RepairOptions options, QObject *parent = nullptr);
    ~RepairJob() override;
    QString title() const override;
    bool needsBurnLibrary() const override { return false; }
    RepairReport report() const;
    const RepairOptions &options() const { return m_options; }

protected:
    JobResult run() override;

private:
    // Marks the sectors rebuilt as finished (and rebuilt) in the rescue map.
    void recordInMap(RepairReport &r);
    JobResult checkResult(const Rs03RepairReport &d);

    RepairOptions m_options;
    mutable QMutex m_reportLock;
    RepairReport m_report;
};

} // namespace Spindle
