#include "device/burnlibrary.h"
#include "jobs/jobhandler.h"
#include "testjob.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Spindle;
using Spindle::Test::TestJob;

namespace {

// Triggers a real libburn message: grabbing a stdio drive whose folder does not exist.
class LibburnMessageJob final : public Job
{
public:
    QString title() const override { return QStringLiteral("libburn message"); }

protected:
    JobResult run() override
    {
        burn::burn_drive_info *info = nullptr;
        char address[] = "stdio:/nonexistent-spindle-folder/x.iso";
        if (burn::burn_drive_scan_and_grab(&info, address, 0) > 0) {
            burn::burn_drive_release(info->drive, 0);
            burn::burn_drive_info_free(info);
        }
        return JobResult::success();
    }
};

// Two passes over the same data, as a burn with verify: a slow one, then a fast one with a
// final burst; or erase-like steps without a size.
class TwoPassJob final : public Job
{
public:
    static constexpr qint64 Chunk = 1024 * 1024;
    static constexpr int Steps = 40;
    bool steps = false;
    QString title() const override { return QStringLiteral("two passes"); }
    bool needsBurnLibrary() const override { return false; }

protected:
    JobResult run() override
    {
        if (steps) {
            setPhase(QStringLiteral("Erasing"));
            for (int i = 1; i <= 3; ++i) {
                QThread::msleep(20);
                reportSteps(i, 3, true);
            }
            return JobResult::success();
        }
        setStage(0, 2, QStringLiteral("Writing"));
        for (int i = 1; i <= Steps; ++i) {
            QThread::msleep(50); // 2 s: time left is counted in whole seconds
            reportProgress(i * Chunk, Steps * Chunk, true);
        }
        setStage(1, 2, QStringLiteral("Verifying"));
        for (int i = 1; i <= Steps; ++i) {
            QThread::msleep(i == Steps ? 0 : 5);
            reportProgress(i * Chunk, Steps * Chunk, true);
        }
        return JobResult::success();
    }
};

} // namespace

class TestJobEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressAndSuccess()
    {
        TestJob job(TestJob::Outcome::Succeed, 30, 10);
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy logs(&job, &Job::logMessage);
        const Qt::HANDLE mainThread = QThread::currentThreadId();
        Qt::HANDLE runThread = nullptr;
        connect(
            &job, &Job::started, &job, [&] { runThread = QThread::currentThreadId(); },
            Qt::DirectConnection);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        QVERIFY(runThread != nullptr);
        QVERIFY(runThread != mainThread); // the work ran off the caller's thread
        const auto result = finished.first().first().value<JobResult>();
        QCOMPARE(result.status, JobResult::Status::Success);
        QVERIFY(progress.count() >= 2);
        const auto last = progress.last().first().value<JobProgress>();
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.fraction, 1.0);
        QCOMPARE(last.phase, QStringLiteral("Working"));
        bool sawWarning = false;
        for (const auto &entry : logs)
            sawWarning = sawWarning || entry.at(0).value<Severity>() == Severity::Warning;
        QVERIFY(sawWarning);
        QVERIFY(!job.isRunning());
    }

    void rateAndTimeLeft()
    {
        TestJob job(TestJob::Outcome::Succeed, 40, 25); // ~40 MB/s for one second
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        bool sawRate = false;
        bool sawTimeLeft = false;
        for (const auto &p : progress) {
            const auto jp = p.first().value<JobProgress>();
            sawRate = sawRate || jp.bytesPerSecond > 1e6;
            sawTimeLeft = sawTimeLeft || jp.secondsLeft >= 0;
        }
        QVERIFY(sawRate);
        QVERIFY(sawTimeLeft);
    }

    void cancelStopsWithinASecond()
    {
        TestJob job(TestJob::Outcome::Forever, 0, 20);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTest::qWait(200);
        QVERIFY(job.isRunning());
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(finished.first().first().value<JobResult>().status, JobResult::Status::Cancelled);
    }

    void failureCarriesMessage()
    {
        TestJob job(TestJob::Outcome::Fail, 3, 1);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        const auto result = finished.first().first().value<JobResult>();
        QCOMPARE(result.status, JobResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.detail.contains(QLatin1String("errno")));
        QCOMPARE(job.result().message, result.message);
    }

    void handlerAnswers()
    {
        FixedAnswerHandler no(false);
        TestJob refused(TestJob::Outcome::Ask, 2, 1);
        refused.setHandler(&no);
        refused.start();
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.result().status, JobResult::Status::Failed);

        FixedAnswerHandler yes(true);
        TestJob accepted(TestJob::Outcome::Ask, 2, 1);
        accepted.setHandler(&yes);
        accepted.start();
        QVERIFY(accepted.wait(5000));
        QCOMPARE(accepted.result().status, JobResult::Status::Success);
    }

    void restartable()
    {
        TestJob job(TestJob::Outcome::Succeed, 2, 1);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, 5000));
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 2; }, 5000));
        QCOMPARE(finished.count(), 2);
    }

    // The fraction and time left of a job of two passes cover both, with the pass named; the
    // average speed is over both passes' data.
    void passesCoverTheWholeJob()
    {
        TwoPassJob job;
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        QElapsedTimer clock;
        clock.start();
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
        const double seconds = clock.elapsed() / 1000.0;
        bool sawFirstHalf = false;
        bool sawSecondHalf = false;
        bool sawLongerTimeLeft = false;
        double last = 0;
        for (const auto &entry : progress) {
            const auto p = entry.first().value<JobProgress>();
            QCOMPARE(p.stageCount, 2);
            QVERIFY2(p.jobFraction >= last, "the bar never goes back");
            last = p.jobFraction;
            if (p.stage == 0 && p.fraction > 0.4 && p.fraction < 0.6) {
                QVERIFY(qAbs(p.jobFraction - p.fraction / 2) < 1e-9);
                sawFirstHalf = true;
                sawLongerTimeLeft = sawLongerTimeLeft || p.jobSecondsLeft > p.secondsLeft;
                QCOMPARE(p.phase, QStringLiteral("Writing"));
            }
            if (p.stage == 1) {
                QVERIFY(p.jobFraction >= 0.5);
                if (p.bytesDone == 0) // the first pass's speed is not shown for the second
                    QCOMPARE(p.bytesPerSecond, 0.0);
                QCOMPARE(p.phase, QStringLiteral("Verifying"));
                sawSecondHalf = true;
            }
        }
        QVERIFY(sawFirstHalf);
        QVERIFY(sawSecondHalf);
        QVERIFY(sawLongerTimeLeft);
        QCOMPARE(last, 1.0);
        const JobProgress end = job.lastProgress();
        const double overall = 2.0 * TwoPassJob::Steps * TwoPassJob::Chunk / seconds;
        QVERIFY2(end.averageBytesPerSecond >= overall * 0.9 &&
                     end.averageBytesPerSecond <= overall * 2.0,
                 qPrintable(QStringLiteral("average %1, overall %2")
                                .arg(end.averageBytesPerSecond)
                                .arg(overall)));
    }

    void stepsHaveNoSize()
    {
        TwoPassJob job;
        job.steps = true;
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        const JobProgress end = job.lastProgress();
        QVERIFY(!end.countsBytes);
        QCOMPARE(end.bytesPerSecond, 0.0);
        QCOMPARE(end.averageBytesPerSecond, 0.0);
        QCOMPARE(end.jobFraction, 1.0);
    }

    void libburnMessagesReachTheLog()
    {
        QVERIFY(BurnLibrary::instance().isInitialised());
        LibburnMessageJob job;
        QSignalSpy logs(&job, &Job::logMessage);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        bool found = false;
        for (const auto &entry : logs) {
            const QString text = entry.at(1).toString();
            if (text.startsWith(QLatin1String("libburn:")) &&
                text.contains(QLatin1String("stdio-path")))
                found = entry.at(0).value<Severity>() == Severity::Error;
        }
        QVERIFY2(found, "libburn's SORRY message about the missing folder did not reach the log");
    }
};

QTEST_GUILESS_MAIN(TestJobEngine)
#include "tst_job.moc"
