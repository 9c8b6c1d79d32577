#pragma once

#include "image/imagesource.h"

#include <memory>
#include <vector>

namespace Spindle {

// Several sources read one after the other as one stream: an image file followed by the
// dvdisaster error-correction data computed for it into a file of its own (burned as one track
// without a second copy of the image). Each part must deliver exactly the size it announced,
// or the parts after it would land at the wrong place: a part that ends early or runs long
// fails the read.
class ConcatImageSource final : public ImageSource
{
public:
    // `description` names the whole for logs and summaries.
    ConcatImageSource(std::vector<std::unique_ptr<ImageSource>> parts, QString description);
    ~ConcatImageSource() override;
    Q_DISABLE_COPY_MOVE(ConcatImageSource)

    std::optional<Error> open() override; // opens every part and starts from the first
    qint64 size() const override;
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override { return m_description; }
    void setCancelCheck(std::function<bool()> cancelled) override;
    void cancel() override;

private:
    std::vector<std::unique_ptr<ImageSource>> m_parts;
    QString m_description;
    size_t m_current = 0;
    qint64 m_partDone = 0; // bytes of the current part delivered
    Error m_error;
};

} // namespace Spindle
