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
    // False for a job whose success or failure the caller reports (it does the work again,
    // quickly): progress shows as usual, but only a cancel gets a message and a JSON result.
    void setReportsOutcome(bool reports) { m_reportsOutcome = reports; }

    int run(Job &job);
    static int exitCodeFor(const JobResult &result);

private:
    CliContext &m_context;
    ProgressPrinter::Mode m_mode;
    SpeedBase m_base;
    bool m_verbose = false;
    bool m_reportsOutcome = true;
    CliJobHandler *m_handler = nullptr;
};

} // namespace Spindle::Cli
