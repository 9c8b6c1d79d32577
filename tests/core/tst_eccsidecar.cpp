#include "ecc/rs03image.h"
#include "image/concatimagesource.h"
#include "image/fileimagesource.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Spindle;

// The error-correction data of a burn, written to a file of its own while the image is only
// read (augmentRs03ToFile), and the image and that file read as one stream
// (ConcatImageSource): together they must be byte for byte the image augmented in place, which
// tst_rs03 checks by arithmetic and tst_cli_protect with dvdisaster.
class TestEccSidecar final : public QObject
{
    Q_OBJECT

private:
    // An image that looks like ISO 9660 to the header search: a volume descriptor at sector 16
    // with the volume size, random bytes elsewhere.
    static QByteArray fakeIso(qint64 sectors, quint32 seed)
    {
        QByteArray b(sectors * 2048, '\0');
        QRandomGenerator rng(seed);
        for (auto &ch : b)
            ch = char(rng.bounded(256));
        char *pvd = b.data() + 16 * 2048;
        pvd[0] = 1;
        std::memcpy(pvd + 1, "CD001", 5);
        qToLittleEndian<quint32>(quint32(sectors), pvd + 80);
        qToBigEndian<quint32>(quint32(sectors), pvd + 84);
        return b;
    }
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray readAllOf(ImageSource &source, qint64 chunk)
    {
        QByteArray all;
        QByteArray buffer(chunk, '\0');
        for (;;) {
            const qint64 n = source.read(buffer.data(), buffer.size());
            if (n <= 0)
                return n < 0 ? QByteArray("error") : all;
            all.append(buffer.constData(), n);
        }
    }

private Q_SLOTS:
    void sidecarIsTheTailOfTheAugmentedImage_data()
    {
        QTest::addColumn<qint64>("imageBytes");
        QTest::addColumn<qint64>("mediumSectors");
        QTest::newRow("whole sectors, 170 roots") << qint64(100 * 2048) << qint64(255 * 4);
        QTest::newRow("whole sectors, few roots") << qint64(3000 * 2048) << qint64(255 * 13);
        // Not a multiple of 2048: the sidecar starts after the image's last, partial sector.
        QTest::newRow("partial last sector") << qint64(3000 * 2048 - 123) << qint64(255 * 14);
    }
    void sidecarIsTheTailOfTheAugmentedImage()
    {
        QFETCH(qint64, imageBytes);
        QFETCH(qint64, mediumSectors);
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("image.iso"));
        const QString inPlace = dir.filePath(QStringLiteral("in-place.iso"));
        const QString sidecar = dir.filePath(QStringLiteral("sidecar.bin"));
        const QByteArray original = fakeIso((imageBytes + 2047) / 2048, 11).left(imageBytes);
        QVERIFY(writeFile(image, original));
        QVERIFY(writeFile(inPlace, original));

        const auto expected = augmentRs03Image(inPlace, mediumSectors, {}, nullptr);
        QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message));
        qint64 lastDone = -1, lastTotal = -1;
        bool cancelled = true;
        const auto layout = augmentRs03ToFile(
            image, sidecar, mediumSectors,
            [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return true;
            },
            &cancelled);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
        QVERIFY(!cancelled);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(layout->nroots, expected->nroots);
        QCOMPARE(layout->sectorsPerLayer, expected->sectorsPerLayer);

        QCOMPARE(readFile(image), original); // only read
        const QByteArray augmented = readFile(inPlace);
        const qint64 base = layout->dataSectors * 2048;
        QCOMPARE(QFileInfo(sidecar).size(), layout->totalSectors() * 2048 - base);
        QVERIFY(readFile(sidecar) == augmented.mid(base));
        QVERIFY(readFile(sidecar).startsWith("*dvdisaster*RS03"));

        // Read as one stream: the augmented image, whatever the chunk size.
        if (imageBytes % 2048 != 0)
            return; // a burn's image is whole sectors; this one would need its padding
        for (qint64 chunk : {qint64(4096), qint64(1 << 20), qint64(777)}) {
            std::vector<std::unique_ptr<ImageSource>> parts;
            parts.push_back(std::make_unique<FileImageSource>(image));
            parts.push_back(std::make_unique<FileImageSource>(sidecar));
            ConcatImageSource stream(std::move(parts), QStringLiteral("both"));
            QVERIFY(!stream.open());
            QCOMPARE(stream.size(), qint64(augmented.size()));
            QVERIFY(readAllOf(stream, chunk) == augmented);
            // Opened again, it starts over (a verify reads the stream a second time).
            QVERIFY(!stream.open());
            QVERIFY(readAllOf(stream, chunk) == augmented);
        }
    }

    void cancelAndRefusalLeaveNoSidecar()
    {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("image.iso"));
        const QString sidecar = dir.filePath(QStringLiteral("sidecar.bin"));
        const QByteArray original = fakeIso(3000, 12);
        QVERIFY(writeFile(image, original));
        int calls = 0;
        bool cancelled = false;
        // Layers of 300 sectors take three slices: stopped before the second.
        const auto stopped = augmentRs03ToFile(
            image, sidecar, 255 * 300, [&](qint64, qint64) { return ++calls < 2; }, &cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY(cancelled);
        QVERIFY(!QFileInfo::exists(sidecar));
        QCOMPARE(readFile(image), original);

        // Too little room for the fewest roots: refused, nothing made.
        cancelled = true;
        QVERIFY(!augmentRs03ToFile(image, sidecar, 3005, {}, &cancelled).ok());
        QVERIFY(!cancelled);
        QVERIFY(!QFileInfo::exists(sidecar));

        // An image that carries the data already is not given more.
        QVERIFY(augmentRs03Image(image, 255 * 13, {}, nullptr).ok());
        const auto twice = augmentRs03ToFile(image, sidecar, 255 * 13, {}, nullptr);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("already")));
        QVERIFY(!QFileInfo::exists(sidecar));
    }

    // A part that ends before the size it announced would shift everything after it.
    void concatFailsOnAShortPart()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.bin"));
        const QString b = dir.filePath(QStringLiteral("b.bin"));
        QVERIFY(writeFile(a, QByteArray(3 * 2048, 'a')));
        QVERIFY(writeFile(b, QByteArray(2048, 'b')));
        std::vector<std::unique_ptr<ImageSource>> parts;
        parts.push_back(std::make_unique<FileImageSource>(a));
        parts.push_back(std::make_unique<FileImageSource>(b));
        ConcatImageSource stream(std::move(parts), QStringLiteral("both"));
        QVERIFY(!stream.open());
        QCOMPARE(stream.size(), qint64(4 * 2048));
        QVERIFY(QFile::resize(a, 2048)); // cut short after the size was taken
        QCOMPARE(readAllOf(stream, 4096), QByteArray("error"));
        QVERIFY(stream.error().message.contains(QStringLiteral("early")));
    }
};

QTEST_GUILESS_MAIN(TestEccSidecar)
#include "tst_eccsidecar.moc"
