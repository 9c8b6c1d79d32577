#include "base/ratemeter.h"

#include <QTest>

using namespace Spindle;

class TestRateMeter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyRate()
    {
        RateMeter meter(3000);
        for (int ms = 0; ms <= 10000; ms += 100)
            meter.addSample(ms, qint64(ms) * 1000); // 1,000,000 bytes/s
        QCOMPARE(qRound(meter.bytesPerSecond()), 1000000);
        QCOMPARE(meter.secondsLeft(10'000'000, 20'000'000), qint64(10));
    }

    void followsChangeWithinWindow()
    {
        RateMeter meter(1000);
        qint64 bytes = 0;
        for (int ms = 0; ms <= 5000; ms += 100) {
            bytes += ms < 3000 ? 100000 : 10000; // 1 MB/s, then 100 kB/s
            meter.addSample(ms, bytes);
        }
        QVERIFY(meter.bytesPerSecond() < 150000);
        QVERIFY(meter.bytesPerSecond() > 50000);
    }

    void unknownWithoutSamples()
    {
        RateMeter meter;
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.secondsLeft(0, 100), qint64(-1));
        meter.addSample(0, 0);
        meter.addSample(100, 100);
        QCOMPARE(meter.secondsLeft(100, 0), qint64(-1)); // total unknown
    }
};

QTEST_GUILESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
