#include "device/burnlibrary.h"
#include "jobs/jobhandler.h"
#include "testjob.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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
        QVERIFY(finished.wait(5000));
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
        QVERIFY(finished.wait(5000));
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
        QVERIFY(finished.wait(1000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(finished.first().first().value<JobResult>().status, JobResult::Status::Cancelled);
    }

    void failureCarriesMessage()
    {
        TestJob job(TestJob::Outcome::Fail, 3, 1);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
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
        QVERIFY(finished.wait(5000));
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 2);
    }

    void libburnMessagesReachTheLog()
    {
        QVERIFY(BurnLibrary::instance().isInitialised());
        LibburnMessageJob job;
        QSignalSpy logs(&job, &Job::logMessage);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
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
