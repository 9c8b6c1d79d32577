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

#include <csignal>

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

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    // xorriso's boot reports without the numbers that depend on the layout (block addresses,
    // image size, partition sizes covering the ISO).
    static QStringList bootReport(const QString &iso)
    {
        const QString out = xorrisoBootReport(iso);
        QStringList lines;
        for (QString line : out.split(QLatin1Char('\n'))) {
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
    static QStringList quiet(QStringList args)
    {
        return args << QStringLiteral("--progress") << QStringLiteral("none");
    }

    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }

    // A folder of ~6 MB in several files, made here; its files' dates are fixed so that two
    // --reproducible builds of it give the same bytes.
    QString makeFolder()
    {
        const QString root = m_dir.path() + QStringLiteral("/folder");
        if (QFile::exists(root))
            return root;
        QDir().mkpath(root + QStringLiteral("/docs/deep"));
        for (int i = 0; i < 6; ++i) {
            QFile f(root + (i % 2 ? QStringLiteral("/docs/deep/part%1.bin")
                                  : QStringLiteral("/part%1.bin"))
                               .arg(i));
            if (!f.open(QIODevice::WriteOnly))
                return {};
            QByteArray chunk;
            for (int n = 0; n < 1024 * 1024 / 8; ++n)
                chunk += QByteArray::number(n * (i + 3) + 10000000);
            f.write(chunk.left(1000000 + i * 4096));
            f.setFileTime(QDateTime(QDate(2020, 5, 1), QTime(12, 0)),
                          QFileDevice::FileModificationTime);
        }
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_ipxe), "install the ipxe package (installer/debian-packages.txt)");
        m_ipxeSum = sha256Of(m_ipxe);
    }

    void cleanupTestCase() { QCOMPARE(sha256Of(m_ipxe), m_ipxeSum); }

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

    // The lines of a --progress json run's stdout, parsed.
    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        }
        return lines;
    }

    // Boot files left out by --exclude: named on stderr before writing and in a JSON line of
    // type "boot", and left out as asked; a build that keeps them says nothing about boot.
    void excludedBootFilesWarn()
    {
        const QString out = m_dir.path() + QStringLiteral("/ipxe-nokernel.iso");
        const Run r = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--exclude"),
                           QStringLiteral("/ipxe.krn"), QStringLiteral("--exclude"),
                           QStringLiteral("isolinux.cfg"), QStringLiteral("--output"), out,
                           QStringLiteral("--progress"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Warning: /ipxe.krn (loaded by the boot menu) is needed to start "
                                "the computer from this disc; it is left out as asked.\n"),
                 r.err.constData());
        QVERIFY(r.err.contains("Warning: /isolinux.cfg (ISOLINUX configuration) is needed"));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QVERIFY(lines.size() >= 2);
        const QJsonObject boot = lines.first();
        QCOMPARE(boot.value(QStringLiteral("type")).toString(), QStringLiteral("boot"));
        QCOMPARE(boot.value(QStringLiteral("bootFilesLeftOut")).toArray(),
                 QJsonArray({QStringLiteral("/isolinux.cfg"), QStringLiteral("/ipxe.krn")}));
        QCOMPARE(boot.value(QStringLiteral("bootNotKept")).toArray(), QJsonArray());
        QCOMPARE(boot.value(QStringLiteral("warnings")).toArray().size(), 2);
        QCOMPARE(lines.last().value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(lines.last().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QByteArray listing;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), out, QStringLiteral("-find"), QStringLiteral("/")},
                &listing);
        QVERIFY(!listing.contains("ipxe.krn"));
        QVERIFY(!listing.contains("isolinux.cfg"));
        QCOMPARE(bootReport(out), bootReport(m_ipxe)); // El Torito and the MBR stay

        const Run kept = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--output"),
                              m_dir.path() + QStringLiteral("/ipxe-whole.iso"),
                              QStringLiteral("--progress"), QStringLiteral("json")});
        QVERIFY2(kept.code == 0, kept.err.constData());
        QVERIFY2(!kept.err.contains("Warning"), kept.err.constData());
        QVERIFY(!kept.out.contains("\"boot\""));
    }

    // A MIPS volume header (xorriso -mips-boot) is named as not kept before writing; with
    // --no-boot nothing is said, since nothing of the boot setup is asked for.
    void bootNotKeptIsNamed()
    {
        const QString iso = makeIso(
            m_dir.path(), QStringLiteral("mips.iso"), QStringLiteral("MIPS"),
            {QStringLiteral("mips.boot=") + QString(4096, QLatin1Char('m'))},
            {QStringLiteral("-R"), QStringLiteral("-mips-boot"), QStringLiteral("/mips.boot")});
        QVERIFY(!iso.isEmpty());
        QVERIFY(xorrisoBootReport(iso).contains(QStringLiteral("MIPS-Big-Endian")));
        const QString out = m_dir.path() + QStringLiteral("/mips-out.iso");
        const Run r = cli({QStringLiteral("build"), iso, QStringLiteral("--output"), out,
                           QStringLiteral("--progress"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Warning: Not kept from the source's boot setup: the MIPS volume "
                                "header in the system area.\n"),
                 r.err.constData());
        const QJsonObject boot = jsonLines(r.out).value(0);
        QCOMPARE(boot.value(QStringLiteral("type")).toString(), QStringLiteral("boot"));
        QCOMPARE(boot.value(QStringLiteral("bootNotKept")).toArray(),
                 QJsonArray({QStringLiteral("the MIPS volume header in the system area")}));
        QCOMPARE(boot.value(QStringLiteral("bootFilesLeftOut")).toArray(), QJsonArray());
        QVERIFY(!xorrisoBootReport(out).contains(QStringLiteral("MIPS-Big-Endian")));

        const Run plain = cli({QStringLiteral("build"), iso, QStringLiteral("--no-boot"),
                               QStringLiteral("--output"), out, QStringLiteral("--force"),
                               QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(plain.code == 0, plain.err.constData());
        QVERIFY2(!plain.err.contains("Warning"), plain.err.constData());
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

    // The same sources with --reproducible give the same bytes whether written to a file or
    // burned to a virtual drive (libisofs streamed into libburn, no temporary file).
    void burnDirectEqualsWrittenFile_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("bootable");
        QTest::newRow("folder") << makeFolder() << false;
        QTest::newRow("ipxe") << m_ipxe << true;
    }

    void burnDirectEqualsWrittenFile()
    {
        QFETCH(QString, source);
        QFETCH(bool, bootable);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString file = m_dir.path() + QStringLiteral("/written-%1.iso").arg(tag);
        const QString disc = m_dir.path() + QStringLiteral("/burned-%1.iso").arg(tag);
        // An old, larger content of the virtual disc must not linger after the image.
        QFile old(disc);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(12 * 1024 * 1024, '\x5a'));
        old.close();
        const Run written =
            cli(quiet({QStringLiteral("build"), source, QStringLiteral("--exclude"),
                       QStringLiteral("part3.bin"), QStringLiteral("--reproducible"),
                       QStringLiteral("--output"), file}));
        QVERIFY2(written.code == 0, written.err.constData());
        const Run burned = cli(quiet({QStringLiteral("build"), source, QStringLiteral("--exclude"),
                                      QStringLiteral("part3.bin"), QStringLiteral("--reproducible"),
                                      QStringLiteral("--drive"), stdio(disc),
                                      QStringLiteral("--yes")})); // writes over the old content
        QVERIFY2(burned.code == 0, burned.err.constData());
        QVERIFY2(burned.err.contains("Burned"), burned.err.constData());
        QCOMPARE(QFileInfo(disc).size(), QFileInfo(file).size());
        QCOMPARE(runTool(QStringLiteral("cmp"), {file, disc}), 0);
        // Readers we did not write see a proper image on the disc.
        QByteArray listing;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-R"), QStringLiteral("-l"), QStringLiteral("-i"), disc},
                         &listing),
                 0);
        if (bootable) {
            QVERIFY(listing.contains("isolinux.bin"));
            QCOMPARE(bootReport(disc), bootReport(source));
            QVERIFY(bootReport(disc).join(QLatin1Char('\n')).contains(QStringLiteral("BIOS")));
        } else {
            QVERIFY(listing.contains("part2.bin"));
            QVERIFY(!listing.contains("part3.bin"));
        }
    }

    void burnDirectVerifies()
    {
        const QString disc = m_dir.path() + QStringLiteral("/verified.iso");
        const Run r = cli(quiet({QStringLiteral("build"), makeFolder(), QStringLiteral("--drive"),
                                 stdio(disc), QStringLiteral("--medium"), QStringLiteral("cd-r"),
                                 QStringLiteral("--verify")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Verified"), r.err.constData());
        // Independent check: xorriso reads the burned disc and finds the files.
        QByteArray listing;
        QCOMPARE(
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-indev"), disc, QStringLiteral("-find"),
                     QStringLiteral("/docs"), QStringLiteral("-name"), QStringLiteral("part5.bin")},
                    &listing),
            0);
        QVERIFY2(listing.contains("/docs/deep/part5.bin"), listing.constData());
    }

    void burnDirectRefusesBeforeWriting()
    {
        const QString disc = m_dir.path() + QStringLiteral("/tiny.iso");
        QFile f(disc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("untouched");
        f.close();
        const QByteArray before = sha256Of(disc);
        const Run r = cli(quiet({QStringLiteral("build"), makeFolder(), QStringLiteral("--drive"),
                                 stdio(disc), QStringLiteral("--medium"), QStringLiteral("1M")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not fit"), r.err.constData());
        QCOMPARE(sha256Of(disc), before);
        QCOMPARE(QFileInfo(disc).size(), qint64(9));

        const QString missing = m_dir.path() + QStringLiteral("/never.iso");
        QCOMPARE(cli(quiet({QStringLiteral("build"), makeFolder(), QStringLiteral("--drive"),
                            stdio(missing), QStringLiteral("--medium"), QStringLiteral("1M")}))
                     .code,
                 1);
        QVERIFY(!QFile::exists(missing));
    }

    void burnDirectUsageErrors()
    {
        const QString out = m_dir.path() + QStringLiteral("/usage.iso");
        const Run both = cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--output"), out,
                              QStringLiteral("--drive"), stdio(out)});
        QCOMPARE(both.code, 2);
        QVERIFY2(both.err.contains("cannot be combined"), both.err.constData());
        QCOMPARE(cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--output"), out,
                      QStringLiteral("--verify")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("build"), m_ipxe, QStringLiteral("--drive"), stdio(out),
                      QStringLiteral("--copies"), QStringLiteral("0")})
                     .code,
                 2);
        QVERIFY(!QFile::exists(out));
    }

    // Ctrl-C while libisofs streams into libburn: exit 130, and the drive is free again.
    void burnDirectCancel()
    {
        // A sparse 2 GiB file: libisofs reads holes at no cost, writing takes seconds.
        const QString root = m_dir.path() + QStringLiteral("/sparse");
        QDir().mkpath(root);
        QFile big(root + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(2) << 30));
        big.close();
        const QString disc = m_dir.path() + QStringLiteral("/cancelled.iso");
        QProcess p;
        p.start(QStringLiteral(SPINDLE_CLI),
                {QStringLiteral("build"), root, QStringLiteral("--drive"), stdio(disc),
                 QStringLiteral("--medium"), QStringLiteral("dvd-r"), QStringLiteral("--progress"),
                 QStringLiteral("none")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(disc).size() > 8 * 1024 * 1024, 60000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(QFileInfo(disc).size() < (qint64(2) << 30));
        // Released: another process can use the drive at once.
        const Run info = cli({QStringLiteral("info"), QStringLiteral("--drive"), stdio(disc)});
        QVERIFY2(info.code == 0, info.err.constData());
        QFile::remove(disc);
        QFile::remove(big.fileName());
    }

    // libisofs warns once per symbolic link that Joliet cannot hold it: a tree with thousands
    // of links printed thousands of lines. Three stay as examples, the rest are counted.
    void linksJolietCannotHoldAreCounted()
    {
        const QString root = m_dir.path() + QStringLiteral("/links");
        QDir().mkpath(root);
        QFile target(root + QStringLiteral("/target.txt"));
        QVERIFY(target.open(QIODevice::WriteOnly) && target.write("x\n") == 2);
        target.close();
        for (int i = 0; i < 7; ++i)
            QVERIFY(
                QFile::link(QStringLiteral("target.txt"), root + QStringLiteral("/link%1").arg(i)));
        const QString out = m_dir.path() + QStringLiteral("/links.iso");
        const Run r = cli(quiet({QStringLiteral("build"), root, QStringLiteral("--output"), out}));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.err.count("to Joliet tree"), 3);
        QVERIFY2(r.err.contains("4 more links or special files are only in the Rock Ridge names"),
                 r.err.constData());
        // All seven links are in the image's Rock Ridge tree (isoinfo).
        QByteArray listing;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-R"), QStringLiteral("-l"), QStringLiteral("-i"), out},
                         &listing),
                 0);
        QCOMPARE(listing.count("-> target.txt"), 7);
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
