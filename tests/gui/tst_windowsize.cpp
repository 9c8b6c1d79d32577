#include "fixtures.h"
#include "guitest.h"

#include "base/translations.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/job.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "pagejob.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <memory>

using namespace Spindle;

namespace {

constexpr int TimeoutMs = 30000;
const QSize LargestMinimum(1024, 700); // a small laptop screen, less the panels of the desktop

// A job with texts longer than any that Spindle's own jobs show, in English or German, and
// every part of the progress panel in use: two passes, buffers, a log, a failure with detail.
class LongJob final : public Job
{
public:
    enum class Outcome
    {
        Forever,
        Succeed,
        Fail
    };
    explicit LongJob(Outcome outcome) : m_outcome(outcome) {}
    ~LongJob() override
    {
        cancel();
        wait();
    }
    QString title() const override
    {
        return QStringLiteral("Abbild auf die Scheibe schreiben und anschließend überprüfen");
    }
    bool cancelHarmsMedium() const override { return true; }
    bool needsBurnLibrary() const override { return false; }

protected:
    JobResult run() override
    {
        setStage(1, 2, QStringLiteral("Die geschriebenen Daten werden mit dem Abbild verglichen"));
        for (int i = 0; i < 40; ++i)
            log(i % 5 ? Severity::Info : Severity::Warning,
                QStringLiteral("Sektor %1 wurde gelesen und mit dem Abbild verglichen").arg(i));
        for (qint64 i = 1; m_outcome == Outcome::Forever || i <= 20; ++i) {
            if (isCancelRequested())
                return JobResult::cancelled();
            QThread::msleep(10);
            reportBuffers(int(i % 100), 100 - int(i % 100));
            reportProgress(qMin<qint64>(i, 300) << 20, qint64(900) << 20);
        }
        if (m_outcome == Outcome::Fail)
            return JobResult::failure(
                QStringLiteral("Das Laufwerk hat den Schreibvorgang abgebrochen: Die Scheibe "
                               "ist wahrscheinlich beschädigt oder wird vom Laufwerk nicht "
                               "unterstützt. Versuchen Sie eine andere Scheibe oder eine "
                               "niedrigere Geschwindigkeit."),
                QStringLiteral("SCSI-Fehler bei WRITE(10) an LBA 123456: [5 21 02] "
                               "Ungültige Adresse für Schreibvorgang"));
        return JobResult::success(
            QStringLiteral("Das Abbild wurde geschrieben und stimmt Byte für Byte mit der Scheibe "
                           "überein."));
    }

private:
    Outcome m_outcome;
};

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

// Inside the scrolled content of a scroll area: may lie outside what is shown, as intended.
bool isScrolledContent(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

// Every visible control lies wholly within its parent and is at least as large as it needs to
// be; outside scrolled content nothing lies beyond the window.
QStringList clippedControls(QWidget *window)
{
    QStringList clipped;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow() || isScrolledContent(w))
            continue;
        const QWidget *parent = w->parentWidget();
        if (!QRect(QPoint(0, 0), parent->size()).contains(w->geometry()))
            clipped << QStringLiteral("%1 at %2,%3 %4×%5 sticks out of %6 (%7×%8)")
                           .arg(describe(w))
                           .arg(w->x())
                           .arg(w->y())
                           .arg(w->width())
                           .arg(w->height())
                           .arg(describe(parent))
                           .arg(parent->width())
                           .arg(parent->height());
        const QSize need = w->minimumSizeHint();
        if (qobject_cast<QAbstractButton *>(w) && need.isValid() &&
            (w->width() < need.width() || w->height() < need.height()))
            clipped << QStringLiteral("%1 is %2×%3, needs %4×%5")
                           .arg(describe(w))
                           .arg(w->width())
                           .arg(w->height())
                           .arg(need.width())
                           .arg(need.height());
    }
    return clipped;
}

// Shown in full: not scrolled away, not covered, not cut off by the window's edge.
bool fullyShown(QWidget *w)
{
    return w && w->isVisible() && w->visibleRegion() == QRegion(w->rect());
}

