#include "base/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace Spindle {

SpeedBase speedBaseForProfile(int profileId)
{
    if (profileId >= 0x40 && profileId <= 0x43)
        return SpeedBase::Bd;
    if (profileId >= 0x10 && profileId <= 0x2b)
        return SpeedBase::Dvd;
    if (profileId >= 0x08 && profileId <= 0x0a)
        return SpeedBase::Cd;
    return SpeedBase::Dvd; // files and unknown media: DVD is the most familiar scale
}

double bytesPerSecondForOneX(SpeedBase base)
{
    switch (base) {
    case SpeedBase::Cd:
        return 153600.0;
    case SpeedBase::Dvd:
        return 1385000.0;
    case SpeedBase::Bd:
        return 4495500.0;
    }
    return 1385000.0;
}

QString formatBytes(qint64 bytes)
{
    // Decimal units: disc capacities are sold that way ("4.7 GB"), so sizes compare directly.
    const QLocale locale;
    if (bytes < 1000)
        return QCoreApplication::translate("Format", "%1 bytes").arg(bytes);
    const char *units[] = {"kB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1000.0 && unit < 3) {
        value /= 1000.0;
        ++unit;
    }
    const int decimals = value < 10.0 ? 2 : (value < 100.0 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(locale.toString(value, 'f', decimals),
                                       QString::fromLatin1(units[unit]));
}

QString formatBytesExact(qint64 bytes)
{
    return QCoreApplication::translate("Format", "%1 bytes").arg(QLocale().toString(bytes));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatRate(double bytesPerSecond)
{
    return QCoreApplication::translate("Format", "%1 MB/s")
        .arg(QLocale().toString(bytesPerSecond / 1e6, 'f', 1));
}

QString formatSpeedX(double bytesPerSecond, SpeedBase base)
{
    // "52.3×" for drive speeds; a decimal means nothing on a virtual drive's "5,800×".
    const double x = bytesPerSecond / bytesPerSecondForOneX(base);
    return QStringLiteral("%1×").arg(QLocale().toString(x, 'f', x >= 100 ? 0 : 1));
}

QString formatDriveSpeedX(int kiloBytesPerSecond, SpeedBase base)
{
    const double one = base == SpeedBase::Cd ? 176.4 : bytesPerSecondForOneX(base) / 1000.0;
    const double x = kiloBytesPerSecond / one;
    // Rated speeds are whole multiples but for a few ("2.4×" DVD, "1.5×" CD-RW); drives round
    // their kB/s (16× CD: 2822), so a value this close to a whole number is one.
    const bool whole = std::abs(x - std::round(x)) < 0.05 || x >= 100;
    return QStringLiteral("%1×").arg(QLocale().toString(x, 'f', whole ? 0 : 1));
}

} // namespace Spindle
