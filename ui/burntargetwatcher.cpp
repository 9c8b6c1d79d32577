#include "burntargetwatcher.h"

#include "drivepicker.h"
#include "fitbar.h"
#include "mediainforeader.h"

namespace Spindle {

BurnTargetWatcher::BurnTargetWatcher(DrivePicker *drive, FitBar *fit, std::function<bool()> mayRead,
                                     QObject *parent)
    : QObject(parent), m_drive(drive), m_fit(fit), m_mayRead(std::move(mayRead)),
      m_reader(new MediaInfoReader(this))
{
    connect(m_drive, &DrivePicker::currentDriveChanged, this, &BurnTargetWatcher::refresh);
    connect(m_drive, &DrivePicker::mediumChanged, this, &BurnTargetWatcher::refresh);
    connect(m_reader, &MediaInfoReader::finished, this, &BurnTargetWatcher::onRead);
}

void BurnTargetWatcher::refresh()
{
    if (!m_drive->hasDrive()) {
        m_stale = false;
        m_fit->clearDisc();
        return;
    }
    // A job may hold the drive (a burn to it); the disc is read again when the job ends.
    if (m_reader->isRunning() || !m_mayRead()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_reader->read(m_drive->currentAddress(), m_drive->currentMedium());
}

void BurnTargetWatcher::refreshIfStale()
{
    if (m_stale)
        refresh();
}

void BurnTargetWatcher::onRead()
{
    const MediaInfoReader::Reading r = m_reader->result();
    if (m_stale || r.address != m_drive->currentAddress()) {
        refresh();
        return;
    }
    m_fit->setDisc(r.ok ? &r.info : nullptr);
}

} // namespace Spindle
