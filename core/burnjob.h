#pragma once

#include "burnoptions.h"
#include "imagefile.h"
#include "job.h"

#include <QStringList>
#include <atomic>
#include <memory>

namespace Spindle {

class GrabbedDrive;
class ImageSource;
struct MediaInfo;

// Burns an image file (plain or compressed) to a disc, N copies, optionally verified. Every
// check that can refuse (no disc, written disc, image too big, no test mode) runs before the
// first byte is written; virtual drives go through exactly the same steps.
class BurnJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnJob)

public:
    explicit BurnJob(const BurnOptions &options, QObject *parent = nullptr);
    ~BurnJob() override;

    QString title() const override;
    bool cancelHarmsMedium() const override { return m_harmsMedium.load(); }
    const BurnOptions &options() const { return m_options; }

protected:
    JobResult run() override;

private:
    JobResult prepareImage();
    JobResult burnCopy(int copy);
    JobResult checkMedium(GrabbedDrive &drive, MediaInfo &info);
    JobResult write(GrabbedDrive &drive, const MediaInfo &info, int copy);
    JobResult verify();
    void ejectIfRequested(bool force);
    QString takeLibraryErrors();

    BurnOptions m_options;
    ImageFileInfo m_image;
    std::unique_ptr<ImageSource> m_source;
    std::atomic_bool m_harmsMedium{false};
};

} // namespace Spindle
