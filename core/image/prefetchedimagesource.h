#pragma once

#include "image/imagesource.h"

#include <QByteArray>
#include <memory>

namespace Spindle {

// An open source whose first bytes were already read (to time it before a burn): delivers
// `head` first, then the rest of `inner`, so nothing is read or built twice. The first open()
// does nothing (the inner source is open); a later one (the next copy, a verify) drops what is
// left of the head and opens the inner source again, from its start. Everything else is the
// inner source's.
class PrefetchedImageSource final : public ImageSource
{
public:
    PrefetchedImageSource(std::unique_ptr<ImageSource> inner, QByteArray head);

    std::optional<Error> open() override;
    qint64 size() const override { return m_inner->size(); }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_inner->error(); }
    QString description() const override { return m_inner->description(); }
    void setCancelCheck(std::function<bool()> cancelled) override;
    void cancel() override { m_inner->cancel(); }
    QStringList notes() const override { return m_inner->notes(); }
    QStringList warnings() const override { return m_inner->warnings(); }
    QStringList damagedFiles() const override { return m_inner->damagedFiles(); }

private:
    std::unique_ptr<ImageSource> m_inner;
    QByteArray m_head;
    qint64 m_headDone = 0;
    bool m_openedOnce = false;
};

} // namespace Spindle
