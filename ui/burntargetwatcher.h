#pragma once

#include <QObject>

#include <functional>

namespace Spindle {

class DrivePicker;
class FitBar;
class MediaInfoReader;

// Keeps a fit bar measuring against the disc in a drive picker's drive: reads the disc off the
// UI thread whenever the drive or its medium changes. While reading is not allowed (the page is
// hidden, or a job holds the drive) it remembers that the reading is stale and reads when asked
// again (refreshIfStale()).
class BurnTargetWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnTargetWatcher)

public:
    BurnTargetWatcher(DrivePicker *drive, FitBar *fit, std::function<bool()> mayRead,
                      QObject *parent = nullptr);

    // Reads the disc now, or marks the reading stale when it may not.
    void refresh();
    void refreshIfStale();

private:
    void onRead();

    DrivePicker *m_drive;
    FitBar *m_fit;
    std::function<bool()> m_mayRead;
    MediaInfoReader *m_reader;
    bool m_stale = true; // the drive changed while it could not be read
};

} // namespace Spindle
