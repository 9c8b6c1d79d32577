#pragma once

#include "base/format.h"
#include "base/result.h"
#include "image/imagesource.h"
#include "image/prefetchedimagesource.h"

#include <QList>
#include <functional>

namespace Spindle {

// How fast a burn source delivers bytes, and the write speed it can feed. A compressed image
// decodes on the fly (a .bz2 at about 25 MB/s), which can be slower than the drive writes: a
// drive that runs dry stops (or, with BurnFree, slows down and stitches), so the speed is
// chosen before writing starts instead.

// The source must sustain this much more than the drive takes: decoding speed varies along
// the image (an .xz's incompressible parts decode at half the rate of its text), a short
// measurement from the image's start says little of the rest, and the machine does other work
// during a burn (libburn's FIFO, the GUI, a verify's hashing). Twice what the drive takes.
constexpr double SourceRateMargin = 2.0;

struct SourceRateLimits
{
    qint64 maxMs = 1500;
    qint64 maxBytes = qint64(256) << 20;
    // Stops after `minMs` once the rate so far is above `enoughBytesPerSecond` (0: never):
    // measuring on cannot change the speed chosen, and each second spent here is one more
    // the burn takes (the bytes measured are decoded again for the burn).
    qint64 minMs = 500;
    double enoughBytesPerSecond = 0;
};

// A rate no drive can make a source too slow for: 1.5 times what the fastest drive of any class
// (BD 12×) takes with SourceRateMargin to spare, 162 MB/s; the extra half covers a short
// measurement's error.
double clearlyFastEnoughBytesPerSecond();

// Opens `freshSource` (an instance of its own, never the stream that gets burned), reads from
// its start for at most `limits` (time or bytes, whichever comes first, or to its end) and
// returns the bytes per second it delivered. Fails with the source's error; `cancelled` is
// polled between reads (and given to the source), and then the result is an error too.
Result<double> measureSourceRate(ImageSource &freshSource, const std::function<bool()> &cancelled,
                                 SourceRateLimits limits = {});
// The same on a source that is already open (the stream that gets burned), keeping the bytes it
// read in `head` for the burn (PrefetchedImageSource): nothing is decoded or made twice.
Result<double> measureOpenSource(ImageSource &openSource, const std::function<bool()> &cancelled,
                                 SourceRateLimits limits, ImageHead *head);

// The fastest drive of a medium class, in libburn's kB/s (1000 bytes): CD 52×, DVD 24×, BD 12×.
// What a source is compared with when the drive reports no speeds (virtual drives, some
// drives before a disc is in).
int fastestClassSpeedKBps(SpeedBase base);
// The data bytes per second a drive writing at `kiloBytesPerSecond` (as rated) takes: a CD's
// rated kB/s counts 2352-byte raw sectors, of which a data track carries 2048.
double dataBytesPerSecond(int kiloBytesPerSecond, SpeedBase base);

struct SpeedChoice
{
    bool tooSlow = false;            // the source cannot feed the fastest speed
    double sourceBytesPerSecond = 0; // as measured
    int fastestKBps = 0;             // what it was compared with (the drive's or the class's)
    int speedKBps = 0;               // when tooSlow: the speed to write at; else 0 (no change)
};

// The highest write speed the source can feed with SourceRateMargin to spare: from
// `driveSpeedsKBps` (the drive's list, any order), or when that is empty, a whole multiple of
// the class's 1× up to the class's fastest drive. When even the slowest speed is too fast, the
// slowest.
SpeedChoice chooseSpeed(double sourceBytesPerSecond, const QList<int> &driveSpeedsKBps,
                        SpeedBase base);

} // namespace Spindle
