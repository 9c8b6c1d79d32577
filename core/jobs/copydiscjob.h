#pragma once

#include "device/mediumkind.h"
#include "jobs/burnoptions.h"
#include "jobs/job.h"

#include <QString>
#include <atomic>

namespace Spindle {

struct CopyDiscOptions
{
    QString sourceDrive;
    MediumKind sourceMedium; // what a virtual source drive emulates
    // How to burn: the drive written to (empty, or the source drive: one drive), its medium,
    // speed, verify, copies... imagePath, sourceFactory and sourceName are the job's.
    BurnOptions burn;
    // What to burn instead of the disc itself, e.g. a new image of the disc with files or DVD
    // titles left out; sourceName names it. Empty: an exact copy of the disc. With one drive it
    // is written to the temporary image, and the job lets go of it (and of the drive a tree
    // read from the disc holds) before burning.
    ImageSourceFactory sourceFactory;
    QString sourceName;
    // One drive: the folder for the temporary image; empty: the user's cache folder.
    QString tempFolder;

    bool oneDrive() const
    {
        return burn.driveAddress.isEmpty() || burn.driveAddress == sourceDrive;
    }
};

// Copies a disc to another disc (Brasero's "Disc copy", K3b's "Copy Medium"), made of the jobs
// that already do each part, run one after another as the stages of this one:
// - two drives: a BurnJob whose stream reads the source disc (DiscImageSource), on the fly;
// - one drive: a ReadDiscJob (a BuildImageJob with a sourceFactory) into a temporary image in the
// cache folder (its free space
//   checked first), the disc ejected, a question asking for a blank disc, then a BurnJob of
//   the image. The temporary image is removed however the job ends.
// Each stage is a Job of its own, started and waited for on this job's thread; their progress,
// log and questions pass through this job.
class CopyDiscJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDiscJob)

public:
    explicit CopyDiscJob(CopyDiscOptions options, QObject *parent = nullptr);
    ~CopyDiscJob() override;

    QString title() const override;
    bool cancelHarmsMedium() const override { return m_harmsMedium.load(); }
    // The stages capture libburn's messages for their own logs; a capture here too would log
    // each message twice.
    bool needsBurnLibrary() const override { return false; }
    QString declinedText() const override;
    const CopyDiscOptions &options() const { return m_options; }

protected:
    JobResult run() override;

private:
    JobResult copyOnTheFly();
    JobResult copyThroughImage();
    // The size of the disc's image, and a failure when `folder` has less space free.
    JobResult checkSpaceForDisc(const QString &folder, qint64 *imageBytes) const;
    JobResult askForBlankDisc(qint64 imageBytes);
    // Runs `stage` to its end as stages `firstStage`.. of `stageCount`, cancelling it when this
    // job is cancelled.
    JobResult runStage(Job &stage, int firstStage, int stageCount);
    int burnPasses() const;
    JobResult copied(const JobResult &burned) const;

    CopyDiscOptions m_options; // without sourceFactory, which m_factory holds
    ImageSourceFactory m_factory;
    std::atomic_bool m_harmsMedium{false};
};

} // namespace Spindle
