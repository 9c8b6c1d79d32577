#pragma once

#include "jobs/jobhandler.h"

#include <QTextStream>
#include <atomic>

namespace Spindle::Cli {

// Answers a job's questions on the terminal: --yes answers yes to all; on a TTY it prompts;
// without a TTY it answers no and remembers that, so the error can suggest --yes.
class CliJobHandler final : public JobHandler
{
public:
    CliJobHandler(bool assumeYes, bool interactive, QTextStream &in, QTextStream &err);
    bool ask(const Question &question) override;
    bool refusedNonInteractively() const { return m_refused.load(); }

private:
    bool m_assumeYes;
    bool m_interactive;
    QTextStream &m_in;
    QTextStream &m_err;
    std::atomic_bool m_refused{false};
};

} // namespace Spindle::Cli
