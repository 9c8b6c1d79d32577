#pragma once

#include <QtGlobal>
#include <deque>

namespace Spindle {

// Current throughput over a sliding window, so that the speed shown follows the drive
// (a burn slows down at the inner tracks, a scratched area stalls) instead of a whole-job mean.
class RateMeter final
{
public:
    explicit RateMeter(qint64 windowMs = 3000) : m_windowMs(windowMs) {}

    void reset();
    // `elapsedMs` since the job started, `bytes` done so far (monotonic).
    void addSample(qint64 elapsedMs, qint64 bytes);
    double bytesPerSecond() const;
    // -1 when unknown (no rate yet or total unknown).
    qint64 secondsLeft(qint64 bytesDone, qint64 bytesTotal) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace Spindle
