#pragma once

#include "base/format.h"
#include "jobs/job.h"
#include "messagebox.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Spindle {

class InlineMessage;
class SpeedGraph;

// Shows one running Job: progress, phase, speed (MB/s and ×), time left, a speed graph, the
// buffers of a burn, the job's log, and at the end its result. Cancel asks first when
// stopping would ruin the medium. The panel never owns the job. A page shows it in place of its
// form (PageJob), so the graph and the log take what room there is and never grow the window.
class JobProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressPanel)

public:
    explicit JobProgressPanel(QWidget *parent = nullptr);

    // Follows `job` from now on (connect before job->start() to see it from the beginning).
    void setJob(Job *job);
    Job *job() const { return m_job; }
    // Which "1×" the × speeds and the graph's grid use (CD, DVD or BD).
    void setSpeedBase(SpeedBase base);
    void setLogExpanded(bool expanded);
    bool isLogExpanded() const;
    // Whether the job shown here runs and has not been told to stop.
    bool isJobRunning() const;
    // What Cancel asks before stopping the job; `quitting`: what closing the window asks,
    // which is asked for every job, with the same consequences named.
    MessageBox::Request stopQuestion(bool quitting) const;
    // Cancels the job without asking and shows that it is stopping.
    void stop();
    // A "Done" button in Cancel's place once the job has ended, which emits doneRequested():
    // for a page that shows the panel instead of its form.
    void setOffersDone(bool offers);
    // A line the person should read while the job runs (the burn is slower than the drive
    // could go, and why), above the speed graph until the next job; empty hides it.
    void showNotice(const QString &text);
    QString noticeText() const;
    // What the panel shows, for a summary elsewhere (the running jobs bar).
    QString phaseText() const;
    // From 0 to 1 of the whole job, or -1 while the total is not known.
    double fraction() const;

public Q_SLOTS:
    // Cancels the job, after a confirmation when cancelHarmsMedium(); does nothing otherwise.
    void requestCancel();

Q_SIGNALS:
    void finished(const Spindle::JobResult &result);
    // The job, its phase or its progress changed.
    void stateChanged();
    void doneRequested();

private:
    void reset();
    void onStarted();
    void onProgress(const Spindle::JobProgress &progress);
    void onLog(Spindle::Severity severity, const QString &text);
    void onFinished(const Spindle::JobResult &result);

    QPointer<Job> m_job;
    SpeedBase m_base = SpeedBase::Dvd;
    QElapsedTimer m_elapsed; // since the job started: the speed graph's time axis
    QLabel *m_title;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QLabel *m_speed;
    QLabel *m_timeLeft;
    QLabel *m_done;
    QLabel *m_fifoLabel;
    QProgressBar *m_fifo;
    QLabel *m_driveBufferLabel;
    QProgressBar *m_driveBuffer;
    SpeedGraph *m_graph;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    InlineMessage *m_notice;
    InlineMessage *m_result;
    QPushButton *m_cancel;
    QPushButton *m_doneButton;
    bool m_offersDone = false;
};

} // namespace Spindle
