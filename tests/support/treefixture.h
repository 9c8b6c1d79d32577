#pragma once

#include <QString>

#include <memory>

namespace Spindle {
class ImageTree;
}

namespace Spindle::Test {

// The tree of one source (an image, a folder, a drive or an archive) as the New image page
// loads it; null, with a warning naming the reason, when it cannot be loaded.
std::shared_ptr<const ImageTree> loadTestTree(const QString &source);

} // namespace Spindle::Test
