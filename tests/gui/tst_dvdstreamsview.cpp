#include "guitest.h"
#include "treefixture.h"

#include "base/format.h"
#include "drivelist.h"
#include "dvd/streamchoice.h"
#include "dvdstreamsfixture.h"
#include "dvdstreamsview.h"
#include "dvdtitlesview.h"
#include "lsdvdreport.h"
#include "messagebox.h"
#include "newimagepage.h"
#include "tree/imagetree.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Spindle;
using namespace Spindle::Test;

// The streams of the Titles view (DvdStreamsView inside DvdTitlesView) on the stream fixture
// (tests/support/dvdstreamsfixture.h): title set 1 with English, French and an English
// commentary audio stream and English and German subtitles; title set 2 (titles 2 and 3) with
// German and Spanish audio and Spanish subtitles. Builds are checked with lsdvd.
class TestDvdStreamsView final : public QObject
{
    Q_OBJECT

private:
    const DvdStreamsFixture *m_dvd = nullptr;
    DvdStreamSizes m_sizes; // read by the core directly, for comparison

    // The view, loaded and trimmable, with the stream sizes read.
    struct Loaded
    {
        std::unique_ptr<DvdTitlesView> view;
        DvdStreamsView *streams = nullptr;
        QTreeWidget *tree = nullptr;
        QLabel *summary = nullptr;
    };

    Loaded load(const QString &source)
    {
        Loaded l;
        l.view = std::make_unique<DvdTitlesView>();
        l.view->resize(900, 560);
        l.view->setTrimmable(true);
        l.view->show();
        l.streams = l.view->findChild<DvdStreamsView *>(QStringLiteral("dvdStreamsView"));
        l.tree = l.view->findChild<QTreeWidget *>(QStringLiteral("dvdStreams"));
        l.summary = l.view->findChild<QLabel *>(QStringLiteral("dvdTitlesSummary"));
        l.view->load(loadTestTree(source));
        return l;
    }

