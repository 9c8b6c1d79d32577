#pragma once

#include "ecc/rs03image.h"
#include "ecc/rs03layout.h"
#include "jobs/job.h"

#include <optional>

namespace Spindle {

struct ProtectOptions
{
    QString imagePath;
    // The medium the image will be burned to; unset: the smallest that holds the image with
    // at least Rs03Layout::minRoots ecc layers.
    std::optional<EccMedium> medium;
    // Instead of a medium: this much redundancy (EccChoice's percent), the layers just large
    // enough for the image (as build --ecc=PERCENT sizes them). 0: size for the medium.
    int redundancyPercent = 0;
};

// What a finished ProtectJob did.
struct ProtectReport
{
    bool augmented = false;
    std::optional<EccMedium> medium; // unset: sized for a redundancy, not a standard medium
    qint64 mediumSectors = 0;        // the 255 layers the data was sized for
    Rs03Layout layout;
    qint64 originalBytes = 0;
    qint64 augmentedBytes = 0;
};

// Appends dvdisaster RS03 error-correction data to an image file ("augmented image"), sized
// for the medium it will be burned to, so that dvdisaster can check and repair the image or
// the disc later. Refuses an image that already carries dvdisaster data.
class ProtectJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtectJob)

public:
    explicit ProtectJob(ProtectOptions options, QObject *parent = nullptr);
    ~ProtectJob() override;
    QString title() const override;
    bool needsBurnLibrary() const override { return false; }
    ProtectReport report() const;

protected:
    JobResult run() override;

private:
    ProtectOptions m_options;
    mutable QMutex m_reportLock;
    ProtectReport m_report;
};

} // namespace Spindle
