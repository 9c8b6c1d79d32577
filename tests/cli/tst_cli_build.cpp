#include "fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Spindle::Test;

// spindle-cli ls, build and extract as a script uses them; the bootable fixture is Debian's
// ipxe.iso (package ipxe): El Torito BIOS+UEFI and an isohybrid MBR.
class TestCliBuild final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
    QByteArray m_ipxeSum;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(SPINDLE_CLI), args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result();
    }

    // xorriso's boot reports without the numbers that depend on the layout (block addresses,
    // image size, partition sizes covering the ISO).
    static QStringList bootReport(const QString &iso)
    {
        QByteArray out;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), iso, QStringLiteral("-report_el_torito"),
                 QStringLiteral("plain"), QStringLiteral("-report_system_area"),
                 QStringLiteral("plain")},
                &out);
        QStringList lines;
        for (QString line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("El Torito")) &&
                !line.startsWith(QLatin1String("System area")) &&
                !line.startsWith(QLatin1String("MBR")) && !line.startsWith(QLatin1String("GPT")))
                continue;
            if (line.startsWith(QLatin1String("El Torito catalog")))
                continue;
            if (line.startsWith(QLatin1String("El Torito boot img")) ||
                line.startsWith(QLatin1String("MBR partition      :")))
                line.remove(QRegularExpression(QStringLiteral("\\s+\\d+\\s*$"))); // LBA / size
            lines << line.simplified();
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_ipxe), "install the ipxe package (installer/debian-packages.txt)");
        m_ipxeSum = sha(m_ipxe);
    }

    void cleanupTestCase() { QCOMPARE(sha(m_ipxe), m_ipxeSum); }

    void lsJson()
    {
        const Run r = cli({QStringLiteral("ls"), m_ipxe, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("ISOIMAGE"));
        QStringList paths;
        for (const QJsonValue &v : o.value(QStringLiteral("entries")).toArray())
            paths << v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY(paths.contains(QStringLiteral("/ipxe.krn")));
        QVERIFY(paths.contains(QStringLiteral("/isolinux.bin")));
        QCOMPARE(cli({QStringLiteral("ls"), m_dir.path() + QStringLiteral("/nope.iso")}).code, 1);
    }

    void bootableStaysBootable()
    {
        const QString patterns = m_dir.path() + QStringLiteral("/patterns.txt");
        QFile f(patterns);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# leave out the iPXE kernel's config\n/isolinux.cfg\n");
        f.close();
        const QString out = m_dir.path() + QStringLiteral("/ipxe-trimmed.iso");
        const Run r = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--exclude-from"),
                           patterns, QStringLiteral("--exclude"), QStringLiteral("ldlinux.c32"),
                           QStringLiteral("--output"), out, QStringLiteral("--progress"),
                           QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList source = bootReport(m_ipxe);
        QVERIFY(source.size() >= 10);
        QVERIFY(source.join(QLatin1Char('\n')).contains(QStringLiteral("isohybrid")));
        QCOMPARE(bootReport(out), source);
        QByteArray listing;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), out, QStringLiteral("-find"), QStringLiteral("/")},
                &listing);
        QVERIFY(!listing.contains("isolinux.cfg"));
        QVERIFY(!listing.contains("ldlinux.c32"));
        QVERIFY(listing.contains("ipxe.krn"));
        // The boot info table of isolinux.bin points at its new block (mkisofs -boot-info-table).
        QByteArray report;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), out, QStringLiteral("-report_el_torito"),
                 QStringLiteral("plain")},
                &report);
        const auto m =
            QRegularExpression(QStringLiteral("El Torito boot img :\\s+1\\s+BIOS.*\\s(\\d+)\\n"))
                .match(QString::fromUtf8(report));
        QVERIFY(m.hasMatch());
        const qint64 lba = m.captured(1).toLongLong();
        QFile image(out);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.seek(lba * 2048 + 8));
        const QByteArray table = image.read(8);
        QCOMPARE(qFromLittleEndian<quint32>(table.constData()), quint32(16));
        QCOMPARE(qint64(qFromLittleEndian<quint32>(table.constData() + 4)), lba);
    }

    void refusals()
    {
        const QString out = m_dir.path() + QStringLiteral("/small.iso");
        const Run tooBig = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--medium"),
                                QStringLiteral("1M"), QStringLiteral("--output"), out,
                                QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(tooBig.code, 1);
        QVERIFY(tooBig.err.contains("target medium holds"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(cli({QStringLiteral("build"), m_ipxe}).code, 2); // no --output
        QCOMPARE(cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--level"),
                      QStringLiteral("4"), QStringLiteral("--output"), out})
                     .code,
                 2);
        const Run label = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--label"),
                               QString(40, QLatin1Char('L')), QStringLiteral("--output"), out,
                               QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(label.code, 1);
        QVERIFY(label.err.contains("32 characters"));
    }

    void extractFromImage()
    {
        const QString out = m_dir.path() + QStringLiteral("/x");
        const Run r = cli({QStringLiteral("extract"), m_ipxe, QStringLiteral("/isolinux.cfg"),
                           QStringLiteral("--output"), out, QStringLiteral("--progress"),
                           QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QByteArray expected;
        runTool(
            QStringLiteral("7z"),
            {QStringLiteral("e"), QStringLiteral("-so"), m_ipxe, QStringLiteral("isolinux.cfg")},
            &expected);
        QFile f(out + QStringLiteral("/isolinux.cfg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(expected.contains(f.readAll()));
        QCOMPARE(f.size(), qint64(145));
    }
};

QTEST_GUILESS_MAIN(TestCliBuild)
#include "tst_cli_build.moc"
