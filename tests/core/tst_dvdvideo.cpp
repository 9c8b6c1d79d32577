#include "device/burnlibrary.h"
#include "dvd/dvdvideo.h"
#include "dvdvideosetup.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "tree/sourcespec.h"
#include "treefixture.h"

#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// DvdVideo on a real DVD-Video authored at test time by ffmpeg, spumux, dvdauthor and
// genisoimage (tests/support/dvdvideofixture.h), checked against lsdvd.
class TestDvdVideo final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    LsdvdReport m_lsdvd;

    void compareWithLsdvd(const DvdVideoInfo &info)
    {
        QVERIFY2(info.valid, qPrintable(info.messages.join(QLatin1Char('\n'))));
        QCOMPARE(info.titles.size(), m_lsdvd.titles.size());
        QCOMPARE(info.longestTitle, m_lsdvd.longest);
        for (int i = 0; i < info.titles.size(); ++i) {
            const DvdTitle &ours = info.titles.at(i);
            const LsdvdTitle &theirs = m_lsdvd.titles.at(i);
            QCOMPARE(ours.number, theirs.number);
            QCOMPARE(ours.titleSet, theirs.titleSet);
            QCOMPARE(ours.titleInSet, theirs.titleInSet);
            QVERIFY2(qAbs(ours.milliseconds / 1000.0 - theirs.seconds) < 1.0,
                     qPrintable(QStringLiteral("title %1: %2 ms, lsdvd %3 s")
                                    .arg(ours.number)
                                    .arg(ours.milliseconds)
                                    .arg(theirs.seconds)));
            QVERIFY(qAbs(ours.seconds - theirs.seconds) < 1.0);
            QCOMPARE(ours.chapters, theirs.chapters);
            QCOMPARE(ours.angles, theirs.angles);
            QCOMPARE(ours.audioLanguages, theirs.audioLanguages);
            QCOMPARE(ours.subtitleLanguages, theirs.subtitleLanguages);
            QCOMPARE(ours.audio.size(), theirs.audioFormats.size());
            for (int a = 0; a < ours.audio.size(); ++a) {
                QCOMPARE(ours.audio.at(a).language, theirs.audioLanguages.at(a));
                QCOMPARE(ours.audio.at(a).format, theirs.audioFormats.at(a));
                QCOMPARE(ours.audio.at(a).channels, theirs.audioChannels.at(a));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BurnLibrary::instance().isInitialised());
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd"}, WithLsdvd::Yes);
        m_dvd = setup.dvd;
        m_lsdvd = setup.lsdvd;
    }

    // The fixture is the disc it claims to be, as a third-party reader sees it.
    void lsdvdSeesTheAuthoredDisc()
    {
        QCOMPARE(m_lsdvd.titles.size(), m_dvd->titles.size());
        for (int i = 0; i < m_dvd->titles.size(); ++i) {
            const AuthoredTitle &authored = m_dvd->titles.at(i);
            const LsdvdTitle &seen = m_lsdvd.titles.at(i);
            QCOMPARE(seen.titleSet, authored.titleSet);
            QVERIFY(qAbs(seen.seconds - authored.seconds) < 1.0);
            QCOMPARE(seen.chapters, authored.chapters);
            QCOMPARE(seen.audioLanguages, authored.audioLanguages);
            QCOMPARE(seen.subtitleLanguages, authored.subtitleLanguages);
        }
        // The folder and the image are the same disc.
        const LsdvdReport folder = runLsdvd(m_dvd->folder);
        QVERIFY2(folder.error.isEmpty(), qPrintable(folder.error));
        QCOMPARE(folder.titles.size(), m_lsdvd.titles.size());
    }

    void readAgreesWithLsdvd_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("virtualDrive");
        QTest::newRow("image") << int(SourceSpec::Kind::ImageFile) << false;
        QTest::newRow("folder") << int(SourceSpec::Kind::Folder) << false;
        QTest::newRow("stdio drive") << int(SourceSpec::Kind::Drive) << true;
    }

    void readAgreesWithLsdvd()
    {
        QFETCH(int, kind);
        QFETCH(bool, virtualDrive);
        SourceSpec spec;
        spec.kind = SourceSpec::Kind(kind);
        spec.location = spec.kind == SourceSpec::Kind::Folder ? m_dvd->folder : m_dvd->image;
        if (virtualDrive)
            spec.location = QStringLiteral("stdio:") + m_dvd->image;
        compareWithLsdvd(readDvdVideoInfo(spec));
    }

    void notADvdIsInvalid()
    {
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Folder;
        spec.location = QDir::tempPath() + QStringLiteral("/no-such-dvd");
        QVERIFY(!readDvdVideoInfo(spec).valid);
    }

    // Every VOB names the titles of its own title set (lsdvd's vts), and no other.
    void vobsMapToTheirTitles()
    {
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::ImageFile;
        spec.location = m_dvd->image;
        const DvdVideoInfo info = readDvdVideoInfo(spec);
        for (const LsdvdTitle &t : std::as_const(m_lsdvd.titles)) {
            const QRegularExpression title(QStringLiteral("\\bTitle %1\\b").arg(t.number));
            for (int set = 1; set <= 2; ++set) {
                const QString vob =
                    QStringLiteral("VTS_%1_1.VOB").arg(set, 2, 10, QLatin1Char('0'));
                QVERIFY2(info.fileInfo.contains(vob), qPrintable(vob));
                QCOMPARE(title.match(info.fileInfo.value(vob)).hasMatch(), set == t.titleSet);
            }
        }
        QVERIFY(
            info.fileInfo.value(QStringLiteral("VTS_01_1.VOB")).contains(QLatin1String("en, fr")));
        QVERIFY(info.fileInfo.value(QStringLiteral("VTS_01_1.VOB"))
                    .contains(QLatin1String("main feature")));
        QVERIFY(info.fileInfo.value(QStringLiteral("VTS_02_1.VOB"))
                    .contains(QLatin1String("subtitles es")));
        QVERIFY(
            info.fileInfo.value(QStringLiteral("VTS_02_0.IFO")).contains(QLatin1String("2, 3")));
    }

    // The loader reads the descriptions for every file of VIDEO_TS of the tree it built.
    void loaderDescribesEveryFile_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("image") << QString();
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("stdio drive") << QStringLiteral("stdio");
    }

    void loaderDescribesEveryFile()
    {
        QFETCH(QString, source);
        const QString name = source == QLatin1String("folder") ? m_dvd->folder
                             : source == QLatin1String("stdio")
                                 ? QStringLiteral("stdio:") + m_dvd->image
                                 : m_dvd->image;
        auto spec = SourceSpec::parse(name);
        QVERIFY(spec);
        auto loaded = loadImageTree({spec.value()});
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const ImageTree &tree = *loaded.value().tree;
        QVERIFY(isDvdVideo(tree));
        const TreeEntry &dir = tree.at(tree.find("/VIDEO_TS"));
        QCOMPARE(dir.childCount, 9); // VIDEO_TS.{IFO,BUP,VOB}, VTS_0{1,2}_{0.IFO,0.BUP,1.VOB}
        for (int c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c)
            QVERIFY2(!loaded.value().fileInfo.value(tree.at(c).name.toUpper()).isEmpty(),
                     qPrintable(tree.at(c).name));
    }

    void plainImageHasNoFileInfo()
    {
        // AUDIO_TS alone is not a DVD-Video; nothing is read or described.
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Folder;
        spec.location = m_dvd->folder + QStringLiteral("/AUDIO_TS");
        auto loaded = loadImageTree({spec});
        QVERIFY(loaded);
        QVERIFY(loaded.value().fileInfo.isEmpty());
    }

    void warnsOnlyWhenPlaybackFilesAreLeftOut()
    {
        const auto tree = loadTestTree(m_dvd->image);
        QVERIFY(tree);
        QVERIFY(dvdVideoWarnings(*tree, Selection().evaluate(*tree)).isEmpty());

        Selection audioTs;
        audioTs.setIncluded("/AUDIO_TS", false);
        QVERIFY(dvdVideoWarnings(*tree, audioTs.evaluate(*tree)).isEmpty());

        Selection bonus;
        bonus.setIncluded("/VIDEO_TS/VTS_02_1.VOB", false);
        const QStringList warnings = dvdVideoWarnings(*tree, bonus.evaluate(*tree));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("VTS_02_1.VOB")));
        QVERIFY(!warnings.first().contains(QLatin1String("VTS_01_1.VOB")));

        // The same through a pattern, as --exclude gives it.
        auto pattern = Selection::parse(QStringLiteral("/VIDEO_TS/VTS_02_*"));
        QVERIFY(pattern);
        const QStringList all = dvdVideoWarnings(*tree, pattern.value().evaluate(*tree));
        QCOMPARE(all.size(), 1);
        for (const char *name : {"VTS_02_0.IFO", "VTS_02_0.BUP", "VTS_02_1.VOB"})
            QVERIFY2(all.first().contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestDvdVideo)
#include "tst_dvdvideo.moc"
