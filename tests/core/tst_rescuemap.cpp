#include "fixtures.h"
#include "readback/rescuemap.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using Status = RescueMap::Status;

class TestRescueMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markSplitsAndMerges()
    {
        RescueMap map(100 * 2048);
        QCOMPARE(map.ranges().size(), 1);
        map.mark(0, 10 * 2048, Status::Finished);
        map.mark(10 * 2048, 2048, Status::Bad);
        map.mark(11 * 2048, 89 * 2048, Status::Finished);
        QCOMPARE(map.ranges().size(), 3);
        QCOMPARE(map.rangesWith(Status::Bad).size(), 1);
        QCOMPARE(map.rangesWith(Status::Bad).first().pos, qint64(10 * 2048));
        QCOMPARE(map.bytesWith(Status::Finished), qint64(99 * 2048));
        QVERIFY(!map.isComplete());
        map.mark(10 * 2048, 2048, Status::Finished);
        QCOMPARE(map.ranges().size(), 1); // adjacent finished ranges merge
        QVERIFY(map.isComplete());
        QCOMPARE(map.size(), qint64(100 * 2048));
    }

    void statusLookup()
    {
        RescueMap map(10 * 2048);
        map.mark(4 * 2048, 2048, Status::Bad);
        QCOMPARE(map.statusAt(4 * 2048 + 5), Status::Bad);
        QCOMPARE(map.statusAt(3 * 2048), Status::NonTried);
        QCOMPARE(map.pending().size(), 3);
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.map"));
        RescueMap map(50 * 2048);
        map.mark(0, 20 * 2048, Status::Finished);
        map.mark(20 * 2048, 3 * 2048, Status::Bad);
        map.setCurrentPosition(23 * 2048);
        QVERIFY(!map.save(path));
        const auto loaded = RescueMap::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->ranges().size(), map.ranges().size());
        for (int i = 0; i < map.ranges().size(); ++i) {
            QCOMPARE(loaded->ranges()[i].pos, map.ranges()[i].pos);
            QCOMPARE(loaded->ranges()[i].size, map.ranges()[i].size);
            QCOMPARE(loaded->ranges()[i].status, map.ranges()[i].status);
        }
    }

    void ddrescueReadsOurMaps()
    {
        // GNU ddrescuelog (package gddrescue) is the reference reader of the format.
        const QString ddrescuelog = QStandardPaths::findExecutable(QStringLiteral("ddrescuelog"));
        QVERIFY2(!ddrescuelog.isEmpty(), "ddrescuelog is needed (installed by test.sh)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.map"));
        RescueMap map(64 * 2048);
        map.mark(0, 64 * 2048, Status::Finished);
        map.mark(5 * 2048, 2 * 2048, Status::Bad);
        map.mark(40 * 2048, 2048, Status::Bad);
        QVERIFY(!map.save(path));
        QByteArray out;
        // --list-blocks=- prints the bad blocks, one per line, in units of the block size.
        QCOMPARE(Test::runTool(ddrescuelog,
                               {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), path},
                               &out),
                 0);
        QCOMPARE(out.simplified(), QByteArray("5 6 40"));
    }

    // Sectors a repair rebuilt from error-correction data: finished, listed in comment lines
    // that load() reads back and ddrescuelog ignores.
    void rebuiltSectorsAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.map"));
        RescueMap map(64 * 2048);
        map.mark(0, 64 * 2048, Status::Finished);
        map.mark(5 * 2048, 4 * 2048, Status::Bad);
        map.mark(40 * 2048, 2048, Status::Bad);
        map.mark(60 * 2048, 4 * 2048, Status::NonTried);
        // Sector 7 (of 5-8) stays bad; two ranges that touch are merged; one reaches past the
        // map's end and is cut.
        map.markRebuilt({RescueMap::Range{40 * 2048, 2048, Status::Finished},
                         RescueMap::Range{5 * 2048, 2 * 2048, Status::Finished},
                         RescueMap::Range{8 * 2048, 2048, Status::Finished},
                         RescueMap::Range{62 * 2048, 10 * 2048, Status::Finished}});
        QCOMPARE(map.rangesWith(Status::Bad).size(), 1);
        QCOMPARE(map.rangesWith(Status::Bad).first().pos, 7 * 2048);
        QCOMPARE(map.bytesWith(Status::NonTried), 2 * 2048);
        QCOMPARE(map.rebuiltBytes(), 6 * 2048);
        QCOMPARE(map.rebuiltRanges().size(), 4);
        QVERIFY(!map.save(path));

        const auto loaded = RescueMap::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->rebuiltRanges().size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(loaded->rebuiltRanges()[i].pos, map.rebuiltRanges()[i].pos);
            QCOMPARE(loaded->rebuiltRanges()[i].size, map.rebuiltRanges()[i].size);
        }
        QCOMPARE(loaded->ranges().size(), map.ranges().size());
        const QString ddrescuelog = QStandardPaths::findExecutable(QStringLiteral("ddrescuelog"));
        QVERIFY2(!ddrescuelog.isEmpty(), "ddrescuelog is needed (installed by test.sh)");
        QByteArray out;
        QCOMPARE(Test::runTool(ddrescuelog,
                               {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), path},
                               &out),
                 0);
        QCOMPARE(out.simplified(), QByteArray("7"));
    }

    void rejectsGarbage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.map"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0x0 +\n0x00000000 0x800 +\n0x00001000 0x800 Q\n");
        f.close();
        QVERIFY(!RescueMap::load(path).ok());
        QVERIFY(!RescueMap::load(dir.filePath(QStringLiteral("missing.map"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestRescueMap)
#include "tst_rescuemap.moc"
