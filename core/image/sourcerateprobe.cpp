#include "image/sourcerateprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Spindle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceRateProbe)
};

// A CD's rated 1× in libburn's kB/s (75 raw sectors of 2352 bytes a second); DVD and BD rate
// their 1× in data bytes.
double ratedOneXKBps(SpeedBase base)
{
    return base == SpeedBase::Cd ? 176.4 : bytesPerSecondForOneX(base) / 1000.0;
}

int fastestClassX(SpeedBase base)
{
    switch (base) {
    case SpeedBase::Cd:
        return 52;
    case SpeedBase::Dvd:
        return 24;
    case SpeedBase::Bd:
        return 12;
    }
    return 24;
}

bool canFeed(double sourceBytesPerSecond, int kiloBytesPerSecond, SpeedBase base)
{
    return sourceBytesPerSecond >= dataBytesPerSecond(kiloBytesPerSecond, base) * SourceRateMargin;
}

} // namespace

Result<double> measureSourceRate(ImageSource &freshSource, const std::function<bool()> &cancelled,
                                 SourceRateLimits limits)
{
    freshSource.setCancelCheck(cancelled);
    if (auto problem = freshSource.open())
        return *problem;
    return measureOpenSource(freshSource, cancelled, limits, nullptr);
}

Result<double> measureOpenSource(ImageSource &openSource, const std::function<bool()> &cancelled,
                                 SourceRateLimits limits, ImageHead *head)
{
    constexpr qint64 Chunk = qint64(1) << 20;
    std::vector<char> scratch(head ? 0 : size_t(Chunk));
    if (head)
        head->clear();
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    while (bytes < limits.maxBytes && timer.elapsed() < limits.maxMs) {
        if (limits.enoughBytesPerSecond > 0 && timer.elapsed() >= limits.minMs &&
            double(bytes) * 1e9 / double(qMax<qint64>(1, timer.nsecsElapsed())) >=
                limits.enoughBytesPerSecond)
            break;
        if (cancelled && cancelled())
            return Error{Tr::tr("Measuring the image's speed was cancelled."), {}};
        const qint64 want = qMin(Chunk, limits.maxBytes - bytes);
        char *into = head ? head->addPiece(want) : scratch.data();
        if (!into)
            break; // no memory to hold more: what was timed so far has to do
        const qint64 n = openSource.read(into, want);
        if (n < 0)
            return openSource.error();
        if (head)
            head->keepLast(n);
        if (n == 0)
            break; // a small image, read to its end
        bytes += n;
    }
    const qint64 ns = qMax<qint64>(1, timer.nsecsElapsed());
    return double(bytes) * 1e9 / double(ns);
}

double clearlyFastEnoughBytesPerSecond()
{
    return 1.5 * SourceRateMargin *
           dataBytesPerSecond(fastestClassSpeedKBps(SpeedBase::Bd), SpeedBase::Bd);
}

int fastestClassSpeedKBps(SpeedBase base)
{
    // libburn's advice: round a fractional speed up (52 × 176.4 = 9172.8 is 9173).
    return int(std::ceil(fastestClassX(base) * ratedOneXKBps(base) - 1e-9));
}

double dataBytesPerSecond(int kiloBytesPerSecond, SpeedBase base)
{
    const double rated = kiloBytesPerSecond * 1000.0;
    return base == SpeedBase::Cd ? rated * 2048.0 / 2352.0 : rated;
}

SpeedChoice chooseSpeed(double sourceBytesPerSecond, const QList<int> &driveSpeedsKBps,
                        SpeedBase base)
{
    SpeedChoice choice;
    choice.sourceBytesPerSecond = sourceBytesPerSecond;
    QList<int> speeds;
    for (int s : driveSpeedsKBps) {
        if (s > 0)
            speeds << s;
    }
    std::sort(speeds.begin(), speeds.end(), std::greater<>());
    if (speeds.isEmpty()) {
        // No list: whole multiples of 1× up to the class's fastest drive.
        const double one = ratedOneXKBps(base);
        for (int x = fastestClassX(base); x >= 1; --x)
            speeds << int(std::ceil(x * one - 1e-9));
    }
    choice.fastestKBps = speeds.first();
    choice.tooSlow = !canFeed(sourceBytesPerSecond, choice.fastestKBps, base);
    if (!choice.tooSlow)
        return choice;
    choice.speedKBps = speeds.last();
    for (int s : std::as_const(speeds)) {
        if (canFeed(sourceBytesPerSecond, s, base)) {
            choice.speedKBps = s;
            break;
        }
    }
    return choice;
}

} // namespace Spindle
