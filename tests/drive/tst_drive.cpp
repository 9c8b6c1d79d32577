// Real drives without hardware: spindle-cli in a QEMU guest whose IDE DVD-ROMs are real MMC
// devices to its Linux kernel (SG_IO, GET CONFIGURATION, READ TOC/CAPACITY, READ(10), sense
// codes, the sr driver). One boot runs every command of the batch below; each test function
// checks the guest's output against the host's copy of the image or a reader we did not write.
#include "badsectordisc.h"
#include "dvdvideofixture.h"
#include "fixtures.h"
#include "lsdvdreport.h"
#include "qemuguest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Spindle::Test;

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QJsonObject jsonOf(const GuestRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// A file system's size from its primary volume descriptor (sector 16).
qint64 isoVolumeBytes(const QByteArray &image)
{
    const QByteArray pvd = image.mid(16 * 2048, 2048);
    const auto *p = reinterpret_cast<const uchar *>(pvd.constData());
    return pvd.size() == 2048 ? qint64(qFromLittleEndian<quint32>(p + 80)) * 2048 : -1;
}

// A progress line of the phase `name` ("Erasing", "Erasing 40% ..."), not a word in a message.
QRegularExpression phaseLine(const QString &name)
{
    return QRegularExpression(QStringLiteral("^%1( \\d|$)").arg(name),
                              QRegularExpression::MultilineOption);
}

// How many of QEMU's reads of the flaky sector fail. Before its retries Spindle reads the sector
// 10 times (once per halving of a 1 MiB chunk, then alone); measured: the guest kernel repeats a
// failed SCSI read once by itself, so each read Spindle makes costs 2 of these. 24 outlasts the
// 11 reads of --retries 0 (with 1 per read too) and 12 or 24 reads are within --retries 16.
constexpr int RetryFailures = 24;

} // namespace

