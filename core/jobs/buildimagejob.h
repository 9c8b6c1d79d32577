#pragma once

#include "ecc/eccplan.h"
#include "image/imagesource.h"
#include "jobs/job.h"

#include <memory>

namespace Spindle {

struct BuildImageOptions
{
    // Makes the image stream, once, on the job's thread: newImageSourceFactory() for a
    // selection of a tree, or a DVD-Video trim's source.
    ImageSourceFactory source;
    QString outputPath;
    qint64 targetCapacity = -1; // the medium the image is meant for: a larger one is refused
    bool overwrite = false;     // replace an existing file without asking
    // dvdisaster RS03 data appended before the rename (Fill: for targetCapacity when set, else
    // for the smallest medium that holds the image).
    EccChoice ecc;
};

// Writes a new image (a tree minus what the selection leaves out, or any stream a factory
// makes: a trimmed DVD-Video) to a file: NAME.part first, renamed when complete. Refuses before
// writing when the image is larger than the target medium or the folder's free space.
class BuildImageJob final : public Job
{
    Q_OBJECT

public:
    explicit BuildImageJob(BuildImageOptions options, QObject *parent = nullptr);
    ~BuildImageJob() override;

    QString title() const override;
    // Set once the image is laid out (from the job's thread).
    qint64 imageSize() const { return m_imageSize.load(); }

protected:
    JobResult run() override;

private:
    const BuildImageOptions m_options;
    std::atomic<qint64> m_imageSize{0};
};

} // namespace Spindle
