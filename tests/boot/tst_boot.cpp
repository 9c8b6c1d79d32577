#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// Bootable images booted for real: QEMU (TCG) starts each image four ways, BIOS and UEFI
// (OVMF), from CD and from hard disk, and the boot loader's marker on the serial console says
// it booted. Fixtures are GRUB rescue images (grub-mkrescue) whose grub.cfg echoes the marker
// and halts, in the layouts distributions use; each is booted as made, then rebuilt by
// spindle-cli with a file left out, and the rebuild must boot every way its source does.
class TestBoot final : public QObject
{
    Q_OBJECT

    enum Mode
    {
        BiosCd,
        BiosHdd,
        UefiCd,
        UefiHdd,
        ModeCount
    };
    static constexpr const char *Marker = "SPINDLE-BOOT-MARKER";

    QTemporaryDir m_dir;
    QString m_qemu;
    QString m_ovmf;
    QString m_tree; // grub-mkrescue's tree, extracted from its default image
    QString m_esp;  // its EFI system partition image (/efi.img)

    static QString modeName(int mode)
    {
        static const char *names[] = {"BIOS CD", "BIOS hard disk", "UEFI CD", "UEFI hard disk"};
        return QString::fromLatin1(names[mode]);
    }

    QStringList qemuArgs(const QString &iso, int mode) const
    {
        QStringList args{
            QStringLiteral("-accel"),    QStringLiteral("tcg"),      QStringLiteral("-m"),
            QStringLiteral("256"),       QStringLiteral("-display"), QStringLiteral("none"),
            QStringLiteral("-serial"),   QStringLiteral("stdio"),    QStringLiteral("-monitor"),
            QStringLiteral("none"),      QStringLiteral("-nic"),     QStringLiteral("none"),
            QStringLiteral("-no-reboot")};
        if (mode == UefiCd || mode == UefiHdd)
            args << QStringLiteral("-bios") << m_ovmf;
        if (mode == BiosCd || mode == UefiCd) {
            args << QStringLiteral("-drive")
                 << QStringLiteral("file=%1,format=raw,if=ide,media=cdrom,readonly=on").arg(iso);
        } else {
            args << QStringLiteral("-drive")
                 << QStringLiteral("file=%1,format=raw,if=ide,snapshot=on").arg(iso);
        }
        return args;
    }

    // Boots each of `isos` every way, all at once (two CPUs share the guests: that keeps both
    // busy while firmware waits), and says which ways printed the marker; `log` gets the serial
    // output of those that did not.
    QList<QList<bool>> bootAll(const QStringList &isos, QString *log) const
    {
        QList<QProcess *> guests;
        for (const QString &iso : isos) {
            for (int mode = 0; mode < ModeCount; ++mode) {
                auto *qemu = new QProcess;
                qemu->setProcessChannelMode(QProcess::MergedChannels);
                qemu->start(m_qemu, qemuArgs(iso, mode));
                guests << qemu;
            }
        }
        QElapsedTimer timer;
        timer.start();
        QList<QList<bool>> booted;
        for (qsizetype i = 0; i < guests.size(); ++i) {
            const int mode = int(i % ModeCount);
            if (mode == 0)
                booted.append(QList<bool>());
            QProcess *qemu = guests[i];
            QByteArray output;
            // GRUB halts the guest after the marker. A guest that does not boot says so:
            // SeaBIOS finds no bootable device, OVMF falls back to its shell.
            while (!output.contains(Marker) && !output.contains("No bootable device") &&
                   !output.contains("EFI Internal Shell") && timer.elapsed() < 150000 &&
                   qemu->state() != QProcess::NotRunning) {
                qemu->waitForReadyRead(500);
                output += qemu->readAll();
            }
            output += qemu->readAll();
            const bool ok = output.contains(Marker);
            booted.last() << ok;
            if (!ok) {
                *log += QStringLiteral("--- %1, %2:\n%3\n")
                            .arg(isos[i / ModeCount], modeName(mode),
                                 QString::fromLatin1(output.right(2000)));
            }
            qemu->kill();
            qemu->waitForFinished(5000);
            delete qemu;
        }
        return booted;
    }

