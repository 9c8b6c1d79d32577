#pragma once

#include "image/imagesource.h"

#include <QFile>

namespace Spindle {

// An uncompressed image file (.iso, .img) read sequentially.
class FileImageSource final : public ImageSource
{
public:
    explicit FileImageSource(const QString &path);
    ~FileImageSource() override;
    Q_DISABLE_COPY_MOVE(FileImageSource)

    std::optional<Error> open() override;
    qint64 size() const override { return m_size; }
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override;

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
    Error m_error;
};

} // namespace Spindle
