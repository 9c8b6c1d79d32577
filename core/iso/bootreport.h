#pragma once

#include <QHash>
#include <QStringList>

struct Iso_Image;

namespace Spindle::BootReport {

// libisofs' own reports of an imported image's boot setup, the lines of
// `xorriso -report_system_area plain` and `-report_el_torito plain`. Boot replay and the boot
// file listing read the layout from them, as xorriso's replay does.
QStringList systemArea(Iso_Image *image);
QStringList elTorito(Iso_Image *image);

// "MBR partition      :   1   0x80  0x17            0         4096" -> fields after the colon.
QStringList fields(const QString &line);
// The part before the colon, trimmed: "MBR partition".
QString key(const QString &line);
// Where the ISO file system ends, in 512-byte blocks.
qint64 fileSystemEnd512(const QStringList &systemArea);
// The number under which boot replay appends the source's partition that starts at 512-byte
// block `start512` after the file system, or 0 when no such partition is appended.
int appendedPartitionAt(const QStringList &systemArea, qint64 start512);
// El Torito entry number (1-based) -> the block its image starts at in the source.
QHash<int, qint64> bootImageBlocks(const QStringList &elTorito);

} // namespace Spindle::BootReport
