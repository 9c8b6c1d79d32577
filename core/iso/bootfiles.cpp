#include "iso/bootfiles.h"

#include "iso/bootreport.h"
#include "iso/isoimport.h"
#include "tree/imagetree.h"
#include "tree/selection.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>
#include <cstdlib>

namespace Spindle {

namespace {

using namespace BootReport;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BootFiles)
};

// Boot loaders larger than this are not searched for GRUB's prefix (an ESP is a few MiB).
constexpr qint64 ScanLimit = 64 * 1024 * 1024;
constexpr qint64 ConfigLimit = 1024 * 1024;

QByteArray nodePath(IsoNode *node)
{
    char *path = node ? iso_tree_get_node_path(node) : nullptr;
    const QByteArray out = path ? QByteArray(path) : QByteArray();
    std::free(path);
    return out;
}

IsoNode *nodeAt(IsoImage *image, const QByteArray &path)
{
    IsoNode *node = nullptr;
    return iso_tree_path_to_node(image, path.constData(), &node) == 1 ? node : nullptr;
}

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray joined(const QByteArray &folder, const QByteArray &name)
{
    return folder.endsWith('/') ? folder + name : folder + '/' + name;
}

QByteArray readFile(IsoImage *image, const QByteArray &path, qint64 limit)
{
    IsoNode *node = nodeAt(image, path);
    if (!node || iso_node_get_type(node) != LIBISO_FILE)
        return {};
    IsoStream *stream = iso_file_get_stream(reinterpret_cast<IsoFile *>(node));
    if (!stream || iso_stream_open(stream) < 0)
        return {};
    QByteArray data;
    char buffer[65536];
    while (data.size() < limit) {
        const int got = iso_stream_read(stream, buffer, sizeof buffer);
        if (got <= 0)
            break;
        data.append(buffer, got);
    }
    iso_stream_close(stream);
    return data.left(limit);
}

// GRUB keeps its prefix ("(dev)/boot/grub") as a module object of type 3 (OBJ_TYPE_PREFIX,
// grub's kernel.h): a 32-bit type, a 32-bit size with the header, the text. An EFI core image
// stores it uncompressed; the BIOS one compresses it, so that one is known by its path only.
QByteArray grubPrefix(const QByteArray &data)
{
    static const QByteArray marker("\x03\x00\x00\x00", 4);
    for (qsizetype at = data.indexOf(marker); at >= 0 && at + 10 < data.size();
         at = data.indexOf(marker, at + 1)) {
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + at + 4);
        if (size < 12 || size > 1024 || at + qsizetype(size) > data.size() || data[at + 8] != '(')
            continue;
        const QByteArray text = QByteArray(data.constData() + at + 8, size - 8).split('\0').first();
        const qsizetype close = text.indexOf(')');
        const QByteArray path = close > 0 ? text.mid(close + 1) : QByteArray();
        static const QRegularExpression plain(QStringLiteral("^/[A-Za-z0-9_./-]*$"));
        if (plain.match(QString::fromLatin1(path)).hasMatch())
            return path.size() > 1 && path.endsWith('/') ? path.chopped(1) : path;
    }
    return {};
}

// The files a boot loader configuration loads (kernels, initrds, modules, other configurations):
// GRUB's grub.cfg or ISOLINUX's isolinux.cfg. Paths with variables are not followed.
QList<QByteArray> configPaths(const QByteArray &text, const QByteArray &folder, bool isolinux)
{
    static const QSet<QByteArray> grubFirst{
        "linux",  "linux16",    "linuxefi", "multiboot",        "multiboot2", "chainloader",
        "source", "configfile", "loadfont", "background_image", "module",     "module2"};
    static const QSet<QByteArray> grubAll{"initrd", "initrd16", "initrdefi"};
    static const QSet<QByteArray> syslinux{"kernel", "linux",  "initrd", "ui",
                                           "com32",  "config", "include"};
    QList<QByteArray> out;
    auto add = [&](QByteArray word) {
        if (word.startsWith('(')) // GRUB device: "($root)/vmlinuz"
            word = word.mid(word.indexOf(')') + 1);
        if (word.isEmpty() || word.contains('$'))
            return;
        if (!word.startsWith('/')) {
            if (!isolinux)
                return;
            word = joined(folder, word);
        }
        out << word;
    };
    for (const QByteArray &raw : text.split('\n')) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        const QByteArray command = words.value(0).toLower();
        QList<QByteArray> args = words.mid(1);
        args.removeIf([](const QByteArray &a) { return a.startsWith("--"); });
        if (args.isEmpty() || command.startsWith('#'))
            continue;
        if (isolinux) {
            if (syslinux.contains(command))
                add(args.first());
            else if (command == "append") {
                for (const QByteArray &a : std::as_const(args)) {
                    if (a.startsWith("initrd=")) {
                        for (const QByteArray &file : a.mid(7).split(','))
                            add(file);
                    }
                }
            }
        } else if (grubFirst.contains(command)) {
            add(args.first());
        } else if (grubAll.contains(command)) {
            for (const QByteArray &a : std::as_const(args))
                add(a);
        }
    }
    return out;
}

