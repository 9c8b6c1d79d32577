#pragma once

#include "burnoptions.h"
#include "imageoptions.h"
#include "job.h"
#include "selection.h"

#include <memory>

namespace Spindle {

class ImageTree;

// Writes a new image (a tree minus what the selection leaves out, or any stream a factory
// makes: a trimmed DVD-Video) to a file: NAME.part first, renamed when complete. Refuses before
// writing when the image is larger than the target medium or the folder's free space.
class BuildImageJob final : public Job
{
    Q_OBJECT

public:
    BuildImageJob(std::shared_ptr<const ImageTree> tree, Selection selection, ImageOptions options,
                  QString outputPath, QObject *parent = nullptr);
    // The stream comes from `factory` (called once, on the job's thread).
    BuildImageJob(ImageSourceFactory factory, QString outputPath, QObject *parent = nullptr);
    ~BuildImageJob() override;

    QString title() const override;
    // The medium the image is meant for: a larger image is refused. -1: no limit.
    void setTargetCapacity(qint64 bytes) { m_capacity = bytes; }
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // Set once the image is laid out (from the job's thread).
    qint64 imageSize() const { return m_imageSize.load(); }

protected:
    JobResult run() override;

private:
    ImageSourceFactory m_factory;
    QString m_output;
    qint64 m_capacity = -1;
    bool m_overwrite = false;
    std::atomic<qint64> m_imageSize{0};
};

} // namespace Spindle
