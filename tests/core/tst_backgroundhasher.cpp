#include "base/backgroundhasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Spindle;

// The digests of chunks hashed on the background thread equal those of the whole buffer
// hashed in one go, whatever the chunking and however small the queue.
class TestBackgroundHasher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesOneShotHash_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("queue");
        QTest::newRow("1 byte chunks, queue 1") << 1 << 1;
        QTest::newRow("2 KiB chunks, queue 2") << 2048 << 2;
        QTest::newRow("odd chunks, queue 8") << 65537 << 8;
        QTest::newRow("one chunk") << (1 << 22) << 8;
    }

    void matchesOneShotHash()
    {
        QFETCH(int, chunk);
        QFETCH(int, queue);
        QByteArray data(chunk == 1 ? 20000 : (1 << 22) + 123, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : data)
            c = char(rng.bounded(256));
        BackgroundHasher hasher(true, true, queue);
        for (qsizetype pos = 0; pos < data.size(); pos += chunk)
            hasher.add(data.mid(pos, chunk));
        QCOMPARE(hasher.bytesAdded(), qint64(data.size()));
        const BackgroundHasher::Digests d = hasher.finish();
        QCOMPARE(d.sha256, QString::fromLatin1(
                               QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(d.md5, QString::fromLatin1(
                            QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    }

    void onlyWhatWasAsked()
    {
        BackgroundHasher hasher(false, true);
        hasher.add(QByteArray("abc"));
        const BackgroundHasher::Digests d = hasher.finish();
        QVERIFY(d.sha256.isEmpty());
        QCOMPARE(d.md5, QStringLiteral("900150983cd24fb0d6963f7d28e17f72")); // RFC 1321's "abc"
    }

    void destroyedWithWorkQueued()
    {
        // Cancel drops the hasher with chunks still queued: it must stop without hashing them.
        auto hasher = std::make_unique<BackgroundHasher>(true, false, 64);
        for (int i = 0; i < 64; ++i)
            hasher->add(QByteArray(1 << 20, 'x'));
        hasher.reset();
    }
};

QTEST_GUILESS_MAIN(TestBackgroundHasher)
#include "tst_backgroundhasher.moc"