QString platformName(int platform)
{
    if (platform == 0)
        return Tr::tr("BIOS boot image");
    if (platform == 0xef)
        return Tr::tr("UEFI boot image");
    return Tr::tr("boot image for platform 0x%1").arg(platform, 2, 16, QLatin1Char('0'));
}

// Start and size in 512-byte blocks of the partition that starts at `start512`, from the
// GPT or the MBR; {-1, 0} when none does.
QPair<qint64, qint64> partitionAt(const QStringList &system, qint64 start512)
{
    for (const QString &line : system) {
        const QString k = key(line);
        const QStringList f = fields(line);
        if (k == QLatin1String("GPT start and size") && f.size() >= 3 &&
            f[1].toLongLong() == start512)
            return {start512, f[2].toLongLong()};
        if (k == QLatin1String("MBR partition") && f.size() >= 5 && f[3].toLongLong() == start512)
            return {start512, f[4].toLongLong()};
    }
    return {-1, 0};
}

// What of the system area BootReplay::configureSystemArea() does not reproduce.
void checkSystemArea(const IsoImport &import, const QStringList &system,
                     const QSet<QByteArray> &bootImages, QStringList &notKept)
{
    if (system.isEmpty())
        return;
    const qint64 isoEnd512 = fileSystemEnd512(system);
    int options = 0;
    qint64 offset = 0;
    bool protectiveMbr = false, hfsPlus = false, apm = false;
    qint64 hfsStart512 = -1;
    QHash<int, QString> mbrPaths, gptPaths, gptNames;
    struct Part
    {
        int number;
        int type;
        qint64 start;
        qint64 blocks;
    };
    QList<Part> mbr, gpt;
    for (const QString &line : system) {
        const QString k = key(line);
        const QStringList f = fields(line);
        if (k == QLatin1String("System area options") && !f.isEmpty())
            options = f[0].toInt(nullptr, 16);
        else if (k == QLatin1String("Partition offset") && !f.isEmpty())
            offset = f[0].toLongLong();
        else if (k == QLatin1String("MBR partition") && f.size() >= 5)
            mbr << Part{f[0].toInt(), f[2].toInt(nullptr, 16), f[3].toLongLong(),
                        f[4].toLongLong()};
        else if (k == QLatin1String("MBR partition path") && f.size() >= 2)
            mbrPaths.insert(f[0].toInt(), f[1]);
        else if (k == QLatin1String("GPT start and size") && f.size() >= 3)
            gpt << Part{f[0].toInt(), 0, f[1].toLongLong(), f[2].toLongLong()};
        else if (k == QLatin1String("GPT partition path") && f.size() >= 2)
            gptPaths.insert(f[0].toInt(), f[1]);
        else if (k == QLatin1String("GPT partname local") && f.size() >= 2)
            gptNames.insert(f[0].toInt(), f.mid(1).join(QLatin1Char(' ')));
        else if (k == QLatin1String("APM block size"))
            apm = true;
    }
    for (const Part &p : std::as_const(mbr))
        protectiveMbr = protectiveMbr || p.type == 0xee;
    for (const Part &p : std::as_const(gpt)) {
        if (gptNames.value(p.number) == QLatin1String("HFSPLUS")) {
            hfsPlus = true;
            hfsStart512 = p.start;
        }
    }

    static const char *const types[] = {nullptr,
                                        QT_TRANSLATE_NOOP("BootFiles", "MIPS volume header"),
                                        QT_TRANSLATE_NOOP("BootFiles", "DEC MIPS boot block"),
                                        nullptr, // SUN SPARC, above
                                        QT_TRANSLATE_NOOP("BootFiles", "HP-PA PALO boot sector"),
                                        QT_TRANSLATE_NOOP("BootFiles", "HP-PA PALO boot sector"),
                                        QT_TRANSLATE_NOOP("BootFiles", "DEC Alpha boot sector")};
    const int type = (options >> 2) & 0x3f;
    bool sparcBoot = false;
    for (const QString &line : system)
        sparcBoot = sparcBoot || key(line) == QLatin1String("SUN SPARC partition");
    if (type == 3 && !sparcBoot)
        return; // a SUN disk label alone is copied with the system area
    if (type == 3) {
        notKept << Tr::tr("the SPARC boot images of the SUN disk label");
        return;
    }
    if (type != 0) {
        // libisofs writes these only with boot files submitted by other calls, which replay
        // does not make (a MIPS volume header comes out as zeros).
        notKept << Tr::tr("the %1 in the system area")
                       .arg(type < 7 ? Tr::tr(types[type])
                                     : Tr::tr("system area of type %1").arg(type));
        return;
    }

    const auto isBootImage = [&](const QString &path) {
        return !path.isEmpty() && bootImages.contains(path.toUtf8());
    };
    if (!protectiveMbr) {
        for (const Part &p : std::as_const(mbr)) {
            if (p.type == 0)
                continue;
            const bool isoPartition =
                p.start == 0 || p.start == offset * 4 ||
                (p.number == 1 && p.start < isoEnd512 && p.start + p.blocks >= isoEnd512);
            if (p.start >= isoEnd512 || isoPartition || isBootImage(mbrPaths.value(p.number)))
                continue;
            notKept << Tr::tr("MBR partition %1 (type 0x%2) inside the file system")
                           .arg(p.number)
                           .arg(p.type, 2, 16, QLatin1Char('0'));
        }
    }
    for (const Part &p : std::as_const(gpt)) {
        const QString name = gptNames.value(p.number);
        if (name.startsWith(QLatin1String("Gap")) || name == QLatin1String("HFSPLUS"))
            continue;
        if (p.start >= isoEnd512) {
            // Appended partitions are made with libisofs' numbers 1 to 4.
            if (p.number > 4)
                notKept << Tr::tr("GPT partition %1 (%2) appended after the file system")
                               .arg(p.number)
                               .arg(name);
            continue;
        }
        if (p.start == 0 || p.start == offset * 4 || isBootImage(gptPaths.value(p.number)))
            continue;
        notKept << Tr::tr("GPT partition %1 (%2) inside the file system").arg(p.number).arg(name);
    }
    if (apm && !hfsPlus)
        notKept << Tr::tr("the Apple Partition Map");
    if (hfsPlus && hfsStart512 >= 0) {
        // HFS+ volume header, 1024 bytes into the partition: signature "H+", then the Finder
        // info at byte 80 with the blessed folder and boot file (grub-mkrescue's -hfs-bless-by).
        // libisofs writes HFS+ anew from the tree and does not read the source's blessings.
        char header[512];
        if (import.readRaw(hfsStart512 * 512 + 1024, header, sizeof header) && header[0] == 'H' &&
            header[1] == '+') {
            bool blessed = false;
            for (int i = 0; i < 6; ++i)
                blessed = blessed || qFromBigEndian<quint32>(header + 80 + 4 * i) != 0;
            if (blessed)
                notKept << Tr::tr("the HFS+ blessing that lets Macs start from the disc");
        }
    }
}

} // namespace