    static QString joinModes(const QList<bool> &booted, bool value)
    {
        QStringList out;
        for (int mode = 0; mode < booted.size(); ++mode) {
            if (booted[mode] == value)
                out << modeName(mode);
        }
        return out.join(QStringLiteral(", "));
    }

    QString xorrisoMkisofs(const QString &name, const QStringList &args)
    {
        const QString iso = m_dir.filePath(name);
        QByteArray output;
        const int code =
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    QStringList{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                QStringLiteral("-R"), QStringLiteral("-V"),
                                QStringLiteral("BOOTTEST"), QStringLiteral("-o"), iso} +
                        args + QStringList{m_tree},
                    &output);
        if (code != 0) {
            qWarning("%s", output.constData());
            return {};
        }
        return iso;
    }

    // The GRUB BIOS part as grub-mkrescue sets it up: El Torito no-emulation image with boot
    // info table and GRUB2 boot info, GRUB2's hybrid MBR.
    static QStringList grubBios()
    {
        return {QStringLiteral("--grub2-mbr"),
                QStringLiteral("/usr/lib/grub/i386-pc/boot_hybrid.img"),
                QStringLiteral("-c"),
                QStringLiteral("/boot.catalog"),
                QStringLiteral("-b"),
                QStringLiteral("/boot/grub/i386-pc/eltorito.img"),
                QStringLiteral("-no-emul-boot"),
                QStringLiteral("-boot-load-size"),
                QStringLiteral("4"),
                QStringLiteral("-boot-info-table"),
                QStringLiteral("--grub2-boot-info")};
    }

    // A UEFI guest from CD whose monitor is on stdin and serial console in a file.
    QProcess *startUefi(const QString &iso, const QString &serial) const
    {
        auto *qemu = new QProcess;
        QStringList args = qemuArgs(iso, UefiCd);
        args[args.indexOf(QStringLiteral("-serial")) + 1] = QStringLiteral("file:") + serial;
        args[args.indexOf(QStringLiteral("-monitor")) + 1] = QStringLiteral("stdio");
        qemu->setProcessChannelMode(QProcess::MergedChannels);
        qemu->start(m_qemu, args);
        return qemu;
    }

    static void screendump(QProcess *qemu, const QString &ppm)
    {
        QFile::remove(ppm);
        qemu->write(QStringLiteral("screendump %1\n").arg(ppm).toLocal8Bit());
        for (int i = 0; i < 20 && QFileInfo(ppm).size() < 640 * 480 * 3; ++i)
            QTest::qWait(250);
        QTest::qWait(250);
    }

    // The share of a screendump's pixels that are not black.
    static double drawn(const QString &ppm)
    {
        const QByteArray x = readAll(ppm);
        if (x.size() < 1000)
            return 0;
        qsizetype lit = 0;
        for (qsizetype i = 15; i + 3 <= x.size(); i += 3)
            lit += (x[i] || x[i + 1] || x[i + 2]) ? 1 : 0;
        return double(lit) / double((x.size() - 15) / 3);
    }

    // The share of pixels two screendumps (PPM of the same size) have in common.
    static double sameness(const QString &a, const QString &b)
    {
        const QByteArray x = readAll(a), y = readAll(b);
        if (x.size() != y.size() || x.size() < 1000)
            return 0;
        qsizetype same = 0;
        for (qsizetype i = 15; i + 3 <= x.size(); i += 3)
            same += x.mid(i, 3) == y.mid(i, 3) ? 1 : 0;
        return double(same) / double((x.size() - 15) / 3);
    }

    // xorriso's El Torito and system area report without what depends on the layout: numbers
    // (addresses, sizes), GUIDs made anew, and the gap fillers around partitions.
    static QStringList layoutFree(const QString &iso)
    {
        static const QRegularExpression number(QStringLiteral("\\b\\d+\\b"));
        const QStringList report = xorrisoBootReport(iso).split(QLatin1Char('\n'));
        QSet<QString> gaps; // "GPT 4", "APM 1"
        for (const QString &line : report) {
            const QStringList f = line.mid(line.indexOf(QLatin1Char(':')) + 1)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if ((line.startsWith(QLatin1String("GPT partname local")) ||
                 line.startsWith(QLatin1String("APM partition name"))) &&
                f.value(1).startsWith(QLatin1String("Gap")))
                gaps << line.left(3) + QLatin1Char(' ') + f.value(0);
        }
        QStringList out;
        for (const QString &line : report) {
            const int colon = line.indexOf(QLatin1Char(':'));
            const QString key = line.left(colon).trimmed();
            if (colon < 0 || key.contains(QLatin1String("GUID")) ||
                !(key.startsWith(QLatin1String("El Torito")) ||
                  key.startsWith(QLatin1String("System")) || key.startsWith(QLatin1String("MBR")) ||
                  key.startsWith(QLatin1String("GPT")) || key.startsWith(QLatin1String("APM"))))
                continue;
            QString rest = line.mid(colon + 1).simplified();
            if (gaps.contains(line.left(3) + QLatin1Char(' ') +
                              rest.section(QLatin1Char(' '), 0, 0)))
                continue;
            if (key == QLatin1String("GPT partition name"))
                continue; // UTF-16 hex of the name, which "partname local" gives readably
            rest.replace(number, QStringLiteral("#"));
            out << key + QStringLiteral(": ") + rest;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        QVERIFY2(!m_qemu.isEmpty(), "install qemu-system-x86 (installer/debian-packages.txt)");
        m_ovmf = QStringLiteral("/usr/share/ovmf/OVMF.fd");
        QVERIFY2(QFileInfo::exists(m_ovmf), "install ovmf (installer/debian-packages.txt)");
        const QString mkrescue = QStandardPaths::findExecutable(QStringLiteral("grub-mkrescue"));
        QVERIFY2(!mkrescue.isEmpty(), "install grub-common (installer/debian-packages.txt)");
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/lib/grub/i386-pc/boot_hybrid.img")) &&
                     QFileInfo::exists(QStringLiteral("/usr/lib/grub/x86_64-efi/modinfo.sh")),
                 "install grub-pc-bin and grub-efi-amd64-bin (installer/debian-packages.txt)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("mformat")).isEmpty(),
                 "install mtools (installer/debian-packages.txt)");

        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src + QStringLiteral("/boot/grub")));
        QFile cfg(src + QStringLiteral("/boot/grub/grub.cfg"));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("serial --unit=0 --speed=115200\n"
                  "terminal_input serial console\n"
                  "terminal_output serial console\n"
                  "echo SPINDLE-BOOT-MARKER\n"
                  "halt\n");
        cfg.close();
        QFile left(src + QStringLiteral("/leave-out.txt"));
        QVERIFY(left.open(QIODevice::WriteOnly) && left.write("not needed to boot\n") > 0);
        left.close();

        // Only the modules and none of the fonts and translations: a smaller image.
        QByteArray output;
        const QString rescue = m_dir.filePath(QStringLiteral("default.iso"));
        QCOMPARE(runTool(mkrescue,
                         {QStringLiteral("--locales="), QStringLiteral("--fonts="),
                          QStringLiteral("--themes="), QStringLiteral("-o"), rescue, src},
                         &output),
                 0);
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QCOMPARE(
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"),
                     rescue, QStringLiteral("-extract"), QStringLiteral("/"), m_tree},
                    &output),
            0);
        QCOMPARE(
            runTool(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), m_tree}),
            0);
        m_esp = m_dir.filePath(QStringLiteral("esp.img"));
        QVERIFY(QFile::copy(m_tree + QStringLiteral("/efi.img"), m_esp));
        QFile::remove(m_tree + QStringLiteral("/boot.catalog"));
    }

    void bootsBeforeAndAfterRebuild_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args"); // empty: grub-mkrescue's own image
        QTest::newRow("grub-mkrescue default") << QStringLiteral("default.iso") << QStringList{};
        // The ESP appended after the file system as MBR partition 2, the EFI El Torito entry a
        // file (/efi.img) as grub-mkrescue makes it.
        const QStringList efiFile{QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
                                  QStringLiteral("/efi.img"), QStringLiteral("-no-emul-boot")};
        QTest::newRow("ESP appended, MBR")
            << QStringLiteral("appended-mbr.iso")
            << (grubBios() + efiFile +
                QStringList{QStringLiteral("-append_partition"), QStringLiteral("2"),
                            QStringLiteral("0xef"), m_esp});
        // The same as a GPT partition.
        QTest::newRow("ESP appended, GPT")
            << QStringLiteral("appended-gpt.iso")
            << (grubBios() + efiFile +
                QStringList{QStringLiteral("-append_partition"), QStringLiteral("2"),
                            QStringLiteral("0xef"), m_esp,
                            QStringLiteral("-appended_part_as_gpt")});
        // As Ubuntu makes its images: the ESP a GPT partition, the EFI El Torito entry an
        // interval of it, the ISO partition at 16 blocks.
        QTest::newRow("Ubuntu-like")
            << QStringLiteral("ubuntu.iso")
            << (grubBios() + QStringList{QStringLiteral("-partition_offset"), QStringLiteral("16"),
                                         QStringLiteral("--mbr-force-bootable"),
                                         QStringLiteral("-append_partition"), QStringLiteral("2"),
                                         QStringLiteral("28732ac11ff8d211ba4b00a0c93ec93b"), m_esp,
                                         QStringLiteral("-appended_part_as_gpt"),
                                         QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
                                         QStringLiteral("--interval:appended_partition_2:all::"),
                                         QStringLiteral("-no-emul-boot")});
    }

    void bootsBeforeAndAfterRebuild()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        const QString source = args.isEmpty() ? m_dir.filePath(name) : xorrisoMkisofs(name, args);
        QVERIFY(!source.isEmpty());
        const QString rebuilt = m_dir.filePath(QStringLiteral("rebuilt-") + name);
        QByteArray output;
        const int code =
            runTool(QStringLiteral(SPINDLE_CLI),
                    {QStringLiteral("build"), source, QStringLiteral("--exclude"),
                     QStringLiteral("/leave-out.txt"), QStringLiteral("--output"), rebuilt},
                    &output);
        QVERIFY2(code == 0, output.constData());
        QVERIFY2(!output.contains("will not boot") && !output.contains("cannot keep"),
                 output.constData());
        QByteArray listing;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), rebuilt, QStringLiteral("-find"), QStringLiteral("/"),
                 QStringLiteral("-maxdepth"), QStringLiteral("1")},
                &listing);
        QVERIFY2(!listing.contains("leave-out.txt"), listing.constData());

        // What xorriso sees, apart from where things are (gaps made for alignment aside).
        QCOMPARE(layoutFree(rebuilt), layoutFree(source));

        QString log;
        const QList<QList<bool>> booted = bootAll({source, rebuilt}, &log);
        const QList<bool> before = booted.value(0), after = booted.value(1);
        // Every layout here boots every way; a fixture that does not proves nothing.
        QVERIFY2(!before.contains(false),
                 qPrintable(QStringLiteral("the source does not boot from %1\n%2")
                                .arg(joinModes(before, false), log)));
        QVERIFY2(after == before, qPrintable(QStringLiteral("the rebuild does not boot from %1\n%2")
                                                 .arg(joinModes(after, false), log)));
    }
    // Debian's memtest86+ (package memtest86+) draws its screen and prints nothing on the
    // serial line: under UEFI its rebuild must reach the screen its source reaches, not the one
    // of firmware that found no loader (OVMF's shell, what an image without El Torito gets).
    void memtestBootsUnderUefi()
    {
        const QString memtest = QStringLiteral("/usr/lib/memtest86+/memtest86+x64.iso");
        QVERIFY2(QFileInfo::exists(memtest),
                 "install the memtest86+ package (installer/debian-packages.txt)");
        const QString rebuilt = m_dir.filePath(QStringLiteral("memtest-rebuilt.iso"));
        QByteArray output;
        QVERIFY2(runTool(QStringLiteral(SPINDLE_CLI),
                         {QStringLiteral("build"), memtest, QStringLiteral("--output"), rebuilt},
                         &output) == 0,
                 output.constData());
        const QString plain = m_dir.filePath(QStringLiteral("not-bootable.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-o"),
                          plain, m_dir.filePath(QStringLiteral("src"))},
                         &output),
                 0);

        const QStringList isos{memtest, rebuilt, plain};
        QList<QProcess *> guests;
        for (int i = 0; i < isos.size(); ++i)
            guests << startUefi(isos[i], m_dir.filePath(QStringLiteral("serial-%1.txt").arg(i)));
        // OVMF says on the serial line when it starts a loader or gives up; memtest86+ then
        // needs a few seconds to draw its screen.
        QElapsedTimer timer;
        timer.start();
        QList<QByteArray> serial(isos.size());
        auto settled = [&] {
            for (int i = 0; i < isos.size(); ++i) {
                serial[i] = readAll(m_dir.filePath(QStringLiteral("serial-%1.txt").arg(i)));
                if (!serial[i].contains("starting Boot") && !serial[i].contains("Internal Shell"))
                    return false;
            }
            return true;
        };
        while (!settled() && timer.elapsed() < 90000)
            QTest::qWait(500);
        // memtest86+ takes half a minute under TCG before it draws its (mostly blue) screen.
        auto screen = [&](int i) { return m_dir.filePath(QStringLiteral("screen-%1.ppm").arg(i)); };
        screendump(guests[2], screen(2));
        while (timer.elapsed() < 120000) {
            screendump(guests[0], screen(0));
            screendump(guests[1], screen(1));
            if (drawn(screen(0)) > 0.5 && drawn(screen(1)) > 0.5)
                break;
            QTest::qWait(2000);
        }
        for (QProcess *qemu : std::as_const(guests)) {
            qemu->write("quit\n");
            qemu->waitForFinished(5000);
            delete qemu;
        }
        QVERIFY2(drawn(screen(0)) > 0.5, "the source's screen stays black");
        QVERIFY2(serial[2].contains("EFI Internal Shell"), serial[2].right(1500).constData());
        QVERIFY2(!serial[0].contains("EFI Internal Shell"), serial[0].right(1500).constData());
        QVERIFY2(!serial[1].contains("EFI Internal Shell"), serial[1].right(1500).constData());
        const QString screen0 = m_dir.filePath(QStringLiteral("screen-0.ppm"));
        const QString screen1 = m_dir.filePath(QStringLiteral("screen-1.ppm"));
        const QString screen2 = m_dir.filePath(QStringLiteral("screen-2.ppm"));
        const double likeSource = sameness(screen1, screen0);
        const double likeNoBoot = sameness(screen1, screen2);
        qInfo("rebuild's screen: %.3f like the source's, %.3f like no boot, source %.3f like no "
              "boot",
              likeSource, likeNoBoot, sameness(screen0, screen2));
        QVERIFY(likeSource > 0.9);
        QVERIFY(likeSource > likeNoBoot + 0.05);
    }
};

QTEST_GUILESS_MAIN(TestBoot)
#include "tst_boot.moc"
