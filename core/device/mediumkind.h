#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>

namespace Spindle {

// The medium a virtual (stdio:) drive pretends to hold, so that "does it fit" and
// "is it erasable" behave as they would with a real disc.
struct MediumKind
{
    QString key;         // "dvd-r", "700M", or empty for a plain file
    QString profileName; // as a real drive reports it: "DVD-R sequential recording", ...
    int profileId = 0xffff;
    qint64 capacityBytes = -1; // -1: no limit but the file system's free space
    bool erasable = true;      // can be blanked or formatted
    bool overwritable = true;  // random-access rewritable (DVD+RW, BD-RE, a plain file)

    bool isPlainFile() const { return key.isEmpty(); }

    // "cd-r", "cd-rw", "dvd-r", "dvd+r", "dvd-rw", "dvd+rw", "dvd-r-dl", "dvd+r-dl", "bd-r",
    // "bd-re", a byte size ("700M", "4.7G", "25000000000", "1.5GiB"), or "" for a plain file.
    static Result<MediumKind> parse(const QString &text);
    static QStringList knownKeys();
};

} // namespace Spindle