    static QTreeWidgetItem *stream(QTreeWidget *tree, int titleSet, bool audio, int number)
    {
        QTreeWidgetItem *top = tree->topLevelItem(titleSet - 1);
        int audioCount = 0;
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->text(DvdStreamsView::TypeColumn).startsWith(QLatin1String("Audio")))
                ++audioCount;
        }
        return top->child(audio ? number - 1 : audioCount + number - 1);
    }

    static bool kept(QTreeWidget *tree, int titleSet, bool audio, int number)
    {
        return stream(tree, titleSet, audio, number)->checkState(DvdStreamsView::StreamColumn) ==
               Qt::Checked;
    }

    QAbstractButton *rule(const Loaded &l, const char *name) const
    {
        return l.view->findChild<QAbstractButton *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList missing = missingDvdStreamsTools();
        if (QStandardPaths::findExecutable(QStringLiteral("lsdvd")).isEmpty())
            missing << QStringLiteral("lsdvd");
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1").arg(missing.join(u' '))));
        m_dvd = &dvdStreamsFixture();
        QVERIFY2(m_dvd->error.isEmpty(), qPrintable(m_dvd->error));
        const auto tree = loadTestTree(m_dvd->image);
        const auto streams = readDvdStreams(tree);
        QVERIFY(streams);
        const auto sizes = readDvdStreamSizes(tree, streams.value());
        QVERIFY(sizes);
        m_sizes = sizes.value();
    }

    // Every stream with its description; no sizes until the scan is done, then the sizes.
    void streamsAppearWithDescriptionsAndSizes()
    {
        Loaded l = load(m_dvd->image);
        QStringList sizesAtLoad;
        connect(l.streams, &DvdStreamsView::loaded, l.streams, [&] {
            for (QTreeWidgetItemIterator it(l.tree); *it; ++it)
                sizesAtLoad << (*it)->text(DvdStreamsView::SizeColumn);
        });
        QSignalSpy sized(l.streams, &DvdStreamsView::sizesRead);
        QTRY_VERIFY(sized.size() == 1);
        QCOMPARE(sized.first().first().toBool(), true);
        // Before the sizes were known: blank, not zeros.
        QCOMPARE(sizesAtLoad.size(), 2 + 5 + 3);
        for (const QString &s : std::as_const(sizesAtLoad))
            QVERIFY2(s.isEmpty(), qPrintable(s));

        QCOMPARE(l.tree->topLevelItemCount(), 2);
        QCOMPARE(l.tree->topLevelItem(0)->text(0), QStringLiteral("Title set 1, title 1"));
        QCOMPARE(l.tree->topLevelItem(1)->text(0), QStringLiteral("Title set 2, titles 2, 3"));
        const QList<QStringList> expected{
            {QStringLiteral("English, AC-3 stereo"), QStringLiteral("Français, AC-3 mono"),
             QStringLiteral("English, AC-3 stereo, director's comments"), QStringLiteral("English"),
             QStringLiteral("Deutsch, large")},
            {QStringLiteral("Deutsch, MPEG audio stereo"), QStringLiteral("Español, AC-3 stereo"),
             QStringLiteral("Español")}};
        for (int set = 1; set <= 2; ++set) {
            const AuthoredTitleSet &authored = m_dvd->titleSets.at(set - 1);
            QTreeWidgetItem *top = l.tree->topLevelItem(set - 1);
            QCOMPARE(top->childCount(), expected.at(set - 1).size());
            for (int c = 0; c < top->childCount(); ++c) {
                const QTreeWidgetItem *item = top->child(c);
                const bool audio = c < authored.audio.size();
                const int number = audio ? c + 1 : c + 1 - int(authored.audio.size());
                QCOMPARE(item->text(DvdStreamsView::StreamColumn), expected.at(set - 1).at(c));
                QCOMPARE(item->text(DvdStreamsView::TypeColumn),
                         (audio ? QStringLiteral("Audio %1") : QStringLiteral("Subtitles %1"))
                             .arg(number));
                const qint64 bytes =
                    (audio ? m_sizes.audio : m_sizes.subpictures).value(set).value(number, -1);
                QVERIFY(bytes > 0);
                QCOMPARE(item->text(DvdStreamsView::SizeColumn), formatBytes(bytes));
                QCOMPARE(item->checkState(DvdStreamsView::StreamColumn), Qt::Checked);
            }
        }
        QVERIFY(!l.view->isTrimmed());
        QVERIFY(l.view->trimOptions().streams.isEmpty());
        QVERIFY(!l.view->findChild<QWidget *>(QStringLiteral("streamSizeProgress"))->isVisible());
        GuiTest::saveScreenshot(l.view.get(), QStringLiteral("dvdstreamsview"));

        // In a narrow window the choices go onto more lines instead of out of sight.
        auto *rules = l.view->findChild<QWidget *>(QStringLiteral("dvdStreamRules"));
        QVERIFY(rules->isVisible());
        l.view->resize(420, 560);
        QTRY_COMPARE(l.view->width(), 420);
        QApplication::processEvents();
        for (const QAbstractButton *b : rules->findChildren<QAbstractButton *>()) {
            QVERIFY2(b->geometry().right() < rules->width(), qPrintable(b->text()));
            QVERIFY2(b->geometry().bottom() < rules->height(), qPrintable(b->text()));
        }
        GuiTest::saveScreenshot(l.view.get(), QStringLiteral("dvdstreamsview-narrow"));
    }

    // Cancelling the scan leaves the sizes blank and offers to read them again.
    void cancellingTheSizes()
    {
        Loaded l = load(m_dvd->folder);
        // Direct: the scan has just started when the streams are shown.
        connect(l.streams, &DvdStreamsView::loaded, l.streams, &DvdStreamsView::cancelSizes);
        QSignalSpy sized(l.streams, &DvdStreamsView::sizesRead);
        QTRY_VERIFY(sized.size() == 1);
        QCOMPARE(sized.first().first().toBool(), false);
        QVERIFY(!l.streams->sizesKnown());
        for (QTreeWidgetItemIterator it(l.tree); *it; ++it)
            QVERIFY((*it)->text(DvdStreamsView::SizeColumn).isEmpty());
        auto *label = l.view->findChild<QLabel *>(QStringLiteral("streamSizeLabel"));
        auto *button = l.view->findChild<QPushButton *>(QStringLiteral("streamSizeButton"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("The sizes of the streams were not read."));
        QCOMPARE(button->text(), QStringLiteral("Read sizes"));
        GuiTest::saveScreenshot(l.view.get(), QStringLiteral("dvdstreamsview-cancelled"));
        // Unticked while the sizes are unknown: counted, without bytes.
        stream(l.tree, 1, true, 2)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        QVERIFY2(l.summary->text().endsWith(QLatin1String("Streams left out: 1.")),
                 qPrintable(l.summary->text()));
        QCOMPARE(l.view->droppedBytes(), 0);
        button->click();
        QTRY_VERIFY(sized.size() == 2);
        QCOMPARE(sized.last().first().toBool(), true);
        QVERIFY(!label->isVisible());
        QCOMPARE(stream(l.tree, 1, true, 1)->text(DvdStreamsView::SizeColumn),
                 formatBytes(m_sizes.audio.value(1).value(1)));
        QCOMPARE(l.view->droppedBytes(), m_sizes.audio.value(1).value(2));
    }

    // The one-step choices tick the boxes as applyStreamRules says, and the trim options,
    // the summary and the dropped bytes follow.
    void oneStepChoices()
    {
        Loaded l = load(m_dvd->image);
        QTRY_VERIFY(l.streams->sizesKnown());
        QSignalSpy changed(l.view.get(), &DvdTitlesView::trimChanged);
        for (const char *name :
             {"keepAudioAll", "keepAudio_en", "keepAudio_fr", "keepAudio_de", "keepAudio_es",
              "keepAudioOriginal", "keepSubtitlesAll", "keepSubtitles_en", "keepSubtitles_de",
              "keepSubtitles_es", "keepSubtitlesNone"})
            QVERIFY2(rule(l, name) && rule(l, name)->isVisible(), name);
        QCOMPARE(rule(l, "keepAudio_fr")->text(), QStringLiteral("Français"));
        QVERIFY(rule(l, "keepAudioAll")->isChecked());

        // English audio: French goes; title set 2 has no English and keeps its first stream.
        rule(l, "keepAudio_en")->click();
        QVERIFY(!rule(l, "keepAudioAll")->isChecked());
        QVERIFY(kept(l.tree, 1, true, 1));
        QVERIFY(!kept(l.tree, 1, true, 2));
        QVERIFY(kept(l.tree, 1, true, 3));
        QVERIFY(kept(l.tree, 2, true, 1));
        QVERIFY(!kept(l.tree, 2, true, 2));
        QVERIFY(changed.size() >= 1);
        QVERIFY(l.view->isTrimmed());
        QMap<int, DvdStreamChoice> streams = l.view->trimOptions().streams;
        QCOMPARE(streams.keys(), (QList<int>{1, 2}));
        QCOMPARE(streams.value(1).dropAudio, QList<int>{1});
        QCOMPARE(streams.value(2).dropAudio, QList<int>{1});
        QVERIFY(streams.value(1).dropSubpictures.isEmpty());

        // Without commentary, and German subtitles only.
        l.view->findChild<QCheckBox *>(QStringLiteral("dropCommentary"))->click();
        QVERIFY(!kept(l.tree, 1, true, 3));
        rule(l, "keepSubtitles_de")->click();
        QVERIFY(!rule(l, "keepSubtitlesAll")->isChecked());
        QVERIFY(!kept(l.tree, 1, false, 1));
        QVERIFY(kept(l.tree, 1, false, 2));
        QVERIFY(!kept(l.tree, 2, false, 1));
        streams = l.view->trimOptions().streams;
        QCOMPARE(streams.value(1).dropAudio, (QList<int>{1, 2}));
        QCOMPARE(streams.value(1).dropSubpictures, QList<int>{0});
        QCOMPARE(streams.value(2).dropAudio, QList<int>{1});
        QCOMPARE(streams.value(2).dropSubpictures, QList<int>{0});
        const qint64 dropped = m_sizes.audio.value(1).value(2) + m_sizes.audio.value(1).value(3) +
                               m_sizes.subpictures.value(1).value(1) +
                               m_sizes.audio.value(2).value(2) +
                               m_sizes.subpictures.value(2).value(1);
        QCOMPARE(l.view->droppedBytes(), dropped);
        QVERIFY2(l.summary->text().contains(
                     QStringLiteral("Streams left out: 5 (%1).").arg(formatBytes(dropped))),
                 qPrintable(l.summary->text()));
        GuiTest::saveScreenshot(l.view.get(), QStringLiteral("dvdstreamsview-rules"));

        // "None" replaces the languages; a language replaces "None".
        rule(l, "keepSubtitlesNone")->click();
        QVERIFY(!rule(l, "keepSubtitles_de")->isChecked());
        QVERIFY(!kept(l.tree, 1, false, 2));
        rule(l, "keepSubtitles_en")->click();
        QVERIFY(!rule(l, "keepSubtitlesNone")->isChecked());
        QVERIFY(kept(l.tree, 1, false, 1));
        QVERIFY(!kept(l.tree, 1, false, 2));

        // Original language alone: each title set's first audio language.
        rule(l, "keepAudioOriginal")->click();
        rule(l, "keepAudio_en")->click();
        QVERIFY(rule(l, "keepAudioOriginal")->isChecked());
        QVERIFY(kept(l.tree, 1, true, 1));
        QVERIFY(!kept(l.tree, 1, true, 2));
        QVERIFY(kept(l.tree, 2, true, 1));
        QVERIFY(!kept(l.tree, 2, true, 2));

        // A single box can still be changed afterwards.
        stream(l.tree, 2, true, 2)->setCheckState(DvdStreamsView::StreamColumn, Qt::Checked);
        QVERIFY(l.view->trimOptions().streams.value(2).dropAudio.isEmpty());

        // Back to everything: nothing is trimmed any more.
        rule(l, "keepAudioAll")->click();
        rule(l, "keepSubtitlesAll")->click();
        l.view->findChild<QCheckBox *>(QStringLiteral("dropCommentary"))->click();
        QVERIFY(!rule(l, "keepAudioOriginal")->isChecked());
        QVERIFY(l.view->trimOptions().streams.isEmpty());
        QVERIFY(!l.view->isTrimmed());
        QCOMPARE(l.view->droppedBytes(), 0);
        QVERIFY(!l.summary->text().contains(QLatin1String("Streams")));
    }

    // A title set left out whole: its streams count with it, once, and are not in the choices.
    void streamsOfALeftOutTitleSet()
    {
        Loaded l = load(m_dvd->image);
        QTRY_VERIFY(l.streams->sizesKnown());
        stream(l.tree, 2, true, 2)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        const qint64 spanish = m_sizes.audio.value(2).value(2);
        QCOMPARE(l.view->droppedBytes(), spanish);
        auto *titles = l.view->findChild<QTreeWidget *>(QStringLiteral("dvdTitles"));
        for (int row : {1, 2})
            titles->topLevelItem(row)->setCheckState(DvdTitlesView::TitleColumn, Qt::Unchecked);
        QCOMPARE(l.view->droppedTitleSets(), QList<int>{2});
        QCOMPARE(l.view->droppedBytes(), l.view->titles().titleSetBytes.value(2));
        QVERIFY(l.view->trimOptions().streams.isEmpty());
        QVERIFY(!(stream(l.tree, 2, true, 1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(
            l.tree->topLevelItem(1)->text(0).endsWith(QLatin1String("left out with its titles")));
        QVERIFY(!l.summary->text().contains(QLatin1String("Streams")));
        for (int row : {1, 2})
            titles->topLevelItem(row)->setCheckState(DvdTitlesView::TitleColumn, Qt::Checked);
        QCOMPARE(l.view->droppedBytes(), spanish);
        QVERIFY(stream(l.tree, 2, true, 1)->flags() & Qt::ItemIsEnabled);
    }

    // Unticking the last audio stream of titles asks first; "No" keeps it.
    void onlyAudioAsks()
    {
        Loaded l = load(m_dvd->image);
        QTRY_VERIFY(l.streams->hasStreams());
        stream(l.tree, 2, true, 1)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        QVERIFY(!kept(l.tree, 2, true, 1));
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        stream(l.tree, 2, true, 2)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        QCOMPARE(MessageBox::lastQuestion(),
                 QStringLiteral("Without this audio stream, titles 2, 3 play without sound. "
                                "Leave it out anyway?"));
        QVERIFY(kept(l.tree, 2, true, 2));
        QCOMPARE(l.view->trimOptions().streams.value(2).dropAudio, QList<int>{0});

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        stream(l.tree, 2, true, 2)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        QVERIFY(!kept(l.tree, 2, true, 2));
        QCOMPARE(l.view->trimOptions().streams.value(2).dropAudio, (QList<int>{0, 1}));

        // Title set 1 keeps two audio streams after the first goes: no question.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        stream(l.tree, 1, true, 1)->setCheckState(DvdStreamsView::StreamColumn, Qt::Unchecked);
        QVERIFY(!kept(l.tree, 1, true, 1));
        MessageBox::setNextAnswer(MessageBox::Answer::None);
    }

    // A title set with a title of several angles keeps its streams: its boxes cannot change.
    void anglesKeepTheirStreams()
    {
        DvdStreamsView view;
        view.setTrimmable(true);
        view.resize(700, 400);
        view.show();
        DvdTitleList titles;
        DvdTitle angled;
        angled.number = 2;
        angled.titleSet = 2;
        angled.angles = 2;
        titles.info.titles << angled;
        QSignalSpy loaded(&view, &DvdStreamsView::loaded);
        view.load(loadTestTree(m_dvd->image), titles);
        QTRY_COMPARE(loaded.size(), 1);
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("dvdStreams"));
        QTreeWidgetItem *top = tree->topLevelItem(1);
        QVERIFY2(top->text(0).contains(QLatin1String("several camera angles")),
                 qPrintable(top->text(0)));
        for (int c = 0; c < top->childCount(); ++c) {
            QVERIFY(!(top->child(c)->flags() & Qt::ItemIsEnabled));
            QVERIFY(top->child(c)->toolTip(0).contains(QLatin1String("camera angles")));
        }
        view.findChild<QAbstractButton *>(QStringLiteral("keepAudio_en"))->click();
        QVERIFY(kept(tree, 2, true, 2));
        QCOMPARE(view.choices().keys(), QList<int>{1});
        QVERIFY(tree->topLevelItem(0)->child(0)->flags() & Qt::ItemIsEnabled);
    }

    // Through the page: the fit bar follows, and Write image leaves the streams out (lsdvd).
    void pageWritesWithoutTheStreams()
    {
        QTemporaryDir dir;
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1200, 760);
        page.show();
        page.addSource(m_dvd->image);
        QTRY_VERIFY(!page.isLoading());
        auto *view = page.findChild<DvdTitlesView *>(QStringLiteral("dvdTitlesView"));
        auto *streams = page.findChild<DvdStreamsView *>(QStringLiteral("dvdStreamsView"));
        QTRY_VERIFY(streams->sizesKnown());
        page.findChild<QTabWidget *>(QStringLiteral("newImageTabs"))->setCurrentIndex(1);
        auto *fit = page.findChild<QLabel *>(QStringLiteral("fitText"));
        const QString before = fit->text();
        // The same writer with every stream: what the streams' sizes are measured against.
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        const QString whole = dir.filePath(QStringLiteral("whole.iso"));
        NewImagePage::setNextFileName(whole);
        write->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(whole), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(write->isEnabled(), 30000);
        // Only English audio, no commentary, no subtitles.
        view->findChild<QAbstractButton *>(QStringLiteral("keepAudio_en"))->click();
        view->findChild<QCheckBox *>(QStringLiteral("dropCommentary"))->click();
        view->findChild<QAbstractButton *>(QStringLiteral("keepSubtitlesNone"))->click();
        QVERIFY(fit->text() != before);
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-streams"));

        const QString out = dir.filePath(QStringLiteral("streams.iso"));
        NewImagePage::setNextFileName(out);
        write->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(write->isEnabled(), 30000);
        const LsdvdReport trimmed = runLsdvd(out);
        QVERIFY2(trimmed.error.isEmpty(), qPrintable(trimmed.error));
        QCOMPARE(trimmed.titles.size(), 3);
        QCOMPARE(trimmed.titles.at(0).audioLanguages, QStringList{QStringLiteral("en")});
        QCOMPARE(trimmed.titles.at(0).audioContents.size(), 1);
        for (int t : {1, 2})
            QCOMPARE(trimmed.titles.at(t).audioLanguages, QStringList{QStringLiteral("de")});
        for (const LsdvdTitle &t : trimmed.titles)
            QVERIFY(t.subtitleLanguages.isEmpty());
        const qint64 saved = QFileInfo(whole).size() - QFileInfo(out).size();
        // What the page counted is what went, within a few sectors (the IFO tables shrink too).
        QVERIFY2(
            qAbs(saved - view->droppedBytes()) <= 16 * 2048,
            qPrintable(
                QStringLiteral("%1 bytes saved, %2 counted").arg(saved).arg(view->droppedBytes())));
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestDvdStreamsView>(argc, argv);
}

#include "tst_dvdstreamsview.moc"
