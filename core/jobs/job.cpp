#include "jobs/job.h"

#include "base/ratemeter.h"
#include "device/burnlibrary.h"
#include "device/librarymessages.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace Spindle {

namespace {

// Warnings about links Joliet cannot hold that are logged one by one; the rest are counted.
constexpr int RockRidgeOnlyShown = 3;
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

QString Job::declinedText() const
{
    return QCoreApplication::translate("Job", "Not done");
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
    m_phaseFirstMs = -1;
    m_phaseBytes = m_phaseMs = m_earlierBytes = m_earlierMs = 0;
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
        m_rockRidgeOnly = 0;
        outcome = run();
        forwardLibraryMessages();
        m_libraryMessages.reset();
        if (m_rockRidgeOnly > RockRidgeOnlyShown)
            Q_EMIT logMessage(
                Severity::Warning,
                QCoreApplication::translate(
                    "Job",
                    "%n more link(s) or special file(s) are only in the Rock Ridge names: the "
                    "Joliet names (what Windows reads) cannot hold them.",
                    nullptr, m_rockRidgeOnly - RockRidgeOnlyShown));
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
    beginPhase();
    log(Severity::Info, phase);
    Q_EMIT progressChanged(copy);
}

void Job::setStage(int stage, int stageCount, const QString &phase)
{
    JobProgress copy;
    {
        QMutexLocker lock(&m_stateLock);
        m_progress.stage = stage;
        m_progress.stageCount = qMax(1, stageCount);
        m_progress.phase = phase;
        m_progress.fraction = -1.0;
        m_progress.bytesDone = 0;
        m_progress.bytesTotal = 0;
        m_progress.secondsLeft = -1;
        m_progress.bytesPerSecond = 0.0; // the last pass's speed is not this one's
        m_progress.countsBytes = true;
        m_progress.jobFraction = double(stage) / double(m_progress.stageCount);
        m_progress.jobSecondsLeft = -1;
        copy = m_progress;
    }
    beginPhase();
    log(Severity::Info, phase);
    Q_EMIT progressChanged(copy);
}

void Job::beginPhase()
{
    m_meter->reset();
    m_earlierBytes += m_phaseBytes;
    m_earlierMs += m_phaseMs;
    m_phaseBytes = m_phaseMs = 0;
    m_phaseFirstMs = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : 0;
}

void Job::reportProgress(qint64 bytesDone, qint64 bytesTotal, bool force)
{
    report(bytesDone, bytesTotal, true, force);
}

void Job::reportSteps(qint64 done, qint64 total, bool force)
{
    report(done, total, false, force);
}

void Job::report(qint64 done, qint64 total, bool countsBytes, bool force)
{
    const qint64 now = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : 0;
    m_meter->addSample(now, done);
    if (countsBytes && done > 0) {
        m_phaseBytes = done;
        m_phaseMs = now - qMax<qint64>(0, m_phaseFirstMs);
    }
    const qint64 dataMs = m_earlierMs + m_phaseMs;
    JobProgress copy;
    {
        QMutexLocker lock(&m_stateLock);
        JobProgress &p = m_progress;
        p.bytesDone = done;
        p.bytesTotal = total;
        p.countsBytes = countsBytes;
        p.fraction = total > 0 ? qBound(0.0, double(done) / double(total), 1.0) : -1.0;
        const double rate = m_meter->bytesPerSecond();
        p.bytesPerSecond = countsBytes ? rate : 0.0;
        p.secondsLeft = m_meter->secondsLeft(done, total);
        if (p.stageCount <= 1) {
            p.jobFraction = p.fraction;
            p.jobSecondsLeft = p.secondsLeft;
        } else if (!countsBytes) {
            p.jobFraction = -1.0; // work outside the passes (erasing before a burn)
            p.jobSecondsLeft = -1;
        } else {
            // The passes still to come move about as much data as this one.
            const int later = p.stageCount - 1 - p.stage;
            p.jobFraction = (p.stage + qMax(0.0, p.fraction)) / p.stageCount;
            p.jobSecondsLeft = p.secondsLeft >= 0 && rate > 0
                                   ? p.secondsLeft + qint64(later * double(total) / rate)
                                   : -1;
        }
        if (m_earlierBytes + m_phaseBytes > 0)
            p.averageBytesPerSecond =
                double(m_earlierBytes + m_phaseBytes) * 1000.0 / double(qMax<qint64>(1, dataMs));
        copy = p;
    }
    if (!force && now - m_lastEmitMs < ProgressIntervalMs && done < total)
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
    static const QRegularExpression rockRidgeOnly(
        QStringLiteral("^libisofs: Cannot add .* to Joliet tree\\. (Symlinks|Special files) can "
                       "only be added to a Rock Ridge tree\\.$"));
    const QList<LogEntry> entries = m_libraryMessages->take();
    for (const LogEntry &e : entries) {
        if (rockRidgeOnly.match(e.text).hasMatch() && ++m_rockRidgeOnly > RockRidgeOnlyShown)
            continue;
        Q_EMIT logMessage(std::min(e.severity, atMost), e.text);
    }
}

} // namespace Spindle
