#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spindle {

class ImageTree;
class IsoImport;
struct SelectionState;

// A file or folder of a bootable image that starting the computer from it needs.
struct BootFile
{
    QByteArray path; // in the image (and in a tree whose base the image is): "/efi.img"
    QString role;    // for people: "UEFI boot image", "GRUB configuration"
    // The El Torito catalog: the new image keeps it while it boots, whatever the selection.
    bool catalog = false;
};

// What booting a source image needs and what a rebuild of it cannot keep, found before writing
// (from the same libisofs reports BootReplay works from), so that the tree can mark the files and
// the GUI and CLI can name what will be lost.
struct BootInfo
{
    // El Torito boot images and catalog that are files, partitions that are files (an ESP image),
    // the boot loader's folder and configuration (GRUB's prefix, ISOLINUX's folder) and the files
    // those configurations load, as far as they are files of the image.
    QList<BootFile> files;
    // Sentences naming each part of the source's boot setup that BootReplay does not reproduce.
    QStringList notKept;

    bool isEmpty() const { return files.isEmpty() && notKept.isEmpty(); }
    // The boot file at `path` or a folder of boot files holding it, or nullptr.
    const BootFile *find(const QByteArray &path) const;
};

// Reads the boot setup of an imported image.
BootInfo readBootInfo(const IsoImport &import);

// The boot files (catalog aside) that `state` leaves out of `tree`, as paths: those left out
// themselves and those whose folder is left out.
QStringList bootFilesLeftOut(const BootInfo &info, const ImageTree &tree,
                             const SelectionState &state);

} // namespace Spindle
