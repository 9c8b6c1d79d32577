#include "drivelist.h"

#include "device/drivecontents.h"
#include "device/drivemonitor.h"

#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace Spindle {

namespace {
const QString VirtualDrivesKey = QStringLiteral("drives/virtual");
} // namespace

DriveList::DriveList(QObject *parent) : QObject(parent), m_monitor(new DriveMonitor(this))
{
    connect(&m_scanWatcher, &QFutureWatcher<DriveScanResult>::finished, this,
            &DriveList::onScanned);
    connect(&m_contentsWatcher, &QFutureWatcher<QHash<QString, QString>>::finished, this,
            &DriveList::onContentsRead);
    connect(m_monitor, &DriveMonitor::mediumChanged, this, &DriveList::mediumChanged);
    connect(m_monitor, &DriveMonitor::mediumChanged, this, &DriveList::updateContents);
    connect(m_monitor, &DriveMonitor::drivesChanged, this, &DriveList::refresh);
    loadVirtualDrives();
    updateMonitor();
    updateContents();
}

// A scan still running keeps going in the thread pool; it captures nothing of this object.
DriveList::~DriveList() = default;

QList<DriveEntry> DriveList::drives() const
{
    QList<DriveEntry> all;
    for (const DriveInfo &info : m_real)
        all << DriveEntry{info, {}, false};
    all << m_virtual;
    return all;
}

std::optional<DriveEntry> DriveList::find(const QString &address) const
{
    for (const DriveEntry &entry : drives()) {
        if (entry.info.address == address)
            return entry;
    }
    return std::nullopt;
}

bool DriveList::isScanning() const
{
    return m_scanWatcher.isRunning();
}

void DriveList::refresh()
{
    if (m_scanWatcher.isRunning()) {
        m_rescanPending = true;
        return;
    }
    m_scanWatcher.setFuture(QtConcurrent::run(m_scan));
    Q_EMIT scanningChanged(true);
}

void DriveList::setScanFunction(std::function<DriveScanResult()> scan)
{
    m_scan = std::move(scan);
}

void DriveList::dismissProblem()
{
    if (m_problemDismissed)
        return;
    m_problemDismissed = true;
    Q_EMIT problemDismissedChanged();
}

void DriveList::startMonitoring(int intervalMs)
{
    m_monitor->start(intervalMs);
}

Result<DriveEntry> DriveList::addVirtualDrive(const QString &pathOrAddress,
                                              const QString &mediumText, bool remember)
{
    if (pathOrAddress.trimmed().isEmpty())
        return Error{tr("Choose an image file for the virtual drive."), {}};
    auto medium = MediumKind::parse(mediumText);
    if (!medium)
        return medium.error();
    const QString address = normalizeDriveAddress(pathOrAddress.trimmed());
    if (!isVirtualAddress(address)) {
        return Error{tr("%1 is a device, not an image file. Real drives appear in the list by "
                        "themselves.")
                         .arg(address),
                     {}};
    }
    DriveEntry entry{DriveScanner::describeVirtual(address), medium.value(), remember};
    bool replaced = false;
    for (DriveEntry &existing : m_virtual) {
        if (existing.info.address == address) {
            entry.remembered = existing.remembered || remember;
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        m_virtual << entry;
    if (entry.remembered)
        saveVirtualDrives();
    updateMonitor();
    Q_EMIT drivesChanged();
    updateContents();
    return entry;
}

void DriveList::removeVirtualDrive(const QString &address)
{
    const auto removed = m_virtual.removeIf(
        [&address](const DriveEntry &entry) { return entry.info.address == address; });
    if (removed == 0)
        return;
    saveVirtualDrives();
    updateMonitor();
    Q_EMIT drivesChanged();
}

void DriveList::updateContents()
{
    if (m_contentsWatcher.isRunning()) {
        m_contentsPending = true;
        return;
    }
    QList<std::pair<QString, MediumKind>> wanted;
    for (const DriveEntry &entry : drives())
        wanted.append({entry.info.address, entry.medium});
    m_contentsWatcher.setFuture(QtConcurrent::run([wanted] {
        QHash<QString, QString> contents;
        for (const auto &[address, medium] : wanted)
            contents.insert(address, describeDriveContents(address, medium));
        return contents;
    }));
}

void DriveList::onContentsRead()
{
    const QHash<QString, QString> contents = m_contentsWatcher.result();
    if (contents != m_contents) {
        m_contents = contents;
        Q_EMIT contentsChanged();
    }
    if (m_contentsPending) {
        m_contentsPending = false;
        updateContents();
    }
}

void DriveList::requestSelection(const QString &address)
{
    m_requested = normalizeDriveAddress(address);
    Q_EMIT selectionRequested(m_requested);
}

void DriveList::onScanned()
{
    const DriveScanResult result = m_scanWatcher.result();
    // A drive found (no problem) or another problem: the next missing drive is news again.
    if (result.problem != m_problem)
        m_problemDismissed = false;
    m_real = result.drives;
    m_problem = result.problem;
    m_noDevice = result.noDevice;
    m_scanned = true;
    if (m_rescanPending) {
        m_rescanPending = false;
        m_scanWatcher.setFuture(QtConcurrent::run(m_scan));
        Q_EMIT drivesChanged();
        return;
    }
    Q_EMIT scanningChanged(false);
    Q_EMIT drivesChanged();
    updateContents();
}

void DriveList::loadVirtualDrives()
{
    QSettings settings;
    const int count = settings.beginReadArray(VirtualDrivesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString address = settings.value(QStringLiteral("address")).toString();
        auto medium = MediumKind::parse(settings.value(QStringLiteral("medium")).toString());
        if (!isVirtualAddress(address) || !medium)
            continue; // written by a newer version, or edited by hand: skip rather than fail
        m_virtual << DriveEntry{DriveScanner::describeVirtual(address), medium.value(), true};
    }
    settings.endArray();
}

void DriveList::saveVirtualDrives() const
{
    QSettings settings;
    settings.remove(VirtualDrivesKey);
    settings.beginWriteArray(VirtualDrivesKey);
    int index = 0;
    for (const DriveEntry &entry : m_virtual) {
        if (!entry.remembered)
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("address"), entry.info.address);
        settings.setValue(QStringLiteral("medium"), entry.medium.key);
    }
    settings.endArray();
}

void DriveList::updateMonitor()
{
    QStringList addresses;
    for (const DriveEntry &entry : std::as_const(m_virtual))
        addresses << entry.info.address;
    m_monitor->setVirtualDrives(addresses);
}

} // namespace Spindle
