#include "dvdvideosetup.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// `spindle-cli build` on a real DVD-Video (tests/support/dvdvideofixture.h): every DVD-Video
// output, to a file or burned, is a UDF 1.02 bridge image that udfinfo accepts and lsdvd
// reads with the source's titles; other outputs still come from libisofs (no UDF). With
// --keep-titles/--drop-titles/--main-feature-only, lsdvd sees the titles that stay with the
// source's lengths, chapters and languages, and the image shrinks by the sets that go.
class TestCliDvdBuild final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    LsdvdReport m_source;
    QTemporaryDir m_dir;

    using Run = ProcessRun;

    static Run run(const QString &program, const QStringList &args)
    {
        return runProcess(program, args);
    }

    static Run cli(const QStringList &args) { return run(QStringLiteral(SPINDLE_CLI), args); }

    static QString udfRevision(const QString &image)
    {
        const Run r = run(QStringLiteral("udfinfo"), {image});
        if (r.code != 0)
            return {};
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("udfrev="))
                return QString::fromLatin1(line.mid(7));
        }
        return {};
    }

    // The source's titles `kept`, in that order, with their lengths, chapters and streams.
    void compareKeptTitles(const LsdvdReport &ours, const QList<int> &kept)
    {
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QCOMPARE(ours.titles.size(), kept.size());
        for (int i = 0; i < kept.size(); ++i) {
            const LsdvdTitle &a = ours.titles.at(i);
            const LsdvdTitle &b = m_source.titles.at(kept.at(i) - 1);
            QCOMPARE(a.seconds, b.seconds);
            QCOMPARE(a.chapters, b.chapters);
            QCOMPARE(a.audioLanguages, b.audioLanguages);
            QCOMPARE(a.audioFormats, b.audioFormats);
            QCOMPARE(a.subtitleLanguages, b.subtitleLanguages);
        }
    }

    qint64 titleSetBytes(int titleSet) const
    {
        qint64 bytes = 0;
        const QString prefix = QStringLiteral("VTS_%1_*").arg(titleSet, 2, 10, QLatin1Char('0'));
        for (const QFileInfo &f :
             QDir(m_dvd->folder + QStringLiteral("/VIDEO_TS")).entryInfoList({prefix}, QDir::Files))
            bytes += f.size();
        return bytes;
    }

    // The same titles, lengths, chapters and streams as the source.
    void compareTitles(const LsdvdReport &ours)
    {
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QCOMPARE(ours.titles.size(), m_source.titles.size());
        QCOMPARE(ours.longest, m_source.longest);
        for (int i = 0; i < ours.titles.size(); ++i) {
            const LsdvdTitle &a = ours.titles.at(i);
            const LsdvdTitle &b = m_source.titles.at(i);
            QCOMPARE(a.titleSet, b.titleSet);
            QCOMPARE(a.seconds, b.seconds);
            QCOMPARE(a.chapters, b.chapters);
            QCOMPARE(a.audioLanguages, b.audioLanguages);
            QCOMPARE(a.audioFormats, b.audioFormats);
            QCOMPARE(a.subtitleLanguages, b.subtitleLanguages);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"udfinfo", "lsdvd"}, WithLsdvd::Yes);
        m_dvd = setup.dvd;
        m_source = setup.lsdvd;
    }

    void dvdVideoBecomesUdfBridge_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("image") << QStringLiteral("image");
        QTest::newRow("folder") << QStringLiteral("folder");
    }

    void dvdVideoBecomesUdfBridge()
    {
        QFETCH(QString, kind);
        const QString source = kind == QLatin1String("folder") ? m_dvd->folder : m_dvd->image;
        const QString out = m_dir.filePath(kind + QStringLiteral(".iso"));
        const Run r = cli({QStringLiteral("build"), source, QStringLiteral("--output"), out,
                           QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(udfRevision(out), QStringLiteral("1.02"));
        compareTitles(runLsdvd(out));
    }

    // --reproducible dates the UDF bridge image too: two builds give the same bytes.
    void reproducibleDvdVideo()
    {
        QByteArray bytes[2];
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(QStringLiteral("same%1.iso").arg(i));
            const Run r = cli({QStringLiteral("build"), m_dvd->image,
                               QStringLiteral("--keep-titles"), QStringLiteral("1,2"),
                               QStringLiteral("--reproducible"), QStringLiteral("--output"), out,
                               QStringLiteral("--progress"), QStringLiteral("none")});
            QVERIFY2(r.code == 0, r.err.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes[i] = f.readAll();
            if (i == 0)
                QTest::qSleep(1100); // a clock that leaks in would now differ
        }
        QVERIFY(!bytes[0].isEmpty());
        QVERIFY(bytes[0] == bytes[1]);
    }

    void burnedDvdVideoIsUdfBridge()
    {
        const QString disc = m_dir.filePath(QStringLiteral("burned.iso"));
        const Run r = cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--drive"),
                           QStringLiteral("stdio:") + disc, QStringLiteral("--medium"),
                           QStringLiteral("dvd-r"), QStringLiteral("--yes"),
                           QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(udfRevision(disc), QStringLiteral("1.02"));
        compareTitles(runLsdvd(disc));
    }

    void trimmedTitles_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<int>>("kept");
        QTest::addColumn<int>("droppedSet"); // 0: every title set stays
        QTest::newRow("drop the bonus title set")
            << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("2-3")} << QList<int>{1}
            << 2;
        QTest::newRow("keep 1 and 3")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("3,1")}
            << QList<int>{1, 3} << 0;
        QTest::newRow("main feature only")
            << QStringList{QStringLiteral("--main-feature-only")} << QList<int>{1} << 2;
        QTest::newRow("titles 2 and 3 without menus")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("2-3"),
                           QStringLiteral("--main-feature-only")}
            << QList<int>{2, 3} << 1;
    }

    void trimmedTitles()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<int>, kept);
        QFETCH(int, droppedSet);
        QCOMPARE(m_source.longest, 1); // what the rows above assume
        const QString whole = m_dir.filePath(QStringLiteral("whole.iso"));
        if (!QFile::exists(whole)) {
            QCOMPARE(cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--output"), whole,
                          QStringLiteral("--progress"), QStringLiteral("none")})
                         .code,
                     0);
        }
        const QString out = m_dir.filePath(QStringLiteral("trimmed.iso"));
        const Run r = cli(QStringList{QStringLiteral("build"), m_dvd->folder} + options +
                          QStringList{QStringLiteral("--output"), out, QStringLiteral("--force"),
                                      QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(udfRevision(out), QStringLiteral("1.02"));
        compareKeptTitles(runLsdvd(out), kept);
        const qint64 saved = QFileInfo(whole).size() - QFileInfo(out).size();
        // A title set that goes saves at least its files; with both kept, less than the smaller.
        const qint64 least = droppedSet ? titleSetBytes(droppedSet) : 0;
        QVERIFY2(saved >= least, qPrintable(QStringLiteral("saved %1, title set %2 has %3")
                                                .arg(saved)
                                                .arg(droppedSet)
                                                .arg(least)));
        if (!droppedSet)
            QVERIFY(saved < qMin(titleSetBytes(1), titleSetBytes(2)));
    }

    // The trim decides VIDEO_TS; patterns still leave out files elsewhere.
    void patternsApplyOutsideVideoTs()
    {
        const QString keep = m_dir.filePath(QStringLiteral("notes.txt"));
        const QString skip = m_dir.filePath(QStringLiteral("draft.bak"));
        for (const QString &name : {keep, skip}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("extra\n");
        }
        const QString out = m_dir.filePath(QStringLiteral("with-extras.iso"));
        const Run r = cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--add"),
                           keep + QStringLiteral("=/EXTRAS"), QStringLiteral("--add"),
                           skip + QStringLiteral("=/EXTRAS"), QStringLiteral("--exclude"),
                           QStringLiteral("*.bak"), QStringLiteral("--drop-titles"),
                           QStringLiteral("3"), QStringLiteral("--output"), out,
                           QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run isoinfo =
            run(QStringLiteral("isoinfo"),
                {QStringLiteral("-J"), QStringLiteral("-f"), QStringLiteral("-i"), out});
        const Run plain =
            run(QStringLiteral("isoinfo"), {QStringLiteral("-f"), QStringLiteral("-i"), out});
        const QByteArray listing = (isoinfo.out + plain.out).toUpper();
        QVERIFY2(listing.contains("/EXTRAS/NOTES.TXT"), listing.constData());
        QVERIFY2(!listing.contains("DRAFT"), listing.constData());
        compareKeptTitles(runLsdvd(out), {1, 2});
    }

    void trimmedBurn()
    {
        const QString disc = m_dir.filePath(QStringLiteral("trimmed-burn.iso"));
        const Run r =
            cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--keep-titles"),
                 QStringLiteral("1,3"), QStringLiteral("--drive"), QStringLiteral("stdio:") + disc,
                 QStringLiteral("--medium"), QStringLiteral("dvd-r"), QStringLiteral("--yes"),
                 QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(udfRevision(disc), QStringLiteral("1.02"));
        compareKeptTitles(runLsdvd(disc), {1, 3});
    }

    void titleOptionErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("dvd");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("keep and drop")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("1"),
                           QStringLiteral("--drop-titles"), QStringLiteral("2")}
            << true << 2 << QStringLiteral("cannot be combined");
        QTest::newRow("not a list")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("1,x")} << true << 2
            << QStringLiteral("title numbers such as");
        QTest::newRow("backwards range")
            << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("3-1")} << true << 2
            << QStringLiteral("title numbers such as");
        QTest::newRow("no DVD-Video")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("1")} << false << 2
            << QStringLiteral("need a DVD-Video source");
        QTest::newRow("no such title to keep")
            << QStringList{QStringLiteral("--keep-titles"), QStringLiteral("1,7")} << true << 1
            << QStringLiteral("Title 7 does not exist");
        QTest::newRow("no such title to drop")
            << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("9")} << true << 1
            << QStringLiteral("Title 9 does not exist");
        QTest::newRow("every title dropped")
            << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("1-3")} << true << 1
            << QStringLiteral("Keep at least one title");
    }

    void titleOptionErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, dvd);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString source = m_dvd->image;
        if (!dvd) {
            source = m_dir.filePath(QStringLiteral("plain"));
            QDir().mkpath(source + QStringLiteral("/docs"));
        }
        const QString out = m_dir.filePath(QStringLiteral("refused.iso"));
        const Run r = cli(QStringList{QStringLiteral("build"), source} + options +
                          QStringList{QStringLiteral("--output"), out});
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Without VIDEO_TS.IFO the output is no DVD-Video: libisofs writes it, with no UDF.
    void otherOutputsStayIso9660()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-vmg.iso"));
        const Run r = cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--exclude"),
                           QStringLiteral("/VIDEO_TS/VIDEO_TS.*"), QStringLiteral("--output"), out,
                           QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(out));
        QCOMPARE(udfRevision(out), QString());
        const Run isoinfo =
            run(QStringLiteral("isoinfo"),
                {QStringLiteral("-R"), QStringLiteral("-f"), QStringLiteral("-i"), out});
        QCOMPARE(isoinfo.code, 0);
        QVERIFY2(isoinfo.out.contains("/VIDEO_TS/VTS_01_1.VOB"), isoinfo.out.constData());
        QVERIFY(!isoinfo.out.contains("VIDEO_TS.IFO"));
    }
};

QTEST_GUILESS_MAIN(TestCliDvdBuild)
#include "tst_cli_dvdbuild.moc"
