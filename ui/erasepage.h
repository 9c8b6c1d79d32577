#pragma once

#include "mediainforeader.h"
#include "pagejob.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Spindle {

class DriveList;
class DrivePicker;
class JobProgressPanel;

// The "Erase disc" task: the drive, what the disc in it holds, quick or full erase, and the
// job's progress. The job itself asks for confirmation (through the GUI job handler).
class ErasePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErasePage)

public:
    explicit ErasePage(DriveList *drives, QWidget *parent = nullptr);

    DrivePicker *drivePicker() const { return m_picker; }
    bool isRunning() const;

public Q_SLOTS:
    void start();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readDisc();
    void onDiscRead();
    void onStarted();
    void onFinished(const JobResult &result);

    DrivePicker *m_picker;
    QLabel *m_summary;
    QCheckBox *m_full;
    QPushButton *m_start;
    JobProgressPanel *m_panel;
    bool m_erasable = false;
    bool m_read = false;
    MediaInfoReader m_reader;
    PageJob m_job;
};

} // namespace Spindle
