#include "fixtures.h"
#include "jobs/buildimagejob.h"
#include "project/imagesourcefactory.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Spindle;
using namespace Spindle::Test;

// BootReplay through the path a user takes (BuildImageJob on a tree whose base is a bootable
// image), on bootable images xorriso makes here: El Torito BIOS no-emulation with a boot info
// table, an EFI El Torito entry, an isohybrid MBR with and without a GPT, and an EFI partition
// appended after the file system. Boot files are random bytes (the BIOS one with ISOLINUX's
// signature): only their placement and patching matter. The results are read with xorriso's
// -report_el_torito and -report_system_area.
class TestBootReplay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;       // the bootable tree: /boot/bios.img, /boot/efi.img, /data/...
    QString m_extra;        // a folder added to the rebuilds: it moves every boot file
    QByteArray m_mbr;       // the isohybrid MBR code given to xorriso
    QByteArray m_esp;       // the appended EFI partition
    QString m_isohybrid;    // BIOS + UEFI El Torito, isohybrid MBR
    QString m_isohybridGpt; // the same with a GPT (-isohybrid-gpt-basdat)
    QString m_appended;     // BIOS El Torito, MBR with an appended EFI partition
    QString m_efiInPart;    // the same, its EFI El Torito entry inside the partition (Ubuntu)

    struct Build
    {
        JobResult result;
        QStringList notes;
        QStringList warnings;
    };

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    QString makeIso(const QString &name, const QStringList &bootArgs)
    {
        const QString iso = m_dir.filePath(name);
        QByteArray output;
        // Rock Ridge only: the rebuild adds Joliet, which moves the file data once more.
        const int code =
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    QStringList{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                QStringLiteral("-R"), QStringLiteral("-V"),
                                QStringLiteral("BOOTTEST"), QStringLiteral("-o"), iso} +
                        bootArgs + QStringList{m_folder},
                    &output);
        if (code != 0) {
            qWarning("%s", output.constData());
            return {};
        }
        return iso;
    }

    // The report's lines whose key is `key` ("El Torito boot img"), as their fields.
    static QList<QStringList> lines(const QString &report, const QString &key)
    {
        QList<QStringList> out;
        for (const QString &line : report.split(QLatin1Char('\n'))) {
            const int colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0 && line.left(colon).trimmed() == key)
                out << line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return out;
    }

    static QString value(const QString &report, const QString &key)
    {
        const auto found = lines(report, key);
        return found.isEmpty() ? QString() : found.first().join(QLatin1Char(' '));
    }

    // The boot report without what depends on the layout: decimal numbers (addresses, sizes)
    // and the GUIDs made new for every image.
    static QStringList layoutFree(const QString &report)
    {
        static const QRegularExpression number(QStringLiteral("(^|\\s)\\d+(?=\\s|$)"));
        QStringList out;
        for (const QString &line : report.split(QLatin1Char('\n'))) {
            const QString key = line.left(line.indexOf(QLatin1Char(':'))).trimmed();
            if (!key.startsWith(QLatin1String("El Torito")) &&
                !key.startsWith(QLatin1String("System area")) &&
                !key.startsWith(QLatin1String("MBR")) && !key.startsWith(QLatin1String("GPT")))
                continue;
            if (key.endsWith(QLatin1String("GUID")) && !key.contains(QLatin1String("type")))
                continue;
            QString rest = line.mid(line.indexOf(QLatin1Char(':')) + 1);
            rest.replace(number, QStringLiteral(" #"));
            out << key + QStringLiteral(": ") + rest.simplified();
        }
        return out;
    }

    static std::shared_ptr<const ImageTree> load(const QStringList &specs)
    {
        QList<SourceSpec> parsed;
        for (const QString &text : specs) {
            auto spec = SourceSpec::parse(text);
            if (!spec) {
                qWarning("%s", qPrintable(spec.error().message));
                return {};
            }
            parsed << spec.value();
        }
        auto loaded = loadImageTree(parsed);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return {};
        }
        return loaded.value().tree;
    }

    // Rebuilds `iso` with the extra folder added as /extra, through BuildImageJob.
    Build rebuild(const QString &iso, const QString &out, const QString &selection = {},
                  const ImageOptions &options = {})
    {
        const auto tree = load({iso, m_extra + QStringLiteral("=/extra")});
        if (!tree)
            return {JobResult::failure(QStringLiteral("no tree")), {}, {}};
        auto parsed = Selection::parse(selection);
        if (!parsed)
            return {JobResult::failure(parsed.error().message), {}, {}};
        BuildImageJob job({newImageSourceFactory(tree, parsed.value(), options), out, -1, true});
        QSignalSpy logs(&job, &Job::logMessage);
        job.start();
        job.wait();
        Build b{job.result(), {}, {}};
        for (const auto &entry : logs) {
            const auto severity = entry.at(0).value<Severity>();
            if (severity == Severity::Info)
                b.notes << entry.at(1).toString();
            else if (severity == Severity::Warning)
                b.warnings << entry.at(1).toString();
        }
        return b;
    }

    // Where El Torito entry `n` (1-based) starts, in 2048-byte blocks.
    static qint64 bootLba(const QString &report, int n)
    {
        for (const QStringList &f : lines(report, QStringLiteral("El Torito boot img"))) {
            if (f.value(0).toInt() == n)
                return f.last().toLongLong();
        }
        return -1;
    }

    static QByteArray bytesAt(const QString &iso, qint64 offset, qint64 size)
    {
        QFile f(iso);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return f.read(size);
    }

    // mkisofs -boot-info-table: bytes 8..63 of the boot file give the PVD's block, the file's
    // block and length and a checksum of the file from byte 64 on; the rest is zeros.
    static void checkBootInfoTable(const QString &iso, qint64 lba, const QByteArray &original)
    {
        const QByteArray file = bytesAt(iso, lba * 2048, original.size());
        QCOMPARE(file.size(), original.size());
        QVERIFY(file.left(8) == original.left(8));
        QVERIFY(file.mid(64) == original.mid(64));
        const char *table = file.constData() + 8;
        QCOMPARE(qFromLittleEndian<quint32>(table), quint32(16));
        QCOMPARE(qint64(qFromLittleEndian<quint32>(table + 4)), lba);
        QCOMPARE(qint64(qFromLittleEndian<quint32>(table + 8)), qint64(original.size()));
        quint32 sum = 0;
        for (qsizetype at = 64; at + 4 <= original.size(); at += 4)
            sum += qFromLittleEndian<quint32>(original.constData() + at);
        QCOMPARE(qFromLittleEndian<quint32>(table + 12), sum);
        QVERIFY(file.mid(24, 40) == QByteArray(40, '\0'));
    }

    // The UEFI El Torito entry (the second) starts where MBR partition 2 starts and is as long.
    static void checkEfiEntryInPartition(const QString &report, const QString &iso)
    {
        const auto mbr = lines(report, QStringLiteral("MBR partition"));
        QVERIFY2(mbr.size() >= 2, qPrintable(report));
        QCOMPARE(mbr[1].value(2), QStringLiteral("0xef"));
        const qint64 start = mbr[1].value(3).toLongLong();
        QVERIFY(start >= value(report, QStringLiteral("ISO image size/512")).toLongLong());
        QCOMPARE(bootLba(report, 2) * 4, start);
        QVERIFY2(
            value(report, QStringLiteral("El Torito boot img")).contains(QLatin1String("BIOS")),
            qPrintable(report));
        const auto boots = lines(report, QStringLiteral("El Torito boot img"));
        QCOMPARE(boots.value(1).value(1), QStringLiteral("UEFI"));
        QCOMPARE(boots.value(1).value(6).toLongLong(), mbr[1].value(4).toLongLong());
        QVERIFY(QFileInfo(iso).size() >= (start + mbr[1].value(4).toLongLong()) * 512);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_folder = m_dir.filePath(QStringLiteral("tree"));
        // ISOLINUX's signature at byte 64 makes xorriso and libisofs treat it as isolinux.bin
        // ("isohybrid-suitable"); the MBR code is iPXE's isohybrid MBR (package ipxe).
        QByteArray bios = randomBytes(6144, 1);
        qToLittleEndian<quint32>(0x7078c0fb, bios.data() + 64);
        QVERIFY(writeFile(m_folder + QStringLiteral("/boot/bios.img"), bios));
        QVERIFY(writeFile(m_folder + QStringLiteral("/boot/efi.img"), randomBytes(65536, 2)));
        QVERIFY(writeFile(m_folder + QStringLiteral("/data/readme.txt"), "not a boot file\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/data/big.bin"), randomBytes(300000, 3)));
        m_extra = m_dir.filePath(QStringLiteral("extra"));
        for (int i = 0; i < 150; ++i)
            QVERIFY(writeFile(m_extra + QStringLiteral("/file-with-a-long-name-%1.txt").arg(i),
                              QByteArray::number(i)));
        m_mbr = readAll(QStringLiteral("/usr/lib/ipxe/ipxe.iso")).left(432);
        QVERIFY2(m_mbr.size() == 432, "install the ipxe package (installer/debian-packages.txt)");
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("mbr.bin")), m_mbr));
        m_esp = randomBytes(1024 * 1024, 5);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("esp.img")), m_esp));

        const QStringList biosArgs{QStringLiteral("-b"),
                                   QStringLiteral("boot/bios.img"),
                                   QStringLiteral("-no-emul-boot"),
                                   QStringLiteral("-boot-load-size"),
                                   QStringLiteral("4"),
                                   QStringLiteral("-boot-info-table"),
                                   QStringLiteral("-c"),
                                   QStringLiteral("boot/boot.cat")};
        const QStringList efiArgs{
            QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
            QStringLiteral("boot/efi.img"),       QStringLiteral("-no-emul-boot"),
            QStringLiteral("-isohybrid-mbr"),     m_dir.filePath(QStringLiteral("mbr.bin"))};
        m_isohybrid = makeIso(QStringLiteral("isohybrid.iso"), biosArgs + efiArgs);
        QVERIFY(!m_isohybrid.isEmpty());
        m_isohybridGpt =
            makeIso(QStringLiteral("isohybrid-gpt.iso"),
                    biosArgs + efiArgs + QStringList{QStringLiteral("-isohybrid-gpt-basdat")});
        QVERIFY(!m_isohybridGpt.isEmpty());
        m_appended = makeIso(QStringLiteral("appended.iso"),
                             biosArgs + QStringList{QStringLiteral("-append_partition"),
                                                    QStringLiteral("2"), QStringLiteral("0xef"),
                                                    m_dir.filePath(QStringLiteral("esp.img"))});
        QVERIFY(!m_appended.isEmpty());
        m_efiInPart = makeIso(
            QStringLiteral("efi-in-partition.iso"),
            biosArgs + QStringList{QStringLiteral("-append_partition"), QStringLiteral("2"),
                                   QStringLiteral("0xef"),
                                   m_dir.filePath(QStringLiteral("esp.img")),
                                   QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
                                   QStringLiteral("--interval:appended_partition_2:all::"),
                                   QStringLiteral("-no-emul-boot")});
        QVERIFY(!m_efiInPart.isEmpty());

        // What the fixtures hold, as xorriso sees them.
        const QString isohybrid = xorrisoBootReport(m_isohybrid);
        QCOMPARE(lines(isohybrid, QStringLiteral("El Torito boot img")).size(), 2);
        QCOMPARE(value(isohybrid, QStringLiteral("El Torito img opts")),
                 QStringLiteral("1 boot-info-table isohybrid-suitable"));
        QCOMPARE(value(isohybrid, QStringLiteral("System area summary")),
                 QStringLiteral("MBR isohybrid cyl-align-on"));
        QCOMPARE(value(xorrisoBootReport(m_isohybridGpt), QStringLiteral("System area summary")),
                 QStringLiteral("MBR isohybrid cyl-align-on GPT"));
        const auto appended = lines(xorrisoBootReport(m_appended), QStringLiteral("MBR partition"));
        QCOMPARE(appended.size(), 2);
        QCOMPARE(appended[1].value(2), QStringLiteral("0xef"));
    }

    void isohybridStaysBootable()
    {
        const QString out = m_dir.filePath(QStringLiteral("hybrid-out.iso"));
        const Build b = rebuild(m_isohybrid, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString source = xorrisoBootReport(m_isohybrid);
        const QString made = xorrisoBootReport(out);

        // Both El Torito entries with their platforms, emulation and load sizes.
        const auto boots = lines(made, QStringLiteral("El Torito boot img"));
        QCOMPARE(boots.size(), 2);
        QCOMPARE(boots[0].mid(0, 7),
                 QStringList({QStringLiteral("1"), QStringLiteral("BIOS"), QStringLiteral("y"),
                              QStringLiteral("none"), QStringLiteral("0x0000"),
                              QStringLiteral("0x00"), QStringLiteral("4")}));
        QCOMPARE(boots[1].mid(0, 7),
                 QStringList({QStringLiteral("2"), QStringLiteral("UEFI"), QStringLiteral("y"),
                              QStringLiteral("none"), QStringLiteral("0x0000"),
                              QStringLiteral("0x00"), QStringLiteral("128")}));
        QCOMPARE(lines(made, QStringLiteral("El Torito img path")),
                 lines(source, QStringLiteral("El Torito img path")));
        QCOMPARE(value(made, QStringLiteral("El Torito img opts")),
                 QStringLiteral("1 boot-info-table isohybrid-suitable"));
        QCOMPARE(value(made, QStringLiteral("El Torito cat path")),
                 QStringLiteral("/boot/boot.cat"));

        // The boot files moved (the rebuild added a folder and Joliet), and the boot info table
        // follows the BIOS image to its new block.
        const qint64 biosLba = bootLba(made, 1);
        QVERIFY(biosLba > 0);
        QVERIFY2(biosLba != bootLba(source, 1), "the test needs the boot file to move");
        checkBootInfoTable(out, biosLba, readAll(m_folder + QStringLiteral("/boot/bios.img")));
        QVERIFY(bytesAt(out, bootLba(made, 2) * 2048, 65536) ==
                readAll(m_folder + QStringLiteral("/boot/efi.img")));

        // The system area: the isohybrid MBR code and partition table as in the source, the
        // code's pointer to the BIOS boot image (bytes 432..439, in 512-byte blocks) at its
        // new block.
        QCOMPARE(layoutFree(made), layoutFree(source));
        QCOMPARE(value(made, QStringLiteral("System area summary")),
                 QStringLiteral("MBR isohybrid cyl-align-on"));
        QVERIFY(bytesAt(out, 0, 432) == m_mbr);
        QCOMPARE(qFromLittleEndian<quint64>(bytesAt(out, 432, 8).constData()),
                 quint64(biosLba * 4));
        const auto mbr = lines(made, QStringLiteral("MBR partition"));
        QCOMPARE(mbr.size(), 1);
        QCOMPARE(mbr[0].mid(1, 3), QStringList({QStringLiteral("0x80"), QStringLiteral("0x17"),
                                                QStringLiteral("0")}));
        const qint64 isoBlocks512 = value(made, QStringLiteral("ISO image size/512")).toLongLong();
        QCOMPARE(mbr[0].value(4).toLongLong(), isoBlocks512);
        QCOMPARE(isoBlocks512 * 512, QFileInfo(out).size());

        // What the job tells the user.
        QVERIFY2(b.notes.contains(QStringLiteral("Kept 2 El Torito boot image(s).")),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
        QVERIFY2(b.notes.contains(
                     QStringLiteral("Reproduced the system area (MBR isohybrid cyl-align-on).")),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
        QVERIFY2(b.warnings.isEmpty(), qPrintable(b.warnings.join(QLatin1Char('\n'))));
    }

    // isohybrid with a GPT (-isohybrid-gpt-basdat, as Arch Linux and others made their images):
    // the EFI image is an MBR and a GPT partition, which must follow it to its new block.
    void isohybridGptFollowsTheEfiImage()
    {
        const QString out = m_dir.filePath(QStringLiteral("isohybrid-gpt-out.iso"));
        const Build b = rebuild(m_isohybridGpt, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString made = xorrisoBootReport(out);
        QCOMPARE(lines(made, QStringLiteral("El Torito boot img")).size(), 2);
        const qint64 biosLba = bootLba(made, 1);
        checkBootInfoTable(out, biosLba, readAll(m_folder + QStringLiteral("/boot/bios.img")));
        QVERIFY(bytesAt(out, 0, 432) == m_mbr);
        QCOMPARE(qFromLittleEndian<quint64>(bytesAt(out, 432, 8).constData()),
                 quint64(biosLba * 4));

        const qint64 efiStart512 = bootLba(made, 2) * 4;
        QCOMPARE(lines(made, QStringLiteral("MBR partition path")),
                 QList<QStringList>({{QStringLiteral("2"), QStringLiteral("/boot/efi.img")}}));
        QVERIFY(!made.contains(QStringLiteral("GPT backup problems")));
        bool gptPointsAtEfi = false;
        for (const QStringList &f : lines(made, QStringLiteral("GPT start and size")))
            gptPointsAtEfi = gptPointsAtEfi || f.value(1).toLongLong() == efiStart512;
        QVERIFY(gptPointsAtEfi);
        QCOMPARE(layoutFree(made), layoutFree(xorrisoBootReport(m_isohybridGpt)));
        QVERIFY2(b.notes.contains(QStringLiteral(
                     "Reproduced the system area (MBR isohybrid cyl-align-on GPT).")),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
    }

    void appendedPartitionIsCopied()
    {
        const QString out = m_dir.filePath(QStringLiteral("appended-out.iso"));
        const Build b = rebuild(m_appended, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString source = xorrisoBootReport(m_appended);
        const QString made = xorrisoBootReport(out);
        QCOMPARE(layoutFree(made), layoutFree(source));
        checkBootInfoTable(out, bootLba(made, 1),
                           readAll(m_folder + QStringLiteral("/boot/bios.img")));

        // Partition 2 starts after the new file system and holds the source's bytes.
        const auto mbr = lines(made, QStringLiteral("MBR partition"));
        QCOMPARE(mbr.size(), 2);
        QCOMPARE(mbr[1].value(2), QStringLiteral("0xef"));
        const qint64 start = mbr[1].value(3).toLongLong();
        const qint64 blocks = mbr[1].value(4).toLongLong();
        QVERIFY(start >= value(made, QStringLiteral("ISO image size/512")).toLongLong());
        QCOMPARE(blocks * 512, qint64(m_esp.size()));
        QVERIFY(bytesAt(out, start * 512, blocks * 512) == m_esp);
        QVERIFY2(b.notes.contains(QStringLiteral("Reproduced the system area (%1) and 1 appended "
                                                 "partition(s).")
                                      .arg(value(source, QStringLiteral("System area summary")))),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
    }

    // The EFI El Torito entry is no file but the appended partition (memtest86+, Ubuntu): it
    // must point at the partition where the rebuild puts it, not at the source's block.
    void efiEntryFollowsTheAppendedPartition()
    {
        const QString out = m_dir.filePath(QStringLiteral("efi-in-partition-out.iso"));
        const Build b = rebuild(m_efiInPart, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString source = xorrisoBootReport(m_efiInPart);
        const QString made = xorrisoBootReport(out);
        QCOMPARE(layoutFree(made), layoutFree(source));
        checkEfiEntryInPartition(source, m_efiInPart);
        checkEfiEntryInPartition(made, out);
        QVERIFY2(bootLba(made, 2) != bootLba(source, 2), "the test needs the partition to move");
        QVERIFY(bytesAt(out, bootLba(made, 2) * 2048, m_esp.size()) == m_esp);
        checkBootInfoTable(out, bootLba(made, 1),
                           readAll(m_folder + QStringLiteral("/boot/bios.img")));
        QVERIFY2(b.notes.contains(QStringLiteral("Kept 2 El Torito boot image(s).")),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
        QVERIFY2(b.warnings.isEmpty(), qPrintable(b.warnings.join(QLatin1Char('\n'))));
    }

    // Debian's memtest86+ image (package memtest86+): floppy-emulated BIOS entry, GRUB2 MBR,
    // MBR partition 1 of type 0x00 and the EFI entry inside appended partition 2. Its rebuild
    // once lost UEFI boot (the entry two blocks before the partition) and typed partition 1 0x83.
    void memtestKeepsItsLayout()
    {
        const QString memtest = QStringLiteral("/usr/lib/memtest86+/memtest86+x64.iso");
        QVERIFY2(QFileInfo::exists(memtest),
                 "install the memtest86+ package (installer/debian-packages.txt)");
        const QString out = m_dir.filePath(QStringLiteral("memtest-out.iso"));
        const Build b = rebuild(memtest, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString source = xorrisoBootReport(memtest);
        const QString made = xorrisoBootReport(out);
        QCOMPARE(layoutFree(made), layoutFree(source));
        QCOMPARE(lines(made, QStringLiteral("MBR partition")).value(0).value(2),
                 QStringLiteral("0x00"));
        checkEfiEntryInPartition(made, out);
        QVERIFY2(b.warnings.isEmpty(), qPrintable(b.warnings.join(QLatin1Char('\n'))));
    }

    // iPXE's image (package ipxe): isohybrid MBR, ISOLINUX with a boot info table, EFI image
    // as a file.
    void ipxeKeepsItsLayout()
    {
        const QString ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        const QString out = m_dir.filePath(QStringLiteral("ipxe-out.iso"));
        const Build b = rebuild(ipxe, out);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        QCOMPARE(layoutFree(xorrisoBootReport(out)), layoutFree(xorrisoBootReport(ipxe)));
        QVERIFY2(b.warnings.isEmpty(), qPrintable(b.warnings.join(QLatin1Char('\n'))));
    }

    void keepBootOffDropsEverything()
    {
        const QString out = m_dir.filePath(QStringLiteral("plain-out.iso"));
        ImageOptions options;
        options.keepBoot = false;
        const Build b = rebuild(m_isohybrid, out, {}, options);
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        const QString made = xorrisoBootReport(out);
        QVERIFY2(lines(made, QStringLiteral("El Torito boot img")).isEmpty(), qPrintable(made));
        QVERIFY(lines(made, QStringLiteral("MBR partition")).isEmpty());
        QVERIFY(lines(made, QStringLiteral("GPT start and size")).isEmpty());
        QVERIFY(bytesAt(out, 0, 32768) == QByteArray(32768, '\0'));
        // The boot files stay as ordinary files; no catalog is left behind.
        QByteArray listing;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), out, QStringLiteral("-find"), QStringLiteral("/boot")},
                &listing);
        QVERIFY2(listing.contains("/boot/bios.img"), listing.constData());
        QVERIFY(listing.contains("/boot/efi.img"));
        QVERIFY(!listing.contains("boot.cat"));
        for (const QString &note : b.notes) {
            QVERIFY2(!note.startsWith(QLatin1String("Kept")) &&
                         !note.startsWith(QLatin1String("Reproduced")),
                     qPrintable(note));
        }
        QVERIFY(b.warnings.isEmpty());
    }

    // Leaving out a boot file cannot keep El Torito: the job warns, names the file and writes
    // an image without the boot records.
    void leftOutBootFileWarns()
    {
        const QString out = m_dir.filePath(QStringLiteral("noboot-out.iso"));
        const Build b = rebuild(m_isohybrid, out, QStringLiteral("/boot/efi.img\n"));
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        QCOMPARE(b.warnings.size(), 1);
        QVERIFY2(b.warnings.first().contains(QStringLiteral("will not boot")),
                 qPrintable(b.warnings.first()));
        QVERIFY(b.warnings.first().contains(QStringLiteral("/boot/efi.img")));
        QVERIFY(!b.warnings.first().contains(QStringLiteral("/boot/bios.img")));
        const QString made = xorrisoBootReport(out);
        QVERIFY2(lines(made, QStringLiteral("El Torito boot img")).isEmpty(), qPrintable(made));
        // The isohybrid MBR would start a boot image that is no longer there: it goes too.
        QVERIFY(lines(made, QStringLiteral("MBR partition")).isEmpty());
        QVERIFY(bytesAt(out, 0, 32768) == QByteArray(32768, '\0'));
        for (const QString &note : b.notes) {
            QVERIFY2(!note.startsWith(QLatin1String("Kept")) &&
                         !note.startsWith(QLatin1String("Reproduced")),
                     qPrintable(note));
        }
        QByteArray listing;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), out, QStringLiteral("-find"), QStringLiteral("/boot")},
                &listing);
        QVERIFY(!listing.contains("efi.img"));
        QVERIFY(listing.contains("bios.img"));
    }

    // memtest86+ without its BIOS boot image: El Torito goes, and with it the GRUB2 MBR code
    // that would jump into that image (libisofs once refused to write: "No boot image found as
    // jump target for GRUB2 MBR"); the appended EFI partition stays for UEFI from a disk.
    void leftOutGrubBiosImageStillWrites()
    {
        const QString memtest = QStringLiteral("/usr/lib/memtest86+/memtest86+x64.iso");
        const QString out = m_dir.filePath(QStringLiteral("memtest-nobios.iso"));
        const Build b = rebuild(memtest, out, QStringLiteral("/boot/floppy.img\n"));
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        QVERIFY(b.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("will not boot")));
        const QString made = xorrisoBootReport(out);
        QVERIFY2(lines(made, QStringLiteral("El Torito boot img")).isEmpty(), qPrintable(made));
        QVERIFY(
            !value(made, QStringLiteral("System area summary")).contains(QLatin1String("grub2")));
        QVERIFY(bytesAt(out, 0, 440) == QByteArray(440, '\0'));
        const auto mbr = lines(made, QStringLiteral("MBR partition"));
        QCOMPARE(mbr.size(), 2);
        QCOMPARE(mbr[1].value(2), QStringLiteral("0xef"));
        const QString source = xorrisoBootReport(memtest);
        const auto esp = lines(source, QStringLiteral("MBR partition")).value(1);
        QVERIFY(bytesAt(out, mbr[1].value(3).toLongLong() * 512, 65536) ==
                bytesAt(memtest, esp.value(3).toLongLong() * 512, 65536));
    }

    // The catalog cannot be left out while El Torito stays: a note says so, and it stays.
    void leftOutCatalogStays()
    {
        const QString out = m_dir.filePath(QStringLiteral("catalog-out.iso"));
        const Build b = rebuild(m_isohybrid, out, QStringLiteral("/boot/boot.cat\n"));
        QVERIFY2(b.result.succeeded(), qPrintable(b.result.message + b.result.detail));
        QVERIFY2(b.notes.contains(QStringLiteral("/boot/boot.cat is the El Torito boot catalog; "
                                                 "it stays while the image is bootable.")),
                 qPrintable(b.notes.join(QLatin1Char('\n'))));
        const QString made = xorrisoBootReport(out);
        QCOMPARE(value(made, QStringLiteral("El Torito cat path")),
                 QStringLiteral("/boot/boot.cat"));
        QCOMPARE(lines(made, QStringLiteral("El Torito boot img")).size(), 2);
        QVERIFY(b.warnings.isEmpty());
    }

    // Two builds with a fixed time give the same bytes, boot records and all.
    void reproducibleWithBootRecords()
    {
        ImageOptions options;
        options.fixedTime = QDateTime(QDate(2021, 3, 4), QTime(5, 6), QTimeZone::utc());
        const QString a = m_dir.filePath(QStringLiteral("repro-a.iso"));
        const QString b = m_dir.filePath(QStringLiteral("repro-b.iso"));
        QVERIFY(rebuild(m_isohybrid, a, {}, options).result.succeeded());
        QVERIFY(rebuild(m_isohybrid, b, {}, options).result.succeeded());
        QCOMPARE(QCryptographicHash::hash(readAll(a), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(readAll(b), QCryptographicHash::Sha256));
        QCOMPARE(lines(xorrisoBootReport(a), QStringLiteral("El Torito boot img")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBootReplay)
#include "tst_bootreplay.moc"
