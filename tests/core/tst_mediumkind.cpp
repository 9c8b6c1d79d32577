#include "device/mediumkind.h"

#include <QTest>

using namespace Spindle;

class TestMediumKind final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownKinds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<bool>("erasable");
        QTest::addColumn<bool>("overwritable");
        QTest::newRow("cd-r") << "cd-r" << qint64(737280000) << false << false;
        QTest::newRow("cd-rw") << "cd-rw" << qint64(737280000) << true << false;
        QTest::newRow("dvd-r") << "dvd-r" << qint64(4707319808) << false << false;
        QTest::newRow("dvd+rw") << "dvd+rw" << qint64(4700372992) << true << true;
        QTest::newRow("dvd-r-dl") << "dvd-r-dl" << qint64(8543666176) << false << false;
        QTest::newRow("bd-r") << "bd-r" << qint64(25025314816) << false << false;
        QTest::newRow("bd-re") << "BD-RE" << qint64(25025314816) << true << true;
    }
    void knownKinds()
    {
        QFETCH(QString, key);
        QFETCH(qint64, capacity);
        QFETCH(bool, erasable);
        QFETCH(bool, overwritable);
        const auto kind = MediumKind::parse(key);
        QVERIFY2(kind.ok(), qPrintable(kind.error().message));
        QCOMPARE(kind->capacityBytes, capacity);
        QCOMPARE(kind->erasable, erasable);
        QCOMPARE(kind->overwritable, overwritable);
        QCOMPARE(kind->key, key.toLower());
        QVERIFY(!kind->profileName.isEmpty());
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("700M") << "700M" << qint64(700000000 - 700000000 % 2048);
        QTest::newRow("4.7G") << "4.7G" << qint64(4700000000LL - 4700000000LL % 2048);
        QTest::newRow("1MiB") << "1MiB" << qint64(1048576);
        QTest::newRow("plain") << "4096" << qint64(4096);
        QTest::newRow("unaligned") << "5000" << qint64(4096);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto kind = MediumKind::parse(text);
        QVERIFY2(kind.ok(), qPrintable(kind.error().message));
        QCOMPARE(kind->capacityBytes, bytes);
        QVERIFY(kind->overwritable);
    }

    void plainFile()
    {
        const auto kind = MediumKind::parse(QString());
        QVERIFY(kind.ok());
        QVERIFY(kind->isPlainFile());
        QCOMPARE(kind->capacityBytes, qint64(-1));
    }

    void rejects()
    {
        const auto unknown = MediumKind::parse(QStringLiteral("floppy"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("dvd-r")));
        QVERIFY(!MediumKind::parse(QStringLiteral("1k")).ok());
    }

    // Issue 16, item 14: a size past what a disc can address is "too large", not an overflow
    // into "too small".
    void rejectsHugeSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("overflow") << "99999999999999G";
        QTest::newRow("past int64") << "9223372036854775808";
        QTest::newRow("2^31 blocks") << "4TiB";
        QTest::newRow("5T") << "5T";
    }
    void rejectsHugeSizes()
    {
        QFETCH(QString, text);
        const auto kind = MediumKind::parse(text);
        QVERIFY(!kind.ok());
        QCOMPARE(kind.error().message,
                 QStringLiteral("%1 is too large for a medium size.").arg(text));
    }

    void largestSizeAccepted()
    {
        // libburn numbers blocks with an int: the last size it can address.
        const qint64 largest = qint64(0x7fffffff) * 2048;
        const auto kind = MediumKind::parse(QString::number(largest + 2047));
        QVERIFY2(kind.ok(), qPrintable(kind.error().message));
        QCOMPARE(kind->capacityBytes, largest);
    }
};

QTEST_GUILESS_MAIN(TestMediumKind)
#include "tst_mediumkind.moc"
