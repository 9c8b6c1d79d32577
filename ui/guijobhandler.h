#pragma once

#include "jobs/jobhandler.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Spindle {

// Answers a job's questions with dialogs. ask() comes from the job's worker thread; the
// dialog must live on the GUI thread, so the call is carried over and the worker waits there.
// Never destroy a running job from the GUI thread while it may be asking: the worker waits
// for the GUI thread and the job's destructor waits for the worker.
class GuiJobHandler final : public QObject, public JobHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiJobHandler)

public:
    explicit GuiJobHandler(QWidget *dialogParent, QObject *parent = nullptr);

    bool ask(const Question &question) override;

private:
    bool askHere(const Question &question);

    QPointer<QWidget> m_dialogParent;
};

} // namespace Spindle
