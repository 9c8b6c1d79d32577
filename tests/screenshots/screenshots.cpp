// spindle_screenshots OUTDIR: the README's and the AppStream metainfo's screenshots.
//
// Builds real fixtures at run time (an ISO made by xorriso, virtual drives holding it as a
// written DVD-R and as a DVD-RW, a blank virtual DVD-R, and the DVD-Video the GUI tests author
// with dvdauthor), drives the real main window under the offscreen platform into one state per
// page, and saves OUTDIR/NAME.png at a fixed size. The states are reached the way the GUI tests
// reach them (tests/gui/*.cpp): the same fixtures, page APIs and object names. A page that does
// not reach its state ends the program with a message and exit code 1, so the ctest entry that
// runs it keeps it working. resources/screenshots/update.sh runs it into the source tree.

#include "dvdstreamsfixture.h"
#include "dvdstreamsview.h"
#include "dvdtitlesview.h"
#include "dvdvideosetup.h"
#include "fixtures.h"

#include "base/translations.h"
#include "burnpage.h"
#include "copypage.h"
#include "discinfopage.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "erasepage.h"
#include "imagetreemodel.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "tree/imagetree.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Spindle;

namespace {

// The window size of every screenshot: room for each page without scrolling, and small PNGs.
constexpr QSize WindowSize(1000, 700);
constexpr int TimeoutMs = 30000;
const QString DiscLabel = QStringLiteral("PROJECTS_2026");
const QString RewritableLabel = QStringLiteral("WEEKLY_BACKUP");

class Tour final
{
public:
    Tour(const QString &outDir, bool english) : m_outDir(outDir), m_english(english) {}

    // Every shot in turn; false (and a message on stderr) at the first one that fails.
    bool run()
    {
        return makeFixtures() && openWindow() && shootStart() && shootCopy() && shootBurn() &&
               shootTitles() && shootStreams() && shootNewImage() && shootErase() && shootInfo();
    }

private:
    bool fail(const QString &what)
    {
        std::fprintf(stderr, "spindle_screenshots: %s\n", qPrintable(what));
        return false;
    }

    bool waitFor(const std::function<bool()> &condition, const QString &what)
    {
        return QTest::qWaitFor(condition, TimeoutMs) ||
               fail(QStringLiteral("timed out waiting for %1").arg(what));
    }

    template <typename T> T *find(const QString &name = {}) const
    {
        return m_window->findChild<T *>(name);
    }

    // Shows the page of `task`. On a machine without an optical drive (every CI runner) each
    // drive picker says so; the screenshots are for people who have one, so close that note
    // as a user would.
    template <typename Page> Page *show(const QString &task)
    {
        if (!m_window->showTask(task))
            return nullptr;
        Page *page = find<Page>();
        if (page) {
            const QWidget *widget = page;
            for (QWidget *hint :
                 widget->findChildren<QWidget *>(QStringLiteral("drivePickerHint"))) {
                auto *close = hint->findChild<QToolButton *>(QStringLiteral("inlineMessageClose"));
                if (hint->isVisible() && close && close->isVisible())
                    close->click();
            }
        }
        return page;
    }

    // Shows the page of `task` with the virtual drive of `path` chosen in its drive picker.
    template <typename Page> Page *show(const QString &task, const QString &path)
    {
        auto *page = show<Page>(task);
        if (page)
            page->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + path);
        return page;
    }

