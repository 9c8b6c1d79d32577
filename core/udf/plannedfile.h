#pragma once

#include <QByteArray>
#include <QList>

namespace Spindle {

// One file or folder of an image that Spindle lays out itself (the UDF bridge writer for
// DVD-Video). The DVD-Video trim produces the list (rewritten IFO/BUP files held in memory,
// renamed title sets pointing at their original tree entries); the writer consumes it.
struct PlannedFile
{
    QByteArray path; // absolute path in the new image: "/VIDEO_TS/VTS_01_1.VOB"
    bool isDirectory = false;
    qint64 size = 0;    // bytes; 0 for folders
    qint64 mtime = 0;   // seconds since the epoch
    int treeEntry = -1; // the bytes are those of this ImageTree entry, or
    QByteArray content; // when treeEntry < 0: the bytes themselves (size == content.size())
};

using FilePlan = QList<PlannedFile>;

} // namespace Spindle
