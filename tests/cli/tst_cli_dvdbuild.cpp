#include "dvdvideofixture.h"
#include "lsdvdreport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// `spindle-cli build` on a real DVD-Video (tests/support/dvdvideofixture.h): every DVD-Video
// output, to a file or burned, is a UDF 1.02 bridge image that udfinfo accepts and lsdvd
// reads with the source's titles; other outputs still come from libisofs (no UDF).
class TestCliDvdBuild final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    LsdvdReport m_source;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(240000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
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
        QStringList missing = missingDvdVideoTools();
        for (const char *tool : {"udfinfo", "lsdvd"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing << QString::fromLatin1(tool);
        }
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1; installer/debian-packages.txt "
                                            "lists them")
                                 .arg(missing.join(QLatin1Char(' ')))));
        m_dvd = &dvdVideoFixture();
        QVERIFY2(m_dvd->error.isEmpty(), qPrintable(m_dvd->error));
        m_source = runLsdvd(m_dvd->image);
        QVERIFY2(m_source.error.isEmpty(), qPrintable(m_source.error));
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
