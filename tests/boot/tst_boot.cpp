#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

    // Boots `iso` every way at once (two CPUs share the guests) and says which ways printed the
    // marker; `log` gets the serial output of those that did not.
    QList<bool> bootAll(const QString &iso, QString *log) const
    {
        QList<QProcess *> guests;
        for (int mode = 0; mode < ModeCount; ++mode) {
            auto *qemu = new QProcess;
            qemu->setProcessChannelMode(QProcess::MergedChannels);
            qemu->start(m_qemu, qemuArgs(iso, mode));
            guests << qemu;
        }
        QList<bool> booted;
        for (int mode = 0; mode < ModeCount; ++mode) {
            QProcess *qemu = guests[mode];
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            // GRUB halts the guest after the marker. A guest that does not boot says so:
            // SeaBIOS finds no bootable device, OVMF falls back to its shell.
            while (!output.contains(Marker) && !output.contains("No bootable device") &&
                   !output.contains("EFI Internal Shell") && timer.elapsed() < 90000 &&
                   qemu->state() != QProcess::NotRunning) {
                qemu->waitForReadyRead(500);
                output += qemu->readAll();
            }
            output += qemu->readAll();
            const bool ok = output.contains(Marker);
            booted << ok;
            if (!ok) {
                *log += QStringLiteral("--- %1, %2:\n%3\n")
                            .arg(iso, modeName(mode), QString::fromLatin1(output.right(2000)));
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
        QString log;
        const QList<bool> before = bootAll(source, &log);
        // Every layout here boots every way; a fixture that does not proves nothing.
        QVERIFY2(!before.contains(false),
                 qPrintable(QStringLiteral("the source does not boot from %1\n%2")
                                .arg(joinModes(before, false), log)));

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

        log.clear();
        const QList<bool> after = bootAll(rebuilt, &log);
        QVERIFY2(after == before, qPrintable(QStringLiteral("the rebuild does not boot from %1\n%2")
                                                 .arg(joinModes(after, false), log)));
    }
};

QTEST_GUILESS_MAIN(TestBoot)
#include "tst_boot.moc"
