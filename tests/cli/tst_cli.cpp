#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// Runs the real spindle-cli binary the way a script would.
class TestCli final : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeIso(m_dir.path(), QStringLiteral("cli.iso"), QStringLiteral("CLI_LABEL"),
                        {QStringLiteral("a.txt=") + QString(5000, QLatin1Char('a'))},
                        {QStringLiteral("-J"), QStringLiteral("-R")});
        QVERIFY(!m_iso.isEmpty());
    }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        for (const char *name : {"spindle-cli", "Qt", "libburn", "libisofs", "libarchive"})
            QVERIFY2(r.out.contains(name), name);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        const Run missing = cli({QStringLiteral("info")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("--drive"));
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--drive"),
                      QStringLiteral("stdio:") + m_iso, QStringLiteral("--medium"),
                      QStringLiteral("floppy")})
                     .code,
                 2);
    }

    void helpForEachVerb()
    {
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        for (const char *verb : {"drives", "info"}) {
            QVERIFY(top.out.contains(verb));
            const Run r = cli({QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith(QByteArray("Usage: spindle-cli ") + verb));
        }
    }

    void infoJsonMatchesXorrisoImage()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--drive"),
                           QStringLiteral("stdio:") + m_iso, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        const QJsonObject fs = o.value(QStringLiteral("filesystem")).toObject();
        QCOMPARE(fs.value(QStringLiteral("label")).toString(), QStringLiteral("CLI_LABEL"));
        QVERIFY(fs.value(QStringLiteral("joliet")).toBool());
        QVERIFY(fs.value(QStringLiteral("rockRidge")).toBool());
        // The size must agree with xorriso's own reading of the image.
        QByteArray report;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-indev"), m_iso, QStringLiteral("-toc")}, &report),
                 0);
        const QRegularExpression sizeRe(
            QStringLiteral("ISO session\\s*:\\s*\\d+\\s*,\\s*\\d+\\s*,\\s*(\\d+)s"));
        const auto match = sizeRe.match(QString::fromLocal8Bit(report));
        QVERIFY2(match.hasMatch(), report.constData());
        QCOMPARE(fs.value(QStringLiteral("sizeBytes")).toInteger(),
                 match.captured(1).toLongLong() * 2048);
        QCOMPARE(o.value(QStringLiteral("usedBytes")).toInteger(), QFileInfo(m_iso).size());
    }

    void infoText()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--drive"),
                           QStringLiteral("stdio:") + m_iso, QStringLiteral("--medium"),
                           QStringLiteral("cd-r")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("CLI_LABEL"));
        QVERIFY(r.out.contains("CD-R"));
        QVERIFY(r.out.contains("737,280,000 bytes"));
    }

    void blankVirtualDrive()
    {
        const Run r =
            cli({QStringLiteral("info"), QStringLiteral("--drive"),
                 QStringLiteral("stdio:") + m_dir.filePath(QStringLiteral("blank.iso")),
                 QStringLiteral("--json"), QStringLiteral("--medium"), QStringLiteral("dvd-r")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("blank"));
        QCOMPARE(o.value(QStringLiteral("capacityBytes")).toInteger(), qint64(4707319808));
    }

    // An image file is looked at as it is, not through a virtual drive that could write it: a
    // closed medium of its own size, not writable, with its file system; a compressed one is
    // decoded as far as its file system.
    void infoOfAnImageFile()
    {
        const QString gz = m_dir.filePath(QStringLiteral("info.iso.gz"));
        QVERIFY(QFile::copy(m_iso, m_dir.filePath(QStringLiteral("info.iso"))));
        QCOMPARE(runTool(QStringLiteral("gzip"),
                         {QStringLiteral("-f"), m_dir.filePath(QStringLiteral("info.iso"))}),
                 0);
        for (const QString &image : {m_iso, gz}) {
            const QByteArray before = sha256Of(image);
            const Run r = cli({QStringLiteral("info"), image, QStringLiteral("--json")});
            QCOMPARE(r.code, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QVERIFY(o.value(QStringLiteral("imageFile")).toBool());
            QVERIFY(!o.value(QStringLiteral("writable")).toBool());
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
            QCOMPARE(o.value(QStringLiteral("usedBytes")).toInteger(), QFileInfo(m_iso).size());
            const QJsonObject fs = o.value(QStringLiteral("filesystem")).toObject();
            QCOMPARE(fs.value(QStringLiteral("label")).toString(), QStringLiteral("CLI_LABEL"));
            QCOMPARE(sha256Of(image), before); // looked at, not changed
        }
        const Run text = cli({QStringLiteral("info"), gz});
        QVERIFY2(text.out.contains("Image file (gzip-compressed)"), text.out.constData());
        QVERIFY2(!text.out.contains("Writable"), text.out.constData());
        QCOMPARE(cli({QStringLiteral("info"), gz, QStringLiteral("--drive"),
                      QStringLiteral("stdio:") + m_iso})
                     .code,
                 2);
        const Run missing = cli({QStringLiteral("info"), m_dir.filePath(QStringLiteral("no.iso"))});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
    }

    // A blank DVD-RW is not "Erasable: No" (which reads as "cannot be reused").
    void blankRewritableSaysNothingToErase()
    {
        const Run r =
            cli({QStringLiteral("info"), QStringLiteral("--drive"),
                 QStringLiteral("stdio:") + m_dir.filePath(QStringLiteral("blank-rw.iso")),
                 QStringLiteral("--medium"), QStringLiteral("dvd-rw")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Erasable:        Blank: nothing to erase\n"), r.out.constData());
    }

    void missingDrives()
    {
        const Run folder = cli({QStringLiteral("info"), QStringLiteral("--drive"),
                                QStringLiteral("stdio:/no/such/folder/x.iso")});
        QCOMPARE(folder.code, 1);
        QVERIFY(folder.err.contains("/no/such/folder"));
        QVERIFY(folder.err.contains("does not exist"));
        const Run device =
            cli({QStringLiteral("info"), QStringLiteral("--drive"), QStringLiteral("/dev/sr98")});
        QCOMPARE(device.code, 1);
        QVERIFY(device.err.contains("/dev/sr98"));
        QVERIFY(!device.err.contains("libburn")); // a message for people, not a library code
    }

    void drivesListsVirtualDrives()
    {
        const Run r = cli({QStringLiteral("drives"), QStringLiteral("--json"),
                           QStringLiteral("--drive"), QStringLiteral("stdio:") + m_iso});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray drives = o.value(QStringLiteral("drives")).toArray();
        bool found = false;
        for (const auto &d : drives) {
            const QJsonObject drive = d.toObject();
            if (drive.value(QStringLiteral("address")).toString() ==
                QStringLiteral("stdio:") + m_iso)
                found = drive.value(QStringLiteral("virtual")).toBool();
        }
        QVERIFY(found);
        if (drives.size() == 1) // no real drive here: the reason is given
            QVERIFY(!o.value(QStringLiteral("problem")).toString().isEmpty());

        const Run text = cli({QStringLiteral("drives"), QStringLiteral("--drive"),
                              QStringLiteral("stdio:") + m_iso});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(m_iso.toLocal8Bit()));
    }

    void linksNoGuiLibraries()
    {
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("ldd"), {QStringLiteral(SPINDLE_CLI)}, &out), 0);
        QVERIFY(out.contains("libQt6Core"));
        QVERIFY(!out.contains("libQt6Gui"));
        QVERIFY(!out.contains("libQt6Widgets"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