QWidget *visibleChild(QWidget *parent, const QString &name)
{
    const QList<QWidget *> found = parent->findChildren<QWidget *>(name);
    for (QWidget *w : found) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

// The main window never grows beyond a small screen, whatever page shows and whatever its job
// does, and a running job's progress and Cancel are always in view: Spindle issue 13.
class TestWindowSize final : public QObject
{
    Q_OBJECT

private:
    QString m_language;
    QTemporaryDir m_dir;
    QString m_iso;

    static QWidget *page(MainWindow &window, const QString &task)
    {
        window.showTask(task);
        return window.findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget();
    }

    static PageJob *pageJob(QWidget *page) { return page->findChild<PageJob *>(); }

    // The minimum size and, at the sizes of a small laptop and a common screen, no control cut
    // off; the screenshots are for a person to look at.
    void checkWindow(MainWindow &window, const QString &name)
    {
        QApplication::processEvents();
        window.layout()->activate();
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= LargestMinimum.width() &&
                     minimum.height() <= LargestMinimum.height(),
                 qPrintable(QStringLiteral("%1: the window needs at least %2×%3")
                                .arg(name)
                                .arg(minimum.width())
                                .arg(minimum.height())));
        for (const QSize size : {LargestMinimum, QSize(1280, 800)}) {
            window.resize(size);
            QApplication::processEvents();
            QCOMPARE(window.size(), size);
            const QStringList clipped = clippedControls(&window);
            QVERIFY2(clipped.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
            GuiTest::saveScreenshot(&window, QStringLiteral("windowsize-%1-%2-%3x%4")
                                                 .arg(m_language, name)
                                                 .arg(size.width())
                                                 .arg(size.height()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // LANGUAGE=de from ctest: the longest texts Spindle ships.
        m_language = installTranslations(qApp);
        if (m_language.isEmpty())
            m_language = QStringLiteral("en");
        QVERIFY(m_dir.isValid());
        m_iso =
            Test::makeIso(m_dir.path(), QStringLiteral("photos.iso"), QStringLiteral("PHOTOS_2024"),
                          {QStringLiteral("DCIM/Urlaub am Meer mit der ganzen Familie/"
                                          "IMG_0001 – Sonnenuntergang am Strand.jpg=jpeg"),
                           QStringLiteral("notes.txt=text")});
        QVERIFY2(!m_iso.isEmpty(), "xorriso could not make the image");
    }

    void everyPageInEveryState_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("state");
        for (const char *task : {"", "copy", "copydisc", "burn", "newimage", "erase", "info"}) {
            for (const char *state : {"idle", "running", "finished", "failed", "elsewhere"}) {
                const QString name = QStringLiteral("%1-%2").arg(
                    *task ? QLatin1String(task) : QLatin1String("start"), QLatin1String(state));
                QTest::newRow(qPrintable(name)) << QString::fromLatin1(task) << state;
            }
        }
    }

    // A page in a state: idle; its own job running, finished or failed; a job running on
    // another page (the Burn page's, or the Copy page's seen from Burn).
    void everyPageInEveryState()
    {
        QFETCH(QString, task);
        QFETCH(QString, state);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (state == QLatin1String("elsewhere")) {
            const QString other =
                task == QLatin1String("burn") ? QStringLiteral("copy") : QStringLiteral("burn");
            PageJob *job = pageJob(page(window, other));
            QVERIFY(job);
            QVERIFY(job->start(std::make_unique<LongJob>(LongJob::Outcome::Forever)));
            QTRY_VERIFY(window.hasRunningJob());
        }
        QWidget *shown = task.isEmpty() ? (window.showStartPage(), nullptr) : page(window, task);
        // New image as people use it: a tree to pick from, which the job view folds away.
        if (auto *newImage = qobject_cast<NewImagePage *>(shown)) {
            QVERIFY(newImage->addSource(m_iso));
            QTRY_VERIFY_WITH_TIMEOUT(!newImage->isLoading() && newImage->model()->tree(),
                                     TimeoutMs);
        }
        PageJob *job = shown ? pageJob(shown) : nullptr;
        const bool ownJob = state == QLatin1String("running") ||
                            state == QLatin1String("finished") || state == QLatin1String("failed");
        if (ownJob && !job)
            QSKIP("this page runs no jobs");
        if (ownJob) {
            const auto outcome =
                state == QLatin1String("running")
                    ? LongJob::Outcome::Forever
                    : (state == QLatin1String("failed") ? LongJob::Outcome::Fail
                                                        : LongJob::Outcome::Succeed);
            QVERIFY(job->start(std::make_unique<LongJob>(outcome)));
            if (state == QLatin1String("running"))
                QTRY_VERIFY(job->job<Job>()->lastProgress().bytesDone > 0);
            else
                QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), TimeoutMs);
            // The longest a result gets: its technical detail shown too.
            if (auto *result = shown->findChild<InlineMessage *>(QStringLiteral("jobResult")))
                result->setDetailExpanded(true);
        }
        QTest::qWait(200); // the speed graph has samples, the log has lines
        const QString name =
            QStringLiteral("%1-%2").arg(task.isEmpty() ? QStringLiteral("start") : task, state);
        checkWindow(window, name);
        if (QTest::currentTestFailed())
            return;

        // What a running or ended job shows is in view at the smallest size.
        window.resize(LargestMinimum);
        QApplication::processEvents();
        if (ownJob) {
            QVERIFY2(fullyShown(visibleChild(shown, QStringLiteral("jobProgressBar"))),
                     "the progress bar is not in view");
            if (state == QLatin1String("running"))
                QVERIFY2(fullyShown(visibleChild(shown, QStringLiteral("jobCancel"))),
                         "Cancel is not in view");
        }
        // Idle, the page's own buttons that start its work are in view.
        if (shown && (state == QLatin1String("idle") || state == QLatin1String("elsewhere"))) {
            for (const char *name : {"copyStart", "copyDiscStart", "burnStart", "eraseStart",
                                     "writeImage", "burnNewImage"}) {
                if (auto *start = shown->findChild<QWidget *>(QLatin1String(name)))
                    QVERIFY2(fullyShown(start), name);
            }
        }
        if (state == QLatin1String("elsewhere")) {
            QWidget *bar = window.findChild<QWidget *>(QStringLiteral("runningJobs"));
            QVERIFY2(bar && bar->isVisible(), "nothing on this page says that a job runs");
            auto *show =
                qobject_cast<QPushButton *>(visibleChild(bar, QStringLiteral("runningJobShow")));
            QVERIFY2(fullyShown(show), "no way back to the running job in view");
        }
        // Stopped by the LongJobs' destructors, without questions.
        for (PageJob *running : window.findChildren<PageJob *>()) {
            if (running->isRunning())
                running->job<Job>()->cancel();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.hasRunningJob(), TimeoutMs);
    }

    // Done, after the end, folds the job away and the form is back; a new image given to
    // the page does so too.
    void doneShowsTheForm()
    {
        MainWindow window;
        window.resize(LargestMinimum);
        window.show();
        QWidget *burn = page(window, QStringLiteral("burn"));
        PageJob *job = pageJob(burn);
        auto *start = burn->findChild<QWidget *>(QStringLiteral("burnStart"));
        QVERIFY(job && start && start->isVisible());
        QVERIFY(job->start(std::make_unique<LongJob>(LongJob::Outcome::Fail)));
        QVERIFY(!start->isVisible());
        QVERIFY(burn->findChild<QWidget *>(QStringLiteral("jobDoneButton"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), TimeoutMs);
        QVERIFY(!start->isVisible()); // the result stays until Done
        window.showStartPage();
        window.showTask(QStringLiteral("burn"));
        QVERIFY(job->isShowingJob() && !start->isVisible());
        auto *done =
            qobject_cast<QPushButton *>(visibleChild(burn, QStringLiteral("jobDoneButton")));
        QVERIFY(fullyShown(done));
        const bool active = QTest::qWaitForWindowActive(&window);
        QTest::mouseClick(done, Qt::LeftButton);
        QVERIFY(start->isVisible());
        auto *panel = burn->findChild<QWidget *>(QStringLiteral("burnProgress"));
        QVERIFY(!panel->isVisible());
        if (active) { // focus is not lost with the Done button, but on the form
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && burn->isAncestorOf(focus) && focus->isVisible(),
                     focus ? qPrintable(describe(focus)) : "no focus");
        }

        QVERIFY(job->start(std::make_unique<LongJob>(LongJob::Outcome::Succeed)));
        QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), TimeoutMs);
        QVERIFY(!start->isVisible());
        window.openImage(m_iso);
        QVERIFY(start->isVisible());
    }

    // A job runs on while another page shows; every page, the start page too, says so and
    // leads back to it, where its progress and Cancel are.
    void runningJobLeadsBack()
    {
        MainWindow window;
        window.resize(LargestMinimum);
        window.show();
        PageJob *job = pageJob(page(window, QStringLiteral("burn")));
        QVERIFY(job && job->start(std::make_unique<LongJob>(LongJob::Outcome::Forever)));
        const QString burnTitle = window.findChild<QLabel *>(QStringLiteral("pageTitle"))->text();
        QVERIFY(!burnTitle.isEmpty());
        QWidget *bar = window.findChild<QWidget *>(QStringLiteral("runningJobs"));
        QVERIFY(bar);
        QTRY_VERIFY(job->job<Job>()->lastProgress().bytesDone > 0);
        QVERIFY2(!bar->isVisible(), "the page of the job shows it itself");
        const QStringList others = {QString(), QStringLiteral("copy"), QStringLiteral("newimage"),
                                    QStringLiteral("erase"), QStringLiteral("info")};
        for (const QString &other : others) {
            if (other.isEmpty())
                window.showStartPage();
            else
                window.showTask(other);
            QApplication::processEvents();
            QVERIFY2(bar->isVisible(), qPrintable(other));
            auto *title =
                qobject_cast<QLabel *>(visibleChild(bar, QStringLiteral("runningJobTitle")));
            QVERIFY2(title && title->text().contains(burnTitle), qPrintable(title->text()));
            auto *progress = qobject_cast<QProgressBar *>(
                visibleChild(bar, QStringLiteral("runningJobProgress")));
            QTRY_VERIFY(progress && progress->value() > 0);
            auto *show =
                qobject_cast<QPushButton *>(visibleChild(bar, QStringLiteral("runningJobShow")));
            QVERIFY(fullyShown(show));
            QTest::mouseClick(show, Qt::LeftButton);
            QCOMPARE(window.currentTask(), QStringLiteral("burn"));
            QVERIFY(fullyShown(visibleChild(window.findChild<QWidget *>(QStringLiteral("burnPage")),
                                            QStringLiteral("jobCancel"))));
            QVERIFY(!bar->isVisible());
        }
        job->job<Job>()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!window.hasRunningJob(), TimeoutMs);
        QTRY_VERIFY(!bar->isVisible());
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestWindowSize>(argc, argv);
}

#include "tst_windowsize.moc"
