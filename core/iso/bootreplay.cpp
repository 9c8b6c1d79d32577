#include "iso/bootreplay.h"

#include "iso/bootreport.h"
#include "iso/isoimport.h"
#include "tree/imagetree.h"
#include "tree/selection.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <cstdlib>
#include <cstring>

namespace Spindle {

namespace {

using namespace BootReport;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BootReplay)
};

// A boot image that is no file of the tree: libisofs gives it a node without a parent.
bool inTree(IsoFile *node)
{
    return node && iso_node_get_parent(reinterpret_cast<IsoNode *>(node));
}

// One El Torito entry as the source has it, to be made anew.
struct BootEntry
{
    QByteArray path; // in the tree, or libisofs' name of an appended partition
    eltorito_boot_media_type type = ELTORITO_NO_EMUL;
    int platform = 0;
    int segment = 0;
    int loadSize = 0;
    int fullLoad = 0;
    bool bootable = true;
    uint8_t id[28] = {};
    uint8_t criteria[20] = {};
    int options = 0;
    int number = 0; // in the source's catalog, 1-based
};

} // namespace

BootReplay::BootReplay(const IsoImport &import) : m_import(import) {}

bool BootReplay::checkBootFiles(const ImageTree &tree, const SelectionState &state,
                                QStringList *warnings)
{
    IsoImage *image = m_import.image();
    int count = 0;
    ElToritoBootImage **boots = nullptr;
    IsoFile **nodes = nullptr;
    if (iso_image_get_all_boot_imgs(image, &count, &boots, &nodes, 0) != 1 || count == 0) {
        m_elTorito = false;
        return false;
    }
    QStringList missing;
    for (int i = 0; i < count; ++i) {
        if (!inTree(nodes[i]))
            continue;
        char *path = iso_tree_get_node_path(reinterpret_cast<IsoNode *>(nodes[i]));
        if (!path)
            continue;
        const int entry = tree.find(QByteArray(path));
        if (entry >= 0 && !state.written[size_t(entry)])
            missing << QString::fromUtf8(path);
        std::free(path);
    }
    std::free(boots);
    std::free(nodes);
    if (!missing.isEmpty()) {
        iso_image_remove_boot_image(image);
        warnings->append(Tr::tr("The new image will not boot: the boot file(s) %1 are left out. "
                                "Tick them to keep the image bootable.",
                                nullptr, int(missing.size()))
                             .arg(missing.join(QStringLiteral(", "))));
        m_elTorito = false;
        return false;
    }
    m_elTorito = true;
    return true;
}

void BootReplay::configure(iso_write_opts *opts, QStringList *notes, QStringList *warnings)
{
    IsoImage *image = m_import.image();
    if (m_elTorito) {
        int count = 0;
        ElToritoBootImage **boots = nullptr;
        IsoFile **nodes = nullptr;
        if (iso_image_get_all_boot_imgs(image, &count, &boots, &nodes, 0) == 1) {
            bool hidden = false;
            for (int i = 0; i < count; ++i) {
                int options = el_torito_get_isolinux_options(boots[i], 0);
                if (options < 0)
                    options = 0;
                // libisofs copies boot images to new addresses but only re-patches the
                // tables it is told about (see LIBBURNIA-NOTES: ISOLINUX checksum error).
                if (el_torito_seems_boot_info_table(boots[i], 0) == 1)
                    options |= 1;
                if (el_torito_seems_boot_info_table(boots[i], 1) == 1)
                    options |= 1 << 9;
                el_torito_set_isolinux_options(boots[i], options, 0);
                hidden = hidden || !inTree(nodes[i]);
            }
            std::free(boots);
            std::free(nodes);
            // An entry that is no file of the tree (an EFI image inside an appended partition,
            // as memtest86+ and Ubuntu have it) keeps its old block address on import: the
            // catalog is made anew with the entry pointing into the partition's new place.
            if (hidden)
                count = rebuildCatalog(warnings);
            if (count > 0)
                notes->append(Tr::tr("Kept %n El Torito boot image(s).", nullptr, int(count)));
        }
    }
    configureSystemArea(opts, notes);
}

