#include "device/driveinfo.h"
#include "device/drivescanner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;

class TestDriveScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanExplainsEmptyResult()
    {
        const DriveScanResult result = DriveScanner::scan();
        const bool anyNode = !QDir(QStringLiteral("/dev"))
                                  .entryList({QStringLiteral("sr*")}, QDir::System)
                                  .isEmpty();
        if (result.drives.isEmpty()) {
            QVERIFY(!result.problem.isEmpty());
            if (!anyNode)
                QVERIFY(result.problem.contains(QLatin1String("virtual drive")));
        } else {
            QVERIFY(result.problem.isEmpty());
            for (const DriveInfo &d : result.drives)
                QVERIFY(d.address.startsWith(QLatin1String("/dev/")));
        }
    }

    void addresses()
    {
        QVERIFY(isVirtualAddress(QStringLiteral("stdio:/tmp/x.iso")));
        QVERIFY(!isVirtualAddress(QStringLiteral("/dev/sr0")));
        QCOMPARE(virtualPath(QStringLiteral("stdio:/tmp/x.iso")), QStringLiteral("/tmp/x.iso"));
        QCOMPARE(normalizeDriveAddress(QStringLiteral("/dev/sr0")), QStringLiteral("/dev/sr0"));
        QCOMPARE(normalizeDriveAddress(QStringLiteral("/tmp/a.iso")),
                 QStringLiteral("stdio:/tmp/a.iso"));
        const QString relative = normalizeDriveAddress(QStringLiteral("stdio:rel.iso"));
        QCOMPARE(relative, QStringLiteral("stdio:") +
                               QDir::current().absoluteFilePath(QStringLiteral("rel.iso")));
    }

    void describesVirtualDrives()
    {
        QTemporaryDir dir;
        const DriveInfo d = DriveScanner::describeVirtual(QStringLiteral("stdio:") +
                                                          dir.filePath(QStringLiteral("v.iso")));
        QVERIFY(d.isVirtual);
        QVERIFY(!d.writableMedia.isEmpty());
        QVERIFY(d.displayName().contains(QLatin1String("v.iso")));
    }
};

QTEST_GUILESS_MAIN(TestDriveScanner)
#include "tst_drivescanner.moc"
