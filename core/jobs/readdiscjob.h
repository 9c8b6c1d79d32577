#pragma once

#include "device/mediumkind.h"
#include "jobs/job.h"
#include "readback/rescuemap.h"

#include <QStringList>
#include <memory>

namespace Spindle {

class GrabbedDrive;
class SafeOutputFile;
struct ReadPlan;

struct ReadOptions
{
    QString drive;
    MediumKind medium;
    QString output;
    QString mapPath;        // empty: OUTPUT.map
    bool overwrite = false; // replace an existing output without asking
    bool rescue = false;    // skip unreadable sectors (zeros + map) instead of stopping
    int retries = 3;
    bool wholeTrack = false;
    bool sha256 = true;
    bool md5 = false;
    bool checksumFiles = false; // write OUTPUT.sha256 / OUTPUT.md5 in sha256sum/md5sum format
    bool verify = false;        // re-read the disc and compare with the image
    double speedX = 0;          // read speed in × of the medium (CD/DVD/BD); 0: maximum

    QString effectiveMapPath() const
    {
        return mapPath.isEmpty() ? output + QStringLiteral(".map") : mapPath;
    }
};

// What a finished (or rescued) copy produced, for the result summary.
struct ReadReport
{
    QString output;
    qint64 imageBytes = 0;
    QString sha256;
    QString md5;
    QStringList checksumFiles;
    qint64 elapsedMs = 0;
    double averageBytesPerSecond = 0;
    bool resumed = false;
    bool verified = false;
    QList<RescueMap::Range> unreadable;
    QStringList damagedFiles;
    QString damagedFilesProblem; // why the list is unavailable, if it is
    QStringList notes;
};

// Copies a disc (real or stdio: virtual) into an image file sized to its file system, with
// retries narrowing down to single sectors, an optional rescue mode that records unreadable
// sectors in a ddrescue map and resumes from it, checksums computed while reading, and an
// optional verify pass.
class ReadDiscJob final : public Job
{
    Q_OBJECT

public:
    explicit ReadDiscJob(ReadOptions options, QObject *parent = nullptr);
    ~ReadDiscJob() override;

    QString title() const override;
    const ReadOptions &options() const { return m_options; }
    // Valid once finished.
    ReadReport report() const;

protected:
    JobResult run() override;

private:
    struct Context;
    JobResult copy(Context &c);
    bool readArea(Context &c, qint64 lba, qint64 blocks, JobResult *failure);
    bool readSingleBlock(Context &c, qint64 lba);
    // After a failed read: true, with `failure` set, when the disc is no longer in the drive.
    bool mediumGone(Context &c, qint64 lba, JobResult *failure) const;
    // The failure when the disc left the drive during the verify pass.
    JobResult mediumGoneBeforeVerify(Context &c);
    JobResult finish(Context &c);
    std::optional<Error> hashFile(Context &c);
    JobResult verify(Context &c);
    static QString rereadText(const Context &c);
    void saveMap(Context &c, bool force);

    ReadOptions m_options;
    mutable QMutex m_reportLock;
    ReadReport m_report;
};

} // namespace Spindle
