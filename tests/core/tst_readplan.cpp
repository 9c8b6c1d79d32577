#include "readback/readplan.h"

#include <QTest>

using namespace Spindle;

namespace {
MediaInfo disc(std::initializer_list<std::initializer_list<TrackInfo>> sessions, qint64 fsBytes = 0)
{
    MediaInfo m;
    m.driveAddress = QStringLiteral("/dev/sr0");
    m.status = MediumStatus::Closed;
    int number = 1;
    for (const auto &tracks : sessions) {
        SessionInfo s;
        s.number = number++;
        for (const TrackInfo &t : tracks)
            s.tracks << t;
        m.sessions << s;
    }
    if (fsBytes > 0) {
        m.filesystem.present = true;
        m.filesystem.iso9660 = true;
        m.filesystem.sizeBytes = fsBytes;
    }
    return m;
}
TrackInfo data(int n, qint64 start, qint64 blocks)
{
    return TrackInfo{n, start, blocks * 2048, false};
}
TrackInfo audio(int n, qint64 start, qint64 blocks)
{
    return TrackInfo{n, start, blocks * 2048, true};
}
} // namespace

class TestReadPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopsAtFileSystemEnd()
    {
        const auto plan = planRead(disc({{data(1, 0, 1000)}}, 900 * 2048), false);
        QVERIFY(plan.ok());
        QCOMPARE(plan->imageBlocks, qint64(900));
        QCOMPARE(plan->extents.size(), 1);
        QCOMPARE(plan->extents.first().blocks, qint64(900));
        QCOMPARE(plan->newestSessionStart, qint64(-1));
    }

    void wholeTrackOnRequestOrWithoutFileSystem()
    {
        QCOMPARE(planRead(disc({{data(1, 0, 1000)}}, 900 * 2048), true)->imageBlocks, qint64(1000));
        QCOMPARE(planRead(disc({{data(1, 0, 1000)}}), false)->imageBlocks, qint64(1000));
    }

    void udfPartitionEndWhenLarger()
    {
        MediaInfo m = disc({{data(1, 0, 1000)}}, 500 * 2048);
        m.filesystem.udf = true;
        m.filesystem.udfEndBytes = 800 * 2048;
        QCOMPARE(planRead(m, false)->imageBlocks, qint64(800));
    }

    // Issue 16, item 4: the disc ends early; the image keeps the declared size and says where
    // the disc ends.
    void fileSystemLargerThanTrackKeepsDeclaredSize()
    {
        const auto plan = planRead(disc({{data(1, 0, 100)}}, 500 * 2048), false);
        QCOMPARE(plan->imageBlocks, qint64(500));
        QCOMPARE(plan->discEndBlock, qint64(100));
        QCOMPARE(plan->extents.size(), 1);
        QCOMPARE(plan->extents.first().blocks, qint64(100));
        QCOMPARE(planRead(disc({{data(1, 0, 1000)}}, 900 * 2048), false)->discEndBlock, qint64(-1));
        QCOMPARE(planRead(disc({{data(1, 0, 100)}}, 500 * 2048), true)->discEndBlock, qint64(-1));
    }

    void multisession()
    {
        // Session 2 starts after the 11,400-block lead-out/lead-in gap of a CD.
        const auto plan =
            planRead(disc({{data(1, 0, 5000)}, {data(2, 16400, 3000)}}, 19400 * 2048), false);
        QVERIFY(plan.ok());
        QCOMPARE(plan->imageBlocks, qint64(19400));
        QCOMPARE(plan->extents.size(), 2); // the gap is not read
        QCOMPARE(plan->extents[1].startBlock, qint64(16400));
        QCOMPARE(plan->newestSessionStart, qint64(16400));
        QVERIFY(plan->notes.join(QLatin1Char(' ')).contains(QLatin1String("multisession")));
    }

    void audioAndMixed()
    {
        const auto audioCd = planRead(disc({{audio(1, 0, 1000), audio(2, 1000, 1000)}}), false);
        QVERIFY(!audioCd.ok());
        QVERIFY(audioCd.error().message.contains(QLatin1String("audio CD")));
        const auto mixed =
            planRead(disc({{data(1, 0, 500), audio(2, 650, 1000)}}, 500 * 2048), false);
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->imageBlocks, qint64(500));
        QVERIFY(mixed->notes.join(QLatin1Char(' ')).contains(QLatin1String("audio")));
    }

    void blankAndMissing()
    {
        MediaInfo blank = disc({});
        blank.status = MediumStatus::Blank;
        QVERIFY(planRead(blank, false).error().message.contains(QLatin1String("blank")));
        MediaInfo none;
        none.status = MediumStatus::NoMedium;
        QVERIFY(planRead(none, false).error().message.contains(QLatin1String("no disc")));
    }
};

QTEST_GUILESS_MAIN(TestReadPlan)
#include "tst_readplan.moc"
