#include "base/ratemeter.h"

#include <cmath>

namespace Spindle {

void RateMeter::reset()
{
    m_samples.clear();
}

void RateMeter::addSample(qint64 elapsedMs, qint64 bytes)
{
    m_samples.push_back({elapsedMs, bytes});
    // Keep one sample older than the window so the window is always fully covered.
    while (m_samples.size() > 2 && elapsedMs - m_samples[1].ms >= m_windowMs)
        m_samples.pop_front();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 ms = last.ms - first.ms;
    if (ms <= 0)
        return 0.0;
    return double(last.bytes - first.bytes) * 1000.0 / double(ms);
}

qint64 RateMeter::secondsLeft(qint64 bytesDone, qint64 bytesTotal) const
{
    const double rate = bytesPerSecond();
    if (bytesTotal <= 0 || rate <= 0.0)
        return -1;
    const qint64 remaining = qMax<qint64>(0, bytesTotal - bytesDone);
    return qint64(std::ceil(double(remaining) / rate));
}

} // namespace Spindle
