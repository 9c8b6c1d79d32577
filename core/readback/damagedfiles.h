#pragma once

#include "base/result.h"
#include "readback/rescuemap.h"

#include <QStringList>

namespace Spindle {

// Which files of an image lie on unreadable ranges: the image's ISO9660/Rock Ridge tree is
// read with libisofs and each file's extents are intersected with the bad ranges.
// Fails when the tree itself cannot be read (the damage hit the directories).
Result<QStringList> findDamagedFiles(const QString &imagePath, const QList<RescueMap::Range> &bad);

} // namespace Spindle
