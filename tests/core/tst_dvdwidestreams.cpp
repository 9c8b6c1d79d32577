// Subtitles of 16:9 video: each subtitle stream has a wide and a letterbox stream in the VOBs,
// and the title PGC's pan-scan field, unused (dvdauthor's widescreen="nopanscan"), says 0,
// which is also English's wide stream. Which streams the control table names
// (Ifo::subpictureStreams), their sizes, and images with one language left out, checked with
// bsdtar, ffprobe, ffmpeg, lsdvd and libdvdnav/libdvdread (dvdnavcheck).

#include "dvd/dvdstreams.h"
#include "dvd/dvdtrim.h"
#include "dvd/ifofile.h"
#include "dvd/streamchoice.h"
#include "dvdstreamsfixture.h"
#include "dvdtrimcheck.h"
#include "fixtures.h"
#include "lsdvdreport.h"
#include "project/imagetreeloader.h"
#include "streamdemux.h"
#include "tree/imagetree.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

std::shared_ptr<const ImageTree> loadFixture(const DvdStreamsFixture &dvd, QString *error)
{
    auto loaded =
        loadImageTree({SourceSpec{SourceSpec::Kind::ImageFile, dvd.image, QStringLiteral("/")}});
    if (!loaded.ok()) {
        *error = loaded.error().message;
        return {};
    }
    return loaded.value().tree;
}

qint64 bytesOf(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    return total;
}

} // namespace

class TestDvdWideStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlEntries_data()
    {
        QTest::addColumn<quint32>("control");
        QTest::addColumn<int>("video"); // first byte of VTS_V_ATR
        QTest::addColumn<QList<int>>("streams");
        // 4:3 (aspect bits 0): the 4:3 field alone, whatever the others say.
        QTest::newRow("4:3") << 0x85000102u << 0x40 << QList<int>{5};
        QTest::newRow("not available") << 0x05020102u << 0x4C << QList<int>{};
        // 16:9 (aspect bits 3), pan-scan and letterbox allowed: wide, letterbox, pan-scan.
        QTest::newRow("16:9 all modes") << 0x80020301u << 0x4C << QList<int>{1, 2, 3};
        // Bit 1: no pan-scan. The field holds 0, which is no stream of this entry.
        QTest::newRow("16:9 letterbox only") << 0x80020300u << 0x4E << QList<int>{2, 3};
        // Bit 0: no letterbox.
        QTest::newRow("16:9 pan-scan only") << 0x80020004u << 0x4D << QList<int>{2, 4};
        // Neither allowed: a 4:3 screen may still fall back to either, so all count.
        QTest::newRow("16:9 wide only") << 0x80020300u << 0x4F << QList<int>{0, 2, 3};
        QTest::newRow("one stream for all") << 0x80070707u << 0x4C << QList<int>{7};
    }

    void controlEntries()
    {
        QFETCH(quint32, control);
        QFETCH(int, video);
        QFETCH(QList<int>, streams);
        QCOMPARE(Ifo::subpictureStreams(control, quint8(video)), streams);
    }

    // The streams each subtitle stream names and the bytes each has in the VOBs, against the
    // authoring and a count of the VOBs' packs that is not Spindle's.
    void physicalStreamsAndSizes()
    {
        const DvdStreamsFixture &dvd = dvdWideStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QString error;
        const auto tree = loadFixture(dvd, &error);
        QVERIFY2(tree, qPrintable(error));
        const auto streams = readDvdStreams(tree);
        QVERIFY2(streams.ok(), qPrintable(streams.error().message));
        QCOMPARE(streams->size(), 1);
        const DvdTitleSetStreams &set = streams->first();
        QVERIFY(set.wideVideo);
        const auto sizes = readDvdStreamSizes(tree, streams.value());
        QVERIFY2(sizes.ok(), qPrintable(sizes.error().message));
        const QMap<int, qint64> packs =
            countPacks(titleVobs(dvd.folder + QStringLiteral("/VIDEO_TS"), 1));
        const QList<AuthoredSubpicture> &authored = dvd.titleSets.first().subpictures;
        QCOMPARE(set.subpictures.size(), authored.size());
        for (int i = 0; i < authored.size(); ++i) {
            const AuthoredSubpicture &a = authored.at(i);
            QCOMPARE(set.subpictures.at(i).language, a.language);
            QCOMPARE(set.subpictures.at(i).physical, (QList<int>{a.physical, a.letterbox}));
            const qint64 wide = packs.value(0x20 + a.physical);
            const qint64 letterbox = packs.value(0x20 + a.letterbox);
            QVERIFY(wide > 0 && letterbox > 0);
            QCOMPARE(sizes->subpictures.value(1).value(i + 1), (wide + letterbox) * 2048);
        }
    }

    void leaveOutALanguage_data()
    {
        QTest::addColumn<int>("drop"); // 0-based subtitle stream
        QTest::newRow("English") << 0;
        QTest::newRow("German") << 1;
    }

    // Both VOB streams of the language that goes leave the VOBs, the other language's stay
    // byte for byte, and players find them where the IFO says.
    void leaveOutALanguage()
    {
        QFETCH(int, drop);
        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdWideStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QString error;
        const auto tree = loadFixture(dvd, &error);
        QVERIFY2(tree, qPrintable(error));
        DvdTrimOptions options;
        options.streams[1].dropSubpictures = {drop};
        auto plan = planDvdTrim(tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("wide.iso"));
        error = writeDvdImage(tree, plan->files, image);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const AuthoredSubpicture gone = dvd.titleSets.first().subpictures.at(drop);
        const AuthoredSubpicture kept = dvd.titleSets.first().subpictures.at(1 - drop);
        const QList<int> goneIds{0x20 + gone.physical, 0x20 + gone.letterbox};
        const QList<int> keptIds{0x20 + kept.physical, 0x20 + kept.letterbox};
        const QString files = dir.filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(files));
        QByteArray out;
        QVERIFY2(runTool(QStringLiteral("bsdtar"),
                         {QStringLiteral("-xf"), image, QStringLiteral("-C"), files}, &out) == 0,
                 out.constData());
        const QStringList from = titleVobs(dvd.folder + QStringLiteral("/VIDEO_TS"), 1);
        const QStringList to = titleVobs(files + QStringLiteral("/VIDEO_TS"), 1);
        QVERIFY(!from.isEmpty() && !to.isEmpty());
        const QMap<int, int> probed = probePackets(to, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int id : goneIds)
            QVERIFY2(!probed.contains(id), qPrintable(QString::number(id, 16)));
        for (int id : keptIds) {
            QVERIFY2(probed.value(id) > 0, qPrintable(QString::number(id, 16)));
            const QByteArray a = demuxStream(from, id, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QByteArray b = demuxStream(to, id, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!a.isEmpty() && a == b, qPrintable(QString::number(id, 16)));
        }
        error = compareVobPacks(from, to, goneIds);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QMap<int, qint64> packs = countPacks(from);
        QCOMPARE(bytesOf(to),
                 bytesOf(from) - (packs.value(goneIds[0]) + packs.value(goneIds[1])) * 2048);

        const LsdvdReport titles = runLsdvd(image);
        QVERIFY2(titles.error.isEmpty(), qPrintable(titles.error));
        QCOMPARE(titles.titles.size(), 1);
        QCOMPARE(titles.titles.first().subtitleLanguages, QStringList{kept.language});
        // libdvdnav picks the kept language's wide stream; libdvdread reads its letterbox
        // stream and the display modes as they were.
        const int status = runTool(checker, {image}, &out, 300000);
        QVERIFY2(status == 0, out.right(3000).constData());
        QStringList subtitles;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("dvdnavcheck: title 1 subtitle "))
                subtitles << QString::fromLatin1(line.mid(13));
        }
        QCOMPARE(subtitles,
                 (QStringList{QStringLiteral("title 1 subtitle 1 %1 0x%2")
                                  .arg(kept.language)
                                  .arg(keptIds[0], 0, 16),
                              QStringLiteral("title 1 subtitle 1 wide 0x%1 letterbox 0x%2 "
                                             "pan-scan 0x20 permitted 2")
                                  .arg(keptIds[0], 0, 16)
                                  .arg(keptIds[1], 0, 16)}));
    }
};

QTEST_GUILESS_MAIN(TestDvdWideStreams)
#include "tst_dvdwidestreams.moc"
