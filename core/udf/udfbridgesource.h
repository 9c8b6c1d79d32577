#pragma once

#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "udf/fileplanreader.h"
#include "udf/plannedfile.h"
#include "udf/udfbridgelayout.h"

#include <atomic>
#include <memory>
#include <optional>

namespace Spindle {

class ImageTree;

// A DVD-Video image (UDF 1.02 + ISO 9660 bridge) as a stream. open() lays it out in memory
// (descriptors, directories: a few hundred KiB at most) so the exact size is known before a
// byte is written; read() then hands out the metadata and streams each file's data from its
// source, straight into the caller's buffer. Writing to a file and burning read it alike.
class UdfBridgeSource final : public ImageSource
{
public:
    // `tree` provides the bytes of plan entries that name a tree entry; it may be null when
    // every file carries its content. The label is options.label, else the tree's, else
    // "DVD_VIDEO"; options.fixedTime, when valid, dates the volume.
    UdfBridgeSource(std::shared_ptr<const ImageTree> tree, FilePlan plan, ImageOptions options);
    ~UdfBridgeSource() override;
    Q_DISABLE_COPY_MOVE(UdfBridgeSource)

    std::optional<Error> open() override;
    qint64 size() const override;
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override { return m_error; }
    QString description() const override;
    void cancel() override { m_cancelled = true; }
    QStringList warnings() const override;

    QString label() const { return m_label; }
    // After open(): where each file's bytes are (for summaries and tests).
    const UdfBridgeLayout *layout() const { return m_layout ? &*m_layout : nullptr; }

private:
    qint64 readFileData(char *buffer, qint64 max);
    qint64 fail(const Error &error);

    std::shared_ptr<const ImageTree> m_tree;
    FilePlan m_plan;
    ImageOptions m_options;
    QString m_label;
    std::optional<UdfBridgeLayout> m_layout;
    std::unique_ptr<FilePlanReader> m_reader;
    Error m_error;
    std::atomic_bool m_cancelled{false};
    qint64 m_position = 0; // bytes delivered
    size_t m_extent = 0;   // the extent being streamed
    qint64 m_inExtent = 0; // bytes of it delivered (data and padding)
    bool m_fileOpen = false;
};

} // namespace Spindle
