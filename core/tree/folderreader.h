#pragma once

#include "base/result.h"

#include <QString>
#include <functional>
#include <optional>

namespace Spindle {

class ImageTreeBuilder;

// Adds local files to an ImageTree: a folder's contents (POSIX readdir + lstat, fast enough for
// 100,000 entries; symlinks are kept as links, never followed) or one file.
namespace FolderReader {
std::optional<Error> addFolder(ImageTreeBuilder &builder, int source, int mountFolder,
                               const QString &folder, const std::function<bool()> &cancelled);
std::optional<Error> addFile(ImageTreeBuilder &builder, int source, int mountFolder,
                             const QString &file);
} // namespace FolderReader

} // namespace Spindle
