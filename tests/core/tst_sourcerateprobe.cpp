#include "fixtures.h"
#include "image/compressedimagesource.h"
#include "image/prefetchedimagesource.h"
#include "image/sourcerateprobe.h"
#include "image/throttledimagesource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

// An image held in memory: as fast as memcpy, so that a throttled one is exactly as slow as
// its limit. Counts what it delivered, and can fail to open.
class MemorySource final : public ImageSource
{
public:
    explicit MemorySource(QByteArray data, bool opens = true)
        : m_data(std::move(data)), m_opens(opens)
    {}
    std::optional<Error> open() override
    {
        m_pos = 0;
        if (!m_opens)
            return Error{QStringLiteral("cannot open the test image"), {}};
        return std::nullopt;
    }
    qint64 size() const override { return m_data.size(); }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    Error error() const override { return {}; }
    QString description() const override { return QStringLiteral("memory"); }
    qint64 delivered() const { return m_pos; }

private:
    QByteArray m_data;
    bool m_opens;
    qint64 m_pos = 0;
};

} // namespace

// measureSourceRate() on sources throttled to a known rate (ThrottledImageSource, the test
// hook burns use too), and chooseSpeed() against drive speed lists and the medium classes'
// fastest drives. Rates compare with a tolerance: a throttled source is never faster than its
// limit, and a loaded machine makes it a little slower.
class TestSourceRateProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttledMemorySourceMeasuresItsLimit()
    {
        constexpr qint64 Limit = 8'000'000;
        ThrottledImageSource source(std::make_unique<MemorySource>(QByteArray(64 << 20, 'x')),
                                    Limit);
        QElapsedTimer timer;
        timer.start();
        const auto rate = measureSourceRate(source, {}, {600, qint64(256) << 20});
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QVERIFY2(rate.value() <= Limit * 1.02, qPrintable(QString::number(rate.value())));
        QVERIFY2(rate.value() >= Limit * 0.8, qPrintable(QString::number(rate.value())));
        QVERIFY(timer.elapsed() >= 550); // stopped by the time limit, not the data's end
        QVERIFY(timer.elapsed() < 2000);
    }

    void throttledGzipImageMeasuresItsLimit()
    {
        // A real compressed image decoded by libarchive, made by gzip (not by us).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString plain = dir.filePath(QStringLiteral("image.img"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(16 << 20, 7));
        f.close();
        const QString gz =
            compressFile(plain, QStringLiteral("gzip"), plain + QStringLiteral(".gz"));
        QVERIFY2(!gz.isEmpty(), "gzip is needed (installer/debian-packages.txt)");
        constexpr qint64 Limit = 5'000'000;
        ThrottledImageSource source(
            std::make_unique<CompressedImageSource>(gz, QStringLiteral("gzip"), 16 << 20), Limit);
        const auto rate = measureSourceRate(source, {}, {700, qint64(256) << 20});
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QVERIFY2(rate.value() <= Limit * 1.02 && rate.value() >= Limit * 0.8,
                 qPrintable(QString::number(rate.value())));
    }

    void stopsAtTheByteLimit()
    {
        auto memory = std::make_unique<MemorySource>(QByteArray(32 << 20, 'y'));
        MemorySource *counted = memory.get();
        const auto rate = measureSourceRate(*memory, {}, {60000, qint64(5) << 20});
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QCOMPARE(counted->delivered(), qint64(5) << 20);
        QVERIFY(rate.value() > 0);
    }

    void stopsEarlyWhenClearlyFastEnough()
    {
        // A source far faster than any drive stops after minMs; one just below the rate that
        // is enough is measured for the whole time.
        SourceRateLimits limits{2000, qint64(4) << 30};
        limits.minMs = 300;
        limits.enoughBytesPerSecond = 6'000'000;
        QElapsedTimer timer;
        timer.start();
        ThrottledImageSource fast(std::make_unique<MemorySource>(QByteArray(64 << 20, 'f')),
                                  12'000'000);
        auto rate = measureSourceRate(fast, {}, limits);
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(rate.value() >= 6'000'000);
        timer.restart();
        ThrottledImageSource slow(std::make_unique<MemorySource>(QByteArray(64 << 20, 's')),
                                  4'000'000);
        rate = measureSourceRate(slow, {}, limits);
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
        // What a burn uses: above BD 12x with the margin, half as much again.
        QVERIFY(clearlyFastEnoughBytesPerSecond() > 1.5 * 53'900'000 * SourceRateMargin);
        QVERIFY(clearlyFastEnoughBytesPerSecond() < 170'000'000);
    }

    // The bytes timed on the stream that gets burned are kept (in 1 MiB pieces) and delivered
    // first, so the source is read once; a second open() (the next copy, a verify) starts over.
    void headIsDeliveredOnceThenReopenStartsOver()
    {
        const QByteArray data = randomBytes((3 << 20) + 5000, 11);
        auto memory = std::make_unique<MemorySource>(data);
        MemorySource *counted = memory.get();
        QVERIFY(!memory->open());
        ImageHead head;
        const auto rate = measureOpenSource(*memory, {}, {60000, (qint64(2) << 20) + 100}, &head);
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QCOMPARE(head.size(), (qint64(2) << 20) + 100);
        QCOMPARE(counted->delivered(), head.size());
        PrefetchedImageSource source(std::move(memory), std::move(head));
        auto readAll = [&source] {
            QByteArray out;
            QByteArray buffer(700'000, Qt::Uninitialized); // not a multiple of the pieces
            qint64 n = 0;
            while ((n = source.read(buffer.data(), buffer.size())) > 0)
                out.append(buffer.constData(), n);
            return n == 0 ? out : QByteArray();
        };
        QVERIFY(!source.open()); // the first open keeps the head
        QVERIFY(readAll() == data);
        QCOMPARE(counted->delivered(), qint64(data.size())); // each byte read once
        QVERIFY(!source.open());
        QVERIFY(readAll() == data);
    }

    void smallSourceReadToItsEnd()
    {
        ThrottledImageSource source(std::make_unique<MemorySource>(QByteArray(100 * 2048, 'z')),
                                    1'000'000);
        const auto rate = measureSourceRate(source, {});
        QVERIFY2(rate.ok(), qPrintable(rate.error().message));
        QVERIFY2(rate.value() <= 1'020'000 && rate.value() >= 800'000,
                 qPrintable(QString::number(rate.value())));
    }

    void openFailureIsTheSourcesError()
    {
        MemorySource source(QByteArray(2048, 'a'), false);
        const auto rate = measureSourceRate(source, {});
        QVERIFY(!rate.ok());
        QCOMPARE(rate.error().message, QStringLiteral("cannot open the test image"));
    }

    void cancelStopsSoon()
    {
        ThrottledImageSource source(std::make_unique<MemorySource>(QByteArray(64 << 20, 'c')),
                                    1'000'000);
        QElapsedTimer timer;
        timer.start();
        const auto rate =
            measureSourceRate(source, [&timer] { return timer.elapsed() > 200; }, {10000, 1 << 30});
        QVERIFY(!rate.ok());
        QVERIFY2(timer.elapsed() < 700, qPrintable(QString::number(timer.elapsed())));
    }

    void classSpeeds()
    {
        // libburn's kB/s: CD 1× is 176.4 (raw sectors), DVD 1,385, BD 4,495.5; rounded up.
        QCOMPARE(fastestClassSpeedKBps(SpeedBase::Cd), 9173);   // 52×
        QCOMPARE(fastestClassSpeedKBps(SpeedBase::Dvd), 33240); // 24×
        QCOMPARE(fastestClassSpeedKBps(SpeedBase::Bd), 53946);  // 12×
        // A data track carries 2048 of each 2352-byte CD sector: 10× CD takes 1,536,000 B/s.
        QCOMPARE(dataBytesPerSecond(1764, SpeedBase::Cd), 1'536'000.0);
        QCOMPARE(dataBytesPerSecond(11080, SpeedBase::Dvd), 11'080'000.0);
    }

    void chooseFromTheDrivesList()
    {
        const QList<int> dvd{5540, 16620, 11080}; // 4×, 12×, 8×: any order
        // 20 MB/s feeds 8× (11.08 MB/s) only without the margin; 4× with it.
        SpeedChoice c = chooseSpeed(20e6, dvd, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.fastestKBps, 16620);
        QCOMPARE(c.speedKBps, 5540);
        QCOMPARE(c.sourceBytesPerSecond, 20e6);
        // 23 MB/s: 8× needs 22.16 MB/s.
        c = chooseSpeed(23e6, dvd, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 11080);
        // Fast enough for the fastest (16.62 × 2 = 33.24 MB/s): nothing changes.
        c = chooseSpeed(33.3e6, dvd, SpeedBase::Dvd);
        QVERIFY(!c.tooSlow);
        QCOMPARE(c.speedKBps, 0);
        c = chooseSpeed(33.2e6, dvd, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 11080);
        // Slower than the slowest speed: the slowest, still too slow.
        c = chooseSpeed(1e6, dvd, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 5540);
        // CD speeds are rated in raw sectors: 16× (2,822 kB/s) takes 2.457 MB/s of data.
        const QList<int> cd{8467, 7056, 5645, 4234, 2822};
        c = chooseSpeed(5e6, cd, SpeedBase::Cd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 2822);
        QVERIFY(chooseSpeed(14.7e6, cd, SpeedBase::Cd).tooSlow); // 8467 kB/s: 7.37 MB/s × 2
        QVERIFY(!chooseSpeed(14.8e6, cd, SpeedBase::Cd).tooSlow);
    }

    void chooseWithoutAList()
    {
        // A .bz2 decoding at 25 MB/s: too slow for 24× DVD; 9× (12.465 MB/s × 2 = 24.93).
        SpeedChoice c = chooseSpeed(25e6, {}, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.fastestKBps, 33240);
        QCOMPARE(c.speedKBps, 12465);
        // BD: 2× (8.991 MB/s × 2 = 17.98); 3× would need 26.97 MB/s.
        c = chooseSpeed(25e6, {}, SpeedBase::Bd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.fastestKBps, 53946);
        QCOMPARE(c.speedKBps, 8991);
        // CD 52× takes 7.99 MB/s of data: 25 MB/s feeds it twice over.
        c = chooseSpeed(25e6, {}, SpeedBase::Cd);
        QVERIFY(!c.tooSlow);
        QCOMPARE(c.fastestKBps, 9173);
        QCOMPARE(c.speedKBps, 0);
        // An .xz of one block (78 MB/s) against BD 12× (53.946 MB/s × 2 = 107.9): 8×.
        c = chooseSpeed(78e6, {}, SpeedBase::Bd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 35964);
        QVERIFY(!chooseSpeed(108e6, {}, SpeedBase::Bd).tooSlow);
        QVERIFY(chooseSpeed(107.8e6, {}, SpeedBase::Bd).tooSlow);
        // Slower than 1×: 1×, still too slow.
        c = chooseSpeed(1e6, {}, SpeedBase::Dvd);
        QVERIFY(c.tooSlow);
        QCOMPARE(c.speedKBps, 1385);
    }
};

QTEST_GUILESS_MAIN(TestSourceRateProbe)
#include "tst_sourcerateprobe.moc"
