#pragma once

#include "base/result.h"
#include "device/driveinfo.h"
#include "device/drivescanner.h"
#include "device/mediumkind.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace Spindle {

class DriveMonitor;

// A drive the pickers offer: a real drive from the last scan, or a virtual drive with the
// medium it emulates.
struct DriveEntry
{
    DriveInfo info;
    MediumKind medium;       // what a virtual drive emulates; default (plain file) for real drives
    bool remembered = false; // a virtual drive kept in the settings across runs
};

// The drives of this session, shared by every DrivePicker so that a scan, a virtual drive the
// user adds, or a disc inserted shows up on every page at once. Scans run with QtConcurrent;
// a DriveMonitor notices media changes and drives plugged in or out.
class DriveList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveList)

public:
    // Loads the remembered virtual drives; call refresh() to scan for real ones.
    explicit DriveList(QObject *parent = nullptr);
    ~DriveList() override;

    QList<DriveEntry> drives() const; // real drives first, then virtual ones
    std::optional<DriveEntry> find(const QString &address) const;
    // What is in the drive ("Blank DVD-R", "No disc"), once looked at; empty until then or when
    // nothing can be said. Looked at again after a scan and whenever a medium changes.
    QString contents(const QString &address) const { return m_contents.value(address); }
    bool isScanning() const;
    bool hasScanned() const { return m_scanned; }
    // Why no real drive was found (DriveScanResult::problem); empty when drives were found.
    QString problem() const { return m_problem; }
    // The problem is only that the computer has no optical drive: moot once a virtual drive
    // is listed.
    bool problemIsNoDevice() const { return m_noDevice; }
    // Whether the user closed the note that says problem(), on any page: it stays closed on
    // every page for this session until a scan finds drives or another problem.
    bool isProblemDismissed() const { return m_problemDismissed; }
    void dismissProblem();

    void refresh();
    void startMonitoring(int intervalMs = 2000);
    // Test seam: what refresh() runs (off the UI thread) instead of DriveScanner::scan.
    void setScanFunction(std::function<DriveScanResult()> scan);

    // `pathOrAddress` is a file path or stdio:PATH; `mediumText` is what MediumKind::parse
    // takes ("" for a plain file). Adding a known address again changes its medium.
    Result<DriveEntry> addVirtualDrive(const QString &pathOrAddress, const QString &mediumText,
                                       bool remember = true);
    void removeVirtualDrive(const QString &address);

    // Asks every picker to select `address` (the command line's --drive), now and when
    // pickers are created later.
    void requestSelection(const QString &address);
    QString requestedSelection() const { return m_requested; }

Q_SIGNALS:
    void scanningChanged(bool scanning);
    void problemDismissedChanged();
    void drivesChanged();
    void mediumChanged(const QString &address);
    void contentsChanged();
    void selectionRequested(const QString &address);

private:
    void onScanned();
    void loadVirtualDrives();
    void saveVirtualDrives() const;
    void updateMonitor();
    void updateContents();
    void onContentsRead();

    QList<DriveInfo> m_real;
    QList<DriveEntry> m_virtual;
    QString m_problem;
    bool m_noDevice = false;
    QString m_requested;
    bool m_scanned = false;
    bool m_problemDismissed = false;
    std::function<DriveScanResult()> m_scan = &DriveScanner::scan;
    bool m_rescanPending = false;
    QFutureWatcher<DriveScanResult> m_scanWatcher;
    QHash<QString, QString> m_contents;
    bool m_contentsPending = false;
    QFutureWatcher<QHash<QString, QString>> m_contentsWatcher;
    DriveMonitor *m_monitor;
};

} // namespace Spindle
