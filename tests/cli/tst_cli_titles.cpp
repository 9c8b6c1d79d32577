#include "dvdvideosetup.h"
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// `spindle-cli titles` on a real DVD-Video (tests/support/dvdvideofixture.h), checked against
// lsdvd (libdvdread's own lister) and the files on disk.
class TestCliTitles final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    LsdvdReport m_lsdvd;
    QTemporaryDir m_dir;

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    QString sourceFor(const QString &kind) const
    {
        if (kind == QLatin1String("folder"))
            return m_dvd->folder;
        if (kind == QLatin1String("stdio"))
            return QStringLiteral("stdio:") + m_dvd->image;
        return m_dvd->image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {}, WithLsdvd::Yes);
        m_dvd = setup.dvd;
        m_lsdvd = setup.lsdvd;
        QCOMPARE(m_lsdvd.titles.size(), m_dvd->titles.size());
    }

    void jsonMatchesLsdvd_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("image") << QStringLiteral("image");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("stdio drive") << QStringLiteral("stdio");
    }

    void jsonMatchesLsdvd()
    {
        QFETCH(QString, kind);
        const Run r = cli({QStringLiteral("titles"), QStringLiteral("--json"), sourceFor(kind)});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray titles = root.value(QStringLiteral("titles")).toArray();
        QCOMPARE(titles.size(), m_lsdvd.titles.size());
        QCOMPARE(root.value(QStringLiteral("mainFeature")).toInt(), m_lsdvd.longest);
        for (int i = 0; i < titles.size(); ++i) {
            const QJsonObject t = titles.at(i).toObject();
            const LsdvdTitle &l = m_lsdvd.titles.at(i);
            QCOMPARE(t.value(QStringLiteral("number")).toInt(), l.number);
            QCOMPARE(t.value(QStringLiteral("titleSet")).toInt(), l.titleSet);
            QVERIFY2(qAbs(t.value(QStringLiteral("seconds")).toDouble() - l.seconds) < 0.01,
                     qPrintable(QStringLiteral("title %1: %2 s, lsdvd %3 s")
                                    .arg(l.number)
                                    .arg(t.value(QStringLiteral("seconds")).toDouble())
                                    .arg(l.seconds)));
            QCOMPARE(t.value(QStringLiteral("chapters")).toInt(), l.chapters);
            QCOMPARE(t.value(QStringLiteral("angles")).toInt(), l.angles);
            QStringList languages, formats;
            QList<int> channels;
            for (const QJsonValue &a : t.value(QStringLiteral("audio")).toArray()) {
                languages << a.toObject().value(QStringLiteral("language")).toString();
                formats << a.toObject().value(QStringLiteral("format")).toString();
                channels << a.toObject().value(QStringLiteral("channels")).toInt();
            }
            QCOMPARE(languages, l.audioLanguages);
            QCOMPARE(formats, l.audioFormats);
            QCOMPARE(channels, l.audioChannels);
            QStringList subtitles;
            for (const QJsonValue &s : t.value(QStringLiteral("subtitles")).toArray())
                subtitles << s.toString();
            QCOMPARE(subtitles, l.subtitleLanguages);
            QCOMPARE(t.value(QStringLiteral("mainFeature")).toBool(), l.number == m_lsdvd.longest);
        }
        // What the fixture authored, so that lsdvd and Spindle do not agree on nothing.
        QCOMPARE(titles.at(0).toObject().value(QStringLiteral("audio")).toArray().size(), 2);
    }

    void titleSetSizesAreTheFilesOnDisk()
    {
        const Run r = cli({QStringLiteral("titles"), QStringLiteral("--json"), m_dvd->image});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QMap<int, qint64> expected;
        const QDir videoTs(m_dvd->folder + QStringLiteral("/VIDEO_TS"));
        qint64 menus = 0;
        for (const QFileInfo &f : videoTs.entryInfoList(QDir::Files)) {
            if (f.fileName().startsWith(QLatin1String("VTS_")))
                expected[f.fileName().mid(4, 2).toInt()] += f.size();
            else
                menus += f.size();
        }
        QCOMPARE(expected.size(), 2);
        QMap<int, qint64> reported;
        for (const QJsonValue &v : root.value(QStringLiteral("titleSets")).toArray())
            reported[v.toObject().value(QStringLiteral("number")).toInt()] =
                qint64(v.toObject().value(QStringLiteral("bytes")).toDouble());
        QCOMPARE(reported, expected);
        QCOMPARE(qint64(root.value(QStringLiteral("menuBytes")).toDouble()), menus);
    }

    void textMarksTheMainFeature()
    {
        const Run r = cli({QStringLiteral("titles"), m_dvd->image});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        int titleLines = 0;
        static const QRegularExpression row(
            QStringLiteral("^\\s*(\\d+)(\\*?)\\s+(\\d+:\\d\\d:\\d\\d)"
                           "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(.*)$"));
        for (const QString &line : lines) {
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            ++titleLines;
            const int number = m.captured(1).toInt();
            QCOMPARE(m.captured(2) == QLatin1String("*"), number == m_lsdvd.longest);
            const LsdvdTitle &l = m_lsdvd.titles.at(number - 1);
            QCOMPARE(m.captured(4).toInt(), l.chapters);
            QCOMPARE(m.captured(6).toInt(), l.titleSet);
            for (const QString &language : l.audioLanguages)
                QVERIFY2(m.captured(7).contains(language), qPrintable(line));
        }
        QCOMPARE(titleLines, m_lsdvd.titles.size());
        QVERIFY(r.out.contains("Title set 2:"));
        QVERIFY(r.out.contains("main feature"));
    }

    // A DVD whose VMG IFO and its backup are zeros: a message, no crash, exit 1.
    void damagedIfosGiveAClearMessage()
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/VIDEO_TS")));
        const QDir source(m_dvd->folder + QStringLiteral("/VIDEO_TS"));
        for (const QString &name : source.entryList(QDir::Files)) {
            QFile file(copy + QStringLiteral("/VIDEO_TS/") + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QFile original(source.filePath(name));
            QVERIFY(original.open(QIODevice::ReadOnly));
            file.write(name.startsWith(QLatin1String("VIDEO_TS.")) &&
                               !name.endsWith(QLatin1String(".VOB"))
                           ? QByteArray(int(original.size()), '\0')
                           : original.readAll());
        }
        const Run r = cli({QStringLiteral("titles"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("IFO files are damaged"), r.err.constData());
        QVERIFY2(!r.err.contains("*****"), r.err.constData());
    }

    void refusesWhatIsNoDvd()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("plain/docs"));
        QFile f(m_dir.filePath(QStringLiteral("plain/docs/a.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("text");
        f.close();
        const Run r = cli({QStringLiteral("titles"), m_dir.filePath(QStringLiteral("plain"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no DVD-Video"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("titles")}).code, 2);
        QCOMPARE(cli({QStringLiteral("titles"), m_dvd->image, m_dvd->folder}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTitles)
#include "tst_cli_titles.moc"