const BootFile *BootInfo::find(const QByteArray &path) const
{
    for (const BootFile &f : files) {
        if (path == f.path || (path.startsWith(f.path) && path.at(f.path.size()) == '/'))
            return &f;
    }
    return nullptr;
}

BootInfo readBootInfo(const IsoImport &import)
{
    BootInfo info;
    IsoImage *image = import.image();
    const auto add = [&](const QByteArray &path, const QString &role, bool catalog = false) {
        if (path.isEmpty() || !nodeAt(image, path))
            return;
        for (const BootFile &f : std::as_const(info.files)) {
            if (f.path == path)
                return;
        }
        info.files.append(BootFile{path, role, catalog});
    };
    const QStringList system = systemArea(image);
    const QHash<int, qint64> lbaOf = bootImageBlocks(elTorito(image));

    QSet<QByteArray> bootImages;
    QList<QByteArray> biosImages;
    QList<QByteArray> efiImages; // file contents, or appended partitions' bytes
    int count = 0;
    ElToritoBootImage **boots = nullptr;
    IsoFile **nodes = nullptr;
    if (iso_image_get_all_boot_imgs(image, &count, &boots, &nodes, 0) == 1) {
        for (int i = 0; i < count; ++i) {
            const int platform = el_torito_get_boot_platform_id(boots[i]);
            IsoNode *node = reinterpret_cast<IsoNode *>(nodes[i]);
            if (node && iso_node_get_parent(node)) {
                const QByteArray path = nodePath(node);
                add(path, platformName(platform));
                bootImages.insert(path);
                if (platform == 0xef)
                    efiImages << readFile(image, path, ScanLimit);
                else if (platform == 0)
                    biosImages << path;
                continue;
            }
            const qint64 start512 = lbaOf.value(i + 1, -1) * 4;
            if (appendedPartitionAt(system, start512) == 0) {
                info.notKept << Tr::tr("El Torito boot image %1 (%2), which is neither a file of "
                                       "the image nor an appended partition")
                                    .arg(i + 1)
                                    .arg(platformName(platform));
            } else if (platform == 0xef) {
                const auto part = partitionAt(system, start512);
                QByteArray bytes(qMin(part.second * 512, ScanLimit), '\0');
                if (!bytes.isEmpty() &&
                    import.readRaw(part.first * 512, bytes.data(), bytes.size()))
                    efiImages << bytes;
            }
        }
        std::free(boots);
        std::free(nodes);
    }
    IsoBoot *catalog = nullptr;
    if (iso_image_get_boot_image(image, nullptr, nullptr, &catalog) == 1 && catalog &&
        iso_node_get_parent(reinterpret_cast<IsoNode *>(catalog)))
        add(nodePath(reinterpret_cast<IsoNode *>(catalog)), Tr::tr("El Torito boot catalog"), true);
    for (const QString &line : system) {
        const QStringList f = fields(line);
        if ((key(line) == QLatin1String("GPT partition path") ||
             key(line) == QLatin1String("MBR partition path")) &&
            f.size() >= 2)
            add(f[1].toUtf8(), Tr::tr("EFI system partition"));
    }

    // GRUB: its folder (the prefix) holds grub.cfg and the modules of each platform.
    QSet<QByteArray> biosPrefixes, efiPrefixes;
    for (const QByteArray &path : std::as_const(biosImages)) {
        if (path.endsWith("/i386-pc/eltorito.img"))
            biosPrefixes.insert(parentOf(parentOf(path)));
    }
    for (const QByteArray &data : std::as_const(efiImages)) {
        const QByteArray prefix = grubPrefix(data);
        if (!prefix.isEmpty())
            efiPrefixes.insert(prefix);
    }
    for (const QByteArray &prefix : biosPrefixes + efiPrefixes) {
        add(joined(prefix, "grub.cfg"), Tr::tr("GRUB configuration"));
        for (const QByteArray &path :
             configPaths(readFile(image, joined(prefix, "grub.cfg"), ConfigLimit), prefix, false))
            add(path, Tr::tr("loaded by the boot menu"));
    }
    for (const QByteArray &prefix : std::as_const(biosPrefixes))
        add(joined(prefix, "i386-pc"), Tr::tr("GRUB modules for BIOS"));
    for (const QByteArray &prefix : std::as_const(efiPrefixes)) {
        IsoNode *folder = nodeAt(image, prefix);
        IsoDirIter *it = nullptr;
        if (!folder || iso_node_get_type(folder) != LIBISO_DIR ||
            iso_dir_get_children(reinterpret_cast<IsoDir *>(folder), &it) < 0)
            continue;
        IsoNode *child = nullptr;
        while (iso_dir_iter_next(it, &child) == 1) {
            const QByteArray name(iso_node_get_name(child));
            if (name.endsWith("-efi") && iso_node_get_type(child) == LIBISO_DIR)
                add(joined(prefix, name), Tr::tr("GRUB modules for UEFI"));
        }
        iso_dir_iter_free(it);
    }

    // ISOLINUX reads its configuration and modules from its own folder.
    for (const QByteArray &path : std::as_const(biosImages)) {
        if (!path.toLower().endsWith("isolinux.bin"))
            continue;
        const QByteArray folder = parentOf(path);
        add(joined(folder, "ldlinux.c32"), Tr::tr("ISOLINUX library"));
        for (const char *name : {"isolinux.cfg", "syslinux.cfg"}) {
            const QByteArray cfg = joined(folder, name);
            add(cfg, Tr::tr("ISOLINUX configuration"));
            for (const QByteArray &file :
                 configPaths(readFile(image, cfg, ConfigLimit), folder, true))
                add(file, Tr::tr("loaded by the boot menu"));
        }
    }

    checkSystemArea(import, system, bootImages, info.notKept);
    return info;
}

QStringList bootFilesLeftOut(const BootInfo &info, const ImageTree &tree,
                             const SelectionState &state)
{
    QStringList out;
    for (const BootFile &f : info.files) {
        const int entry = tree.find(f.path);
        if (f.catalog || entry < 0)
            continue;
        // A folder of boot files counts when any of it is left out.
        const bool whole = state.allSelected[size_t(entry)];
        if (!whole)
            out << QString::fromUtf8(f.path);
    }
    return out;
}

} // namespace Spindle
