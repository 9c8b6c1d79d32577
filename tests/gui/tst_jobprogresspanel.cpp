#include "guitest.h"

#include "guijobhandler.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/job.h"
#include "jobs/jobhandler.h"
#include "messagebox.h"
#include "speedgraph.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QToolButton>

#include <cmath>

using namespace Spindle;

namespace {

constexpr int JobTimeoutMs = 20000;

// A job that pretends to write a disc: steady chunks at a varying pace (so the speed graph has
// a shape), buffer levels, log lines of every severity, and a chosen outcome. With `ask` set
// it only asks its handler one question and reports the answer.
class ScriptedJob final : public Job
{
public:
    struct Script
    {
        int steps = 120;
        int stepMs = 25;
        bool harmsMedium = false;
        bool buffers = false;
        bool unknownTotal = false;
        bool ask = false;
        int passes = 1;      // > 1: the steps again for each pass (write, then verify)
        bool noSize = false; // steps without bytes, as erasing reports them
        JobResult outcome = JobResult::success(QStringLiteral("The test disc was written."));
    };

    explicit ScriptedJob(const Script &script) : m_script(script) {}
    ~ScriptedJob() override
    {
        cancel();
        wait();
    }

    QString title() const override { return QStringLiteral("Writing test disc"); }
    QString declinedText() const override { return QStringLiteral("Not written"); }
    bool cancelHarmsMedium() const override { return m_script.harmsMedium; }

protected:
    JobResult run() override
    {
        if (m_script.ask) {
            const Question question{QuestionKind::OverwriteFile, QStringLiteral("Overwrite file?"),
                                    QStringLiteral("x.iso exists. Overwrite it?"),
                                    QStringLiteral("/tmp/x.iso")};
            if (handler() && handler()->ask(question))
                return JobResult::success(QStringLiteral("Overwritten."));
            return JobResult::cancelled(QStringLiteral("Kept the existing file."));
        }
        constexpr qint64 chunk = 512 * 1024;
        const qint64 total = m_script.unknownTotal ? 0 : chunk * m_script.steps;
        for (int pass = 0; pass < m_script.passes; ++pass) {
            const QString phase =
                pass == 0 ? QStringLiteral("Writing") : QStringLiteral("Verifying");
            if (m_script.passes > 1)
                setStage(pass, m_script.passes, phase);
            else
                setPhase(phase);
            if (pass == 0)
                log(Severity::Debug, QStringLiteral("Using a 4 MiB FIFO"));
            for (int i = 1; i <= m_script.steps; ++i) {
                if (isCancelRequested())
                    return JobResult::cancelled();
                const double wobble = std::sin(i / 9.0) * 0.6;
                QThread::msleep(qMax(5, int(m_script.stepMs * (1.0 + wobble))));
                if (m_script.buffers)
                    reportBuffers(85 + i % 15, 60 + (i * 7) % 40);
                if (m_script.noSize)
                    reportSteps(i, m_script.steps);
                else
                    reportProgress(i * chunk, total);
                if (i % 30 == 0)
                    log(Severity::Info, QStringLiteral("Wrote %1 MiB").arg(i / 2));
                if (i == m_script.steps / 2)
                    log(Severity::Warning, QStringLiteral("The drive slowed down to cool off"));
            }
        }
        if (!m_script.outcome.succeeded())
            log(Severity::Error, QStringLiteral("Write error at sector 4711"));
        return m_script.outcome;
    }

private:
    Script m_script;
};

} // namespace

// The job panel against real Job threads: progress, speed, buffers and log while running; the
// result at the end; Cancel with and without the "ruins the disc" confirmation; and
// GuiJobHandler carrying a worker thread's question to the GUI thread.
class TestJobProgressPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsProgressLogAndResult();
    void busyWhenTotalUnknown();
    void cancelThatHarmsMediumAsksFirst();
    void cancelThatIsHarmlessDoesNotAsk();
    void failureShowsMessageAndDetail();
    void guiJobHandlerAnswersFromWorkerThread();
    void passesShareOneBarAndAreNamed();
    void workWithoutSizeShowsNoBytes();
    void declinedIsNotAFailure();
    void stopBeforeStartedArrives();
};

