#pragma once

#include "base/log.h"
#include "base/result.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace Spindle {

class JobHandler;
class LibraryMessages;
class RateMeter;

struct JobProgress
{
    double fraction = -1.0; // 0..1, or -1 when the total is not known
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0.0; // current rate, averaged over the last few seconds
    qint64 secondsLeft = -1;     // -1 when unknown
    QString phase;               // "Reading", "Writing", "Verifying", ...
    int fifoPercent = -1;        // burn jobs: libburn FIFO fill, -1 when not applicable
    int driveBufferPercent = -1; // burn jobs: drive buffer fill, -1 when not applicable
    // False when done and total count steps of work that moves no data (erasing a disc): there
    // is no size and no speed to show, only how far it is.
    bool countsBytes = true;
    // A job of several passes over its data (burn then verify, read then verify): which one
    // runs, out of how many, and the fraction and time left of the whole job. For a job of
    // one pass they equal fraction and secondsLeft.
    int stage = 0;
    int stageCount = 1;
    double jobFraction = -1.0;
    qint64 jobSecondsLeft = -1;
    // Bytes per second over the job's data passes so far (time spent moving data, all passes
    // together): the speed to show once the job has ended. 0 until known.
    double averageBytesPerSecond = 0.0;
};

struct JobResult
{
    enum class Status
    {
        Success,
        SuccessWithLoss, // finished, but with data the user accepted to lose (skipped sectors)
        Failed,
        Cancelled,
        Declined // not done because the person (or --yes missing) said no to a question
    };
    Status status = Status::Failed;
    QString message; // for the user: what happened and what to do
    QString detail;  // technical cause
    // Set where `message` gives spindle-cli's options as advice (Error::guiMessage).
    QString guiMessage = {};

    const QString &forGui() const { return guiMessage.isEmpty() ? message : guiMessage; }
    static JobResult success(const QString &message = {}) { return {Status::Success, message, {}}; }
    static JobResult failure(const QString &message, const QString &detail = {})
    {
        return {Status::Failed, message, detail};
    }
    static JobResult failure(const Error &error)
    {
        return {Status::Failed, error.message, error.detail, error.guiMessage};
    }
    static JobResult cancelled(const QString &message = {});
    static JobResult declined(const QString &message) { return {Status::Declined, message, {}}; }
    bool succeeded() const
    {
        return status == Status::Success || status == Status::SuccessWithLoss;
    }
};

// The one abstraction for long work, shared by GUI and CLI (K3b's vocabulary). A job lives in
// the thread that created it; run() executes on a thread of its own, and all signals are
// emitted from there, so receivers in the GUI thread get them queued.
// Cancel is a flag that run() polls: a thread is never terminated.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override; // cancels and waits for run() to return

    virtual QString title() const = 0;
    // True where stopping half-way ruins the medium (a write-once disc): the GUI confirms first.
    virtual bool cancelHarmsMedium() const { return false; }
    // Whether run() uses libburn or libisofs (drives, ISO images). Such a job fails at once
    // when the libraries could not be started, and its log receives their messages; a job
    // that needs neither runs without them.
    virtual bool needsBurnLibrary() const { return true; }
    // What the job's result says in a word when a question was answered No ("Not burned").
    virtual QString declinedText() const;

    void setHandler(JobHandler *handler) { m_handler = handler; }

    void start();
    void cancel(); // thread-safe, returns at once
    bool isRunning() const { return m_running.load(); }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Blocks until run() returned (for tests and the CLI's non-event-loop paths).
    bool wait(int timeoutMs = -1);
    JobResult result() const;
    JobProgress lastProgress() const;

Q_SIGNALS:
    void started();
    void progressChanged(const Spindle::JobProgress &progress);
    void logMessage(Spindle::Severity severity, const QString &text);
    void finished(const Spindle::JobResult &result);

protected:
    // The work, on the job's thread. Return the outcome; poll isCancelRequested() often
    // (at least every 100 ms) and return JobResult::cancelled() when it is set.
    virtual JobResult run() = 0;

    JobHandler *handler() const { return m_handler; }
    void setPhase(const QString &phase);
    // Starts pass `stage` (from 0) of `stageCount` passes over about the same amount of data,
    // named `phase`: the job's fraction and time left cover the passes still to come.
    void setStage(int stage, int stageCount, const QString &phase);
    // Emits at most every 100 ms unless `force` is set; computes rate and time left.
    void reportProgress(qint64 bytesDone, qint64 bytesTotal, bool force = false);
    // Progress of work that has no size (erasing): `done` of `total` steps.
    void reportSteps(qint64 done, qint64 total, bool force = false);
    void reportBuffers(int fifoPercent, int driveBufferPercent);
    void log(Severity severity, const QString &text);
    // Moves the libburn/libisofs messages produced since run() began (by this job or anything
    // running beside it) into this job's log; nothing when the job needs no library. None is
    // logged above `atMost`: for messages about something the job can do without.
    void forwardLibraryMessages(Severity atMost = Severity::Error);

private:
    void execute();
    void beginPhase();
    void report(qint64 done, qint64 total, bool countsBytes, bool force);

    JobHandler *m_handler = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_running{false};
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<RateMeter> m_meter;
    std::unique_ptr<LibraryMessages> m_libraryMessages; // exists while run() runs
    // libisofs warns once per link or special file that Joliet cannot hold: the first few are
    // logged, the rest counted (a copy of /usr/share has 3,700 links).
    int m_rockRidgeOnly = 0;
    QElapsedTimer m_sinceEmit; // used only on the job's thread
    qint64 m_lastEmitMs = 0;
    // Used only on the job's thread: the data passes behind the average speed.
    qint64 m_phaseFirstMs = -1; // when this phase began
    qint64 m_phaseBytes = 0;    // and how many it has reported
    qint64 m_phaseMs = 0;       // over how long
    qint64 m_earlierBytes = 0;  // the finished phases' bytes
    qint64 m_earlierMs = 0;     // and time
    mutable QMutex m_stateLock; // guards m_progress and m_result
    JobProgress m_progress;
    JobResult m_result;
};

} // namespace Spindle

Q_DECLARE_METATYPE(Spindle::JobProgress)
Q_DECLARE_METATYPE(Spindle::JobResult)
