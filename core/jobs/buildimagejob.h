#pragma once

#include "ecc/eccplan.h"
#include "image/imagesource.h"
#include "jobs/eccreport.h"
#include "jobs/job.h"

#include <memory>

namespace Spindle {

class SafeOutputFile;

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
// writing when the image is larger than the target medium or the folder's free space. With
// error-correction data asked for, NAME.part gets it appended (in place) once the image is
// complete; an image that cannot take it on the target is refused before writing too.
class BuildImageJob final : public Job
{
    Q_OBJECT

public:
    explicit BuildImageJob(BuildImageOptions options, QObject *parent = nullptr);
    ~BuildImageJob() override;

    QString title() const override;
    // Set once the image is laid out (from the job's thread).
    qint64 imageSize() const { return m_imageSize.load(); }
    // What was added in the way of error-correction data, once the job has finished.
    EccReport eccReport() const;

protected:
    JobResult run() override;

private:
    // Appends the planned RS03 data to the finished NAME.part, before the rename.
    JobResult addEccData(SafeOutputFile &out, const EccPlan &plan);
    static QString eccSummary(const EccPlan &plan);

    const BuildImageOptions m_options;
    std::atomic<qint64> m_imageSize{0};
    mutable QMutex m_reportLock;
    EccReport m_ecc;
};

} // namespace Spindle