void TestJobProgressPanel::showsProgressLogAndResult()
{
    ScriptedJob::Script script;
    script.buffers = true;
    script.steps = 160;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setSpeedBase(SpeedBase::Dvd);
    panel.setJob(&job);
    panel.setLogExpanded(true);
    panel.resize(680, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    auto *speed = panel.findChild<QLabel *>(QStringLiteral("jobSpeed"));
    auto *timeLeft = panel.findChild<QLabel *>(QStringLiteral("jobTimeLeft"));
    auto *log = panel.findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
    auto *graph = panel.findChild<SpeedGraph *>(QStringLiteral("jobSpeedGraph"));
    auto *result = panel.findChild<InlineMessage *>(QStringLiteral("jobResult"));
    auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("jobCancel"));
    QVERIFY(bar && speed && timeLeft && log && graph && result && cancel);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("jobTitle"))->text(), job.title());

    job.start();
    // Before the first chunk the total is unknown and the bar is busy (maximum 0).
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() >= bar->maximum() * 6 / 10,
                             JobTimeoutMs);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("jobPhase"))->text(),
             QStringLiteral("Writing"));
    QVERIFY2(speed->text().contains(QStringLiteral("MB/s")), qPrintable(speed->text()));
    QVERIFY2(speed->text().contains(QStringLiteral("×")), qPrintable(speed->text()));
    QVERIFY(timeLeft->text().contains(QLatin1Char(':')));
    QVERIFY(panel.findChild<QProgressBar *>(QStringLiteral("jobFifo"))->isVisible());
    QVERIFY(panel.findChild<QProgressBar *>(QStringLiteral("jobDriveBuffer"))->isVisible());
    QVERIFY(graph->sampleCount() >= 2);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!result->isVisible());
    QVERIFY(log->toPlainText().contains(QStringLiteral("Warning: The drive slowed down")));
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-running")));

    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), JobTimeoutMs);
    QCOMPARE(result->kind(), InlineMessage::Kind::Success);
    QCOMPARE(result->text(), QStringLiteral("The test disc was written."));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(!cancel->isVisible());
    QVERIFY(log->toPlainText().contains(QStringLiteral("Wrote 60 MiB")));
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-finished")));

    // The graph and the message follow the palette: check it reads in a dark theme too.
    panel.setPalette(GuiTest::darkPalette());
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-dark")));
}

void TestJobProgressPanel::busyWhenTotalUnknown()
{
    ScriptedJob::Script script;
    script.unknownTotal = true;
    script.steps = 40;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.show();
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    auto *done = panel.findChild<QLabel *>(QStringLiteral("jobDone"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 0 && done->text().contains(QStringLiteral("MB")),
                             JobTimeoutMs);
    QVERIFY(!panel.findChild<QProgressBar *>(QStringLiteral("jobFifo"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), JobTimeoutMs);
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
}

void TestJobProgressPanel::cancelThatHarmsMediumAsksFirst()
{
    ScriptedJob::Script script;
    script.harmsMedium = true;
    script.steps = 100000; // runs until cancelled
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.show();
    auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("jobCancel"));
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    auto *result = panel.findChild<InlineMessage *>(QStringLiteral("jobResult"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || job.lastProgress().bytesDone > 0, JobTimeoutMs);

    MessageBox::setNextAnswer(MessageBox::Answer::No);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("unusable")));
    QVERIFY(!job.isCancelRequested());
    QVERIFY(job.isRunning());
    QVERIFY(cancel->isEnabled());

    MessageBox::setNextAnswer(MessageBox::Answer::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(job.isCancelRequested());
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), JobTimeoutMs);
    QCOMPARE(job.result().status, JobResult::Status::Cancelled);
    QCOMPARE(result->kind(), InlineMessage::Kind::Warning);
    QVERIFY(!cancel->isVisible());
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-cancelled")));
}

void TestJobProgressPanel::cancelThatIsHarmlessDoesNotAsk()
{
    ScriptedJob::Script script;
    script.steps = 100000;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.show();
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().bytesDone > 0, JobTimeoutMs);
    // Were a question asked, this "No" would keep the job running and fail the test.
    MessageBox::setNextAnswer(MessageBox::Answer::No);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("jobCancel")), Qt::LeftButton);
    QVERIFY(job.isCancelRequested());
    MessageBox::setNextAnswer(MessageBox::Answer::None);
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), JobTimeoutMs);
    QCOMPARE(job.result().status, JobResult::Status::Cancelled);
}

void TestJobProgressPanel::failureShowsMessageAndDetail()
{
    ScriptedJob::Script script;
    script.steps = 20;
    script.outcome =
        JobResult::failure(QStringLiteral("The drive stopped writing. Try another disc."),
                           QStringLiteral("SCSI error 3/0C/00 WRITE ERROR"));
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.resize(600, 420);
    panel.show();
    auto *result = panel.findChild<InlineMessage *>(QStringLiteral("jobResult"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), JobTimeoutMs);
    QCOMPARE(result->kind(), InlineMessage::Kind::Error);
    QCOMPARE(result->text(), QStringLiteral("The drive stopped writing. Try another disc."));
    QCOMPARE(result->detail(), QStringLiteral("SCSI error 3/0C/00 WRITE ERROR"));
    result->setDetailExpanded(true);
    QVERIFY(result->findChild<QLabel *>(QStringLiteral("inlineMessageDetail"))->isVisible());
    QVERIFY(panel.findChild<QPlainTextEdit *>(QStringLiteral("jobLog"))
                ->toPlainText()
                .contains(QStringLiteral("Error: Write error at sector 4711")));
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-failed")));
}

