#pragma once

#include "device/mediainfo.h"
#include "jobs/readdiscjob.h"
#include "mediainforeader.h"
#include "pagejob.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QScrollArea;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Spindle {

class DriveList;
class DrivePicker;
class InlineMessage;
class JobProgressPanel;
class RepairOffer;
struct RepairReport;

// The "Copy disc to image" task: a source drive with a summary of its disc, a destination
// file, the copy options (verify, checksums, rescue mode), the job's progress and a result
// summary that lists unreadable ranges and damaged files after a rescue.
class CopyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyPage)

public:
    explicit CopyPage(DriveList *drives, QWidget *parent = nullptr);

    DrivePicker *drivePicker() const { return m_picker; }
    void setOutputPath(const QString &path);
    QString outputPath() const;
    ReadOptions options() const;
    bool isRunning() const;

public Q_SLOTS:
    void start();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *createSourceGroup();
    QGroupBox *createDestinationGroup();
    QGroupBox *createOptionsGroup();
    QGroupBox *createResultGroup();
    void readSource();
    void onSourceRead();
    void browse();
    void onStarted();
    void onFinished(const JobResult &result);
    void showReport(const JobResult &result, const ReadReport &report);
    // The form's offer: the image named holds RS03 data and its map lists unread sectors.
    void checkFormOffer();
    void startRepair(const RepairOffer *offer);
    void showRepairReport(const JobResult &result, const RepairReport &report);
    void setEditing(bool editing);
    void updateStartButton();
    void loadSettings();
    void saveSettings() const;

    DrivePicker *m_picker;
    QLabel *m_sourceSummary = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_verify = nullptr;
    QComboBox *m_checksum = nullptr;
    QCheckBox *m_checksumFile = nullptr;
    QCheckBox *m_rescue = nullptr;
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_wholeTrack = nullptr;
    QComboBox *m_speed = nullptr;
    QPushButton *m_start = nullptr;
    InlineMessage *m_message = nullptr;
    JobProgressPanel *m_panel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_resultGroup = nullptr;
    QLabel *m_resultSummary = nullptr;
    QPlainTextEdit *m_damaged = nullptr;
    RepairOffer *m_formOffer = nullptr;
    RepairOffer *m_resultOffer = nullptr;
    QString m_mapPath;     // of the copy last started
    QString m_repairImage; // of the repair last started
    // Images repaired here, with their time then: the map still lists what the drive could not
    // read, and the offer must not come back for sectors already rebuilt.
    QHash<QString, QDateTime> m_repaired;
    QList<QWidget *> m_editors;
    std::optional<MediaInfo> m_source;
    bool m_outputEdited = false;
    MediaInfoReader m_reader;
    PageJob m_job;
};

} // namespace Spindle
