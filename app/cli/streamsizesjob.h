#pragma once

#include "dvd/streamchoice.h"
#include "jobs/job.h"

#include <memory>

namespace Spindle::Cli {

// Each stream's size from one scan of the title VOBs (readDvdStreamSizes), run as a job so
// that the scan, a whole disc's worth of reading from a drive, shows progress and Ctrl-C
// cancels it like any other job. The scan stays cached for the process: `build` runs it
// before planning a trim, whose own scan then reads nothing.
class StreamSizesJob final : public Job
{
public:
    StreamSizesJob(std::shared_ptr<const ImageTree> tree, QList<DvdTitleSetStreams> streams);
    QString title() const override;
    bool needsBurnLibrary() const override { return false; }
    // Set once the job succeeded.
    const DvdStreamSizes &sizes() const { return m_sizes; }

protected:
    JobResult run() override;

private:
    std::shared_ptr<const ImageTree> m_tree;
    QList<DvdTitleSetStreams> m_streams;
    DvdStreamSizes m_sizes;
};

} // namespace Spindle::Cli
