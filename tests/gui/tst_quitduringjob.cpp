#include "fixtures.h"
#include "guitest.h"

#include "burnpage.h"
#include "device/grabbeddrive.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/job.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "terminationsignals.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QThread>

#include <csignal>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

constexpr int TimeoutMs = 30000;

// Writes until cancelled; stopping it would ruin the disc when `harms`.
class EndlessJob final : public Job
{
public:
    explicit EndlessJob(bool harms, bool verifying = false) : m_harms(harms), m_verifying(verifying)
    {}
    ~EndlessJob() override
    {
        cancel();
        wait();
    }
    QString title() const override { return QStringLiteral("Endless test job"); }
    bool cancelHarmsMedium() const override { return m_harms; }
    bool needsBurnLibrary() const override { return false; }

protected:
    JobResult run() override
    {
        if (m_verifying) // the second pass of a burn with verify, a third of the way
            setStage(1, 2, QStringLiteral("Verifying"));
        else
            setPhase(QStringLiteral("Writing"));
        for (qint64 i = 1; !isCancelRequested(); ++i) {
            QThread::msleep(10);
            reportProgress(qMin<qint64>(i * 1048576, 300 << 20), qint64(900) << 20);
        }
        QThread::msleep(200); // releasing the drive takes a moment
        return JobResult::cancelled();
    }

private:
    bool m_harms;
    bool m_verifying;
};

} // namespace

