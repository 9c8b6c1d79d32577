#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>

namespace Spindle {

class ImageTree;

// Bytes a plan computes while they are written (a title set's VOBs with streams left out):
// the plan knows their size; the writer pulls them in order. One object may be opened more
// than once (a second copy, a verify); open() starts again at the first byte.
class PlannedContent
{
public:
    virtual ~PlannedContent() = default;
    virtual std::optional<Error> open(const std::shared_ptr<const ImageTree> &tree) = 0;
    // The count, 0 at the end, -1 on an error (see error()).
    virtual qint64 read(char *buffer, qint64 max) = 0;
    virtual Error error() const = 0;
    virtual void close() = 0;
};

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
    std::shared_ptr<PlannedContent> produced; // when set: the bytes it produces (size of them)
};

using FilePlan = QList<PlannedFile>;

} // namespace Spindle
