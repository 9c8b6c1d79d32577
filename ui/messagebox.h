#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Spindle {

// The one place that shows modal questions, with a seam for tests (KeePassXC's
// MessageBox::setNextAnswer): a test sets the answer up front and no dialog ever blocks it.
class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum class Answer
    {
        None, // ask the person
        Yes,
        No,
        Cancel // only where the request has a cancelText
    };

    struct Request
    {
        QString title;
        QString text;
        QString detail;         // shown under "Show Details…"
        QString yesText;        // empty: "Yes"
        QString noText;         // empty: "No"
        bool dangerous = false; // a warning icon and "No" as the default button
        QString cancelText;     // non-empty: a third button, which Escape picks
    };

    // Asks and returns true for yes. GUI thread only.
    static bool ask(QWidget *parent, const Request &request);
    // Asks and returns the button pressed: a choice between two actions and Cancel.
    static Answer choose(QWidget *parent, const Request &request);

    // Test seam: the next ask() returns `answer` at once without showing anything.
    static void setNextAnswer(Answer answer);
    // Test seam: the text of the last question asked (answered by a person or the seam).
    static QString lastQuestion();

private:
    MessageBox() = delete;
};

} // namespace Spindle
