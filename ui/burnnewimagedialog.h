#pragma once

#include "base/format.h"
#include "base/result.h"
#include "device/mediainfo.h"
#include "jobs/burnoptions.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QLabel;
class QPushButton;

namespace Spindle {

class BurnSettingsWidget;
class DriveList;
class DrivePicker;
class EccOptionWidget;

// Asks where and how to burn the new image: the drive (with what it holds and whether the
// image should fit), speed, copies, simulate, verify and eject. The page starts the burn.
class BurnNewImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnNewImageDialog)

public:
    // `estimatedBytes`: the tree's estimate of the new image (the exact size is known only
    // once libisofs has laid it out, just before burning).
    BurnNewImageDialog(DriveList *drives, qint64 estimatedBytes, QWidget *parent = nullptr);
    ~BurnNewImageDialog() override;

    DrivePicker *drivePicker() const { return m_picker; }
    // Drive, medium and settings; the page adds what to burn.
    BurnOptions options() const;
    // The × of the disc read in the chosen drive (CD, DVD or BD), for the burn's progress.
    SpeedBase speedBase() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Reading
    {
        QString address;
        Result<MediaInfo> info{Error{}};
    };

    void readTarget();
    void onTargetRead();
    void updateState();

    DrivePicker *m_picker;
    QLabel *m_target;
    QLabel *m_fit;
    BurnSettingsWidget *m_settings;
    EccOptionWidget *m_ecc;
    QPushButton *m_start;
    qint64 m_estimate;
    std::optional<MediaInfo> m_info;
    QFutureWatcher<Reading> m_reader;
    // From the start of a read until its answer is handled: a quick read (a virtual drive's
    // file) has finished before the watcher says so, and Burn must wait for what it found.
    bool m_reading = false;
};

} // namespace Spindle
