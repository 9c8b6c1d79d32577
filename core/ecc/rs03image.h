#pragma once

#include "base/result.h"
#include "ecc/rs03format.h"
#include "ecc/rs03layout.h"

#include <QString>
#include <functional>

namespace Spindle {

// What an image file holds in the way of dvdisaster data, found the way dvdisaster finds it:
// the ecc header right after the ISO file system (or 150 sectors later), else a CRC-layer
// sector at the start of a layer when the file has the size of an augmented image.
struct Rs03ImageInfo
{
    enum class State
    {
        Plain,      // no dvdisaster data
        Augmented,  // an intact RS03 header, the file as long as the layout says
        Damaged,    // dvdisaster data, but its header is damaged or the file is cut short
        OtherCodec, // a dvdisaster header of RS01/RS02
        Interrupted // an augment run that was killed: undoInterruptedRs03Run() restores it
    };
    State state = State::Plain;
    qint64 fileBytes = 0;
    Rs03Header header;        // Augmented, and Damaged when a CRC sector gave a copy
    Rs03Layout layout;        // likewise
    QString problem;          // Damaged, OtherCodec, Interrupted: what is wrong, for the user
    qint64 originalBytes = 0; // Interrupted: the image's size before the run

    std::optional<EccMedium> medium() const
    {
        return eccMediumFromSectorsPerLayer(layout.sectorsPerLayer);
    }
};

Result<Rs03ImageInfo> inspectRs03Image(const QString &path);

// Cuts an image an augment run left behind (Interrupted) back to its original size.
Result<qint64> undoInterruptedRs03Run(const QString &path);

// Appends RS03 error-correction data for `mediumSectors` to the image at `path`, in place.
// `keepGoing(done, total)` reports progress in bytes read and returns false to cancel. A
// failed or cancelled run truncates the file back to its original bytes; the header, which
// makes the data recognisable, is written last.
Result<Rs03Layout> augmentRs03Image(const QString &path, qint64 mediumSectors,
                                    const std::function<bool(qint64, qint64)> &keepGoing,
                                    bool *cancelled);

// The same data, written to the file `sidecarPath` instead while the image is only read: the
// sidecar's byte 0 is byte `dataSectors * 2048` of the augmented image (the image's whole
// sectors; one whose size is not a multiple of 2048 is followed by zeros to its sector's end),
// so that the image followed by the sidecar is the augmented image. For burning an image with
// error-correction data without a second copy of the image. A failed or cancelled run removes
// the sidecar.
Result<Rs03Layout> augmentRs03ToFile(const QString &imagePath, const QString &sidecarPath,
                                     qint64 mediumSectors,
                                     const std::function<bool(qint64, qint64)> &keepGoing,
                                     bool *cancelled);

} // namespace Spindle
