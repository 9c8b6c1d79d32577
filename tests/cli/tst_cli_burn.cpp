#include "fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// burn, erase and verify through the real spindle-cli binary, as a script would run them.
// Outcomes are checked with cmp and sha256sum, not with Spindle's own code.
class TestCliBurn final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }
    static bool same(const QString &a, const QString &b)
    {
        return runTool(QStringLiteral("cmp"), {a, b}) == 0;
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QString text;
        for (int i = 0; i < 150000; ++i)
            text += QString::number(i * 31) + QLatin1Char(' ');
        m_iso = makeIso(m_dir.path(), QStringLiteral("cli-burn.iso"), QStringLiteral("CLI_BURN"),
                        {QStringLiteral("data.txt=") + text}, {QStringLiteral("-J")});
        QVERIFY(!m_iso.isEmpty());
    }

    void burnAndVerify()
    {
        const QString target = path(QStringLiteral("disc.iso"));
        write(target, QByteArray(8 << 20, '\x55')); // larger old content must go
        const Run r = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(target),
                           QStringLiteral("--verify"), QStringLiteral("--progress"),
                           QStringLiteral("plain"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(same(m_iso, target));
        const Run v =
            cli({QStringLiteral("verify"), m_iso, QStringLiteral("--drive"), stdio(target)});
        QVERIFY2(v.code == 0, v.err.constData());
    }

    void burnJsonProgress()
    {
        const QString target = path(QStringLiteral("json.iso"));
        const Run r = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(target),
                           QStringLiteral("--progress"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        int objects = 0;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            QJsonDocument::fromJson(line, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            ++objects;
        }
        QVERIFY(objects > 0);
        QVERIFY(same(m_iso, target));
    }

    // SPINDLE_SOURCE_RATE_LIMIT (a test hook) makes the .gz image decode at 4 MB/s, below the
    // 24× DVD a plain stdio file counts as: a warning before writing, a JSON event for
    // scripts, 2× (2,770 kB/s) chosen, and the image still burned byte for byte.
    void slowCompressedSourceWarns()
    {
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY2(!gz.isEmpty(), "gzip is needed (installer/debian-packages.txt)");
        const QString target = path(QStringLiteral("slow.iso"));
        qputenv("SPINDLE_SOURCE_RATE_LIMIT", "4000000");
        const Run r = cli({QStringLiteral("burn"), gz, QStringLiteral("--drive"), stdio(target),
                           QStringLiteral("--progress"), QStringLiteral("json")});
        const Run plain = cli({QStringLiteral("burn"), gz, QStringLiteral("--drive"),
                               stdio(path(QStringLiteral("slow-plain.iso"))),
                               QStringLiteral("--progress"), QStringLiteral("plain")});
        qputenv("SPINDLE_SOURCE_RATE_LIMIT", "fast");
        const Run bad = cli({QStringLiteral("burn"), gz, QStringLiteral("--drive"),
                             stdio(path(QStringLiteral("slow-bad.iso")))});
        qunsetenv("SPINDLE_SOURCE_RATE_LIMIT");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(same(m_iso, target));
        QByteArray sums;
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {m_iso, target}, &sums), 0);
        QCOMPARE(sums.split('\n').at(0).left(64), sums.split('\n').at(1).left(64));

        QString warning;
        for (const QByteArray &line : r.err.split('\n')) {
            if (line.startsWith("warning: The image decompresses at"))
                warning = QString::fromUtf8(line.mid(int(qstrlen("warning: "))));
        }
        QVERIFY2(warning.contains(QStringLiteral("decompress the image first")), r.err.constData());
        QJsonObject event;
        int writing = -1, eventLine = -1, lineNo = 0;
        for (const QByteArray &line : r.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QStringLiteral("sourceTooSlow")) {
                event = o;
                eventLine = lineNo;
            }
            if (writing < 0 &&
                o.value(QStringLiteral("phase")).toString() == QStringLiteral("Writing"))
                writing = lineNo;
            ++lineNo;
        }
        QVERIFY2(!event.isEmpty(), r.out.constData());
        QVERIFY2(eventLine < writing, r.out.constData()); // before the first byte is written
        QCOMPARE(event.value(QStringLiteral("speed")).toInt(), 1385); // DVD 1x: 2x takes 5.54 MB/s
        const double rate = event.value(QStringLiteral("sourceRate")).toDouble();
        QVERIFY2(rate <= 4'080'000 && rate >= 3'200'000, qPrintable(QString::number(rate)));
        QCOMPARE(event.value(QStringLiteral("message")).toString(), warning);

        // Without --progress json: the warning, and no JSON on stdout.
        QVERIFY2(plain.code == 0, plain.err.constData());
        QVERIFY2(plain.err.contains("warning: The image decompresses at"), plain.err.constData());
        QVERIFY(!plain.out.contains("sourceTooSlow"));
        QVERIFY(same(m_iso, path(QStringLiteral("slow-plain.iso"))));
        QCOMPARE(bad.code, 2); // a usage error: nothing is written
        QVERIFY(!QFile::exists(path(QStringLiteral("slow-bad.iso"))));
    }

    void tooSmallMediumExitsOneUntouched()
    {
        const QString target = path(QStringLiteral("small.iso"));
        write(target, "keep me");
        const Run r = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(target),
                           QStringLiteral("--medium"), QStringLiteral("1M")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not fit"), r.err.constData());
        QCOMPARE(contents(target), QByteArray("keep me"));
    }

    void simulateLeavesTargetUntouched()
    {
        const QString target = path(QStringLiteral("sim.iso"));
        write(target, "untouched");
        const Run r = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(target),
                           QStringLiteral("--simulate")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(contents(target), QByteArray("untouched"));
        const Run refused =
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                 stdio(path(QStringLiteral("sim-dvdplusr.iso"))), QStringLiteral("--simulate"),
                 QStringLiteral("--medium"), QStringLiteral("dvd+r")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("test mode"));
    }

    // A virtual disc that holds an image is not written over unasked, whatever its medium.
    void overwritingDataNeedsYes()
    {
        const QString target = path(QStringLiteral("written.iso"));
        write(target, "an image burned earlier");
        const QStringList args{QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                               stdio(target)};
        const Run refused = cli(args);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("holds data"), refused.err.constData());
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(contents(target), QByteArray("an image burned earlier"));
        const Run r = cli(args + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(same(m_iso, target));
    }

    void copiesNeedYesWhenNotInteractive()
    {
        const QString target = path(QStringLiteral("copies.iso"));
        const QStringList args{QStringLiteral("burn"),     m_iso,
                               QStringLiteral("--drive"),  stdio(target),
                               QStringLiteral("--copies"), QStringLiteral("2")};
        const Run refused = cli(args);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        const Run r = cli(args + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("2 copies"));
        QVERIFY(same(m_iso, target));
    }

    void eraseNeedsYes()
    {
        const QString target = path(QStringLiteral("erase.iso"));
        QVERIFY(QFile::copy(m_iso, target));
        const QStringList args{QStringLiteral("erase"), QStringLiteral("--drive"), stdio(target)};
        const Run refused = cli(args);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(QFileInfo(target).size(), QFileInfo(m_iso).size());
        const Run r = cli(args + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QFileInfo(target).size(), qint64(0));
        const Run cdr =
            cli({QStringLiteral("erase"), QStringLiteral("--drive"), stdio(m_iso),
                 QStringLiteral("--medium"), QStringLiteral("cd-r"), QStringLiteral("--yes")});
        QCOMPARE(cdr.code, 1);
        QVERIFY(cdr.err.contains("write-once"));
    }

    void verifyChecksumFile()
    {
        QByteArray sum;
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {m_iso}, &sum), 0);
        const QString sums = path(QStringLiteral("sums.txt"));
        write(sums, sum.left(64) + "  cli-burn.iso\n");
        Run r = cli({QStringLiteral("verify"), m_iso, QStringLiteral("--checksum-file"), sums});
        QVERIFY2(r.code == 0, r.err.constData());
        write(sums, QByteArray(64, 'a') + "  cli-burn.iso\n");
        r = cli({QStringLiteral("verify"), m_iso, QStringLiteral("--checksum-file"), sums});
        QCOMPARE(r.code, 1);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("burn"), m_iso}).code, 2);
        QCOMPARE(cli({QStringLiteral("burn"), QStringLiteral("--drive"),
                      stdio(path(QStringLiteral("x")))})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                      stdio(path(QStringLiteral("x"))), QStringLiteral("--write-mode"),
                      QStringLiteral("raw96")})
                     .code,
                 2);
        QCOMPARE(
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                 stdio(path(QStringLiteral("x"))), QStringLiteral("--copies"), QStringLiteral("0")})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("erase")}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify"), m_iso}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify"), m_iso, QStringLiteral("--checksum-file"),
                      QStringLiteral("--drive"), stdio(m_iso)})
                     .code,
                 2);
        const Run missing = cli({QStringLiteral("burn"), path(QStringLiteral("nope.iso")),
                                 QStringLiteral("--drive"), stdio(path(QStringLiteral("x")))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestCliBurn)
#include "tst_cli_burn.moc"