class TestDrive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cd, m_dvd, m_video;
    QByteArray m_cdBytes, m_dvdFs, m_videoFs; // what a read should give: the file system's bytes
    QList<qint64> m_bad;                      // sectors the damaged drive fails
    qint64 m_flaky = 0;                       // a sector that fails RetryFailures reads
    QString m_retryRules;
    QemuGuest m_guest;
    bool m_booted = false;
    QString m_bootError;

    GuestRun result(const QString &name) { return m_guest.result(name); }

    QString makeImage(const QString &name, const QString &label,
                      const QList<QPair<QString, QByteArray>> &files)
    {
        const QString root = m_dir.filePath(name + QStringLiteral(".d"));
        for (const auto &[path, bytes] : files) {
            QDir().mkpath(QFileInfo(root + path).path());
            QFile f(root + path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return {};
        }
        const QString iso = m_dir.filePath(name);
        if (runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"),
                     QStringLiteral("-R"), QStringLiteral("-J"), QStringLiteral("-V"), label,
                     QStringLiteral("-o"), iso, root}) != 0)
            return {};
        return iso;
    }

    QString batch() const
    {
        // SPINDLE_DRIVE_BATCH: another batch file, to try commands in the guest by hand.
        const QString file = qEnvironmentVariable(
            "SPINDLE_DRIVE_BATCH", QStringLiteral(SPINDLE_DRIVE_SCRIPTS "/batch.sh"));
        QString b = QString::fromUtf8(readAll(file));
        return b.replace(QStringLiteral("@CD@"), m_cd)
            .replace(QStringLiteral("@RETRY@"),
                     QStringLiteral("blkdebug:%1:%2").arg(m_retryRules, m_cd));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A CD-sized data image and a DVD-sized one (QEMU shows images over 700 MB as DVD-ROM):
        // the second's file system is small and the rest of the medium sparse zeros, so that
        // "sized to the file system" shows and the read stays short.
        m_cd = makeImage(QStringLiteral("cd.iso"), QStringLiteral("SPINDLE_CD"),
                         {{QStringLiteral("/dir/a.bin"), randomBytes(3 << 20, 1)},
                          {QStringLiteral("/b.bin"), randomBytes(2 << 20, 2)},
                          {QStringLiteral("/c.txt"), QByteArray("not damaged\n")}});
        QVERIFY(!m_cd.isEmpty());
        m_cdBytes = readAll(m_cd);
        QCOMPARE(isoVolumeBytes(m_cdBytes), m_cdBytes.size());
        m_dvd = makeImage(QStringLiteral("dvd.iso"), QStringLiteral("SPINDLE_DVD"),
                          {{QStringLiteral("/big/d.bin"), randomBytes(4 << 20, 3)}});
        QVERIFY(!m_dvd.isEmpty());
        m_dvdFs = readAll(m_dvd);
        QVERIFY(QFile::resize(m_dvd, qint64(760) << 20));
        const DvdVideoFixture &video = dvdVideoFixture();
        QVERIFY2(video.error.isEmpty(), qPrintable(video.error));
        m_video = video.image;
        m_videoFs = readAll(m_video);

        // Medium errors on sectors of two files (blkdebug under the drive that holds a copy).
        const qint64 aStart = fileStartBlock(m_cd, QStringLiteral("/dir/a.bin"));
        const qint64 bStart = fileStartBlock(m_cd, QStringLiteral("/b.bin"));
        QVERIFY(aStart > 0 && bStart > 0);
        m_bad = {aStart + 10, bStart + 3, bStart + 4};
        std::sort(m_bad.begin(), m_bad.end());
        const QString rules = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile rulesFile(rules);
        QVERIFY(rulesFile.open(QIODevice::WriteOnly));
        rulesFile.write(blkdebugRules(m_bad));
        rulesFile.close();

        // A sector that fails its first reads, then reads: the last of a 16-sector group, so
        // that libburn's single-block second try after a failed 16-sector chunk skips it.
        m_flaky = (aStart + 1000) | 15;
        m_retryRules = m_dir.filePath(QStringLiteral("retry.conf"));
        QFile retryFile(m_retryRules);
        QVERIFY(retryFile.open(QIODevice::WriteOnly));
        retryFile.write(blkdebugRules(QList<qint64>(RetryFailures, m_flaky), true));
        retryFile.close();

        m_guest.addDrive({0, 0, m_cd, {}, {}});
        m_guest.addDrive({0, 1, m_dvd, {}, {}});
        m_guest.addDrive({1, 0, m_cd, rules, {}});
        m_guest.addDrive({1, 1, m_video, {}, {}});
        QElapsedTimer clock;
        clock.start();
        m_booted = m_guest.run(batch(), 240000, &m_bootError);
        qInfo("guest ran %lld ms", qint64(clock.elapsed()));
        if (qEnvironmentVariableIsSet("SPINDLE_DRIVE_SERIAL"))
            qInfo().noquote() << QString::fromUtf8(m_guest.serial());
        QVERIFY2(m_booted, qPrintable(m_bootError + QStringLiteral("\n") +
                                      QString::fromUtf8(m_guest.serial().right(4000))));
    }

    // 1. Every drive with QEMU's INQUIRY strings (as the guest kernel's sysfs shows them), what it
    // reads (QEMU's DVD-ROM profiles) and that it writes nothing.
    void drivesListsTheDvdRoms()
    {
        const GuestRun sysfs = result(QStringLiteral("drives-sysfs"));
        QCOMPARE(sysfs.code, 0);
        const QList<QByteArray> kernelDrives = sysfs.out.trimmed().split('\n');
        QCOMPARE(kernelDrives.size(), 4);
        const GuestRun json = result(QStringLiteral("drives-json"));
        QCOMPARE(json.code, 0);
        const QJsonObject root = jsonOf(json);
        QVERIFY2(!root.contains(QStringLiteral("problem")), json.out.constData());
        const QJsonArray drives = root.value(QStringLiteral("drives")).toArray();
        QCOMPARE(drives.size(), kernelDrives.size());
        const GuestRun text = result(QStringLiteral("drives"));
        QCOMPARE(text.code, 0);
        for (const QByteArray &line : kernelDrives) {
            const QList<QByteArray> fields = line.split('|'); // /dev/srN|vendor|model
            QCOMPARE(fields.size(), 3);
            const QString address = QString::fromUtf8(fields[0]);
            QJsonObject drive;
            for (const QJsonValue &d : drives) {
                if (d.toObject().value(QStringLiteral("address")).toString() == address)
                    drive = d.toObject();
            }
            QVERIFY2(!drive.isEmpty(), qPrintable(address + QStringLiteral(" not listed")));
            QCOMPARE(drive.value(QStringLiteral("vendor")).toString(),
                     QString::fromUtf8(fields[1].trimmed()));
            QCOMPARE(drive.value(QStringLiteral("model")).toString(),
                     QString::fromUtf8(fields[2].trimmed()));
            QCOMPARE(drive.value(QStringLiteral("model")).toString(),
                     QStringLiteral("QEMU DVD-ROM"));
            QCOMPARE(drive.value(QStringLiteral("reads")).toArray(),
                     QJsonArray({QStringLiteral("DVD-ROM"), QStringLiteral("CD-ROM")}));
            QCOMPARE(drive.value(QStringLiteral("writes")).toArray(), QJsonArray());
            QCOMPARE(drive.value(QStringLiteral("virtual")).toBool(), false);
            QVERIFY2(text.out.contains(fields[0] +
                                       "\n    QEMU QEMU DVD-ROM 2.5+\n    reads: DVD-ROM, "
                                       "CD-ROM\n    writes: nothing\n"),
                     text.out.constData());
        }
    }

    // 2. What isoinfo (genisoimage) reads in the host's images, and QEMU's profile by size.
    void info_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<bool>("dvdVideo");
        QTest::newRow("CD-sized") << QStringLiteral("info-cd") << m_cd << QStringLiteral("CD-ROM")
                                  << QFileInfo(m_cd).size() << false;
        QTest::newRow("DVD-sized") << QStringLiteral("info-dvd") << m_dvd
                                   << QStringLiteral("DVD-ROM") << QFileInfo(m_dvd).size() << false;
        QTest::newRow("DVD-Video") << QStringLiteral("info-vid") << m_video
                                   << QStringLiteral("CD-ROM") << QFileInfo(m_video).size() << true;
        QTest::newRow("after a change")
            << QStringLiteral("info-changed") << m_cd << QStringLiteral("CD-ROM")
            << QFileInfo(m_cd).size() << false;
    }

    void info()
    {
        QFETCH(QString, name);
        QFETCH(QString, image);
        QFETCH(QString, profile);
        QFETCH(qint64, capacity);
        QFETCH(bool, dvdVideo);
        QByteArray isoinfo;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_ISOINFO),
                         {QStringLiteral("-d"), QStringLiteral("-i"), image}, &isoinfo),
                 0);
        static const QRegularExpression labelLine(QStringLiteral("^Volume id: (.*)$"),
                                                  QRegularExpression::MultilineOption);
        static const QRegularExpression sizeLine(QStringLiteral("^Volume size is: (\\d+)$"),
                                                 QRegularExpression::MultilineOption);
        const QString report = QString::fromUtf8(isoinfo);
        const QString label = labelLine.match(report).captured(1).trimmed();
        const qint64 fsBytes = sizeLine.match(report).captured(1).toLongLong() * 2048;
        QVERIFY(!label.isEmpty() && fsBytes > 0);

        const GuestRun run = result(name);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject info = jsonOf(run);
        QCOMPARE(info.value(QStringLiteral("profile")).toString(), profile);
        QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(info.value(QStringLiteral("writable")).toBool(), false);
        QCOMPARE(info.value(QStringLiteral("virtual")).toBool(), false);
        QCOMPARE(qint64(info.value(QStringLiteral("capacityBytes")).toDouble()), capacity);
        const QJsonObject fs = info.value(QStringLiteral("filesystem")).toObject();
        QCOMPARE(fs.value(QStringLiteral("label")).toString(), label);
        QCOMPARE(qint64(fs.value(QStringLiteral("sizeBytes")).toDouble()), fsBytes);
        QCOMPARE(fs.value(QStringLiteral("dvdVideo")).toBool(), dvdVideo);
    }

    void infoWithoutDisc()
    {
        const GuestRun run = result(QStringLiteral("info-nodisc"));
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("status")).toString(),
                 QStringLiteral("no-medium"));
        QCOMPARE(jsonOf(run)
                     .value(QStringLiteral("filesystem"))
                     .toObject()
                     .value(QStringLiteral("present")),
                 false);
        const GuestRun read = result(QStringLiteral("read-nodisc"));
        QCOMPARE(read.code, 1);
        QVERIFY2(read.err.contains("There is no disc in /dev/sr"), read.err.constData());
    }

    // 3. Each read is byte-identical to the host's image up to the file system's end, and
    // --verify passed.
    void readIsTheImage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("CD-sized") << QStringLiteral("cd") << m_cdBytes;
        QTest::newRow("DVD-sized") << QStringLiteral("dvd") << m_dvdFs;
        QTest::newRow("DVD-Video") << QStringLiteral("vid") << m_videoFs;
    }

    void readIsTheImage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(isoVolumeBytes(expected), expected.size());
        const QByteArray hash = sha256Hex(expected);
        const GuestRun read = result(QStringLiteral("read-") + name);
        QVERIFY2(read.code == 0, read.err.constData());
        const GuestRun sum = result(QStringLiteral("sum-") + name);
        QCOMPARE(sum.code, 0);
        const QList<QByteArray> lines = sum.out.split('\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines[0].split(' ').first(), hash);      // busybox sha256sum in the guest
        QCOMPARE(lines[1].toLongLong(), expected.size()); // stat -c %s
        // Nothing the drive does not support is called an error when the copy succeeded
        // (QEMU's DVD-ROM refuses SET STREAMING).
        QVERIFY2(!read.err.contains("error"), read.err.constData());
        if (name != QLatin1String("vid")) {
            QVERIFY2(read.out.contains("SHA-256: " + hash), read.out.constData());
            // --verify ran (the plain progress lines name the phase; a one-second pass may end
            // before a line with its percentage is due) and passed (exit 0, checked above).
            QVERIFY2(read.err.contains("Verifying"), read.err.constData());
            if (name == QLatin1String("cd"))
                QCOMPARE(lines.value(2), hash + "  cd.iso"); // --checksum-file
        } else {
            const QJsonObject report = jsonOf(read);
            QCOMPARE(report.value(QStringLiteral("sha256")).toString().toUtf8(), hash);
            QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
            QCOMPARE(qint64(report.value(QStringLiteral("imageBytes")).toDouble()),
                     qint64(expected.size()));
        }
    }

    // 4. Medium errors from blkdebug through the guest's sr driver.
    void readStopsAtAMediumError()
    {
        const GuestRun failed = result(QStringLiteral("read-bad"));
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("Sector " + QByteArray::number(m_bad.first()) + " (at "),
                 failed.err.constData());
        QVERIFY(failed.err.contains("turn on rescue mode"));
        // Nothing left that looks finished (nor a .part, outside rescue mode).
        QCOMPARE(result(QStringLiteral("left-bad")).out.trimmed(), QByteArray(".\n.."));
    }

    void rescueMapsExactlyTheBadSectors()
    {
        const GuestRun rescued = result(QStringLiteral("rescue"));
        QCOMPARE(rescued.code, 3);
        const QString map = m_dir.filePath(QStringLiteral("bad.iso.map"));
        QFile mapFile(map);
        QVERIFY(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(result(QStringLiteral("rescue-map")).out);
        mapFile.close();
        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), map},
                         &blocks),
                 0);
        QByteArray expected;
        for (qint64 s : std::as_const(m_bad))
            expected += QByteArray::number(s) + ' ';
        QCOMPARE(blocks.simplified(), expected.trimmed());
        // The image is the disc with zeros in those sectors.
        QByteArray zeroed = m_cdBytes;
        for (qint64 s : std::as_const(m_bad))
            zeroed.replace(s * 2048, 2048, QByteArray(2048, '\0'));
        QCOMPARE(result(QStringLiteral("rescue-sum")).out.split(' ').first(), sha256Hex(zeroed));
        QCOMPARE(rescued.out.count("Damaged file:"), 2);
        QVERIFY(rescued.out.contains("Damaged file: /b.bin\n"));
        QVERIFY(rescued.out.contains("Damaged file: /dir/a.bin\n"));
    }

    void rescueResumesOnACleanDisc()
    {
        // The first disc change of that drive (cases 5 and 9 change it again later).
        QCOMPARE(m_guest.monitorCommandsSent().filter(QStringLiteral("ide1-cd0")).mid(0, 2),
                 QStringList({QStringLiteral("eject -f ide1-cd0"),
                              QStringLiteral("change ide1-cd0 %1 raw").arg(m_cd)}));
        const GuestRun resumed = result(QStringLiteral("resume"));
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(jsonOf(resumed).value(QStringLiteral("resumed")).toBool(), true);
        const QList<QByteArray> lines = result(QStringLiteral("resume-sum")).out.split('\n');
        QCOMPARE(lines.first().split(' ').first(), sha256Hex(m_cdBytes));
        const QString map = m_dir.filePath(QStringLiteral("resumed.iso.map"));
        QFile mapFile(map);
        QVERIFY(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(lines.mid(1).join('\n'));
        mapFile.close();
        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), map},
                         &blocks),
                 0);
        QCOMPARE(blocks.trimmed(), QByteArray());
    }

    // 5. An error that clears after some reads: without retries the copy stops at it; with
    // them the copy is whole, the map records nothing unreadable and the output says so.
    void retriesRecoverATransientError()
    {
        const GuestRun none = result(QStringLiteral("retry-none"));
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("Sector " + QByteArray::number(m_flaky) + " (at "),
                 none.err.constData());
        const GuestRun retried = result(QStringLiteral("retry"));
        QVERIFY2(retried.code == 0, retried.err.constData());
        static const QRegularExpression note(
            QStringLiteral("^warning: Sector (\\d+) was read after (\\d+) retries\\.$"),
            QRegularExpression::MultilineOption);
        const auto m = note.match(QString::fromUtf8(retried.err));
        QVERIFY2(m.hasMatch(), retried.err.constData());
        QCOMPARE(m.captured(1).toLongLong(), m_flaky);
        QVERIFY(m.captured(2).toInt() >= 1);
        QCOMPARE(retried.err.count("was read after"), 1);
        const QList<QByteArray> lines = result(QStringLiteral("retry-sum")).out.split('\n');
        QCOMPARE(lines.first().split(' ').first(), sha256Hex(m_cdBytes));
        const QString map = m_dir.filePath(QStringLiteral("retry.iso.map"));
        QFile mapFile(map);
        QVERIFY(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(lines.mid(1).join('\n'));
        mapFile.close();
        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), map},
                         &blocks),
                 0);
        QCOMPARE(blocks.trimmed(), QByteArray());
    }

    // 9. The tray opened by force in the middle of a (throttled) read: the copy stops saying so,
    // not blaming the disc, and lets go of the drive: info works at once and, after a disc
    // change, a new read is whole. Outside rescue mode nothing is left; in it the partial image
    // and its map are, with no sector called unreadable, and the next read resumes.
    void trayOpenedInTheMiddleOfARead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QByteArray>("left");
        QTest::newRow("copy") << QStringLiteral("tray-read")
                              << QStringLiteral("Insert it again and start the copy again.")
                              << QByteArray(".\n..");
        QTest::newRow("rescue") << QStringLiteral("tray-rescue")
                                << QStringLiteral("Insert it again and run the copy again to "
                                                  "resume: the partial image and its map were "
                                                  "kept.")
                                << QByteArray(".\n..\nrescue.iso.map\nrescue.iso.part");
    }

    void trayOpenedInTheMiddleOfARead()
    {
        QFETCH(QString, name);
        QFETCH(QString, advice);
        QFETCH(QByteArray, left);
        QCOMPARE(m_guest.monitorCommandsSent()
                     .filter(QStringLiteral("block_set_io_throttle ide1-cd0 0 1000000 0 0 0 0"))
                     .size(),
                 2);
        const GuestRun read = result(name);
        QCOMPARE(read.code, 1);
        const QRegularExpression removed(
            QStringLiteral("^The disc was removed from /dev/sr\\d \\(or its tray opened\\) while "
                           "it was read, at sector (\\d+)\\. ") +
                QRegularExpression::escape(advice) + QLatin1Char('$'),
            QRegularExpression::MultilineOption);
        const auto m = removed.match(QString::fromUtf8(read.err));
        QVERIFY2(m.hasMatch(), read.err.constData());
        QVERIFY(m.captured(1).toLongLong() > 0); // in the middle, not before reading
        QVERIFY2(!read.err.contains("scratched"), read.err.constData());
        QVERIFY2(!read.err.contains("unreadable"), read.err.constData());
        QCOMPARE(result(name + QStringLiteral("-left")).out.trimmed(), left);
        if (name == QLatin1String("tray-read")) { // the drive is usable at once
            const GuestRun info = result(name + QStringLiteral("-info"));
            QVERIFY2(info.code == 0, info.err.constData());
            QCOMPARE(jsonOf(info).value(QStringLiteral("status")).toString(),
                     QStringLiteral("no-medium"));
        }
    }

    void readAfterTheTrayWasClosed()
    {
        const GuestRun again = result(QStringLiteral("tray-again"));
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY(again.out.contains(sha256Hex(m_cdBytes) + "  /tmp/e/tray.iso"));
        const GuestRun resumed = result(QStringLiteral("tray-resume"));
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(jsonOf(resumed).value(QStringLiteral("resumed")).toBool(), true);
        const QList<QByteArray> lines = result(QStringLiteral("tray-resume-sum")).out.split('\n');
        QCOMPARE(lines.first().split(' ').first(), sha256Hex(m_cdBytes));
        const QString map = m_dir.filePath(QStringLiteral("tray.iso.map"));
        QFile mapFile(map);
        QVERIFY(mapFile.open(QIODevice::WriteOnly));
        mapFile.write(lines.mid(1).join('\n'));
        mapFile.close();
        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), map},
                         &blocks),
                 0);
        QCOMPARE(blocks.trimmed(), QByteArray());
    }

    // 7. A DVD-ROM drive writes nothing: refused before anything is written, saying that it is
    // the drive (another disc would not help), with a disc in it or none.
    void burnAndEraseRefusedOnDvdRom_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("burn") << QStringLiteral("burn-rom");
        QTest::newRow("erase") << QStringLiteral("erase-rom");
        QTest::newRow("burn, no disc") << QStringLiteral("burn-nodisc");
    }

    void burnAndEraseRefusedOnDvdRom()
    {
        QFETCH(QString, name);
        const GuestRun run = result(name);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(" (QEMU QEMU DVD-ROM) only reads discs (DVD-ROM, CD-ROM): it "
                                  "cannot write or erase any disc. Choose a drive that writes."),
                 run.err.constData());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY(!err.contains(phaseLine(QStringLiteral("Writing"))));
        QVERIFY(!err.contains(phaseLine(QStringLiteral("Erasing"))));
    }

    // 6. The verbs that read a source, on a real device: the DVD-Video's titles as lsdvd reads
    // the host's image, the file lists as xorriso does.
    void titlesOnTheDevice()
    {
        const LsdvdReport lsdvd = runLsdvd(m_video);
        QVERIFY2(lsdvd.error.isEmpty(), qPrintable(lsdvd.error));
        const GuestRun run = result(QStringLiteral("titles-vid"));
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonArray titles = jsonOf(run).value(QStringLiteral("titles")).toArray();
        QCOMPARE(titles.size(), lsdvd.titles.size());
        QCOMPARE(jsonOf(run).value(QStringLiteral("mainFeature")).toInt(), lsdvd.longest);
        for (int i = 0; i < titles.size(); ++i) {
            const QJsonObject t = titles.at(i).toObject();
            const LsdvdTitle &l = lsdvd.titles.at(i);
            QCOMPARE(t.value(QStringLiteral("titleSet")).toInt(), l.titleSet);
            QCOMPARE(t.value(QStringLiteral("chapters")).toInt(), l.chapters);
            QVERIFY(qAbs(t.value(QStringLiteral("seconds")).toDouble() - l.seconds) < 0.01);
            QStringList languages;
            for (const QJsonValue &a : t.value(QStringLiteral("audio")).toArray())
                languages << a.toObject().value(QStringLiteral("language")).toString();
            QCOMPARE(languages, l.audioLanguages);
            QStringList subtitles;
            for (const QJsonValue &s : t.value(QStringLiteral("subtitles")).toArray())
                subtitles << s.toString();
            QCOMPARE(subtitles, l.subtitleLanguages);
        }
    }

    void lsOnTheDevice_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("image");
        QTest::newRow("DVD-Video") << QStringLiteral("ls-vid") << m_video;
        QTest::newRow("data CD") << QStringLiteral("ls-cd") << m_cd;
    }

    void lsOnTheDevice()
    {
        QFETCH(QString, name);
        QFETCH(QString, image);
        QStringList expected;
        for (const FileExtent &e : fileExtents(image))
            expected << e.path;
        expected.sort();
        QVERIFY(!expected.isEmpty());
        const GuestRun run = result(name);
        QVERIFY2(run.code == 0, run.err.constData());
        QStringList listed;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            const QString path = QString::fromUtf8(line).section(QLatin1Char(' '), -1);
            if (!path.endsWith(QLatin1Char('/')))
                listed << path;
        }
        listed.sort();
        QCOMPARE(listed, expected);
    }

    void verifyAndExtractOnTheDevice()
    {
        const GuestRun verify = result(QStringLiteral("verify-cd"));
        QVERIFY2(verify.code == 0, verify.err.constData());
        QVERIFY(verify.err.contains("matches the image (SHA-256 " + sha256Hex(m_cdBytes)));
        const GuestRun extract = result(QStringLiteral("extract-cd"));
        QVERIFY2(extract.code == 0, extract.err.constData());
        QCOMPARE(extract.out.trimmed(), sha256Hex(randomBytes(3 << 20, 1)) + "  ./dir/a.bin");
    }

    // 6. A new image built from the device, read on the host by xorriso.
    void buildFromTheDevice()
    {
        const GuestRun build = result(QStringLiteral("build-cd"));
        QVERIFY2(build.code == 0, build.err.constData());
        const QString gz = m_dir.filePath(QStringLiteral("built.iso.gz"));
        QFile packed(gz);
        QVERIFY(packed.open(QIODevice::WriteOnly));
        packed.write(QByteArray::fromBase64(build.out.simplified().replace(' ', "")));
        packed.close();
        QCOMPARE(runTool(QStringLiteral("gzip"), {QStringLiteral("-d"), QStringLiteral("-f"), gz}),
                 0);
        const QString built = m_dir.filePath(QStringLiteral("built.iso"));
        const QList<FileExtent> files = fileExtents(built);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().path, QStringLiteral("/c.txt"));
        QCOMPARE(readAll(built).mid(files.first().startBlock * 2048, 12),
                 QByteArray("not damaged\n"));
    }

    // 8. A user outside the drives' group is told what is wrong and how to fix it, in words.
    void permissionsAreExplained()
    {
        QCOMPARE(result(QStringLiteral("perm-setup")).code, 0);
        const QByteArray fix = "your user lacks permission. Add yourself to the \"cdrom\" group "
                               "(sudo usermod -aG cdrom $USER), then log out and in again.";
        const GuestRun drives = result(QStringLiteral("perm-drives"));
        QCOMPARE(drives.code, 0);
        QVERIFY2(drives.err.contains(
                     "Spindle may not use /dev/sr0, /dev/sr1, /dev/sr2, /dev/sr3: " + fix),
                 drives.err.constData());
        const QJsonObject json = jsonOf(result(QStringLiteral("perm-drives-json")));
        QCOMPARE(json.value(QStringLiteral("drives")).toArray().size(), 0);
        QVERIFY(json.value(QStringLiteral("problem")).toString().contains(QString::fromUtf8(fix)));
        for (const char *name : {"perm-info", "perm-read"}) {
            const GuestRun run = result(QString::fromLatin1(name));
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains("Spindle may not use /dev/sr0: " + fix), run.err.constData());
            // The detail is the system's reason, not a stale errno.
            QVERIFY2(!run.err.contains("Success"), run.err.constData());
        }
        QCOMPARE(result(QStringLiteral("perm-info")).err.count("Detail: Permission denied"), 1);
        QVERIFY(!result(QStringLiteral("perm-left")).out.contains("user.iso"));
    }

    // 10. DriveMonitor (what the GUI's drive list follows) sees the eject and the new disc.
    void discChangesAreNoticed()
    {
        const GuestRun watch = result(QStringLiteral("watch"));
        QCOMPARE(watch.code, 0);
        const QByteArray vid = jsonOf(result(QStringLiteral("info-nodisc")))
                                   .value(QStringLiteral("drive"))
                                   .toString()
                                   .toUtf8();
        QVERIFY(vid.startsWith("/dev/sr"));
        // The eject and the new disc each change the drive's state. In between, the commands
        // that find no disc grab the drive with "load" (libburn closes the tray), so a poll
        // that saw the tray open sees it closed and empty next: one change more, or not,
        // depending on when the 200 ms polls fall.
        const QList<QByteArray> lines = watch.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("watching"));
        QVERIFY2(lines.size() == 3 || lines.size() == 4, watch.out.constData());
        for (const QByteArray &line : lines.mid(1))
            QCOMPARE(line, "medium changed: " + vid);
    }
};

QTEST_GUILESS_MAIN(TestDrive)
#include "tst_drive.moc"