    // OUTDIR/NAME.png; `size` other than WindowSize for shots that check a page's layout at
    // other window sizes (kept out of the README, in OUTDIR/sizes/).
    bool save(const QString &name, QSize size = WindowSize)
    {
        // Let queued layout and paint work settle so that the grab shows the final state.
        QTest::qWait(200);
        const QImage image = m_window->grab().toImage();
        // The README's shots are all one size; a translation may need a wider window, which
        // is worth seeing rather than refusing.
        if (m_english && image.size() != size * m_window->devicePixelRatio())
            return fail(QStringLiteral("%1: the window is %2x%3, not %4x%5")
                            .arg(name)
                            .arg(image.width())
                            .arg(image.height())
                            .arg(size.width())
                            .arg(size.height()));
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!image.save(path, "PNG", 0)) // 0: the smallest file zlib makes
            return fail(QStringLiteral("could not write %1").arg(path));
        std::printf("%s\n", qPrintable(path));
        return true;
    }

    bool makeFixtures()
    {
        if (!m_work.isValid())
            return fail(QStringLiteral("no temporary folder: %1").arg(m_work.errorString()));
        // The pages suggest files in the home folder: keep that inside the work folder too.
        qputenv("HOME", QFile::encodeName(m_work.path()));
        // A disc big enough for the fit bars to show something: sizes in KiB, the files sparse
        // (zeros cost no time to write; xorriso reads them like any file).
        const QString root = m_work.filePath(QStringLiteral("projects"));
        const QList<std::pair<const char *, qint64>> files{
            {"README.txt", 1},
            {"Documents/report-q2.pdf", 1400},
            {"Documents/budget.ods", 320},
            {"Documents/minutes/2026-05-12.txt", 12},
            {"Documents/minutes/2026-06-09.txt", 14},
            {"Photos/2026-07 Lake/IMG_0412.jpg", 2600},
            {"Photos/2026-07 Lake/IMG_0413.jpg", 2450},
            {"Photos/2026-07 Lake/IMG_0415.jpg", 2710},
            {"Photos/2026-07 Lake/IMG_0419.jpg", 2380},
            {"Photos/2026-07 Lake/IMG_0420.jpg", 2530},
            {"Photos/2026-08 Garden/IMG_0502.jpg", 2200},
            {"Photos/2026-08 Garden/IMG_0503.jpg", 2310},
            {"Videos/lake-drone.mp4", 141000},
            {"Videos/raw/lake-drone-4k.mov", 63000},
            {"Software/setup-tools.tar.gz", 3100},
        };
        for (const auto &[name, kib] : files) {
            QFile file(root + QLatin1Char('/') + QLatin1String(name));
            if (!QDir().mkpath(QFileInfo(file).absolutePath()) ||
                !file.open(QIODevice::WriteOnly) || !file.resize(kib * 1024))
                return fail(QStringLiteral("could not write %1").arg(file.fileName()));
        }
        // Joliet and Rock Ridge, as most data discs have them.
        m_iso = m_work.filePath(QStringLiteral("projects.iso"));
        QByteArray output;
        if (Test::runTool(QStringLiteral(SPINDLE_XORRISO),
                          {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                           DiscLabel, QStringLiteral("-J"), QStringLiteral("-R"),
                           QStringLiteral("-o"), m_iso, root},
                          &output) != 0)
            return fail(QStringLiteral("xorriso could not make the image: %1")
                            .arg(QString::fromLocal8Bit(output)));
        // A small written rewritable disc for the Erase page.
        m_rewritable = Test::makeIso(m_work.path(), QStringLiteral("rewritable.iso"),
                                     RewritableLabel, {QStringLiteral("notes.txt=notes")});
        if (m_rewritable.isEmpty())
            return fail(QStringLiteral("xorriso could not make the rewritable disc's image"));
        m_blank = m_work.filePath(QStringLiteral("blank-dvd.iso")); // missing: a blank disc
        return true;
    }

    bool openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(WindowSize);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return fail(QStringLiteral("the main window was not shown"));
        DriveList *drives = m_window->driveList();
        for (const auto &[path, medium] : {std::pair{m_iso, QStringLiteral("dvd-r")},
                                           std::pair{m_blank, QStringLiteral("dvd-r")},
                                           std::pair{m_rewritable, QStringLiteral("dvd-rw")}}) {
            const auto added = drives->addVirtualDrive(path, medium, false);
            if (!added)
                return fail(added.error().message);
        }
        return waitFor([drives] { return drives->hasScanned() && !drives->isScanning(); },
                       QStringLiteral("the drive scan"));
    }

    bool shootStart()
    {
        m_window->showStartPage();
        return save(QStringLiteral("start"));
    }

    bool shootCopy()
    {
        auto *page = show<CopyPage>(QStringLiteral("copy"), m_iso);
        if (!page)
            return fail(QStringLiteral("no Copy page"));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("copySourceSummary"));
        return summary &&
               waitFor([&] { return summary->text().contains(DiscLabel); },
                       QStringLiteral("the Copy page to read the source disc")) &&
               save(QStringLiteral("copy"));
    }

    bool shootBurn()
    {
        auto *page = show<BurnPage>(QStringLiteral("burn"), m_blank);
        if (!page)
            return fail(QStringLiteral("no Burn page"));
        page->setImagePath(m_iso);
        auto *fit = page->findChild<QLabel *>(QStringLiteral("burnFitText"));
        return fit &&
               waitFor(
                   [&] {
                       return m_english ? fit->text().contains(QLatin1String("fits"))
                                        : !fit->text().isEmpty();
                   },
                   QStringLiteral("the Burn page to read the blank disc")) &&
               save(QStringLiteral("burn"));
    }

    // Opens `source` in the New image page and waits until its tree is loaded.
    NewImagePage *loadNewImage(const QString &source, const QByteArray &expectedPath)
    {
        auto *page = show<NewImagePage>(QStringLiteral("newimage"));
        if (!page) {
            fail(QStringLiteral("no New image page"));
            return nullptr;
        }
        page->clearSources();
        if (!page->addSource(source) ||
            !waitFor(
                [&] {
                    return !page->isLoading() && page->model()->tree() &&
                           page->model()->tree()->find(expectedPath) >= 0;
                },
                QStringLiteral("the New image page to load %1").arg(source)))
            return nullptr;
        return page;
    }

    bool shootNewImage()
    {
        NewImagePage *page = loadNewImage(m_iso, "/Photos");
        if (!page)
            return false;
        ImageTreeModel *model = page->model();
        auto *view = page->findChild<QTreeView *>(QStringLiteral("imageTree"));
        if (!view || view->model() != model)
            return fail(QStringLiteral("the New image tree does not show the page's model"));
        const ImageTree &tree = *model->tree();
        // Leave out the raw video, the installer and one photo: the tree, the patterns and the
        // fit bar all show it.
        for (const char *path : {"/Videos/raw", "/Software", "/Photos/2026-07 Lake/IMG_0415.jpg"}) {
            const int entry = tree.find(path);
            if (entry < 0 ||
                !model->setData(model->indexForEntry(entry), Qt::Unchecked, Qt::CheckStateRole))
                return fail(QStringLiteral("could not untick %1").arg(QLatin1String(path)));
        }
        for (const char *path : {"/Photos", "/Photos/2026-07 Lake", "/Videos"})
            view->expand(model->indexForEntry(tree.find(path)));
        // Against a CD the bar shows how much room the files left out made.
        auto *target = page->findChild<QComboBox *>(QStringLiteral("fitPreset"));
        if (!target || target->findText(QStringLiteral("CD"), Qt::MatchStartsWith) < 0)
            return fail(QStringLiteral("no CD in the New image page's target list"));
        target->setCurrentIndex(target->findText(QStringLiteral("CD"), Qt::MatchStartsWith));
        return save(QStringLiteral("newimage"));
    }

    bool shootErase()
    {
        auto *page = show<ErasePage>(QStringLiteral("erase"), m_rewritable);
        if (!page)
            return fail(QStringLiteral("no Erase page"));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("eraseSummary"));
        return summary &&
               waitFor([&] { return summary->text().contains(RewritableLabel); },
                       QStringLiteral("the Erase page to read the rewritable disc")) &&
               save(QStringLiteral("erase"));
    }

    bool shootInfo()
    {
        auto *page = show<DiscInfoPage>(QStringLiteral("info"), m_iso);
        if (!page)
            return fail(QStringLiteral("no Disc info page"));
        auto *label = page->findChild<QLabel *>(QStringLiteral("discInfoLabel"));
        auto *busy = page->findChild<QWidget *>(QStringLiteral("discInfoBusy"));
        return label && busy &&
               waitFor([&] { return label->text() == DiscLabel && !busy->isVisible(); },
                       QStringLiteral("the Disc info page to read the disc")) &&
               save(QStringLiteral("info"));
    }

    // The Titles tab of a DVD-Video with title set 2 (a bonus title and a trailer) unticked.
    bool shootTitles()
    {
        const Test::DvdVideoSetup setup = Test::prepareDvdVideo();
        if (!setup.skip.isEmpty()) {
            std::fprintf(stderr, "spindle_screenshots: newimage-titles left out, %s\n",
                         qPrintable(setup.skip));
            return true;
        }
        if (!setup.error.isEmpty())
            return fail(setup.error);
        const Test::DvdVideoFixture &dvd = *setup.dvd;
        NewImagePage *page = loadNewImage(dvd.image, "/VIDEO_TS");
        if (!page)
            return false;
        auto *view = page->findChild<DvdTitlesView *>(QStringLiteral("dvdTitlesView"));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
        if (!view || !tabs ||
            !waitFor([&] { return view->hasTitles() && tabs->isTabVisible(1); },
                     QStringLiteral("the Titles tab")))
            return false;
        tabs->setCurrentIndex(1);
        auto *table = view->findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        if (!table)
            return fail(QStringLiteral("no titles table"));
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = table->topLevelItem(row);
            if (item->text(DvdTitlesView::TitleSetColumn).toInt() == 2)
                item->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        }
        if (view->droppedTitleSets() != QList<int>{2})
            return fail(QStringLiteral("unticking the titles of title set 2 did not drop it"));
        return save(QStringLiteral("newimage-titles"));
    }

    // The Titles tab of a DVD-Video with several audio and subtitle streams per title set:
    // English audio without the commentary, English subtitles. Also at 1280x800 and 1024x700
    // (OUTDIR/sizes/), to see that the streams keep their room on a small and a large screen.
    bool shootStreams()
    {
        const QStringList missing = Test::missingDvdStreamsTools();
        if (!missing.isEmpty()) {
            std::fprintf(stderr,
                         "spindle_screenshots: newimage-streams left out, not installed: %s\n",
                         qPrintable(missing.join(QLatin1Char(' '))));
            return true;
        }
        const Test::DvdStreamsFixture &dvd = Test::dvdStreamsFixture();
        if (!dvd.error.isEmpty())
            return fail(dvd.error);
        NewImagePage *page = loadNewImage(dvd.image, "/VIDEO_TS");
        if (!page)
            return false;
        auto *view = page->findChild<DvdTitlesView *>(QStringLiteral("dvdTitlesView"));
        auto *streams = page->findChild<DvdStreamsView *>(QStringLiteral("dvdStreamsView"));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
        if (!view || !streams || !tabs ||
            !waitFor(
                [&] { return view->hasTitles() && tabs->isTabVisible(1) && streams->sizesKnown(); },
                QStringLiteral("the streams and their sizes in the Titles tab")))
            return false;
        tabs->setCurrentIndex(1);
        auto *english = page->findChild<QAbstractButton *>(QStringLiteral("keepAudio_en"));
        auto *subtitles = page->findChild<QAbstractButton *>(QStringLiteral("keepSubtitles_en"));
        auto *commentary = page->findChild<QCheckBox *>(QStringLiteral("dropCommentary"));
        if (!english || !subtitles || !commentary)
            return fail(QStringLiteral("no one-step stream choices in the Titles tab"));
        english->click();
        subtitles->click();
        commentary->click();
        if (view->trimOptions().streams.isEmpty())
            return fail(QStringLiteral("the stream choices left out no stream"));
        if (!save(QStringLiteral("newimage-streams")))
            return false;
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            m_window->resize(size);
            if (!save(QStringLiteral("sizes/newimage-streams-%1x%2")
                          .arg(size.width())
                          .arg(size.height()),
                      size))
                return false;
        }
        m_window->resize(WindowSize);
        return true;
    }

    QString m_outDir;
    bool m_english = true;
    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/spindle-XXXXXX")};
    QString m_iso;
    QString m_blank;
    QString m_rewritable;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and remembered drives go to throw-away folders, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spindle"));
    QApplication::setApplicationName(QStringLiteral("Spindle"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.size() > 3 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr,
                     "Usage: spindle_screenshots OUTDIR [LANGUAGE]\n"
                     "Saves start.png, copy.png, burn.png, newimage.png, erase.png, "
                     "info.png, newimage-titles.png and newimage-streams.png in OUTDIR (and the "
                     "streams at other window sizes in OUTDIR/sizes/), in English or LANGUAGE.\n");
        return 2;
    }
    const QString outDir = args.at(1);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "spindle_screenshots: cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    // English whatever the machine's language, with the English plural forms ("1 file"),
    // unless a language is asked for (to look at a translation's pages: de, fr, es).
    QLocale::setDefault(args.size() == 3 ? QLocale(args.at(2))
                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(&app);

    Tour tour(outDir, args.size() == 2);
    return tour.run() ? 0 : 1;
}
