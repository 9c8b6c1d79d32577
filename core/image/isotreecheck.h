#pragma once

#include "base/result.h"

#include <QString>
#include <cstdint>
#include <functional>

namespace Spindle {

// What is wrong with an ISO 9660 directory tree, if anything.
struct IsoTreeDamage
{
    enum class Kind
    {
        None,           // the tree looks sound (or there is no ISO 9660 volume to look at)
        Loop,           // a folder's extent is also an ancestor's or another folder's
        OutsideImage,   // a folder's extent starts before the file system or runs past its end
        ZeroLength,     // a folder of length zero: not even its "." record
        CrossesSector,  // a record runs over the end of its 2048-byte block
        BadLength,      // a record or name length that does not fit
        Unreadable,     // a block of a folder cannot be read
        TooDeep,        // folders nested beyond any sane limit
        TooManyEntries, // more folder blocks than the volume holds (overlapping folders)
    };
    Kind kind = Kind::None;
    QString path;   // the damaged folder, "/" for the root
    QString detail; // technical: blocks and offsets, in English for the log
};

// Reads one 2048-byte block at an absolute address; false when it cannot be read.
using IsoBlockReader = std::function<bool(uint32_t lba, uint8_t *buffer)>;

// Walks the directory tree libisofs' iso_image_import() would read from the session that
// starts at `sessionStart` (Rock Ridge with its relocated folders, else Joliet, else ISO 9660:1999,
// else plain ISO 9660), without recursion and reading each folder block once. libisofs trusts
// the tree: a folder that contains itself makes it recurse until memory runs out, and damaged
// folders come out empty. Returns Kind::None when there is no volume descriptor to look at
// (libisofs then explains what is wrong).
IsoTreeDamage checkIsoTree(const IsoBlockReader &read, uint32_t sessionStart);

// A message for the user that says what is damaged and what to do.
Error isoTreeDamageError(const IsoTreeDamage &damage);

} // namespace Spindle
