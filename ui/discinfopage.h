#pragma once

#include "device/mediainfo.h"
#include "mediainforeader.h"
#include "pagejob.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Spindle {

class BusyIndicator;
class DriveList;
class DrivePicker;
class InlineMessage;
class JobProgressPanel;

// The "Disc info" task: what is in the chosen drive — medium, status, space, sessions and
// tracks, write speeds and the file system. Reads off the UI thread and again whenever the
// drive, its medium or the user asks for it; reads only while the page is shown, so that a
// hidden page never spins a drive up.
class DiscInfoPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscInfoPage)

public:
    explicit DiscInfoPage(DriveList *drives, QWidget *parent = nullptr);

    DrivePicker *drivePicker() const { return m_picker; }
    bool isReading() const;
    // Shows what an image file holds instead of the drive's disc, until a drive is chosen.
    void openImage(const QString &path);
    QString imagePath() const { return m_imagePath; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createEmptyState();
    QWidget *createLoadingState();
    QWidget *createErrorState();
    QWidget *createInfoView();
    QGroupBox *createMediumGroup();
    QGroupBox *createFilesystemGroup();
    QGroupBox *createTracksGroup();
    QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName);

    void browseImage();
    void showDrive();
    QString currentSource() const; // the image's path, or the drive's address
    bool hasSource() const;
    void startReading();
    void onRead();
    void showInfo(const MediaInfo &info);
    void showError(const Error &error);
    void updateHeader();
    // Reads the whole disc for damage (CheckDiscJob), or an image file's sectors against its
    // RS03 data (RepairJob, check only), on the page's progress panel.
    void checkDisc();
    // Rebuilds what the last check of the image found repairable (RepairJob, in place).
    void repairImage();
    void onJobFinished();
    void setJobRunning(bool running);

    DrivePicker *m_picker;
    QPushButton *m_openImage;
    QString m_imagePath; // empty: the drive's disc is shown
    QString m_lastImageFolder;
    QFormLayout *m_mediumForm = nullptr;
    QWidget *m_header;
    QLabel *m_headerIcon;
    QLabel *m_title;
    QLabel *m_subtitle;
    BusyIndicator *m_busy;
    QPushButton *m_refresh;
    QPushButton *m_check;
    QPushButton *m_repair;
    QStackedWidget *m_content;
    JobProgressPanel *m_panel;
    PageJob m_job;
    QWidget *m_emptyState = nullptr;
    QWidget *m_loadingState = nullptr;
    QWidget *m_errorState = nullptr;
    QWidget *m_infoView = nullptr;
    InlineMessage *m_error = nullptr;

    // Medium
    QLabel *m_profile = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_used = nullptr;
    QLabel *m_free = nullptr;
    QLabel *m_erasable = nullptr;
    QLabel *m_writable = nullptr;
    QLabel *m_speeds = nullptr;
    // File system
    QWidget *m_fsDetails = nullptr;
    QLabel *m_noFilesystem = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_fsSize = nullptr;
    QLabel *m_joliet = nullptr;
    QLabel *m_rockRidge = nullptr;
    QLabel *m_udf = nullptr;
    QLabel *m_elTorito = nullptr;
    QLabel *m_dvdVideo = nullptr;
    // Sessions
    QTableWidget *m_tracks = nullptr;
    QLabel *m_noTracks = nullptr;
    InlineMessage *m_notes = nullptr;

    MediaInfoReader m_reader;
    QString m_shownAddress; // the drive whose result is on screen
    bool m_pending = false; // asked to read again while a read was running
    bool m_dirty = true;    // something changed while the page was hidden
    MediaInfo m_lastInfo;
    bool m_hasInfo = false;
    bool m_imageHasEcc = false; // the image shown carries intact RS03 data
    QString m_repairableImage;  // the image whose last check found sectors a repair rebuilds
};

} // namespace Spindle
