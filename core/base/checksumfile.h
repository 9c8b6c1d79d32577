#pragma once

#include "base/result.h"

#include <QString>

namespace Spindle {

// The SHA-256 a checksum file publishes for an image: GNU "HASH  NAME" / "HASH *NAME" lines
// (sha256sum, SHA256SUMS), BSD "SHA256 (NAME) = HASH" lines, or a file holding only the hash.
// With no `checksumFile`, looks for IMAGE.sha256, IMAGE.sha256sum, SHA256SUMS and
// sha256sum.txt next to the image.
struct ExpectedChecksum
{
    QString file;   // the checksum file used
    QString sha256; // lower-case hex
};

Result<ExpectedChecksum> findExpectedSha256(const QString &imagePath,
                                            const QString &checksumFile = {});

} // namespace Spindle
