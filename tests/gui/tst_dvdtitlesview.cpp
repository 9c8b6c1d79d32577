#include "guitest.h"
#include "treefixture.h"

#include "base/format.h"
#include "burnnewimagedialog.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "dvd/dvdtrim.h"
#include "dvdtitlesview.h"
#include "dvdvideosetup.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "newimagepage.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Spindle;
using namespace Spindle::Test;

// The Titles view of the New image page on a real DVD-Video (tests/support/dvdvideofixture.h),
// checked against lsdvd and the files on disk.
class TestDvdTitlesView final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    LsdvdReport m_lsdvd;

    static QTreeWidgetItem *row(QTreeWidget *table, int title)
    {
        return table->topLevelItem(title - 1);
    }

    qint64 titleSetBytesOnDisk(int titleSet) const
    {
        qint64 bytes = 0;
        const QString prefix = QStringLiteral("VTS_%1_").arg(titleSet, 2, 10, QLatin1Char('0'));
        for (const QFileInfo &f : QDir(m_dvd->folder + QStringLiteral("/VIDEO_TS"))
                                      .entryInfoList({prefix + QLatin1Char('*')}, QDir::Files))
            bytes += f.size();
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {}, WithLsdvd::Yes);
        m_dvd = setup.dvd;
        m_lsdvd = setup.lsdvd;
    }

    void showsTheTitlesLsdvdSees_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("image") << false;
        QTest::newRow("folder") << true;
    }

    void showsTheTitlesLsdvdSees()
    {
        QFETCH(bool, folder);
        DvdTitlesView view;
        view.resize(900, 300);
        view.show();
        QSignalSpy loaded(&view, &DvdTitlesView::loaded);
        view.load(loadTestTree(folder ? m_dvd->folder : m_dvd->image));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toBool(), true);
        auto *table = view.findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        QVERIFY(table);
        QCOMPARE(table->topLevelItemCount(), m_lsdvd.titles.size());
        for (const LsdvdTitle &l : std::as_const(m_lsdvd.titles)) {
            const QTreeWidgetItem *item = row(table, l.number);
            const bool main = l.number == m_lsdvd.longest;
            QCOMPARE(item->text(DvdTitlesView::TitleColumn).contains(QLatin1String("main feature")),
                     main);
            QCOMPARE(item->font(DvdTitlesView::TitleColumn).bold(), main);
            QCOMPARE(item->text(DvdTitlesView::LengthColumn), formatDvdDuration(qint64(l.seconds)));
            QCOMPARE(item->text(DvdTitlesView::ChaptersColumn).toInt(), l.chapters);
            QCOMPARE(item->text(DvdTitlesView::AnglesColumn).toInt(), l.angles);
            QCOMPARE(item->text(DvdTitlesView::TitleSetColumn).toInt(), l.titleSet);
            const QString audio = item->text(DvdTitlesView::AudioColumn);
            QCOMPARE(audio.count(QLatin1String(" ch")), l.audioLanguages.size());
            // lsdvd's format names as the view spells them.
            const QHash<QString, QString> formats{
                {QStringLiteral("ac3"), QStringLiteral("AC-3")},
                {QStringLiteral("mpeg1"), QStringLiteral("MPEG-1")},
                {QStringLiteral("lpcm"), QStringLiteral("LPCM")}};
            for (int a = 0; a < l.audioLanguages.size(); ++a) {
                QVERIFY2(audio.contains(
                             QStringLiteral("%1 %2 %3 ch")
                                 .arg(l.audioLanguages.at(a), formats.value(l.audioFormats.at(a)))
                                 .arg(l.audioChannels.at(a))),
                         qPrintable(audio));
            }
            QCOMPARE(item->text(DvdTitlesView::SubtitlesColumn),
                     l.subtitleLanguages.isEmpty()
                         ? QStringLiteral("none")
                         : l.subtitleLanguages.join(QStringLiteral(", ")));
            QCOMPARE(item->text(DvdTitlesView::SetSizeColumn),
                     formatBytes(titleSetBytesOnDisk(l.titleSet)));
            // Described only: no boxes until trimming is switched on.
            QVERIFY(!item->data(DvdTitlesView::TitleColumn, Qt::CheckStateRole).isValid());
        }
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("mainFeatureOnly"))->isVisible());
        QVERIFY(!view.isTrimmed());
        GuiTest::saveScreenshot(&view, folder ? QStringLiteral("dvdtitlesview-folder")
                                              : QStringLiteral("dvdtitlesview-image"));
    }

    void tickingTitlesChoosesWhatStays()
    {
        DvdTitlesView view;
        view.resize(900, 300);
        view.show();
        QSignalSpy loaded(&view, &DvdTitlesView::loaded);
        view.load(loadTestTree(m_dvd->image));
        QTRY_COMPARE(loaded.size(), 1);
        view.setTrimmable(true);
        auto *table = view.findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        auto *mainOnly = view.findChild<QCheckBox *>(QStringLiteral("mainFeatureOnly"));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("dvdTitlesSummary"));
        QVERIFY(mainOnly->isVisible());
        const int count = int(m_lsdvd.titles.size());
        QList<int> all;
        for (int t = 1; t <= count; ++t)
            all << t;
        QCOMPARE(view.keptTitles(), all);
        QVERIFY(!view.isTrimmed());
        QCOMPARE(view.droppedBytes(), 0);

        // Untick every title of title set 2: the set's files go.
        QSignalSpy changed(&view, &DvdTitlesView::trimChanged);
        QList<int> kept;
        for (const LsdvdTitle &l : std::as_const(m_lsdvd.titles)) {
            if (l.titleSet == 2)
                row(table, l.number)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
            else
                kept << l.number;
        }
        QCOMPARE(changed.size(), count - int(kept.size()));
        QCOMPARE(view.keptTitles(), kept);
        QVERIFY(view.isTrimmed());
        QVERIFY(!view.mainFeatureOnly());
        QCOMPARE(view.droppedBytes(), titleSetBytesOnDisk(2));
        QCOMPARE(view.droppedTitleSets(), QList<int>{2});
        QVERIFY2(summary->text().contains(QLatin1String("Title set 2 is left out")),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("%1 of %2").arg(kept.size()).arg(count)),
                 qPrintable(summary->text()));
        GuiTest::saveScreenshot(&view, QStringLiteral("dvdtitlesview-trim"));

        // Main feature only: the boxes show the longest title alone and cannot be changed.
        mainOnly->click();
        QVERIFY(view.mainFeatureOnly());
        QCOMPARE(view.keptTitles(), QList<int>{m_lsdvd.longest});
        QCOMPARE(view.trimOptions().keepTitles, QList<int>{m_lsdvd.longest});
        QVERIFY(view.trimOptions().mainFeatureOnly);
        for (int t = 1; t <= count; ++t) {
            QCOMPARE(row(table, t)->checkState(DvdTitlesView::TitleColumn),
                     t == m_lsdvd.longest ? Qt::Checked : Qt::Unchecked);
            QVERIFY(!(row(table, t)->flags() & Qt::ItemIsUserCheckable));
        }
        QVERIFY(summary->text().contains(QLatin1String("no menus")));
        GuiTest::saveScreenshot(&view, QStringLiteral("dvdtitlesview-mainfeature"));
        // Off again: the user's own choice comes back.
        mainOnly->click();
        QVERIFY(!view.mainFeatureOnly());
        QCOMPARE(view.keptTitles(), kept);

        for (int t = 1; t <= count; ++t)
            row(table, t)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        QVERIFY(view.keptTitles().isEmpty());
        QVERIFY2(summary->text().contains(QLatin1String("at least one")),
                 qPrintable(summary->text()));
    }

    // Unticking a title whose title set a kept title shares counts the video that only it plays,
    // as the trim cuts it, and says so; once the set's last title is unticked, the set goes
    // instead.
    void sharedTitleSetSavesTheTitlesVideo()
    {
        DvdTitlesView view;
        view.resize(900, 300);
        view.show();
        QSignalSpy loaded(&view, &DvdTitlesView::loaded);
        view.load(loadTestTree(m_dvd->image));
        QTRY_COMPARE(loaded.size(), 1);
        view.setTrimmable(true);
        auto *table = view.findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("dvdTitlesSummary"));
        QList<int> set2;
        for (const LsdvdTitle &l : std::as_const(m_lsdvd.titles))
            if (l.titleSet == 2)
                set2 << l.number;
        QVERIFY(set2.size() >= 2);
        row(table, set2.first())->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        // What the plan cuts from title set 2's title VOBs.
        const auto tree = loadTestTree(m_dvd->image);
        const auto plan = planDvdTrim(tree, view.trimOptions());
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const auto titleVob = [](const QByteArray &path) {
            return path.startsWith("/VIDEO_TS/VTS_02_") && path.endsWith(".VOB") &&
                   !path.endsWith("_0.VOB");
        };
        qint64 cut = 0;
        for (int n = 1; n <= 9; ++n) {
            const int entry = tree->find(QStringLiteral("/VIDEO_TS/VTS_02_%1.VOB").arg(n).toUtf8());
            if (entry >= 0)
                cut += tree->at(entry).size;
        }
        for (const PlannedFile &f : plan->files) {
            if (titleVob(f.path))
                cut -= f.size;
        }
        QVERIFY(cut > 0);
        QCOMPARE(view.droppedBytes(), cut);
        // (Without spindle_en.qm, as in every GUI test: "Title(s) 2 share ... only they".)
        const QString note = QStringLiteral("%1 share a title set with titles that are kept: the "
                                            "video that only they play goes (%2).")
                                 .arg(set2.first())
                                 .arg(formatBytes(cut));
        QVERIFY2(summary->text().contains(note), qPrintable(summary->text()));
        GuiTest::saveScreenshot(&view, QStringLiteral("dvdtitlesview-sharedset"));
        for (int t : std::as_const(set2))
            row(table, t)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        QVERIFY2(!summary->text().contains(QLatin1String("share a title set")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("Title set 2 is left out")));
    }

    // Unticking titles in the page's Titles tab makes Write image and Burn trim the DVD-Video
    // (with "Reproducible" on, the burned disc equals the written file).
    void pageWritesTheTrim()
    {
        QTemporaryDir dir;
        const QString disc = dir.filePath(QStringLiteral("burned.iso"));
        DriveList drives;
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("dvd-r"), false).ok());
        NewImagePage page(&drives);
        page.resize(1200, 720);
        page.show();
        page.addSource(m_dvd->image);
        QTRY_VERIFY(!page.isLoading());
        auto *view = page.findChild<DvdTitlesView *>(QStringLiteral("dvdTitlesView"));
        QTRY_VERIFY(view->hasTitles());
        QVERIFY(view->isTrimmable());
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
        tabs->setCurrentIndex(1);
        auto *table = view->findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        auto *burn = page.findChild<QPushButton *>(QStringLiteral("burnNewImage"));
        QTRY_VERIFY(write->isEnabled());

        // Every title unticked: nothing to write, and the view says what to do.
        for (int t = 1; t <= table->topLevelItemCount(); ++t)
            row(table, t)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        QVERIFY(!write->isEnabled());
        QVERIFY(!burn->isEnabled());
        row(table, 1)->setCheckState(DvdTitlesView::TitleColumn, Qt::Checked);
        QVERIFY(write->isEnabled());
        QVERIFY(burn->isEnabled());
        QCOMPARE(view->keptTitles(), QList<int>{1});
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-titles-trim"));

        // The file tree's VIDEO_TS boxes do not count while titles are unticked: the page says
        // so instead of warning that playback breaks.
        auto *message = page.findChild<InlineMessage *>(QStringLiteral("newImageMessage"));
        const ImageTree &tree = *page.model()->tree();
        page.model()->setData(page.model()->indexForEntry(tree.find("/VIDEO_TS/VTS_01_1.VOB")),
                              Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Info);
        QVERIFY2(message->text().contains(QLatin1String("that tab decides what stays in VIDEO_TS")),
                 qPrintable(message->text()));
        row(table, 2)->setCheckState(DvdTitlesView::TitleColumn, Qt::Checked);
        row(table, 3)->setCheckState(DvdTitlesView::TitleColumn, Qt::Checked);
        QCOMPARE(message->kind(), InlineMessage::Kind::Warning);
        QVERIFY(message->text().contains(QLatin1String("VTS_01_1.VOB")));
        page.model()->setData(page.model()->indexForEntry(tree.find("/VIDEO_TS/VTS_01_1.VOB")),
                              Qt::Checked, Qt::CheckStateRole);
        row(table, 2)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        row(table, 3)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);

        page.findChild<QCheckBox *>(QStringLiteral("reproducible"))->setChecked(true);
        const QString out = dir.filePath(QStringLiteral("main.iso"));
        NewImagePage::setNextFileName(out);
        write->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(write->isEnabled(), 30000);
        const LsdvdReport trimmed = runLsdvd(out);
        QVERIFY2(trimmed.error.isEmpty(), qPrintable(trimmed.error));
        QCOMPARE(trimmed.titles.size(), 1);
        QCOMPARE(trimmed.titles.first().seconds, m_lsdvd.titles.first().seconds);
        QCOMPARE(trimmed.titles.first().audioLanguages, m_lsdvd.titles.first().audioLanguages);
        QVERIFY(QFileInfo(out).size() <
                QFileInfo(m_dvd->image).size() - titleSetBytesOnDisk(2) / 2);

        burn->click();
        auto *dialog = page.findChild<BurnNewImageDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("burnDialogStart"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        start->click();
        QTRY_VERIFY(!burn->isEnabled()); // the burn runs
        QTRY_VERIFY_WITH_TIMEOUT(burn->isEnabled(), 60000);
        QCOMPARE(QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), out, disc}), 0);
    }

    // IFO files libdvdread cannot read: a warning, the file tree alone, no Titles tab.
    void pageWarnsWhenTheIfosAreDamaged()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/VIDEO_TS")));
        const QDir source(m_dvd->folder + QStringLiteral("/VIDEO_TS"));
        for (const QString &name : source.entryList(QDir::Files)) {
            QFile original(source.filePath(name));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QFile file(copy + QStringLiteral("/VIDEO_TS/") + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name.endsWith(QLatin1String(".VOB"))
                           ? original.readAll()
                           : QByteArray(int(original.size()), '\0'));
        }
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1200, 720);
        page.show();
        page.addSource(copy);
        QTRY_VERIFY(!page.isLoading());
        auto *message = page.findChild<InlineMessage *>(QStringLiteral("newImageMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("IFO files are damaged")),
                 qPrintable(message->text()));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
        QVERIFY(!tabs->isTabVisible(1));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("writeImage"))->isEnabled());
    }

    void pageShowsTitlesOnlyForDvdVideo()
    {
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1200, 720);
        page.show();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
        QVERIFY(tabs);
        page.addSource(m_dvd->image);
        QTRY_VERIFY(!page.isLoading());
        auto *view = page.findChild<DvdTitlesView *>(QStringLiteral("dvdTitlesView"));
        QVERIFY(view);
        QTRY_VERIFY(view->hasTitles());
        QTRY_VERIFY(tabs->isTabVisible(1));
        tabs->setCurrentIndex(1);
        // A DVD-Video is a UDF bridge image: ISO-only options step aside.
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("isoLevel"))->isEnabled());
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-titles"));

        page.clearSources();
        QTRY_VERIFY(!page.isLoading());
        QTemporaryDir plain;
        QDir(plain.path()).mkpath(QStringLiteral("docs"));
        page.addSource(plain.path());
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->tree() && page.model()->tree()->find("/docs") >= 0);
        QVERIFY(!tabs->isTabVisible(1));
        QVERIFY(!view->hasTitles());
        QVERIFY(page.findChild<QComboBox *>(QStringLiteral("isoLevel"))->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestDvdTitlesView>(argc, argv);
}
#include "tst_dvdtitlesview.moc"
