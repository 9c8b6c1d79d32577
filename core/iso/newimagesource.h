#pragma once

#include "base/log.h"
#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "tree/selection.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace Spindle {

class ImageComposer;
class ImageTree;
class IsoImport;

// The new image as a stream: libisofs lays it out in open() (so its exact size is known before
// a byte is written), then read() pulls the bytes libisofs produces. Writing to a file and
// burning to a disc read from it alike, with no temporary image in between.
class NewImageSource final : public ImageSource
{
public:
    NewImageSource(std::shared_ptr<const ImageTree> tree, Selection selection,
                   ImageOptions options);
    ~NewImageSource() override;
    Q_DISABLE_COPY_MOVE(NewImageSource)

    // Polled while the tree is put together (large trees take a moment).
    void setCancelCheck(std::function<bool()> cancelled) override
    {
        m_cancelled = std::move(cancelled);
    }

    // See ImageComposer::setBaseImport().
    void setBaseImport(std::unique_ptr<IsoImport> import);
    std::optional<Error> open() override;
    qint64 size() const override;
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override;

    QStringList notes() const override;
    QStringList warnings() const override;
    QStringList damagedFiles() const override { return m_damaged; }
    int isoLevel() const;
    QString label() const;
    // Stops libisofs' writer thread; a read() in progress returns an error.
    void cancel() override;

private:
    // Takes libisofs' new messages; false (with m_error set) when one says a source file went
    // in as zeros and the options do not allow that.
    bool collectDamage();

    std::unique_ptr<ImageComposer> m_composer;
    std::function<bool()> m_cancelled;
    Error m_error;
    QList<LogEntry> m_messages; // libisofs' messages taken so far (the detail of a failure)
    QStringList m_damaged;
    qint64 m_delivered = 0;
    bool m_opened = false;
};

} // namespace Spindle
