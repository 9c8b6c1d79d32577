#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Spindle {

// Notices disc insertion and ejection, drives plugged in or out, and virtual discs whose
// file changed, while the application runs. Polls off the caller's thread (the kernel's
// CDROM_DRIVE_STATUS for real drives, a stat for virtual ones) so the UI never waits.
class DriveMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveMonitor)

public:
    explicit DriveMonitor(QObject *parent = nullptr);

    void setVirtualDrives(const QStringList &addresses);
    void start(int intervalMs = 2000);
    void stop();
    void pollNow();
    // True once the first poll since start() has recorded how things are: changes from then on
    // are reported.
    bool hasBaseline() const { return m_primed; }

    // One poll, synchronously: a token per drive that changes when its medium changes.
    static QHash<QString, QString> snapshot(const QStringList &virtualAddresses);

Q_SIGNALS:
    void mediumChanged(const QString &address);
    void drivesChanged(); // a real drive appeared or disappeared

private:
    void onPolled();

    QTimer m_timer;
    QStringList m_virtual;
    QHash<QString, QString> m_last;
    bool m_primed = false;
    QFutureWatcher<QHash<QString, QString>> m_watcher;
};

} // namespace Spindle
