#pragma once

#include "base/result.h"
#include "device/mediainfo.h"
#include "jobs/erasejob.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Spindle {

class DriveList;
class DrivePicker;
class GuiJobHandler;
class JobProgressPanel;

// The "Erase disc" task: the drive, what the disc in it holds, quick or full erase, and the
// job's progress. The job itself asks for confirmation (through the GUI job handler).
class ErasePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErasePage)

public:
    explicit ErasePage(DriveList *drives, QWidget *parent = nullptr);
    ~ErasePage() override;

    DrivePicker *drivePicker() const { return m_picker; }
    bool isRunning() const;

public Q_SLOTS:
    void start();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Reading
    {
        QString address;
        bool ok = false;
        MediaInfo info;
        Error error;
    };

    void readDisc();
    void onDiscRead();
    void onFinished(const JobResult &result);

    DrivePicker *m_picker;
    QLabel *m_summary;
    QCheckBox *m_full;
    QPushButton *m_start;
    JobProgressPanel *m_panel;
    GuiJobHandler *m_handler;
    bool m_erasable = false;
    bool m_read = false;
    QFutureWatcher<Reading> m_reader;
    std::unique_ptr<EraseJob> m_job;
};

} // namespace Spindle
