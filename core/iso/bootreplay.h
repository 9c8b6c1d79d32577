#pragma once

#include <QStringList>
#include <vector>

struct iso_write_opts;

namespace Spindle {

class ImageTree;
class IsoImport;
struct SelectionState;

// Keeps a bootable base image bootable in the new layout, like xorriso's
// "-boot_image any replay": El Torito boot images stay, boot info tables and GRUB2 boot info
// get re-patched at their new addresses, the system area (MBR, isohybrid, GRUB2 MBR patching,
// GPT flags) is reproduced from the source's first 32 KiB and its report, and partitions
// appended after the ISO file system are copied from the source.
class BootReplay final
{
public:
    explicit BootReplay(const IsoImport &import);

    // Before the tree is pruned: drops El Torito (with a warning) if a boot image file is left
    // out. Returns true when the image keeps its El Torito records.
    bool checkBootFiles(const ImageTree &tree, const SelectionState &state, QStringList *warnings);
    // After pruning, on the write options. Warnings name what the new image cannot keep.
    void configure(iso_write_opts *opts, QStringList *notes, QStringList *warnings);

    bool hasElTorito() const { return m_elTorito; }

private:
    void configureSystemArea(iso_write_opts *opts, QStringList *notes);
    // Makes the El Torito catalog anew from the imported one; returns the entries kept.
    int rebuildCatalog(QStringList *warnings);

    const IsoImport &m_import;
    bool m_elTorito = false;
};

} // namespace Spindle
