#pragma once

#include "guijobhandler.h"
#include "jobs/job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace Spindle {

class JobProgressPanel;

// The job a page runs, one at a time: owns it, shows it on the page's progress panel, answers
// its questions with dialogs over the page, and tells the page when it starts and ends. A
// finished job stays until the next one starts, so that the page can read its report and the
// panel keeps showing it. Destroying a PageJob cancels a running job and waits for it.
//
// A job folds the page's form away: the panel shows in its place, from start() until the
// person presses Done after the end, so that the window never grows and progress and Cancel
// are always in view (Brasero's burn dialog, ImgBurn's write mode).
class PageJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageJob)

public:
    explicit PageJob(QWidget *page);
    ~PageJob() override;

    // Where the job is shown; the panel must outlive this.
    void setPanel(JobProgressPanel *panel);
    // What the panel replaces while a job runs or shows its result (children of the page).
    void setForm(const QList<QWidget *> &form);
    // Back to the form after a job has ended (Done, or a new image given to the page); does
    // nothing while a job runs.
    void showForm();
    // Whether the panel shows in place of the form.
    bool isShowingJob() const { return m_showingJob; }
    // From start() until finished() is emitted: the job's last signals still arrive after its
    // thread is done, and the page is busy until it has handled them.
    bool isRunning() const { return m_running; }
    // The current or last job, if it is a T.
    template <typename T> T *job() const { return qobject_cast<T *>(m_job.get()); }
    // Takes `job` and starts it, unless a job is running (then false). Emits started().
    bool start(std::unique_ptr<Job> job);

Q_SIGNALS:
    void started();
    void finished(const Spindle::JobResult &result);
    // The form shows again: what belongs to the ended job's result can go.
    void formShown();

private:
    void onFinished(const JobResult &result);

    // Declared before the job, which asks it questions until it is destroyed.
    GuiJobHandler m_handler;
    JobProgressPanel *m_panel = nullptr;
    QList<QPointer<QWidget>> m_form;
    std::unique_ptr<Job> m_job;
    bool m_running = false;
    bool m_showingJob = false;
};

} // namespace Spindle
