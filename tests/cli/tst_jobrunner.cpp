#include "clijobhandler.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "testjob.h"

#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>

using namespace Spindle;
using namespace Spindle::Cli;
using Spindle::Test::TestJob;

namespace {
// A job past the point of no return: it ignores a cancel and succeeds, as a burn that is
// closing the disc does.
class StubbornJob final : public Job
{
public:
    QString title() const override { return QStringLiteral("Stubborn job"); }
    bool needsBurnLibrary() const override { return false; }

protected:
    JobResult run() override
    {
        QThread::msleep(600);
        return JobResult::success(QStringLiteral("Burned."));
    }
};
} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

    struct Buffers
    {
        QString out;
        QString err;
        QTextStream outStream{&out};
        QTextStream errStream{&err};
        CliContext context{outStream, errStream, false, false};
    };

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("code");
        QTest::newRow("success") << int(TestJob::Outcome::Succeed) << int(ExitSuccess);
        QTest::newRow("failure") << int(TestJob::Outcome::Fail) << int(ExitFailure);
        QTest::newRow("loss") << int(TestJob::Outcome::Lose) << int(ExitDataLoss);
    }
    void exitCodes()
    {
        QFETCH(int, outcome);
        QFETCH(int, code);
        Buffers b;
        TestJob job(TestJob::Outcome(outcome), 5, 1);
        JobRunner runner(b.context, ProgressPrinter::Mode::Plain);
        QCOMPARE(runner.run(job), code);
        QVERIFY(b.err.contains(QLatin1String("warning: a warning from the test job")));
        if (code == ExitFailure)
            QVERIFY(b.err.contains(QLatin1String("failed on purpose")));
        QVERIFY(b.out.isEmpty()); // progress and messages stay off stdout
    }

    void ctrlCCancels()
    {
        Buffers b;
        TestJob job(TestJob::Outcome::Forever, 0, 10);
        JobRunner runner(b.context, ProgressPrinter::Mode::Plain);
        QTimer::singleShot(200, [] { ::raise(SIGINT); });
        QCOMPARE(runner.run(job), int(ExitCancelled));
        QVERIFY(b.err.contains(QLatin1String("Cancelling")));
    }

    // Issue 16, item 15: success stays success, but the user learns the Ctrl-C was not obeyed.
    void lateCancelIsReported()
    {
        Buffers b;
        StubbornJob job;
        JobRunner runner(b.context, ProgressPrinter::Mode::Plain);
        QTimer::singleShot(200, [] { ::raise(SIGINT); });
        QCOMPARE(runner.run(job), int(ExitSuccess));
        QVERIFY(b.err.contains(QLatin1String("Burned.")));
        QVERIFY2(b.err.contains(QLatin1String("too late")), qPrintable(b.err));
    }

    void nonInteractiveQuestionSuggestsYes()
    {
        Buffers b;
        QString none;
        QTextStream in(&none);
        CliJobHandler handler(false, false, in, b.errStream);
        TestJob job(TestJob::Outcome::Ask, 2, 1);
        JobRunner runner(b.context, ProgressPrinter::Mode::None);
        runner.setHandler(&handler);
        QCOMPARE(runner.run(job), int(ExitFailure));
        QVERIFY(b.err.contains(QLatin1String("--yes")));

        Buffers yes;
        CliJobHandler assumeYes(true, false, in, yes.errStream);
        TestJob job2(TestJob::Outcome::Ask, 2, 1);
        JobRunner runner2(yes.context, ProgressPrinter::Mode::None);
        runner2.setHandler(&assumeYes);
        QCOMPARE(runner2.run(job2), int(ExitSuccess));
    }

    void interactivePrompt()
    {
        Buffers b;
        QString answer = QStringLiteral("y\n");
        QTextStream in(&answer);
        CliJobHandler handler(false, true, in, b.errStream);
        Question q;
        q.title = QStringLiteral("Overwrite?");
        q.text = QStringLiteral("The file exists.");
        QVERIFY(handler.ask(q));
        QVERIFY(b.err.contains(QLatin1String("[y/N]")));
        QString no = QStringLiteral("\n");
        QTextStream inNo(&no);
        CliJobHandler handler2(false, true, inNo, b.errStream);
        QVERIFY(!handler2.ask(q));
    }

    void jsonProgressOnStdout()
    {
        Buffers b;
        TestJob job(TestJob::Outcome::Succeed, 5, 30);
        JobRunner runner(b.context, ProgressPrinter::Mode::Json);
        QCOMPARE(runner.run(job), int(ExitSuccess));
        QVERIFY(b.out.contains(QLatin1String("\"type\":\"progress\"")));
        QVERIFY(b.out.contains(QLatin1String("\"type\":\"result\"")));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
