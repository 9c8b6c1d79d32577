// Subtitles of 16:9 video: each subtitle stream has a wide and a letterbox stream in the VOBs,
// and the title PGC's pan-scan field, unused (dvdauthor's widescreen="nopanscan"), says 0,
// which is also English's wide stream. Which streams the control table names
// (Ifo::subpictureStreams), their sizes, and images with one language left out; and the same
// disc's audio in the three formats of the private stream 1 (AC-3, DTS, LPCM), each left out
// in turn. Checked with bsdtar, ffprobe, ffmpeg, lsdvd and libdvdnav/libdvdread (dvdnavcheck).

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

    // Both VOB streams of the language that goes leave the VOBs, the others stay byte for
    // byte, and players find the other language's where the IFO says.
    void leaveOutALanguage()
    {
        QFETCH(int, drop);
        const DvdStreamsFixture &dvd = dvdWideStreamsFixture();
        const AuthoredSubpicture gone = dvd.titleSets.value(0).subpictures.value(drop);
        const AuthoredSubpicture kept = dvd.titleSets.value(0).subpictures.value(1 - drop);
        const QList<int> keptIds{0x20 + kept.physical, 0x20 + kept.letterbox};
        DvdTrimOptions options;
        options.streams[1].dropSubpictures = {drop};
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("wide.iso"));
        QStringList nav;
        buildWithout(options, {0x20 + gone.physical, 0x20 + gone.letterbox}, image, &nav);
        if (QTest::currentTestFailed())
            return;
        const LsdvdReport titles = runLsdvd(image);
        QVERIFY2(titles.error.isEmpty(), qPrintable(titles.error));
        QCOMPARE(titles.titles.size(), 1);
        QCOMPARE(titles.titles.first().subtitleLanguages, QStringList{kept.language});
        // libdvdnav picks the kept language's wide stream; libdvdread reads its letterbox
        // stream and the display modes as they were.
        QCOMPARE(nav.filter(QStringLiteral("title 1 subtitle ")),
                 (QStringList{QStringLiteral("title 1 subtitle 1 %1 0x%2")
                                  .arg(kept.language)
                                  .arg(keptIds[0], 0, 16),
                              QStringLiteral("title 1 subtitle 1 wide 0x%1 letterbox 0x%2 "
                                             "pan-scan 0x20 permitted 2")
                                  .arg(keptIds[0], 0, 16)
                                  .arg(keptIds[1], 0, 16)}));
    }

    void leaveOutAnAudioFormat_data()
    {
        QTest::addColumn<int>("drop"); // 0-based audio stream
        QTest::addColumn<int>("id");   // its VOB stream
        QTest::newRow("AC-3") << 0 << 0x80;
        QTest::newRow("DTS") << 1 << 0x89;
        QTest::newRow("LPCM") << 2 << 0xA2;
    }

    // Each format of the private stream 1 goes as AC-3 does; the others play on.
    void leaveOutAnAudioFormat()
    {
        QFETCH(int, drop);
        QFETCH(int, id);
        const DvdStreamsFixture &dvd = dvdWideStreamsFixture();
        QList<AuthoredAudio> kept = dvd.titleSets.value(0).audio;
        if (drop < kept.size())
            kept.removeAt(drop);
        DvdTrimOptions options;
        options.streams[1].dropAudio = {drop};
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("audio.iso"));
        QStringList nav;
        buildWithout(options, {id}, image, &nav);
        if (QTest::currentTestFailed())
            return;
        QStringList languages;
        QStringList formats;
        QStringList selectable;
        for (const AuthoredAudio &a : std::as_const(kept)) {
            languages << a.language;
            formats << a.format;
            const int base = a.format == QLatin1String("dts")    ? 0x88
                             : a.format == QLatin1String("lpcm") ? 0xA0
                                                                 : 0x80;
            selectable << QStringLiteral("title 1 audio %1 %2 0x%3")
                              .arg(selectable.size() + 1)
                              .arg(a.language)
                              .arg(base + a.physical, 0, 16);
        }
        const LsdvdReport titles = runLsdvd(image);
        QVERIFY2(titles.error.isEmpty(), qPrintable(titles.error));
        QCOMPARE(titles.titles.size(), 1);
        QCOMPARE(titles.titles.first().audioLanguages, languages);
        QCOMPARE(titles.titles.first().audioFormats, formats);
        QCOMPARE(nav.filter(QStringLiteral("title 1 audio ")), selectable);
    }

private:
    // Writes the fixture without what `options` leave out to `image`, and checks the title
    // VOBs the image holds (bsdtar reads them out) against the source's: ffprobe finds no
    // packet of the streams `gone` and every other stream demuxes (ffmpeg) to the same bytes,
    // the packs follow in order (NAV packs pointing at their new places) and the VOBs are
    // smaller by the packs that went; libdvdnav plays it all (dvdnavcheck), whose report
    // lines (without "dvdnavcheck: ") go to `nav`.
    void buildWithout(const DvdTrimOptions &options, const QList<int> &gone, const QString &image,
                      QStringList *nav)
    {
        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdWideStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QString error;
        const auto tree = loadFixture(dvd, &error);
        QVERIFY2(tree, qPrintable(error));
        auto plan = planDvdTrim(tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        error = writeDvdImage(tree, plan->files, image);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QString files = image + QStringLiteral(".files");
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
        const QMap<int, qint64> packs = countPacks(from);
        qint64 goneBytes = 0;
        for (auto it = packs.cbegin(); it != packs.cend(); ++it) {
            const QString name = QStringLiteral("0x%1").arg(it.key(), 0, 16);
            if (gone.contains(it.key())) {
                QVERIFY2(!probed.contains(it.key()), qPrintable(name));
                goneBytes += it.value() * 2048;
                continue;
            }
            if (it.key() == 0x1bf || it.key() == 0x1be)
                continue; // NAV packs are rewritten; padding has nothing to demux
            QVERIFY2(probed.value(it.key()) > 0, qPrintable(name));
            const QByteArray a = demuxStream(from, it.key(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QByteArray b = demuxStream(to, it.key(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!a.isEmpty() && a == b, qPrintable(name));
        }
        for (int id : gone)
            QVERIFY2(packs.value(id) > 0, qPrintable(QString::number(id, 16)));
        error = compareVobPacks(from, to, gone);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytesOf(to), bytesOf(from) - goneBytes);

        const int status = runTool(checker, {image}, &out, 300000);
        QVERIFY2(status == 0, out.right(3000).constData());
        for (const QString &line : QString::fromLocal8Bit(out).split(u'\n')) {
            if (line.startsWith(QLatin1String("dvdnavcheck: ")))
                *nav << line.mid(13);
        }
    }
};

QTEST_GUILESS_MAIN(TestDvdWideStreams)
#include "tst_dvdwidestreams.moc"
