#pragma once

#include "device/mediumkind.h"
#include "jobs/job.h"

namespace Spindle {

struct EraseOptions
{
    QString driveAddress;
    MediumKind medium;
    bool full = false; // full blank / full format instead of the quick one
};

// Blanks a CD-RW/DVD-RW or formats a DVD+RW/DVD-RAM/BD-RE, always after a confirmation
// through the job handler. A virtual disc becomes blank (an empty file).
class EraseJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraseJob)

public:
    explicit EraseJob(EraseOptions options, QObject *parent = nullptr);
    ~EraseJob() override;
    QString title() const override;
    QString declinedText() const override;

protected:
    JobResult run() override;

private:
    EraseOptions m_options;
};

} // namespace Spindle
