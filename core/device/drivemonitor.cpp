#include "device/drivemonitor.h"

#include "device/driveinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <linux/cdrom.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Spindle {

namespace {

QString realDriveState(const QString &device)
{
    const int fd = ::open(QFile::encodeName(device).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return QStringLiteral("inaccessible");
    const int status = ::ioctl(fd, CDROM_DRIVE_STATUS, CDSL_CURRENT);
    ::close(fd);
    return QString::number(status);
}

} // namespace

DriveMonitor::DriveMonitor(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &DriveMonitor::pollNow);
    connect(&m_watcher, &QFutureWatcher<QHash<QString, QString>>::finished, this,
            &DriveMonitor::onPolled);
}

void DriveMonitor::setVirtualDrives(const QStringList &addresses)
{
    m_virtual = addresses;
}

void DriveMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    pollNow();
}

void DriveMonitor::stop()
{
    m_timer.stop();
}

void DriveMonitor::pollNow()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&DriveMonitor::snapshot, m_virtual));
}

QHash<QString, QString> DriveMonitor::snapshot(const QStringList &virtualAddresses)
{
    QHash<QString, QString> states;
    const QStringList nodes =
        QDir(QStringLiteral("/dev")).entryList({QStringLiteral("sr*")}, QDir::System | QDir::Files);
    for (const QString &node : nodes) {
        const QString device = QStringLiteral("/dev/") + node;
        states.insert(device, realDriveState(device));
    }
    for (const QString &address : virtualAddresses) {
        const QFileInfo file(virtualPath(address));
        states.insert(address, file.exists() ? QStringLiteral("%1:%2")
                                                   .arg(file.size())
                                                   .arg(file.lastModified().toMSecsSinceEpoch())
                                             : QStringLiteral("missing"));
    }
    return states;
}

void DriveMonitor::onPolled()
{
    const QHash<QString, QString> now = m_watcher.result();
    if (!m_primed) {
        m_primed = true;
        m_last = now;
        return;
    }
    bool realSetChanged = false;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = m_last.constFind(it.key());
        if (before == m_last.cend()) {
            realSetChanged = realSetChanged || !isVirtualAddress(it.key());
            if (isVirtualAddress(it.key()))
                Q_EMIT mediumChanged(it.key());
        } else if (before.value() != it.value()) {
            Q_EMIT mediumChanged(it.key());
        }
    }
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        if (!now.contains(it.key()) && !isVirtualAddress(it.key()))
            realSetChanged = true;
    }
    m_last = now;
    if (realSetChanged)
        Q_EMIT drivesChanged();
}

} // namespace Spindle
