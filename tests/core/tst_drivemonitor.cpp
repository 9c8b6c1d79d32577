#include "device/drivemonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;

class TestDriveMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticesVirtualDiscChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("disc.iso"));
        const QString address = QStringLiteral("stdio:") + path;
        DriveMonitor monitor;
        monitor.setVirtualDrives({address});
        QSignalSpy changed(&monitor, &DriveMonitor::mediumChanged);
        monitor.start(50);
        QTest::qWait(200); // first poll only primes the state
        QCOMPARE(changed.count(), 0);

        QFile f(path); // "insert" a disc
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 3000);
        QCOMPARE(changed.first().first().toString(), address);

        changed.clear();
        QVERIFY(QFile::remove(path)); // "eject" it
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 3000);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestDriveMonitor)
#include "tst_drivemonitor.moc"