int BootReplay::rebuildCatalog(QStringList *warnings)
{
    IsoImage *image = m_import.image();
    const QStringList system = systemArea(image);
    const QHash<int, qint64> lbaOf = bootImageBlocks(elTorito(image)); // 1-based entry -> block

    int count = 0;
    ElToritoBootImage **boots = nullptr;
    IsoFile **nodes = nullptr;
    if (iso_image_get_all_boot_imgs(image, &count, &boots, &nodes, 0) != 1)
        return 0;
    std::vector<BootEntry> entries;
    QList<int> lost;
    for (int i = 0; i < count; ++i) {
        BootEntry e;
        if (inTree(nodes[i])) {
            char *path = iso_tree_get_node_path(reinterpret_cast<IsoNode *>(nodes[i]));
            e.path = path ? QByteArray(path) : QByteArray();
            std::free(path);
        } else if (const int part = appendedPartitionAt(system, lbaOf.value(i + 1, -1) * 4)) {
            e.path = QByteArrayLiteral("--interval:appended_partition_") +
                     QByteArray::number(part) + QByteArrayLiteral(":all::");
        }
        e.number = i + 1;
        if (e.path.isEmpty()) {
            lost << e.number;
            continue;
        }
        el_torito_get_boot_media_type(boots[i], &e.type);
        e.platform = el_torito_get_boot_platform_id(boots[i]);
        e.segment = el_torito_get_load_seg(boots[i]);
        e.loadSize = el_torito_get_load_size(boots[i]);
        e.fullLoad = el_torito_get_full_load(boots[i]);
        e.bootable = el_torito_get_bootable(boots[i]) == 1;
        el_torito_get_id_string(boots[i], e.id);
        el_torito_get_selection_crit(boots[i], e.criteria);
        e.options = qMax(0, el_torito_get_isolinux_options(boots[i], 0));
        entries.push_back(e);
    }
    std::free(boots);
    std::free(nodes);

    QByteArray catalogPath = QByteArrayLiteral("/boot.catalog");
    int catalogHidden = LIBISO_HIDE_ON_RR | LIBISO_HIDE_ON_JOLIET | LIBISO_HIDE_ON_1999;
    IsoBoot *catalog = nullptr;
    if (iso_image_get_boot_image(image, nullptr, nullptr, &catalog) == 1 && catalog &&
        iso_node_get_parent(reinterpret_cast<IsoNode *>(catalog))) {
        char *path = iso_tree_get_node_path(reinterpret_cast<IsoNode *>(catalog));
        if (path)
            catalogPath = QByteArray(path);
        std::free(path);
        catalogHidden = iso_node_get_hidden(reinterpret_cast<IsoNode *>(catalog));
    }
    iso_image_remove_boot_image(image);

    int made = 0;
    for (BootEntry &e : entries) {
        ElToritoBootImage *boot = nullptr;
        const int ret = made == 0
                            ? iso_image_set_boot_image(image, e.path.constData(), e.type,
                                                       catalogPath.constData(), &boot)
                            : iso_image_add_boot_image(image, e.path.constData(), e.type, 0, &boot);
        if (ret < 0 || !boot) {
            lost << e.number;
            continue;
        }
        ++made;
        el_torito_set_boot_platform_id(boot, uint8_t(e.platform));
        el_torito_set_load_seg(boot, short(e.segment));
        el_torito_set_load_size(boot, short(e.loadSize));
        el_torito_set_full_load(boot, e.fullLoad);
        if (!e.bootable)
            el_torito_set_no_bootable(boot);
        el_torito_set_id_string(boot, e.id);
        el_torito_set_selection_crit(boot, e.criteria);
        el_torito_set_isolinux_options(boot, e.options, 0);
    }
    if (made > 0)
        iso_image_set_boot_catalog_hidden(image, catalogHidden);
    for (int number : std::as_const(lost)) {
        warnings->append(Tr::tr("El Torito boot image %1 of the source is neither a file of the "
                                "image nor an appended partition; the new image cannot keep it.")
                             .arg(number));
    }
    m_elTorito = made > 0;
    return made;
}

