#pragma once

#include <QString>

namespace Spindle {

// Which "1×" a speed is measured against.
enum class SpeedBase
{
    Cd,  // 150 KiB/s (153,600 bytes/s, mode-1 data)
    Dvd, // 1,385,000 bytes/s
    Bd   // 4,495,500 bytes/s
};

SpeedBase speedBaseForProfile(int profileId);
double bytesPerSecondForOneX(SpeedBase base);

QString formatBytes(qint64 bytes);         // "4.38 GiB (4,700,372,992 bytes)" is too long: "4.7 GB"
QString formatBytesExact(qint64 bytes);    // "4,700,372,992 bytes"
QString formatDuration(qint64 seconds);    // "1:02:03" or "2:03"
QString formatRate(double bytesPerSecond); // "12.3 MB/s"
QString formatSpeedX(double bytesPerSecond, SpeedBase base); // "8.9×"
// A speed as drives and libburn rate it (kB/s, 1000 bytes): "16×", "2.4×". Unlike a data rate,
// a CD drive's rated 1× is 176.4 kB/s (75 raw sectors of 2352 bytes a second), not 153.6.
QString formatDriveSpeedX(int kiloBytesPerSecond, SpeedBase base);

} // namespace Spindle
