#include "jobs/job.h"

#include "base/ratemeter.h"
#include "device/burnlibrary.h"
#include "device/librarymessages.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace Spindle {

namespace {
constexpr qint64 ProgressIntervalMs = 100;

const int registered = [] {
    qRegisterMetaType<JobProgress>();
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<Severity>();
    return 0;
}();
} // namespace

JobResult JobResult::cancelled(const QString &message)
{
    return {Status::Cancelled,
            message.isEmpty() ? QCoreApplication::translate("Job", "Cancelled.") : message,
            {}};
}

Job::Job(QObject *parent) : QObject(parent), m_meter(std::make_unique<RateMeter>())
{
    Q_UNUSED(registered);
}

Job::~Job()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void Job::start()
{
    if (m_running.exchange(true))
        return;
    if (m_thread)
        m_thread->wait();
    m_cancel = false;
    {
        QMutexLocker lock(&m_stateLock);
        m_progress = {};
        m_result = {};
    }
    m_meter->reset();
    m_thread.reset(QThread::create([this] { execute(); }));
    m_thread->setObjectName(title());
    m_thread->start();
}

void Job::cancel()
{
    m_cancel = true;
}

bool Job::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return timeoutMs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(timeoutMs));
}

JobResult Job::result() const
{
    QMutexLocker lock(&m_stateLock);
    return m_result;
}

JobProgress Job::lastProgress() const
{
    QMutexLocker lock(&m_stateLock);
    return m_progress;
}

void Job::execute()
{
    Q_EMIT started();
    m_sinceEmit.start();
    m_lastEmitMs = -ProgressIntervalMs;
    JobResult outcome;
    if (!needsBurnLibrary()) {
        outcome = run();
    } else if (BurnLibrary &library = BurnLibrary::instance(); !library.isInitialised()) {
        outcome = JobResult::failure(
            QCoreApplication::translate(
                "Job", "\"%1\" needs the disc burning libraries (libburn and libisofs). %2")
                .arg(title(), library.initError()));
    } else {
        // Made before run() and kept until its last message is in the log.
        m_libraryMessages = std::make_unique<LibraryMessages>();
        outcome = run();
        forwardLibraryMessages();
        m_libraryMessages.reset();
    }
    // A run() that noticed the flag late still reports what really happened (e.g. success
    // on the last block); only a run() that gave up reports cancelled.
    {
        QMutexLocker lock(&m_stateLock);
        m_result = outcome;
    }
    m_running = false;
    Q_EMIT finished(outcome);
}

void Job::setPhase(const QString &phase)
{
    JobProgress copy;
    {
        QMutexLocker lock(&m_stateLock);
        if (m_progress.phase == phase)
            return;
        m_progress.phase = phase;
        copy = m_progress;
    }
    m_meter->reset();
    log(Severity::Info, phase);
    Q_EMIT progressChanged(copy);
}

void Job::reportProgress(qint64 bytesDone, qint64 bytesTotal, bool force)
{
    const qint64 now = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : 0;
    m_meter->addSample(now, bytesDone);
    JobProgress copy;
    {
        QMutexLocker lock(&m_stateLock);
        m_progress.bytesDone = bytesDone;
        m_progress.bytesTotal = bytesTotal;
        m_progress.fraction =
            bytesTotal > 0 ? qBound(0.0, double(bytesDone) / double(bytesTotal), 1.0) : -1.0;
        m_progress.bytesPerSecond = m_meter->bytesPerSecond();
        m_progress.secondsLeft = m_meter->secondsLeft(bytesDone, bytesTotal);
        copy = m_progress;
    }
    if (!force && now - m_lastEmitMs < ProgressIntervalMs && bytesDone < bytesTotal)
        return;
    m_lastEmitMs = now;
    forwardLibraryMessages();
    Q_EMIT progressChanged(copy);
}

void Job::reportBuffers(int fifoPercent, int driveBufferPercent)
{
    QMutexLocker lock(&m_stateLock);
    m_progress.fifoPercent = fifoPercent;
    m_progress.driveBufferPercent = driveBufferPercent;
}

void Job::log(Severity severity, const QString &text)
{
    Q_EMIT logMessage(severity, text);
}

void Job::forwardLibraryMessages(Severity atMost)
{
    if (!m_libraryMessages)
        return;
    const QList<LogEntry> entries = m_libraryMessages->take();
    for (const LogEntry &e : entries)
        Q_EMIT logMessage(std::min(e.severity, atMost), e.text);
}

} // namespace Spindle
