#pragma once

#include "device/mediumkind.h"
#include "ecc/eccplan.h"
#include "image/imagesource.h"

#include <QString>
#include <functional>
#include <memory>

namespace Spindle {

enum class WriteMode
{
    Auto, // what libburn finds best for the medium
    Tao,  // track at once
    Sao   // session at once (DAO)
};

// Everything a burn needs to know: what to burn, where, and how.
struct BurnOptions
{
    QString imagePath; // an image file (plain or compressed), unless sourceFactory is set
    // Instead of a file: a stream whose size is known after open() (a new image from libisofs,
    // burned with no temporary file), and its name for titles and messages.
    ImageSourceFactory sourceFactory;
    QString sourceName;
    // Time the stream before the first copy, the way a compressed image is timed: a new image
    // built from files reads them as it goes (70,000 small files from a cold disk cache came
    // at 89 MB/s), and may not feed the drive twice over. Its first bytes, read to time it, are
    // burned as they are (nothing is built twice). Off for a disc copied on the fly.
    bool timeStream = false;
    QString driveAddress;
    MediumKind medium; // what a virtual drive emulates
    int speedKBps = 0; // 0: the drive's maximum (1000 bytes/s units, like libburn)
    double speedX =
        0.0; // if > 0: a multiple of the medium's 1× (CD, DVD or BD), wins over speedKBps
    bool simulate = false;
    WriteMode writeMode = WriteMode::Auto;
    bool multisession = false; // leave the disc appendable instead of closing it
    bool burnFree = true;      // buffer-underrun protection
    bool eject = false;
    int copies = 1;
    bool verify = false;
    bool blankIfNeeded = false; // erase a rewritable disc that holds data without asking
    // dvdisaster RS03 data burned after the image (Fill: as much as the disc holds).
    EccChoice ecc;
    // Where the temporary files of error correction go (the data computed for an image, a new
    // image written out first); empty: the user's cache folder.
    QString tempFolder;
    // libburn quirk: its FIFO thread sleeps 50 ms when the buffer is full, so a 4 MiB FIFO caps
    // near 80 MB/s; 64 MiB keeps a fast target busy while memory stays bounded.
    qint64 fifoBytes = qint64(64) << 20;
    // A test hook (spindle-cli's SPINDLE_SOURCE_RATE_LIMIT): the source delivers no more than
    // this many bytes a second (ThrottledImageSource), to make a source slower than the drive
    // on any machine. 0: no limit.
    qint64 sourceRateLimit = 0;
};

QString writeModeName(WriteMode mode); // "auto", "tao", "sao"
bool parseWriteMode(const QString &text, WriteMode *mode);

} // namespace Spindle
