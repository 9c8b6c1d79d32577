#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Spindle::Test {

// What one command of the guest's batch did (init.sh's run NAME COMMAND...).
struct GuestRun
{
    int code = -1; // -1: the command never finished (the guest died or timed out first)
    QByteArray out;
    QByteArray err;
};

// A disc in one of the guest's four IDE CD-ROM drives, QEMU's ide<bus>-cd<unit>.
struct GuestDrive
{
    int bus = 0;
    int unit = 0;
    QString image;         // empty: a drive with no disc
    QString blkdebugRules; // a blkdebug config file: its rules fail reads of chosen sectors
    QString driveOptions;  // more -drive options, e.g. "throttling.bps-total=2000000"
    QString monitorName() const { return QStringLiteral("ide%1-cd%2").arg(bus).arg(unit); }
};

// A Linux guest under QEMU (TCG) whose drives are real ATAPI DVD-ROMs to its kernel: the
// initramfs (tests/drive/mkinitramfs.sh, cached in the build tree) holds busybox, spindle-cli
// and its libraries; the test's commands are appended as /batch.sh and init.sh runs them. A
// line "@@MONITOR CMD" from the guest is sent to QEMU's monitor (eject, change).
class QemuGuest final
{
public:
    // The newest kernel in /boot with modules in /lib/modules; empty when there is none.
    static QString kernelVersion();
    static QString qemuProgram();

    void addDrive(const GuestDrive &drive) { m_drives << drive; }
    // Builds the initramfs when stale, boots, runs `batch` (shell, with init.sh's helpers) and
    // waits for the guest to power off. False with `error` set when it could not.
    bool run(const QString &batch, int timeoutMs, QString *error);

    const QHash<QString, GuestRun> &runs() const { return m_runs; }
    GuestRun result(const QString &name) const { return m_runs.value(name); }
    QByteArray serial() const { return m_serial; }
    QStringList monitorCommandsSent() const { return m_monitorSent; }

private:
    void parse();

    QList<GuestDrive> m_drives;
    QHash<QString, GuestRun> m_runs;
    QByteArray m_serial;
    QStringList m_monitorSent;
};

// "name=value" pairs of a blkdebug config that fail every read of the 2048-byte `sectors`.
QByteArray blkdebugRules(const QList<qint64> &sectors, bool once = false);

} // namespace Spindle::Test
