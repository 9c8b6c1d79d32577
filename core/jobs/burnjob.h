#pragma once

#include "base/format.h"
#include "image/imagefile.h"
#include "jobs/burnoptions.h"
#include "jobs/eccreport.h"
#include "jobs/job.h"
#include "jobs/jobhandler.h"

#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

namespace Spindle {

class GrabbedDrive;
class ImageSource;
class StreamDigest;
struct MediaInfo;

// Burns an image file (plain or compressed), or a stream such as a new image from libisofs, to
// a disc, N copies, optionally verified. Every check that can refuse (no disc, written disc,
// image too big, no test mode) runs before the first byte is written; virtual drives go
// through exactly the same steps. With error-correction data asked for, the data is computed
// once the disc's room is known (and refused before writing when it cannot fit) into a
// temporary file that is burned after the image as one track.
class BurnJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnJob)

public:
    explicit BurnJob(BurnOptions options, QObject *parent = nullptr);
    ~BurnJob() override;

    QString title() const override;
    bool cancelHarmsMedium() const override { return m_harmsMedium.load(); }
    QString declinedText() const override;
    const BurnOptions &options() const { return m_options; }
    // What was burned in the way of error-correction data (BurnOptions::ecc), once known.
    EccReport eccReport() const;
    // What sourceTooSlow() says, for the GUI's notice and the CLI's warning alike.
    // `built`: the image is made on the fly (else: decompressed).
    static QString sourceTooSlowText(double sourceBytesPerSecond, int speedKBps, SpeedBase base,
                                     bool built = false);

Q_SIGNALS:
    // Before writing starts: the image decodes less than SourceRateMargin times as fast as the
    // drive would write, so it is written at `speedKBps` (libburn's kB/s) instead.
    // `message` is sourceTooSlowText(); it goes to the log as a warning too.
    void sourceTooSlow(qint64 sourceBytesPerSecond, int speedKBps, const QString &message);
    // Before a temporary file of about `bytes` is written to `path` (error-correction data, or
    // a new image that needs it): `message` says where and why, for the CLI to print; it goes
    // to the log too. The file is removed however the job ends.
    void temporaryFile(const QString &path, qint64 bytes, const QString &message);

protected:
    JobResult run() override;

private:
    JobResult burnCopies();
    // A stream burned as it is made; not one written to a temporary image first.
    bool burnsStream() const { return bool(m_options.sourceFactory) && m_spooledImage.isEmpty(); }
    // The image file burned: the one given, or the temporary one a stream was written to.
    QString imagePath() const
    {
        return m_spooledImage.isEmpty() ? m_options.imagePath : m_spooledImage;
    }
    int passesPerCopy() const; // write, and verify when asked
    JobResult prepareImage();
    // The image file's stream, slowed down by the test hook sourceRateLimit if set.
    std::unique_ptr<ImageSource> makeImageSource() const;
    // How fast a fresh open of the image delivers (only for one that is not a plain file).
    JobResult measureSourceRate();
    JobResult timeStream(); // BurnOptions::timeStream, once the first copy's stream is open
    // Times m_source (open) from its first bytes, logs `rateLine` (%1: the rate) and makes it
    // deliver those bytes first (PrefetchedImageSource).
    JobResult timeOpenSource(const QString &rateLine);
    // The speed to ask the drive for: `requested` (0: its fastest), or slower when the image
    // cannot feed it.
    int speedForSource(const MediaInfo &info, int requested);
    JobResult openStream();
    JobResult burnCopy(int copy);
    JobResult checkMedium(GrabbedDrive &drive, MediaInfo &info, int copy);
    // Asks before the data on a disc is lost (erased or written over); the refusal when nobody
    // said yes. `question.detail` is the drive.
    std::optional<JobResult> askToLoseData(const Question &question);
    JobResult write(GrabbedDrive &drive, const MediaInfo &info, int copy);
    JobResult verify();
    JobResult verifyStream(GrabbedDrive &drive);
    void ejectIfRequested(bool force);

    // Error-correction data (burnjobecc.cpp). A stream is written to a temporary image first,
    // which is then burned like an image file: the data needs the whole image.
    JobResult spoolStream();
    // A compressed image decompressed to the temporary folder, which then stands for it: the
    // error-correction data reads the image in any order.
    JobResult spoolCompressedImage();
    JobResult writeSpool(const QString &messageTemplate, const QString &phase);
    QString eccSourceName() const; // the image's or the stream's name, for messages
    // After the image is known: whether it gets data (a plain image), keeps its own, or is
    // refused (damaged dvdisaster data).
    JobResult prepareEcc();
    // Once the disc's room is known, before anything is written: the fit check.
    JobResult planEccFor(qint64 imageBytes, const MediaInfo &info);
    // Computes the data into a temporary file burned after the image (no copy of the image).
    JobResult computeEcc();
    void setEccReport(const EccReport &report);

    BurnOptions m_options;
    ImageFileInfo m_image;
    qint64 m_imageBytes = 0; // what each copy writes (known once the source is open)
    std::unique_ptr<ImageSource> m_source;
    double m_sourceRate = 0;      // bytes per second the source delivers; 0: not measured
    bool m_streamTimed = false;   // BurnOptions::timeStream done (for the first copy)
    int m_announcedSpeedKBps = 0; // the slower speed sourceTooSlow() last announced
    // A stream cannot be read twice: what was burned is fingerprinted for verify.
    std::unique_ptr<StreamDigest> m_digest;
    std::atomic_bool m_harmsMedium{false};
    // Error correction: the temporary folder (spooled image, sidecar), removed when run() ends.
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_spooledImage;
    bool m_eccPending = false; // a plain image whose data is still to be planned and computed
    std::optional<EccPlan> m_eccPlan;
    mutable QMutex m_eccLock;
    EccReport m_ecc;
};

} // namespace Spindle
