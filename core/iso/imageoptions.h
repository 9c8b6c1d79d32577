#pragma once

#include <QDateTime>
#include <QString>

namespace Spindle {

// How a new image is written. Defaults are what a user wants without thinking: the source's
// label, Rock Ridge and Joliet on, the ISO level picked from the file sizes.
struct ImageOptions
{
    QString label;    // empty: the base image's label, else "SPINDLE"
    int isoLevel = 0; // 1, 2, 3, or 0 for auto (3 when a file is 4 GiB or larger, else 2)
    bool rockRidge = true;
    bool joliet = true;
    bool keepBoot = true; // replay El Torito, system area and appended partitions of the base
    // Reproducible: every time the image records "now" it records this instead, so the same
    // inputs give the same bytes. Invalid: not reproducible.
    QDateTime fixedTime;
    // A file of a source image file (or a local file) that cannot be read in full (a read error,
    // or data lying past the end of a truncated image) goes into the image with zeros where it
    // could not be read and is listed (ImageSource::damagedFiles()), instead of failing the
    // image. A disc's read errors fail it all the same: copy the disc in rescue mode first.
    bool skipUnreadable = false;

    // Level 1 and 2 cannot hold a file of 4 GiB or more (ISO 9660 extents are 32-bit).
    static constexpr qint64 Level3Threshold = qint64(4) * 1024 * 1024 * 1024;
};

} // namespace Spindle
