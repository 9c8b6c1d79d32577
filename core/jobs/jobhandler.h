#pragma once

#include <QString>

namespace Spindle {

// What a job may need to ask the person in front of it. A job never creates widgets: the GUI
// answers with dialogs, the CLI with a prompt on a TTY or its --yes flag.
enum class QuestionKind
{
    InsertBlankMedium, // "Insert a blank disc into DRIVE" — Yes means "it is inserted, go on"
    OverwriteFile,     // an output file exists
    EraseFirst,        // a rewritable medium holds data
    Confirm            // anything else that needs an explicit yes
};

struct Question
{
    QuestionKind kind = QuestionKind::Confirm;
    QString title;  // short, e.g. "Overwrite file?"
    QString text;   // full sentence(s) explaining the choice
    QString detail; // e.g. the path concerned
};

class JobHandler
{
public:
    virtual ~JobHandler() = default;
    // Called from the job's worker thread; may block until the person answers.
    // Returns true for "yes, go on".
    virtual bool ask(const Question &question) = 0;
};

// For scripts and tests: answers every question the same way without asking.
class FixedAnswerHandler final : public JobHandler
{
public:
    explicit FixedAnswerHandler(bool answer) : m_answer(answer) {}
    bool ask(const Question &) override { return m_answer; }

private:
    bool m_answer;
};

} // namespace Spindle
