#include "badsectordisc.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Spindle::Test;

// `spindle-cli read` end to end: virtual discs made by xorriso, a FUSE disc with unreadable
// sectors, and results checked with cmp-like comparisons, sha256sum, md5sum and ddrescuelog.
class TestCliRead final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;    // the file system image
    QString m_padded; // the same followed by 1 MiB of 0xFF run-out
    qint64 m_fsBytes = 0;

    using Run = ProcessRun;

    static Run cli(const QStringList &args, const QString &program = QStringLiteral(SPINDLE_CLI),
                   const QStringList &prefix = {})
    {
        return runProcess(prefix.isEmpty() ? program : prefix.first(),
                          prefix.isEmpty() ? args : prefix.mid(1) + QStringList{program} + args);
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &path) { return QStringLiteral("stdio:") + path; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        const QString root = m_dir.filePath(QStringLiteral("src"));
        QDir().mkpath(root + QStringLiteral("/d"));
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("a.bin"), randomBytes(100 * 1024, 1)},
            {QStringLiteral("b.bin"), randomBytes(200 * 1024, 2)},
            {QStringLiteral("c.txt"), QByteArray("small file\n")},
            {QStringLiteral("d/e.bin"), randomBytes(100 * 1024, 3)},
        };
        for (const auto &[name, data] : files) {
            QFile f(root + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        m_iso = m_dir.filePath(QStringLiteral("disc.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-R"),
                          QStringLiteral("-J"), QStringLiteral("-V"), QStringLiteral("RESCUE"),
                          QStringLiteral("-o"), m_iso, root}),
                 0);
        QByteArray info;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_ISOINFO),
                         {QStringLiteral("-d"), QStringLiteral("-i"), m_iso}, &info),
                 0);
        const QByteArray marker = "Volume size is: ";
        const int at = info.indexOf(marker);
        m_fsBytes = info.mid(at + marker.size(), info.indexOf('\n', at) - at - marker.size())
                        .trimmed()
                        .toLongLong() *
                    2048;
        QVERIFY(m_fsBytes > 0);
        m_padded = m_dir.filePath(QStringLiteral("padded.img"));
        QFile padded(m_padded);
        QVERIFY(padded.open(QIODevice::WriteOnly));
        padded.write(readAll(m_iso).left(m_fsBytes));
        padded.write(QByteArray(1024 * 1024, char(0xFF)));
    }

    void stopsAtFileSystemEnd()
    {
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_padded),
                           QStringLiteral("--output"), out(QStringLiteral("fs.iso"))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray image = readAll(out(QStringLiteral("fs.iso")));
        QCOMPARE(qint64(image.size()), m_fsBytes);
        QVERIFY(image == readAll(m_padded).left(m_fsBytes));
        // The printed checksum is the real one.
        QByteArray sum;
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {out(QStringLiteral("fs.iso"))}, &sum), 0);
        QVERIFY(r.out.contains("SHA-256: " + sum.left(64)));
        QVERIFY(!QFile::exists(out(QStringLiteral("fs.iso.part"))));
    }

    void wholeTrackOnRequest()
    {
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_padded),
                           QStringLiteral("--output"), out(QStringLiteral("track.iso")),
                           QStringLiteral("--whole-track")});
        QCOMPARE(r.code, 0);
        QVERIFY(readAll(out(QStringLiteral("track.iso"))) == readAll(m_padded));
    }

    void nonIsoDataIsCopiedWhole()
    {
        const QString data = m_dir.filePath(QStringLiteral("data.bin"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(3 * 1024 * 1024, 9));
        f.close();
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(data),
                           QStringLiteral("--output"), out(QStringLiteral("data.iso"))});
        QCOMPARE(r.code, 0);
        QVERIFY(readAll(out(QStringLiteral("data.iso"))) == readAll(data));
    }

    void blankDiscFails()
    {
        const QString blank = m_dir.filePath(QStringLiteral("blank.iso"));
        QFile(blank).open(QIODevice::WriteOnly);
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(blank),
                           QStringLiteral("--output"), out(QStringLiteral("fromblank.iso"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("blank"));
        QVERIFY(!QFile::exists(out(QStringLiteral("fromblank.iso"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("fromblank.iso.part"))));
    }

    void checksumFilesVerify()
    {
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                           QStringLiteral("--output"), out(QStringLiteral("sums.iso")),
                           QStringLiteral("--checksum"), QStringLiteral("both"),
                           QStringLiteral("--checksum-file")});
        QCOMPARE(r.code, 0);
        QProcess check;
        check.setWorkingDirectory(m_dir.path());
        check.start(QStringLiteral("sha256sum"),
                    {QStringLiteral("-c"), QStringLiteral("sums.iso.sha256")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        check.start(QStringLiteral("md5sum"),
                    {QStringLiteral("-c"), QStringLiteral("sums.iso.md5")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
    }

    void existingOutputNeedsForce()
    {
        const QString target = out(QStringLiteral("existing.iso"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run refused = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                                 QStringLiteral("--output"), target});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("--force"));
        QCOMPARE(readAll(target), QByteArray("keep me"));
        const Run forced = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                                QStringLiteral("--output"), target, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QVERIFY(readAll(target) == readAll(m_iso).left(m_fsBytes));
    }

    void verifyAndJson()
    {
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                           QStringLiteral("--output"), out(QStringLiteral("verified.iso")),
                           QStringLiteral("--verify"), QStringLiteral("--json"),
                           QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY(report.value(QStringLiteral("verified")).toBool());
        QCOMPARE(report.value(QStringLiteral("imageBytes")).toInteger(), m_fsBytes);
        const QByteArray expected =
            QCryptographicHash::hash(readAll(out(QStringLiteral("verified.iso"))),
                                     QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(report.value(QStringLiteral("sha256")).toString().toLatin1(), expected);
    }

    void fileSizeLimitGivesClearError()
    {
        // RLIMIT_FSIZE makes the write fail half-way, like a full disk would.
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        QVERIFY(!prlimit.isEmpty());
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                           QStringLiteral("--output"), out(QStringLiteral("limited.iso"))},
                          QStringLiteral(SPINDLE_CLI), {prlimit, QStringLiteral("--fsize=100000")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("too large") || r.err.contains("full"), r.err.constData());
        QVERIFY(!QFile::exists(out(QStringLiteral("limited.iso"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("limited.iso.part"))));
    }

    void tooLittleSpaceIsRefusedBeforeStarting()
    {
        // A 256 KiB tmpfs cannot hold the image: the copy must not even start.
        const QString mnt = m_dir.filePath(QStringLiteral("small"));
        QDir().mkpath(mnt);
        if (runTool(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mnt}) != 0)
            QSKIP("mounting a tmpfs needs root");
        const Run r = cli({QStringLiteral("read"), QStringLiteral("--drive"), stdio(m_iso),
                           QStringLiteral("--output"), mnt + QStringLiteral("/x.iso")});
        const QStringList left = QDir(mnt).entryList(QDir::Files);
        runTool(QStringLiteral("umount"), {mnt});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Not enough free space"), r.err.constData());
        QVERIFY(left.isEmpty());
    }

    void unreadableSectorsRescueAndResume()
    {
        QVERIFY(fileExtents(m_iso).size() >= 4);
        const qint64 bStart = fileStartBlock(m_iso, QStringLiteral("/b.bin"));
        const qint64 eStart = fileStartBlock(m_iso, QStringLiteral("/d/e.bin"));
        QVERIFY(bStart > 0 && eStart > 0);
        const QList<qint64> bad{bStart + 20, eStart + 5, eStart + 6};
        BadSectorDisc disc(m_iso, bad);
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = out(QStringLiteral("rescued.iso"));
        const QStringList args{QStringLiteral("read"),
                               QStringLiteral("--drive"),
                               disc.address(),
                               QStringLiteral("--output"),
                               image,
                               QStringLiteral("--retries"),
                               QStringLiteral("1")};

        // Without rescue mode: a clean failure naming the sector, nothing left behind.
        const Run failed = cli(args);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("Sector " + QByteArray::number(bStart + 20)),
                 failed.err.constData());
        QVERIFY(failed.err.contains("rescue mode"));
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));

        // Rescue mode: exit 3, the map lists exactly the bad sectors, the rest is identical.
        const Run rescued = cli(args + QStringList{QStringLiteral("--skip-unreadable")});
        QCOMPARE(rescued.code, 3);
        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"),
                          image + QStringLiteral(".map")},
                         &blocks),
                 0);
        QCOMPARE(blocks.simplified(), QByteArray::number(bad[0]) + ' ' +
                                          QByteArray::number(bad[1]) + ' ' +
                                          QByteArray::number(bad[2]));
        const QByteArray source = readAll(m_iso).left(m_fsBytes);
        QByteArray expected = source;
        for (qint64 s : bad)
            expected.replace(s * 2048, 2048, QByteArray(2048, '\0'));
        QVERIFY(readAll(image) == expected);
        // The damaged files are exactly the ones on those sectors.
        QVERIFY(rescued.out.contains("Damaged file: /b.bin"));
        QVERIFY(rescued.out.contains("Damaged file: /d/e.bin"));
        QCOMPARE(rescued.out.count("Damaged file:"), 2);

        // "Repair" the disc and run the same command again: only the bad sectors are read.
        disc.setBadSectors({});
        const Run resumed =
            cli(args + QStringList{QStringLiteral("--skip-unreadable"), QStringLiteral("--json"),
                                   QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(resumed.code, 0);
        QVERIFY(QJsonDocument::fromJson(resumed.out)
                    .object()
                    .value(QStringLiteral("resumed"))
                    .toBool());
        QVERIFY(readAll(image) == source);
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"),
                          image + QStringLiteral(".map")},
                         &blocks),
                 0);
        QVERIFY(blocks.trimmed().isEmpty());
    }

    // Issue 16, item 4: a disc holding less than its file system declares (the image cut
    // short after xorriso made it) fails with exit 1 and leaves nothing; in rescue mode the
    // image has the declared size, the missing end is in the map as unreadable, exit 3.
    void shortDiscFailsOrIsRescued()
    {
        const QString disc = m_dir.filePath(QStringLiteral("short.iso"));
        QFile f(disc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(m_iso).left(100 * 2048));
        f.close();
        QVERIFY(100 * 2048 < m_fsBytes);
        const QString image = out(QStringLiteral("fromshort.iso"));
        const QStringList args{QStringLiteral("read"), QStringLiteral("--drive"), stdio(disc),
                               QStringLiteral("--output"), image};

        const Run failed = cli(args);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("The disc holds 100 sectors but its file system declares " +
                                     QByteArray::number(m_fsBytes / 2048)),
                 failed.err.constData());
        QVERIFY(failed.out.isEmpty()); // no checksum of a truncated image
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(image + QStringLiteral(".map")));

        const Run rescued = cli(args + QStringList{QStringLiteral("--skip-unreadable")});
        QCOMPARE(rescued.code, 3);
        QCOMPARE(QFileInfo(image).size(), m_fsBytes);
        QVERIFY(readAll(image) ==
                readAll(m_iso).left(100 * 2048) + QByteArray(m_fsBytes - 100 * 2048, '\0'));
        QByteArray summary;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"),
                          image + QStringLiteral(".map")},
                         &summary),
                 0);
        const QList<QByteArray> blocks = summary.simplified().split(' ');
        QCOMPARE(blocks.size(), int(m_fsBytes / 2048 - 100));
        QCOMPARE(blocks.first(), QByteArray("100"));
        QVERIFY2(rescued.out.contains("Unreadable: sectors 100–" +
                                      QByteArray::number(m_fsBytes / 2048 - 1)),
                 rescued.out.constData());
    }

    void rescueCancelKeepsPartialAndResumes()
    {
        const QString big = m_dir.filePath(QStringLiteral("big2.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(8 * 1024 * 1024, 6));
        f.close();
        const QString image = out(QStringLiteral("partial.iso"));
        const QStringList args{QStringLiteral("read"),
                               QStringLiteral("--drive"),
                               QString(),
                               QStringLiteral("--output"),
                               image,
                               QStringLiteral("--skip-unreadable")};
        {
            BadSectorDisc slow(big, {}, 30);
            QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
            QStringList a = args;
            a[2] = slow.address();
            QProcess p;
            p.start(QStringLiteral(SPINDLE_CLI), a);
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(image + QStringLiteral(".map")), 10000);
            QTest::qWait(500);
            ::kill(pid_t(p.processId()), SIGINT);
            QVERIFY(p.waitForFinished(5000));
            QCOMPARE(p.exitCode(), 130);
        }
        // In rescue mode the partial image and its map are kept: they are the point.
        QVERIFY(QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(QFile::exists(image + QStringLiteral(".map")));
        QVERIFY(!QFile::exists(image));
        QStringList a = args;
        a[2] = stdio(big);
        const Run resumed = cli(a);
        QCOMPARE(resumed.code, 0);
        QVERIFY(readAll(image) == readAll(big));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
    }

    // A new image made from a scratched disc must fail, not zero-fill the unreadable file and
    // report success (libisofs does that for a read error it may skip).
    void buildFromScratchedDiscFails()
    {
        const qint64 bStart = fileStartBlock(m_iso, QStringLiteral("/b.bin"));
        QVERIFY(bStart > 0);
        BadSectorDisc disc(m_iso, {bStart + 30});
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = out(QStringLiteral("from-scratched.iso"));
        const Run r =
            cli({QStringLiteral("build"), disc.address(), QStringLiteral("--output"), image});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains("/b.bin") && r.err.contains("rescue mode"), r.err.constData());
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        // Without the bad sector the same build works: the failure was the sector's.
        disc.setBadSectors({});
        const Run ok =
            cli({QStringLiteral("build"), disc.address(), QStringLiteral("--output"), image});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY(QFile::exists(image));
    }

    void ctrlCRemovesPartialOutput()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(16 * 1024 * 1024, 5));
        f.close();
        BadSectorDisc slow(big, {}, 30); // 30 ms a read: the copy takes several seconds
        QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
        const QString image = out(QStringLiteral("cancelled.iso"));
        QProcess p;
        p.start(QStringLiteral(SPINDLE_CLI),
                {QStringLiteral("read"), QStringLiteral("--drive"), slow.address(),
                 QStringLiteral("--output"), image, QStringLiteral("--checksum"),
                 QStringLiteral("none")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(image + QStringLiteral(".part")), 10000);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
