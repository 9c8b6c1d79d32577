#include "fixtures.h"
#include "iso/bootfiles.h"
#include "jobs/buildimagejob.h"
#include "project/imagesourcefactory.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Spindle;
using namespace Spindle::Test;

// readBootInfo(): the files a bootable image needs and what boot replay cannot keep, as the
// loader hands them to the New Image tree and `build`. Fixtures are made here: a GRUB rescue
// image (grub-mkrescue, whose grub.cfg loads a kernel and an initrd), Debian's memtest86+ and
// iPXE images, and xorriso-made layouts, kept ones (isohybrid, GPT, appended ESP, Ubuntu's) and
// one that is not (a MIPS volume header). The El Torito files are checked against xorriso's
// -report_el_torito, and what is named as not kept against a rebuild.
class TestBootFiles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rescue; // grub-mkrescue's image
    QString m_tree;   // a small tree for the xorriso layouts
    QString m_esp;    // grub-mkrescue's EFI image, appended in the Ubuntu-like layout
    QString m_mbr;    // iPXE's isohybrid MBR code (package ipxe), as tst_bootreplay uses it

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    QString xorrisoMkisofs(const QString &name, const QString &tree, const QStringList &args)
    {
        const QString iso = m_dir.filePath(name);
        QByteArray output;
        if (runTool(QStringLiteral(SPINDLE_XORRISO),
                    QStringList{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                QStringLiteral("-R"), QStringLiteral("-o"), iso} +
                        args + QStringList{tree},
                    &output) != 0) {
            qWarning("%s", output.constData());
            return {};
        }
        return iso;
    }

    static std::optional<LoadedTree> load(const QString &iso)
    {
        auto spec = SourceSpec::parse(iso);
        if (!spec)
            return std::nullopt;
        auto loaded = loadImageTree({spec.value()});
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return std::nullopt;
        }
        return loaded.value();
    }

    static QSet<QByteArray> paths(const BootInfo &info)
    {
        QSet<QByteArray> out;
        for (const BootFile &f : info.files)
            out.insert(f.path);
        return out;
    }

    // The El Torito files as xorriso names them: image paths and the catalog's.
    static QSet<QByteArray> xorrisoBootPaths(const QString &iso)
    {
        QSet<QByteArray> out;
        for (const QString &line : xorrisoBootReport(iso).split(QLatin1Char('\n'))) {
            const QStringList f = line.mid(line.indexOf(QLatin1Char(':')) + 1)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (line.startsWith(QLatin1String("El Torito img path")) && f.size() >= 2)
                out.insert(f[1].toUtf8());
            else if (line.startsWith(QLatin1String("El Torito cat path")) && !f.isEmpty())
                out.insert(f[0].toUtf8());
        }
        return out;
    }

    bool rebuild(const QString &iso, const QString &out)
    {
        const auto loaded = load(iso);
        if (!loaded)
            return false;
        BuildImageJob job(
            {newImageSourceFactory(loaded->tree, Selection(), ImageOptions()), out, -1, true});
        job.start();
        job.wait();
        return job.result().succeeded();
    }

    static QByteArray bytesAt(const QString &path, qint64 offset, qint64 size)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.seek(offset) ? f.read(size) : QByteArray();
    }

    // The Finder info words of the HFS+ file system in the image's GPT partition "HFSPLUS"
    // (the blessed folder and boot file); empty when there is none.
    static QList<quint32> hfsFinderInfo(const QString &iso)
    {
        qint64 start = -1;
        QString number;
        for (const QString &line : xorrisoBootReport(iso).split(QLatin1Char('\n'))) {
            const QStringList f = line.mid(line.indexOf(QLatin1Char(':')) + 1)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (line.startsWith(QLatin1String("GPT partname local")) &&
                f.value(1) == QLatin1String("HFSPLUS"))
                number = f.value(0);
            if (line.startsWith(QLatin1String("GPT start and size")) && f.value(0) == number)
                start = f.value(1).toLongLong();
        }
        const QByteArray header = bytesAt(iso, start * 512 + 1024, 112);
        if (start < 0 || !header.startsWith("H+"))
            return {};
        QList<quint32> words;
        for (int i = 0; i < 8; ++i)
            words << qFromBigEndian<quint32>(header.constData() + 80 + 4 * i);
        return words;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        const QString mkrescue = QStandardPaths::findExecutable(QStringLiteral("grub-mkrescue"));
        QVERIFY2(!mkrescue.isEmpty() &&
                     QFileInfo::exists(QStringLiteral("/usr/lib/grub/x86_64-efi/modinfo.sh")),
                 "install grub-common, grub-pc-bin, grub-efi-amd64-bin and mtools "
                 "(installer/debian-packages.txt)");
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(writeFile(src + QStringLiteral("/boot/grub/grub.cfg"),
                          "menuentry 'Linux' {\n"
                          "  linux /vmlinuz quiet root=/dev/sr0\n"
                          "  initrd /initrd.img /extra.img\n"
                          "}\n"
                          "menuentry 'Other' {\n"
                          "  linux ($root)/other/vmlinuz\n"
                          "  linux $kernel\n"
                          "}\n"));
        QVERIFY(writeFile(src + QStringLiteral("/vmlinuz"), "kernel"));
        QVERIFY(writeFile(src + QStringLiteral("/initrd.img"), "initrd"));
        QVERIFY(writeFile(src + QStringLiteral("/extra.img"), "more"));
        QVERIFY(writeFile(src + QStringLiteral("/other/vmlinuz"), "kernel 2"));
        QVERIFY(writeFile(src + QStringLiteral("/leave-out.txt"), "not needed to boot"));
        m_rescue = m_dir.filePath(QStringLiteral("rescue.iso"));
        QByteArray output;
        QVERIFY2(runTool(mkrescue,
                         {QStringLiteral("--locales="), QStringLiteral("--fonts="),
                          QStringLiteral("--themes="), QStringLiteral("-o"), m_rescue, src},
                         &output) == 0,
                 output.constData());

        m_esp = m_dir.filePath(QStringLiteral("esp.img"));
        QCOMPARE(
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"),
                     m_rescue, QStringLiteral("-extract"), QStringLiteral("/efi.img"), m_esp},
                    &output),
            0);
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QByteArray bios = randomBytes(6144, 1);
        qToLittleEndian<quint32>(0x7078c0fb, bios.data() + 64); // ISOLINUX's signature
        QVERIFY(writeFile(m_tree + QStringLiteral("/boot/bios.img"), bios));
        QVERIFY(writeFile(m_tree + QStringLiteral("/boot/efi.img"), randomBytes(65536, 2)));
        QVERIFY(writeFile(m_tree + QStringLiteral("/mips.boot"), randomBytes(65536, 3)));
        QVERIFY(writeFile(m_tree + QStringLiteral("/data/readme.txt"), "data\n"));
        m_mbr = m_dir.filePath(QStringLiteral("mbr.bin"));
        QVERIFY(writeFile(m_mbr, readAll(QStringLiteral("/usr/lib/ipxe/ipxe.iso")).left(432)));
    }

    // grub-mkrescue: both El Torito images and the catalog, the EFI system partition, GRUB's
    // configuration and modules for BIOS and (found in the EFI image) UEFI, and what grub.cfg
    // loads; not what it does not load, nor paths with variables.
    void grubRescueFiles()
    {
        const auto loaded = load(m_rescue);
        QVERIFY(loaded);
        const BootInfo &boot = loaded->boot;
        const QSet<QByteArray> found = paths(boot);
        const QSet<QByteArray> elTorito = xorrisoBootPaths(m_rescue);
        QCOMPARE(elTorito, QSet<QByteArray>(
                               {"/boot/grub/i386-pc/eltorito.img", "/efi.img", "/boot.catalog"}));
        QVERIFY2(found.contains(elTorito),
                 QList<QByteArray>(found.begin(), found.end()).join(' ').constData());
        for (const QByteArray &path :
             {QByteArray("/boot/grub/grub.cfg"), QByteArray("/boot/grub/i386-pc"),
              QByteArray("/boot/grub/x86_64-efi"), QByteArray("/vmlinuz"),
              QByteArray("/initrd.img"), QByteArray("/extra.img"), QByteArray("/other/vmlinuz")})
            QVERIFY2(found.contains(path), path.constData());
        QVERIFY(!found.contains("/leave-out.txt"));
        QVERIFY(!found.contains("/boot/grub"));
        QVERIFY(boot.find("/boot/grub/i386-pc/normal.mod"));
        QVERIFY(!boot.find("/boot/grub/i386-pcx"));
        QCOMPARE(boot.find("/efi.img")->role, QStringLiteral("UEFI boot image"));
        QCOMPARE(boot.find("/boot/grub/i386-pc/eltorito.img")->role,
                 QStringLiteral("BIOS boot image"));
        QVERIFY(boot.find("/boot.catalog")->catalog);
        QVERIFY(!boot.find("/efi.img")->catalog);

        // The one thing replay does not make again: the HFS+ blessing for Intel Macs.
        QCOMPARE(boot.notKept, QStringList{QStringLiteral(
                                   "the HFS+ blessing that lets Macs start from the disc")});
        QVERIFY(hfsFinderInfo(m_rescue).value(1) != 0);
        const QString out = m_dir.filePath(QStringLiteral("rescue-out.iso"));
        QVERIFY(rebuild(m_rescue, out));
        const QList<quint32> rebuilt = hfsFinderInfo(out);
        QCOMPARE(rebuilt.size(), 8); // the HFS+ file system is there, unblessed
        QCOMPARE(rebuilt, QList<quint32>(8, 0));
    }

    // Left out by the selection: files, folders of them and files inside such folders; the
    // catalog never (the new image keeps it while it boots).
    void leftOutBootFiles()
    {
        const auto loaded = load(m_rescue);
        QVERIFY(loaded);
        const ImageTree &tree = *loaded->tree;
        const auto leftOut = [&](const QString &patterns) {
            const auto selection = Selection::parse(patterns);
            return bootFilesLeftOut(loaded->boot, tree, selection.value().evaluate(tree));
        };
        QCOMPARE(leftOut(QString()), QStringList());
        QCOMPARE(leftOut(QStringLiteral("/leave-out.txt\n/boot.catalog\n")), QStringList());
        QCOMPARE(leftOut(QStringLiteral("/initrd.img\n")),
                 QStringList{QStringLiteral("/initrd.img")});
        QCOMPARE(leftOut(QStringLiteral("/boot/grub/i386-pc/normal.mod\n")),
                 QStringList{QStringLiteral("/boot/grub/i386-pc")});
        QStringList grub = leftOut(QStringLiteral("/boot/\n"));
        grub.sort();
        QCOMPARE(grub, QStringList({QStringLiteral("/boot/grub/grub.cfg"),
                                    QStringLiteral("/boot/grub/i386-pc"),
                                    QStringLiteral("/boot/grub/i386-pc/eltorito.img"),
                                    QStringLiteral("/boot/grub/x86_64-efi")}));
    }

    // Debian's images: the files match xorriso's El Torito report (plus ISOLINUX's own files
    // for iPXE), and replay keeps everything.
    void thirdPartyImages_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QStringList>("more");
        QTest::newRow("memtest86+")
            << QStringLiteral("/usr/lib/memtest86+/memtest86+x64.iso") << QStringList{};
        QTest::newRow("ipxe") << QStringLiteral("/usr/lib/ipxe/ipxe.iso")
                              << QStringList{QStringLiteral("/isolinux.cfg"),
                                             QStringLiteral("/ldlinux.c32"),
                                             QStringLiteral("/ipxe.krn")};
    }

    void thirdPartyImages()
    {
        QFETCH(QString, iso);
        QFETCH(QStringList, more);
        QVERIFY2(QFileInfo::exists(iso),
                 "install memtest86+ and ipxe (installer/debian-packages.txt)");
        const auto loaded = load(iso);
        QVERIFY(loaded);
        QSet<QByteArray> expected = xorrisoBootPaths(iso);
        QVERIFY(!expected.isEmpty());
        for (const QString &path : more)
            expected.insert(path.toUtf8());
        QCOMPARE(paths(loaded->boot), expected);
        QVERIFY2(loaded->boot.notKept.isEmpty(),
                 qPrintable(loaded->boot.notKept.join(QLatin1Char('\n'))));
    }

    // Layouts boot replay keeps (tst_bootreplay, tst_boot) name nothing as lost.
    void keptLayoutsNameNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        const QStringList bios{QStringLiteral("-b"),
                               QStringLiteral("boot/bios.img"),
                               QStringLiteral("-no-emul-boot"),
                               QStringLiteral("-boot-load-size"),
                               QStringLiteral("4"),
                               QStringLiteral("-boot-info-table"),
                               QStringLiteral("-c"),
                               QStringLiteral("boot/boot.cat")};
        const QStringList efi{QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
                              QStringLiteral("boot/efi.img"),       QStringLiteral("-no-emul-boot"),
                              QStringLiteral("-isohybrid-mbr"),     m_mbr};
        const QStringList appended{QStringLiteral("-append_partition"), QStringLiteral("2"),
                                   QStringLiteral("0xef"), m_esp};
        QTest::newRow("isohybrid") << QStringLiteral("isohybrid.iso") << (bios + efi);
        QTest::newRow("isohybrid GPT")
            << QStringLiteral("isohybrid-gpt.iso")
            << (bios + efi + QStringList{QStringLiteral("-isohybrid-gpt-basdat")});
        QTest::newRow("ESP appended, MBR") << QStringLiteral("appended.iso") << (bios + appended);
        QTest::newRow("Ubuntu-like")
            << QStringLiteral("ubuntu.iso")
            << (bios + appended +
                QStringList{QStringLiteral("-partition_offset"), QStringLiteral("16"),
                            QStringLiteral("-appended_part_as_gpt"),
                            QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
                            QStringLiteral("--interval:appended_partition_2:all::"),
                            QStringLiteral("-no-emul-boot")});
    }

    void keptLayoutsNameNothing()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        const QString iso = xorrisoMkisofs(name, m_tree, args);
        QVERIFY(!iso.isEmpty());
        const auto loaded = load(iso);
        QVERIFY(loaded);
        QVERIFY2(loaded->boot.notKept.isEmpty(),
                 qPrintable(loaded->boot.notKept.join(QLatin1Char('\n'))));
        QVERIFY(paths(loaded->boot).contains(xorrisoBootPaths(iso)));
        QVERIFY(!loaded->boot.find("/data/readme.txt"));
    }

    // A MIPS big-endian volume header: named before writing, and indeed gone after a rebuild.
    void mipsHeaderIsNamed()
    {
        const QString iso =
            xorrisoMkisofs(QStringLiteral("mips.iso"), m_tree,
                           {QStringLiteral("-mips-boot"), QStringLiteral("/mips.boot")});
        QVERIFY(!iso.isEmpty());
        QVERIFY(xorrisoBootReport(iso).contains(QStringLiteral("MIPS-Big-Endian")));
        const auto loaded = load(iso);
        QVERIFY(loaded);
        QCOMPARE(loaded->boot.notKept,
                 QStringList{QStringLiteral("the MIPS volume header in the system area")});
        const QString out = m_dir.filePath(QStringLiteral("mips-out.iso"));
        QVERIFY(rebuild(iso, out));
        QVERIFY(!xorrisoBootReport(out).contains(QStringLiteral("MIPS-Big-Endian")));
    }

    // A plain image has no boot files and loses nothing.
    void plainImage()
    {
        const QString iso = xorrisoMkisofs(QStringLiteral("plain.iso"), m_tree, {});
        const auto loaded = load(iso);
        QVERIFY(loaded);
        QVERIFY(loaded->boot.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBootFiles)
#include "tst_bootfiles.moc"
