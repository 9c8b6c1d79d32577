#pragma once

#include "base/result.h"
#include "readback/discreader.h"

#include <QString>
#include <functional>
#include <optional>

namespace Spindle {

class GrabbedDrive;
class ImageSource;

struct CompareOutcome
{
    bool matched = false;
    bool cancelled = false;
    qint64 firstDifferentSector = -1; // 2048-byte sector number, -1 when none
    QString imageSha256;
    QString discSha256;         // of the same byte range read from the disc
    std::optional<Error> error; // the image or the disc could not be read
};

// Reads back exactly the image's bytes from a disc (never the drive's padding after them),
// compares block by block and hashes both with SHA-256.
class ImageComparer final
{
public:
    using Progress = DiscReader::Progress;
    using CancelCheck = DiscReader::CancelCheck;

    static CompareOutcome compare(ImageSource &image, const GrabbedDrive &drive,
                                  const Progress &progress, const CancelCheck &cancelled);
    // The message for a failed comparison.
    static QString mismatchMessage(const CompareOutcome &outcome, const QString &driveAddress);
};

} // namespace Spindle
