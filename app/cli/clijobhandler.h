#pragma once

#include "jobs/jobhandler.h"

#include <QTextStream>
#include <atomic>
#include <optional>

namespace Spindle::Cli {

// Answers a job's questions on the terminal: --yes answers yes to all; on a TTY it prompts;
// without a TTY it answers no and remembers that, so the error can suggest --yes.
class CliJobHandler final : public JobHandler
{
public:
    CliJobHandler(bool assumeYes, bool interactive, QTextStream &in, QTextStream &err);
    bool ask(const Question &question) override;
    bool refusedNonInteractively() const { return m_refused.load(); }
    // Questions of this kind are read from stdin even when it is no TTY (a script or test that
    // changes a virtual disc and then answers); the end of input answers no.
    void setAnswerFromPipe(QuestionKind kind) { m_pipeKind = kind; }

private:
    bool m_assumeYes;
    bool m_interactive;
    QTextStream &m_in;
    QTextStream &m_err;
    std::atomic_bool m_refused{false};
    std::optional<QuestionKind> m_pipeKind;
};

} // namespace Spindle::Cli
