#pragma once

#include "pagejob.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Spindle {

class BurnSettingsWidget;
class DriveList;
class DrivePicker;
class JobProgressPanel;

// The "Copy disc" task: the drive holding the disc, the drive to burn the copy with (the same
// one: through a temporary image, the job asking for the blank disc), the burn settings, and
// the job's progress.
class CopyDiscPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDiscPage)

public:
    explicit CopyDiscPage(DriveList *drives, QWidget *parent = nullptr);

    DrivePicker *sourcePicker() const { return m_source; }
    DrivePicker *targetPicker() const { return m_target; }
    bool isRunning() const;

public Q_SLOTS:
    void start();

private:
    void updateMode();
    void onStarted();
    void onFinished(const JobResult &result);
    void setEditing(bool editing);

    DrivePicker *m_source;
    DrivePicker *m_target;
    QLabel *m_mode;
    BurnSettingsWidget *m_settings;
    QPushButton *m_start;
    JobProgressPanel *m_panel;
    PageJob m_job;
};

} // namespace Spindle
