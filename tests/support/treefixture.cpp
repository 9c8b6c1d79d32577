#include "treefixture.h"

#include "project/imagetreeloader.h"
#include "tree/sourcespec.h"

namespace Spindle::Test {

std::shared_ptr<const ImageTree> loadTestTree(const QString &source)
{
    auto spec = SourceSpec::parse(source);
    if (!spec) {
        qWarning("%s: %s", qPrintable(source), qPrintable(spec.error().message));
        return nullptr;
    }
    auto loaded = loadImageTree({spec.value()});
    if (!loaded) {
        qWarning("%s: %s", qPrintable(source), qPrintable(loaded.error().message));
        return nullptr;
    }
    return loaded.value().tree;
}

} // namespace Spindle::Test
