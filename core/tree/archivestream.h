#pragma once

#include <memory>

struct iso_stream;

namespace Spindle {

class ArchiveReader;

// A libisofs IsoStream delivering one archive member, so archive contents go into a new image
// without being unpacked to disk. All members of one archive share one ArchiveReader: libisofs
// reads file contents one after the other, so the reader mostly moves forward.
// Returns a stream with one reference (iso_stream_unref releases it).
iso_stream *newArchiveStream(std::shared_ptr<ArchiveReader> reader, int archiveId, int member,
                             long long size);

} // namespace Spindle