void BootReplay::configureSystemArea(iso_write_opts *opts, QStringList *notes)
{
    IsoImage *image = m_import.image();
    QByteArray area(32768, '\0');
    int options = 0;
    if (iso_image_get_system_area(image, area.data(), &options, 0) != 1)
        return;
    const QStringList report = systemArea(image);
    if (report.isEmpty())
        return; // all zeros
    const qint64 isoEnd512 = fileSystemEnd512(report);
    qint64 partitionOffset = 0;
    int heads = 0, sectors = 0;
    bool forceBootable = false;
    int isoPartType = -1;
    bool gpt = false, protectiveMbr = false, hfsPlus = false;
    int apmBlockSize = 0;
    QStringList gptPaths; // GPT partitions that are files of the tree (grub-mkrescue's /efi.img)
    struct Part
    {
        int number;
        int type;
        qint64 start;
        qint64 blocks;
        QByteArray typeGuid;
        bool gap = false;
    };
    QList<Part> mbr;
    QHash<int, Part> gptParts;
    for (const QString &line : report) {
        const QString k = key(line);
        const QStringList f = fields(line);
        if (k == QLatin1String("System area options") && !f.isEmpty()) {
            // What libisofs recognised; iso_image_get_system_area() reports other bits.
            bool ok = false;
            const int reported = f[0].toInt(&ok, 16);
            if (ok)
                options = reported;
        } else if (k == QLatin1String("Partition offset") && !f.isEmpty()) {
            partitionOffset = f[0].toLongLong();
        } else if (k == QLatin1String("MBR heads per cyl") && !f.isEmpty()) {
            heads = f[0].toInt();
        } else if (k == QLatin1String("MBR secs per head") && !f.isEmpty()) {
            sectors = f[0].toInt();
        } else if (k == QLatin1String("MBR partition") && f.size() >= 5) {
            bool ok = false;
            Part p{f[0].toInt(), f[2].toInt(&ok, 16), f[3].toLongLong(), f[4].toLongLong(), {},
                   false};
            if (f[1] == QLatin1String("0x80"))
                forceBootable = true;
            if (p.type == 0xee)
                protectiveMbr = true;
            // The partition that holds the file system, not a one-block dummy that only carries
            // the bootable flag; its type may be 0x00 (memtest86+), which libisofs would make 0x83.
            if ((p.start == 0 || (p.start < isoEnd512 && p.number == 1)) &&
                p.start + p.blocks >= isoEnd512)
                isoPartType = p.type;
            mbr.append(p);
        } else if (k == QLatin1String("GPT start and size") && f.size() >= 3) {
            gpt = true;
            Part &p = gptParts[f[0].toInt()];
            p.number = f[0].toInt();
            p.start = f[1].toLongLong();
            p.blocks = f[2].toLongLong();
        } else if (k == QLatin1String("GPT partition path") && f.size() >= 2) {
            gptPaths << f[1];
        } else if (k == QLatin1String("APM block size") && !f.isEmpty()) {
            apmBlockSize = f[0].toInt();
        } else if (k == QLatin1String("GPT partname local") && f.size() >= 2) {
            hfsPlus = hfsPlus || f[1] == QLatin1String("HFSPLUS");
            // Gap fillers are made by libisofs/xorriso for alignment, not carried data.
            if (f[1].startsWith(QLatin1String("Gap")))
                gptParts[f[0].toInt()].gap = true;
        } else if (k == QLatin1String("GPT type GUID") && f.size() >= 2) {
            gptParts[f[0].toInt()].typeGuid = QByteArray::fromHex(f[1].toLatin1());
        }
    }

    if ((options & 2) && !m_elTorito) {
        // isohybrid MBR code starts the ISOLINUX boot image, which is gone with El Torito:
        // libisofs refuses to patch it ("Cannot patch isolinux boot image").
        QByteArray zeros(32768, '\0');
        iso_write_opts_set_system_area(opts, zeros.data(), 0, 0);
        return;
    }

    if ((options & 2) && gpt && !protectiveMbr) {
        // isohybrid with a GPT (-isohybrid-gpt-basdat): the EFI boot image is a GPT and MBR
        // partition, which libisofs makes anew only for images told to mention it.
        int count = 0;
        ElToritoBootImage **boots = nullptr;
        IsoFile **nodes = nullptr;
        if (iso_image_get_all_boot_imgs(image, &count, &boots, &nodes, 0) == 1) {
            for (int i = 0; i < count; ++i) {
                if (el_torito_get_boot_platform_id(boots[i]) != 0xef)
                    continue;
                const int bootOptions = qMax(0, el_torito_get_isolinux_options(boots[i], 0));
                el_torito_set_isolinux_options(boots[i], (bootOptions & ~0xfc) | (1 << 2), 0);
            }
            std::free(boots);
            std::free(nodes);
        }
    }

    // GRUB2's MBR code jumps to the first boot image, which is gone with El Torito: libisofs
    // refuses to write the image ("No boot image found as jump target for GRUB2 MBR"). The
    // partition tables stay (an appended ESP still starts a UEFI computer from a disk), the
    // code that has nothing to start goes.
    const bool dropMbrCode = (options & (1 << 14)) && !m_elTorito;
    if (dropMbrCode)
        options &= ~(1 << 14);

    // The system area of the source with its partition tables cleared: libisofs writes new
    // ones for the new layout (xorriso: --interval:local_fs:0s-15s:zero_mbrpt).
    QByteArray head(8192, '\0');
    if (m_import.readRaw(0, head.data(), head.size())) {
        if (uchar(head[510]) == 0x55 && uchar(head[511]) == 0xaa)
            std::memset(head.data() + 446, 0, 64);
        if (dropMbrCode)
            std::memset(head.data(), 0, 440);
        area.fill('\0');
        std::memcpy(area.data(), head.constData(), size_t(head.size()));
    }
    if (forceBootable)
        options |= 1 << 15;
    iso_write_opts_set_system_area(opts, area.data(), options, 0);
    if (heads > 0 && sectors > 0)
        iso_write_opts_set_part_offset(opts, uint32_t(partitionOffset), sectors, heads);
    // The GPT partition of the file system at the offset keeps its type (Ubuntu: Basic Data).
    for (const Part &p : std::as_const(gptParts)) {
        if (partitionOffset > 0 && p.start == partitionOffset * 4 && p.typeGuid.size() == 16) {
            QByteArray guid = p.typeGuid;
            iso_write_opts_set_iso_type_guid(opts, reinterpret_cast<uint8_t *>(guid.data()), 1);
        }
    }
    if (isoPartType >= 0 && isoPartType != 0xee)
        iso_write_opts_set_iso_mbr_part_type(opts, isoPartType);

    // Partitions that start at or after the end of the ISO file system were appended to it
    // (an EFI system partition, for instance): copy their bytes from the source.
    int appended = 0;
    auto append = [&](int number, int type, qint64 start, qint64 blocks,
                      const QByteArray &typeGuid) {
        if (number < 1 || number > 4 || blocks <= 0)
            return;
        QByteArray spec = m_import.interval(start * 512, (start + blocks) * 512 - 1);
        iso_write_opts_set_partition_img(opts, number, uint8_t(type), spec.data(), 1);
        if (typeGuid.size() == 16) {
            QByteArray guid = typeGuid;
            iso_write_opts_set_part_type_guid(opts, number,
                                              reinterpret_cast<uint8_t *>(guid.data()), 1);
        }
        ++appended;
    };
    if (gpt && protectiveMbr) {
        static const QByteArray efiGuid =
            QByteArray::fromHex("28732ac11ff8d211ba4b00a0c93ec93b"); // EFI System, byte-swapped
        for (const Part &p : std::as_const(gptParts)) {
            if (p.start >= isoEnd512 && !p.gap)
                append(p.number, p.typeGuid == efiGuid ? 0xef : 0x83, p.start, p.blocks,
                       p.typeGuid);
        }
        if (appended > 0)
            iso_write_opts_set_appended_as_gpt(opts, 1);
    } else {
        for (const Part &p : std::as_const(mbr)) {
            if (p.start >= isoEnd512 && p.type != 0)
                append(p.number, p.type, p.start, p.blocks, gptParts.value(p.number).typeGuid);
        }
    }
    if (gpt && !protectiveMbr)
        iso_write_opts_set_part_like_isohybrid(opts, 1);
    // grub-mkrescue: the EFI El Torito image is also a GPT partition (--efi-boot-part
    // --efi-boot-image), beside an HFS+ file system for Macs with its Apple Partition Map.
    if (m_elTorito && gpt && protectiveMbr && !gptPaths.isEmpty()) {
        for (const QString &line : elTorito(image)) {
            const QStringList f = fields(line);
            if (key(line) == QLatin1String("El Torito img path") && f.size() >= 2 &&
                gptPaths.contains(f[1])) {
                char efiBootImage[] = "--efi-boot-image";
                iso_write_opts_set_efi_bootp(opts, efiBootImage, 0);
                break;
            }
        }
    }
    if (hfsPlus) {
        iso_write_opts_set_hfsplus(opts, 1);
        if (apmBlockSize > 0)
            iso_write_opts_set_hfsp_block_size(opts, 0, apmBlockSize);
    }
    notes->append(
        Tr::tr("Reproduced the system area (%1)%2.")
            .arg(report.value(1).mid(report.value(1).indexOf(QLatin1Char(':')) + 1).trimmed())
            .arg(appended > 0 ? Tr::tr(" and %n appended partition(s)", nullptr, int(appended))
                              : QString()));
}

} // namespace Spindle
