#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace Spindle {

// What a data disc's file system says about itself.
struct FilesystemInfo
{
    bool present = false; // an ISO9660 or UDF volume was recognised
    bool iso9660 = false;
    QString label;
    QDateTime created;
    qint64 sizeBytes = 0; // ISO9660 volume space size × block size
    bool joliet = false;
    bool rockRidge = false;
    bool udf = false;
    qint64 udfEndBytes = 0; // end of the UDF partition, when UDF is present
    bool elTorito = false;
    bool dvdVideo = false;
};

// Reads `blocks` 2048-byte blocks at `lba` into `buffer`; returns the number of bytes read.
using BlockReader = std::function<qint64(qint64 lba, int blocks, char *buffer)>;

// Recognises ISO9660 (with Joliet, Rock Ridge, El Torito), UDF and DVD-Video from the volume
// descriptors and root directory, reading a few dozen blocks at most.
// `sessionStart` is the first block of the session to look at (0 for single-session).
FilesystemInfo probeFilesystem(const BlockReader &read, qint64 sessionStart = 0);

} // namespace Spindle
