#pragma once

#include "udf/plannedfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Spindle {
class ImageTree;
}

namespace Spindle::Test {

// Steps the tests of leaving out DVD-Video titles and streams share.

// Writes the UDF bridge image of `files` (a DvdTrimPlan's) from `tree` to `path`; what went
// wrong, or nothing.
QString writeDvdImage(const std::shared_ptr<const ImageTree> &tree, const FilePlan &files,
                      const QString &path);

// The player check (tests/support/dvdnavcheck, libdvdnav) when it and the tools the DVD
// fixtures are made with are there; ./test.sh installs all of them, so a test that needs them
// fails without them (with missingPlayerCheck() as the reason).
QString dvdnavCheck();
QString missingPlayerCheck();

} // namespace Spindle::Test