// Closing the window, SIGTERM and logging out while a job runs: the job is never lost
// unasked, and the window closes only after it has stopped and released the drive.
class TestQuitDuringJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    static bool same(const QString &a, const QString &b)
    {
        return QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), a, b}) == 0;
    }

    // Starts a burn of the test image to a new virtual DVD-R through the Burn page.
    JobProgressPanel *startBurn(MainWindow &window, const QString &target)
    {
        if (window.useDrive(QStringLiteral("stdio:") + target, QStringLiteral("dvd-r")))
            return nullptr;
        window.openImage(m_iso);
        auto *page = window.findChild<BurnPage *>();
        auto *fit = page->findChild<QLabel *>(QStringLiteral("burnFitText"));
        auto *start = page->findChild<QPushButton *>(QStringLiteral("burnStart"));
        if (!QTest::qWaitFor(
                [&] { return fit->text().contains(QLatin1String("fits")) && start->isEnabled(); },
                20000))
            return nullptr;
        QTest::mouseClick(start, Qt::LeftButton);
        return page->findChild<JobProgressPanel *>();
    }

    // A job shown on the Burn page's panel, as a page shows its own.
    static JobProgressPanel *burnPanel(MainWindow &window)
    {
        return window.findChild<BurnPage *>()->findChild<JobProgressPanel *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString content = QStringLiteral("line of text\n").repeated(200000);
        m_iso = makeIso(m_dir.path(), QStringLiteral("quit.iso"), QStringLiteral("QUIT_TEST"),
                        {QStringLiteral("notes.txt=") + content});
        QVERIFY2(!m_iso.isEmpty(), "xorriso could not make the image");
    }

    // Continue keeps the burn going to its end; confirming stops it, and the window closes
    // once the drive is free again.
    void closeDuringBurn()
    {
        MainWindow window;
        window.show();
        const QString first = m_dir.filePath(QStringLiteral("first.iso"));
        JobProgressPanel *panel = startBurn(window, first);
        QVERIFY(panel && window.hasRunningJob());
        MessageBox::setNextAnswer(MessageBox::Answer::No); // Continue
        QVERIFY(!window.close());
        const QString asked = MessageBox::lastQuestion();
        QVERIFY2(asked.contains(QStringLiteral("Quitting stops it")) ||
                     asked.contains(QStringLiteral("unusable")),
                 qPrintable(asked));
        QVERIFY(window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.hasRunningJob(), TimeoutMs);
        QCOMPARE(panel->job()->result().status, JobResult::Status::Success);
        QVERIFY(same(m_iso, first));

        const QString second = m_dir.filePath(QStringLiteral("second.iso"));
        QVERIFY(startBurn(window, second) == panel);
        QVERIFY(window.hasRunningJob());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes); // Stop and Quit
        QVERIFY(!window.close());                           // not yet: the job must stop first
        QVERIFY(window.isVisible());
        auto *message = window.findChild<InlineMessage *>(QStringLiteral("windowMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Stopping")),
                 qPrintable(message->text()));
        QCOMPARE(window.currentTask(), QStringLiteral("burn"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), TimeoutMs);
        QCOMPARE(panel->job()->result().status, JobResult::Status::Cancelled);
        // Released: another job can take the same virtual drive.
        auto grabbed = GrabbedDrive::grab(QStringLiteral("stdio:") + second,
                                          MediumKind::parse(QStringLiteral("dvd-r")).value());
        QVERIFY2(grabbed.ok(), qPrintable(grabbed.error().message));
        QVERIFY(!grabbed.value()->lockForWriting());
    }

    // The question names what stopping costs, as the Cancel button's does; a second close
    // while the job stops changes nothing.
    void closeDuringHarmfulJob()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        window.showTask(QStringLiteral("burn"));
        EndlessJob job(true);
        JobProgressPanel *panel = burnPanel(window);
        panel->setJob(&job);
        panel->setVisible(true);
        job.start();
        QTRY_VERIFY(job.lastProgress().bytesDone > 0);
        window.showStartPage();
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(!window.close());
        QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("unusable")));
        QCOMPARE(MessageBox::lastQuestion(), panel->stopQuestion(false).text);
        QVERIFY(panel->stopQuestion(true).dangerous); // Continue is the default button
        QVERIFY(job.isRunning() && !job.isCancelRequested());

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(!window.close());
        QVERIFY(job.isCancelRequested());
        QCOMPARE(window.currentTask(), QStringLiteral("burn")); // the stopping job shows
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("jobPhase"))->text(),
                 QStringLiteral("Cancelling…"));
        GuiTest::saveScreenshot(&window, QStringLiteral("quit-stopping-1024x700"));
        window.resize(1280, 800);
        GuiTest::saveScreenshot(&window, QStringLiteral("quit-stopping-1280x800"));
        MessageBox::setNextAnswer(MessageBox::Answer::No); // would keep the job, if asked
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), TimeoutMs);
        MessageBox::setNextAnswer(MessageBox::Answer::None);
        QVERIFY(!job.isRunning());
        panel->setJob(nullptr);
    }

    void sigtermStopsTheJobAndQuits()
    {
        MainWindow window;
        window.show();
        TerminationSignals termination;
        connect(&termination, &TerminationSignals::received, &window,
                &MainWindow::stopJobsAndClose);
        EndlessJob job(true);
        JobProgressPanel *panel = burnPanel(window);
        panel->setJob(&job);
        job.start();
        QTRY_VERIFY(job.lastProgress().bytesDone > 0);
        MessageBox::setNextAnswer(MessageBox::Answer::No); // a question would keep it running
        ::raise(SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(job.isCancelRequested(), TimeoutMs);
        QVERIFY(window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), TimeoutMs);
        QVERIFY(!job.isRunning());
        MessageBox::setNextAnswer(MessageBox::Answer::None);
        panel->setJob(nullptr);
    }

    // The states this change shows, at the sizes of a small laptop and a common screen, for a
    // person to look at (build/screenshots): a burn's second pass, a "No" to overwriting.
    void screenshots()
    {
        MainWindow window;
        window.show();
        window.showTask(QStringLiteral("burn"));
        {
            EndlessJob job(true, true);
            JobProgressPanel *panel = burnPanel(window);
            panel->setJob(&job);
            panel->setVisible(true);
            job.start();
            QTRY_VERIFY(job.lastProgress().bytesDone >= 300 << 20);
            QTest::qWait(300);
            for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
                window.resize(size);
                GuiTest::saveScreenshot(
                    &window,
                    QStringLiteral("quit-two-passes-%1x%2").arg(size.width()).arg(size.height()));
            }
            job.cancel();
            QTRY_VERIFY(!job.isRunning());
            panel->setJob(nullptr);
        }
        // A virtual disc that holds data, and "No" to writing over it.
        const QString used = m_dir.filePath(QStringLiteral("used.img"));
        QFile file(used);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1 << 20, 'u'));
        file.close();
        QVERIFY(!window.useDrive(QStringLiteral("stdio:") + used));
        window.openImage(m_iso);
        auto *page = window.findChild<BurnPage *>();
        auto *start = page->findChild<QPushButton *>(QStringLiteral("burnStart"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), TimeoutMs);
        JobProgressPanel *panel = burnPanel(window);
        QCOMPARE(panel->job()->result().status, JobResult::Status::Declined);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("jobPhase"))->text(),
                 QStringLiteral("Not burned"));
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
            window.resize(size);
            GuiTest::saveScreenshot(
                &window,
                QStringLiteral("quit-not-burned-%1x%2").arg(size.width()).arg(size.height()));
        }
    }

    void logoutDuringJob()
    {
        MainWindow window;
        window.show();
        EndlessJob job(false);
        JobProgressPanel *panel = burnPanel(window);
        panel->setJob(&job);
        job.start();
        QTRY_VERIFY(job.lastProgress().bytesDone > 0);
        // Asked, and the person keeps the job: the logout is to be cancelled.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(window.keepJobsAtLogout(true));
        QVERIFY(MessageBox::lastQuestion().contains(job.title()));
        QVERIFY(job.isRunning() && !job.isCancelRequested());
        // Not allowed to ask: the job is stopped cleanly before the session ends.
        MessageBox::setNextAnswer(MessageBox::Answer::No); // must not be asked
        QVERIFY(!window.keepJobsAtLogout(false));
        QVERIFY(!job.isRunning());
        MessageBox::setNextAnswer(MessageBox::Answer::None);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), TimeoutMs);
        panel->setJob(nullptr);
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestQuitDuringJob>(argc, argv);
}

#include "tst_quitduringjob.moc"
