#pragma once

#include "clicontext.h"
#include "progressprinter.h"

namespace Spindle {
class Job;
}

namespace Spindle::Cli {

class CliJobHandler;

// Runs one job to its end for a CLI verb: progress to the terminal, warnings and errors to
// stderr, Ctrl-C cancels, and the JobResult becomes the exit code.
class JobRunner final
{
public:
    JobRunner(CliContext &context, ProgressPrinter::Mode mode, SpeedBase base = SpeedBase::Dvd);
    void setVerbose(bool verbose) { m_verbose = verbose; }
    void setHandler(CliJobHandler *handler) { m_handler = handler; }

    int run(Job &job);
    static int exitCodeFor(const JobResult &result);

private:
    CliContext &m_context;
    ProgressPrinter::Mode m_mode;
    SpeedBase m_base;
    bool m_verbose = false;
    CliJobHandler *m_handler = nullptr;
};

} // namespace Spindle::Cli