void TestJobProgressPanel::guiJobHandlerAnswersFromWorkerThread()
{
    QWidget parent;
    GuiJobHandler handler(&parent);
    for (const bool yes : {true, false}) {
        ScriptedJob::Script script;
        script.ask = true;
        ScriptedJob job(script);
        job.setHandler(&handler);
        MessageBox::setNextAnswer(yes ? MessageBox::Answer::Yes : MessageBox::Answer::No);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), JobTimeoutMs);
        QCOMPARE(MessageBox::lastQuestion(), QStringLiteral("x.iso exists. Overwrite it?"));
        QCOMPARE(job.result().status,
                 yes ? JobResult::Status::Success : JobResult::Status::Cancelled);
    }
    // Asked on the GUI thread itself, the handler answers without a thread hop.
    MessageBox::setNextAnswer(MessageBox::Answer::Yes);
    QVERIFY(handler.ask(
        Question{QuestionKind::Confirm, QStringLiteral("Go?"), QStringLiteral("Go on?"), {}}));
}

// Burn then verify: one bar and one time left for both, the pass named; at the end the speed
// shown is the job's average, not its last sample.
void TestJobProgressPanel::passesShareOneBarAndAreNamed()
{
    ScriptedJob::Script script;
    script.passes = 2;
    script.steps = 50;
    script.stepMs = 20;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.resize(680, 480);
    panel.show();
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    auto *phase = panel.findChild<QLabel *>(QStringLiteral("jobPhase"));
    auto *speed = panel.findChild<QLabel *>(QStringLiteral("jobSpeed"));
    auto *result = panel.findChild<InlineMessage *>(QStringLiteral("jobResult"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().fraction > 0.5 && job.lastProgress().stage == 0,
                             JobTimeoutMs);
    QCOMPARE(phase->text(), QStringLiteral("Writing (step 1 of 2)"));
    QVERIFY2(bar->value() > 0 && bar->value() <= bar->maximum() / 2,
             qPrintable(QString::number(bar->value())));
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-pass1")));
    QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().stage == 1 && job.lastProgress().fraction > 0.3,
                             JobTimeoutMs);
    QTRY_COMPARE(phase->text(), QStringLiteral("Verifying (step 2 of 2)"));
    QVERIFY2(bar->value() > bar->maximum() / 2, qPrintable(QString::number(bar->value())));
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-pass2")));
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), JobTimeoutMs);
    const double average = job.lastProgress().averageBytesPerSecond;
    QVERIFY(average > 0);
    QCOMPARE(speed->text(), QStringLiteral("%1 (%2) on average")
                                .arg(formatRate(average), formatSpeedX(average, SpeedBase::Dvd)));
}

// Erasing has no size: no "1 bytes of 1 bytes", no speed.
void TestJobProgressPanel::workWithoutSizeShowsNoBytes()
{
    ScriptedJob::Script script;
    script.noSize = true;
    script.steps = 20;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.show();
    auto *done = panel.findChild<QLabel *>(QStringLiteral("jobDone"));
    auto *speed = panel.findChild<QLabel *>(QStringLiteral("jobSpeed"));
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, JobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), JobTimeoutMs);
    QTRY_VERIFY(!panel.findChild<QPushButton *>(QStringLiteral("jobCancel"))->isVisible());
    QCOMPARE(done->text(), QStringLiteral("–"));
    QCOMPARE(speed->text(), QStringLiteral("–"));
}

// "No" to "Burn anyway?" is the person's choice: said as such, not as a failure.
void TestJobProgressPanel::declinedIsNotAFailure()
{
    ScriptedJob::Script script;
    script.steps = 5;
    script.outcome = JobResult::declined(QStringLiteral("Not written: the disc holds data."));
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.resize(600, 420);
    panel.show();
    auto *result = panel.findChild<InlineMessage *>(QStringLiteral("jobResult"));
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), JobTimeoutMs);
    QCOMPARE(result->kind(), InlineMessage::Kind::Info);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("jobPhase"))->text(),
             QStringLiteral("Not written"));
    QVERIFY(!panel.findChild<QPlainTextEdit *>(QStringLiteral("jobLog"))->isVisible());
    QVERIFY(!panel.findChild<SpeedGraph *>(QStringLiteral("jobSpeedGraph"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(&panel, QStringLiteral("job-progress-declined")));
}

// Quitting right after a start: the job's queued "started" must not turn "Cancelling…" back
// into "Starting…".
void TestJobProgressPanel::stopBeforeStartedArrives()
{
    ScriptedJob::Script script;
    script.steps = 100000;
    ScriptedJob job(script);
    JobProgressPanel panel;
    panel.setJob(&job);
    panel.show();
    job.start();
    QDeadlineTimer deadline(JobTimeoutMs);
    while (job.lastProgress().bytesDone == 0 && !deadline.hasExpired())
        QThread::msleep(5); // no event processed: "started" is still queued
    panel.stop();
    QCoreApplication::processEvents(); // delivers "started"
    auto *phase = panel.findChild<QLabel *>(QStringLiteral("jobPhase"));
    QVERIFY2(phase->text() == QStringLiteral("Cancelling…") ||
                 phase->text() == QStringLiteral("Cancelled"),
             qPrintable(phase->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), JobTimeoutMs);
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestJobProgressPanel>(argc, argv);
}

#include "tst_jobprogresspanel.moc"
