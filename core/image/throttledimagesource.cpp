#include "image/throttledimagesource.h"

#include <QCoreApplication>
#include <QThread>

namespace Spindle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThrottledImageSource)
};

// Reads are cut into pieces of about this long at the set rate, so that the rate holds over
// short spans too and a cancel is noticed soon.
constexpr qint64 SliceMs = 50;

} // namespace

ThrottledImageSource::ThrottledImageSource(std::unique_ptr<ImageSource> inner,
                                           qint64 bytesPerSecond)
    : m_inner(std::move(inner)), m_rate(qMax<qint64>(1, bytesPerSecond))
{}

std::optional<Error> ThrottledImageSource::open()
{
    m_delivered = 0;
    m_sinceFirstRead.invalidate();
    return m_inner->open();
}

qint64 ThrottledImageSource::read(char *buffer, qint64 max)
{
    if (!m_sinceFirstRead.isValid())
        m_sinceFirstRead.start();
    const qint64 piece = qMax<qint64>(2048, m_rate * SliceMs / 1000);
    const qint64 n = m_inner->read(buffer, qMin(max, piece));
    if (n <= 0)
        return n;
    m_delivered += n;
    // Not before the time these bytes take at the set rate.
    const qint64 dueMs = m_delivered * 1000 / m_rate;
    for (qint64 now = m_sinceFirstRead.elapsed(); now < dueMs; now = m_sinceFirstRead.elapsed()) {
        // Only cancel() stops a read: a burn's stop() expects that failure, while a read failing
        // on its own when the job is cancelled would pass for a damaged image.
        if (m_cancel.load()) {
            m_error = Error{Tr::tr("Reading the image was cancelled."), {}};
            return -1;
        }
        QThread::msleep(quint64(qMin<qint64>(dueMs - now, 10)));
    }
    return n;
}

Error ThrottledImageSource::error() const
{
    return m_error.message.isEmpty() ? m_inner->error() : m_error;
}

void ThrottledImageSource::setCancelCheck(std::function<bool()> cancelled)
{
    m_inner->setCancelCheck(std::move(cancelled));
}

void ThrottledImageSource::setPreparationProgress(PreparationProgress progress)
{
    m_inner->setPreparationProgress(std::move(progress));
}

void ThrottledImageSource::cancel()
{
    m_cancel = true;
    m_inner->cancel();
}

} // namespace Spindle
