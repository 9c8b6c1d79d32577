#include "device/drivecontents.h"
#include "fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using Spindle::Test::makeIso;

// What a drive list says is in each drive: udev's findings on a real drive's disc (as
// cdrom_id writes them), and a virtual drive's file.
class TestDriveContents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udevMedia_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blank DVD-R")
            << QByteArray("E:ID_CDROM=1\nE:ID_CDROM_MEDIA=1\nE:ID_CDROM_MEDIA_DVD_R=1\n"
                          "E:ID_CDROM_MEDIA_STATE=blank\n")
            << QStringLiteral("Blank DVD-R");
        QTest::newRow("pressed DVD with a label")
            << QByteArray("E:ID_CDROM_MEDIA=1\nE:ID_CDROM_MEDIA_DVD=1\n"
                          "E:ID_CDROM_MEDIA_STATE=complete\nE:ID_FS_LABEL=MYDISC\n")
            << QStringLiteral("DVD-ROM MYDISC");
        QTest::newRow("the most specific kind wins")
            << QByteArray("E:ID_CDROM_MEDIA=1\nE:ID_CDROM_MEDIA_DVD=1\n"
                          "E:ID_CDROM_MEDIA_DVD_PLUS_RW=1\nE:ID_CDROM_MEDIA_STATE=complete\n")
            << QStringLiteral("DVD+RW");
        QTest::newRow("audio CD") << QByteArray("E:ID_CDROM_MEDIA=1\nE:ID_CDROM_MEDIA_CD=1\n"
                                                "E:ID_CDROM_MEDIA_TRACK_COUNT_AUDIO=12\n")
                                  << QStringLiteral("Audio CD");
        QTest::newRow("a label cannot forge lines")
            << QByteArray("E:ID_CDROM_MEDIA=1\nE:ID_CDROM_MEDIA_CD_R=1\n"
                          "E:ID_FS_LABEL=A\x1b[2JB\n")
            << QStringLiteral("CD-R A[2JB");
        QTest::newRow("no disc") << QByteArray("E:ID_CDROM=1\nE:ID_CDROM_CD=1\n") << QString();
    }
    void udevMedia()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QCOMPARE(describeUdevMedia(data), expected);
    }

    void virtualDrives()
    {
        QTemporaryDir dir;
        const auto dvdR = MediumKind::parse(QStringLiteral("dvd-r")).value();
        const QString missing = QStringLiteral("stdio:") + dir.filePath(QStringLiteral("new.iso"));
        QCOMPARE(describeDriveContents(missing, dvdR), QStringLiteral("Blank DVD-R"));
        QCOMPARE(describeDriveContents(missing, {}), QStringLiteral("New image file"));
        const auto dl = MediumKind::parse(QStringLiteral("dvd+r-dl")).value();
        QCOMPARE(describeDriveContents(missing, dl), QStringLiteral("Blank DVD+R DL"));

        const QString iso = makeIso(dir.path(), QStringLiteral("disc.iso"),
                                    QStringLiteral("HOLIDAYS"), {QStringLiteral("a.txt=hello")});
        QVERIFY(!iso.isEmpty());
        QCOMPARE(describeDriveContents(QStringLiteral("stdio:") + iso, dvdR),
                 QStringLiteral("DVD-R HOLIDAYS"));
        QCOMPARE(describeDriveContents(QStringLiteral("stdio:") + iso, {}),
                 QStringLiteral("Image HOLIDAYS"));

        const QString other = dir.filePath(QStringLiteral("notes.bin"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        QCOMPARE(describeDriveContents(QStringLiteral("stdio:") + other, dvdR),
                 QStringLiteral("DVD-R without a file system"));
    }
};

QTEST_GUILESS_MAIN(TestDriveContents)
#include "tst_drivecontents.moc"
