#pragma once

#include <QString>

struct iso_data_source;

namespace Spindle {

// A libisofs IsoDataSource on an image file that reads 256 KiB at a time and keeps the last few
// chunks. libisofs asks for one 2048-byte block per call, and its own
// iso_data_source_new_from_file() answers each with lseek() + read(): 1.5 million system calls
// to copy 1.5 GB out of an image, where xorriso (libisoburn's tile cache) makes one call per
// 64 KiB. Returns nullptr when the file cannot be opened; release with iso_data_source_unref().
iso_data_source *newFileDataSource(const QString &path);

} // namespace Spindle
