#include "dvdvideosetup.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Spindle::Test;

// spindle-cli on a real DVD-Video (tests/support/dvdvideofixture.h): ls --long and --json say
// which titles each file of VIDEO_TS carries; build warns when a title set's files are left out.
class TestCliDvdVideo final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    QTemporaryDir m_dir;

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    static QString lineOf(const QByteArray &out, const char *path)
    {
        for (const QByteArray &line : out.split('\n')) {
            if (line.contains(path))
                return QString::fromUtf8(line);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup);
        m_dvd = setup.dvd;
    }

    void lsLongShowsTitles_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("image") << QStringLiteral("image");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("stdio drive") << QStringLiteral("stdio");
    }

    void lsLongShowsTitles()
    {
        QFETCH(QString, source);
        const QString name = source == QLatin1String("folder") ? m_dvd->folder
                             : source == QLatin1String("stdio")
                                 ? QStringLiteral("stdio:") + m_dvd->image
                                 : m_dvd->image;
        const Run r = cli({QStringLiteral("ls"), QStringLiteral("--long"), name});
        QCOMPARE(r.code, 0);
        // libdvdread's CSS banner stays off the terminal.
        QVERIFY2(!r.err.contains("css"), r.err.constData());
        const QString main = lineOf(r.out, "/VIDEO_TS/VTS_01_1.VOB");
        QVERIFY2(main.contains(QLatin1String("[Title 1, main feature (0:09, 3 chapters; audio en, "
                                             "fr)]")),
                 qPrintable(main));
        const QString bonus = lineOf(r.out, "/VIDEO_TS/VTS_02_1.VOB");
        QVERIFY2(bonus.contains(QLatin1String("Title 2 (0:04, 1 chapter; audio de; subtitles es)")),
                 qPrintable(bonus));
        QVERIFY(bonus.contains(QLatin1String("Title 3 (0:02, 1 chapter; audio de)")));
        // Files outside VIDEO_TS and short listings carry no title text.
        QVERIFY(!lineOf(r.out, "/AUDIO_TS").contains(QLatin1Char('[')));
        const Run plain = cli({QStringLiteral("ls"), name});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.out.contains("Title"));
    }

    void lsJsonHasInfo()
    {
        const Run r = cli({QStringLiteral("ls"), QStringLiteral("--json"), m_dvd->image});
        QCOMPARE(r.code, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
        int described = 0;
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const QString path = o.value(QStringLiteral("path")).toString();
            const QString info = o.value(QStringLiteral("info")).toString();
            QCOMPARE(!info.isEmpty(), path.startsWith(QLatin1String("/VIDEO_TS/")));
            described += info.isEmpty() ? 0 : 1;
        }
        QCOMPARE(described, 9);
    }

    void buildWarnsWhenATitleSetIsLeftOut()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-bonus.iso"));
        const Run r = cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--exclude"),
                           QStringLiteral("/VIDEO_TS/VTS_02_*"), QStringLiteral("--output"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("VTS_02_1.VOB") && r.err.contains("breaks playback"),
                 r.err.constData());
        const Run whole = cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--output"),
                               m_dir.filePath(QStringLiteral("whole.iso"))});
        QCOMPARE(whole.code, 0);
        QVERIFY2(!whole.err.contains("breaks playback"), whole.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDvdVideo)
#include "tst_cli_dvdvideo.moc"
