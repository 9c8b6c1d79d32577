#pragma once

#include <cstdint>
#include <memory>

struct iso_data_source;

namespace Spindle {

class GrabbedDrive;

// A libisofs IsoDataSource that reads a disc through libburn (GrabbedDrive::readBlocks), so an
// image on a disc is imported and copied without a temporary file. Reads ahead 32 blocks,
// because libisofs asks for one 2048-byte block at a time.
// The returned source holds a reference to the drive; release it with iso_data_source_unref().
iso_data_source *newDriveDataSource(std::shared_ptr<GrabbedDrive> drive);

} // namespace Spindle
