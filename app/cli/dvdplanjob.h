#pragma once

#include "dvd/dvdtrim.h"
#include "jobs/job.h"

#include <memory>

namespace Spindle::Cli {

// Plans the trim of a DVD-Video once as a job (planDvdTrim), for what the plan reads: the VOBs
// of the title sets that lose streams or cells, and of those whose buttons may keep a stream
// choice, a whole disc's worth of reading from a drive. As a job it shows progress and Ctrl-C
// cancels it; the scans stay cached for the process, so `build` plans again afterwards in no
// time and reports the plan's notes and errors as it always has.
class DvdPlanJob final : public Job
{
public:
    DvdPlanJob(std::shared_ptr<const ImageTree> tree, DvdTrimOptions trim);
    QString title() const override;
    bool needsBurnLibrary() const override { return false; }

protected:
    JobResult run() override;

private:
    std::shared_ptr<const ImageTree> m_tree;
    DvdTrimOptions m_trim;
};

} // namespace Spindle::Cli
