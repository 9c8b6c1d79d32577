#pragma once

#include "image/imagesource.h"

#include <QElapsedTimer>
#include <atomic>
#include <memory>

namespace Spindle {

// Delivers another source's bytes no faster than a set rate. A test hook: tests (and
// spindle-cli's SPINDLE_SOURCE_RATE_LIMIT) make a slow source with it, so that "the source
// cannot feed the drive" does not depend on how fast the machine decompresses.
class ThrottledImageSource final : public ImageSource
{
public:
    ThrottledImageSource(std::unique_ptr<ImageSource> inner, qint64 bytesPerSecond);
    Q_DISABLE_COPY_MOVE(ThrottledImageSource)

    std::optional<Error> open() override;
    qint64 size() const override { return m_inner->size(); }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override;
    QString description() const override { return m_inner->description(); }
    void setCancelCheck(std::function<bool()> cancelled) override;
    void setPreparationProgress(PreparationProgress progress) override;
    void cancel() override;
    QStringList notes() const override { return m_inner->notes(); }
    QStringList warnings() const override { return m_inner->warnings(); }
    QStringList damagedFiles() const override { return m_inner->damagedFiles(); }

private:
    std::unique_ptr<ImageSource> m_inner;
    qint64 m_rate;
    qint64 m_delivered = 0;
    QElapsedTimer m_sinceFirstRead; // the clock starts at the first read, not at open()
    std::atomic_bool m_cancel{false};
    Error m_error;
};

} // namespace Spindle
