#pragma once

#include "device/mediainfo.h"
#include "image/imagefile.h"
#include "jobs/burnoptions.h"
#include "mediainforeader.h"
#include "pagejob.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Spindle {

class BurnSettingsWidget;
class DriveList;
class DrivePicker;
class EccOptionWidget;
class InlineMessage;
class JobProgressPanel;
class RecentImagesButton;

// The "Burn image" task: an image (picked, chosen again from the recent ones, or dropped on
// the main window) with a summary of what it holds, the target drive with a bar showing
// whether the image fits, the burn options, and the job's progress with the FIFO and drive
// buffer fill.
class BurnPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnPage)

public:
    explicit BurnPage(DriveList *drives, QWidget *parent = nullptr);

    DrivePicker *drivePicker() const { return m_picker; }
    void setImagePath(const QString &path);
    // .iso and .img, also compressed (.gz, .xz, .bz2, .zst), in any case.
    static bool isDiscImageName(const QString &path);
    QString imagePath() const;
    BurnOptions options() const;
    bool isRunning() const;

public Q_SLOTS:
    void start();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createImageGroup();
    QWidget *createTargetGroup();
    QWidget *createOptionsGroup();
    void inspectImage();
    void updateEccForImage();
    void readTarget();
    void onTargetRead();
    void browse();
    void updateFit();
    // The room a burn has on the disc read: its free space, or all of a rewritable one with data.
    qint64 targetRoom() const;
    void updateStartButton();
    void onStarted();
    void onFinished(const JobResult &result);
    void setEditing(bool editing);

    DrivePicker *m_picker;
    QLineEdit *m_image = nullptr;
    QPushButton *m_browse = nullptr;
    RecentImagesButton *m_recent = nullptr;
    QLabel *m_imageSummary = nullptr;
    QLabel *m_targetSummary = nullptr;
    QProgressBar *m_fit = nullptr;
    QLabel *m_fitText = nullptr;
    BurnSettingsWidget *m_settings = nullptr;
    EccOptionWidget *m_ecc = nullptr;
    QPushButton *m_start = nullptr;
    InlineMessage *m_message = nullptr;
    JobProgressPanel *m_panel = nullptr;
    QList<QWidget *> m_editors;
    std::optional<ImageFileInfo> m_imageInfo;
    std::optional<MediaInfo> m_target;
    MediaInfoReader m_reader;
    PageJob m_job;
};

} // namespace Spindle
