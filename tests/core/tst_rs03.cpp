#include "ecc/gf256.h"
#include "ecc/rs03blockencoder.h"
#include "ecc/rs03format.h"
#include "ecc/rs03image.h"
#include "ecc/rs03layout.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <zlib.h>

using namespace Spindle;

// RS03 pieces checked against arithmetic done here the slow way (and zlib for the CRC): the
// codewords an encoder writes are evaluated at the generator's roots, and lost sectors are
// rebuilt by solving the syndrome equations with Gaussian elimination. dvdisaster itself
// checks and repairs our images in tst_cli_protect.
class TestRs03 final : public QObject
{
    Q_OBJECT

private:
    static const Gf256 &gf() { return Gf256::instance(); }

    // a^e the slow way.
    static uint8_t power(uint8_t a, int e)
    {
        uint8_t r = 1;
        for (int i = 0; i < e; ++i)
            r = gf().mul(r, a);
        return r;
    }

    // c(alpha^p) for a codeword c of 255 symbols, symbol 0 the coefficient of x^254.
    static uint8_t evaluate(const std::vector<uint8_t> &c, int p)
    {
        uint8_t x = gf().exp(p);
        uint8_t r = 0;
        for (uint8_t symbol : c) // Horner
            r = gf().mul(r, x) ^ symbol;
        return r;
    }

    // Rebuilds the symbols of `c` at `erased` (set to anything) from its syndromes: solves
    // sum_e v_e * alpha^(p_j * (254 - pos_e)) = S_j for the first |E| roots.
    static std::vector<uint8_t> repair(std::vector<uint8_t> c, const std::vector<int> &erased)
    {
        const int n = int(erased.size());
        for (int pos : erased)
            c[size_t(pos)] = 0;
        std::vector<std::vector<uint8_t>> m(size_t(n), std::vector<uint8_t>(size_t(n) + 1));
        for (int j = 0; j < n; ++j) {
            const int p = RsCode::rootPower(j);
            for (int e = 0; e < n; ++e)
                m[size_t(j)][size_t(e)] = gf().exp(p * (254 - erased[size_t(e)]));
            m[size_t(j)][size_t(n)] = evaluate(c, p);
        }
        for (int col = 0; col < n; ++col) {
            int pivot = col;
            while (m[size_t(pivot)][size_t(col)] == 0)
                ++pivot;
            std::swap(m[size_t(pivot)], m[size_t(col)]);
            const uint8_t inv = gf().inv(m[size_t(col)][size_t(col)]);
            for (auto &v : m[size_t(col)])
                v = gf().mul(v, inv);
            for (int row = 0; row < n; ++row) {
                const uint8_t f = m[size_t(row)][size_t(col)];
                if (row == col || f == 0)
                    continue;
                for (int k = 0; k <= n; ++k)
                    m[size_t(row)][size_t(k)] ^= gf().mul(f, m[size_t(col)][size_t(k)]);
            }
        }
        for (int e = 0; e < n; ++e)
            c[size_t(erased[size_t(e)])] = m[size_t(e)][size_t(n)];
        return c;
    }

    static QByteArray randomBytes(qint64 size, quint32 seed)
    {
        QByteArray b(size, '\0');
        QRandomGenerator rng(seed);
        for (auto &ch : b)
            ch = char(rng.bounded(256));
        return b;
    }

    // An image that looks like ISO 9660 to the header search: a volume descriptor at
    // sector 16 with the volume size.
    static QByteArray fakeIso(qint64 sectors, quint32 seed)
    {
        QByteArray b = randomBytes(sectors * 2048, seed);
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

private Q_SLOTS:
    void fieldArithmetic()
    {
        // x^8 = x^7 + x^2 + x + 1 under 0x187.
        QCOMPARE(gf().exp(8), uint8_t(0x87));
        // alpha generates the whole multiplicative group.
        QSet<int> seen;
        for (int i = 0; i < 255; ++i)
            seen.insert(gf().exp(i));
        QCOMPARE(seen.size(), 255);
        QVERIFY(!seen.contains(0));
        QRandomGenerator rng(17);
        for (int i = 0; i < 2000; ++i) {
            const auto a = uint8_t(rng.bounded(256)), b = uint8_t(rng.bounded(256)),
                       c = uint8_t(rng.bounded(256));
            QCOMPARE(gf().mul(a, b), gf().mul(b, a));
            QCOMPARE(gf().mul(gf().mul(a, b), c), gf().mul(a, gf().mul(b, c)));
            QCOMPARE(gf().mul(a, b ^ c), uint8_t(gf().mul(a, b) ^ gf().mul(a, c)));
            if (a) {
                QCOMPARE(gf().mul(a, gf().inv(a)), uint8_t(1));
                QCOMPARE(gf().exp(gf().log(a)), a);
                QCOMPARE(gf().div(gf().mul(a, b), a), b);
            }
        }
        // Multiplication by x is a shift with reduction by the field polynomial.
        for (int a = 0; a < 256; ++a) {
            int shifted = a << 1;
            if (shifted & 0x100)
                shifted ^= 0x187;
            QCOMPARE(gf().mul(uint8_t(a), 2), uint8_t(shifted));
        }
    }

    void generatorHasTheRoots_data()
    {
        QTest::addColumn<int>("nroots");
        for (int n : {8, 32, 64, 170})
            QTest::addRow("%d roots", n) << n;
    }
    void generatorHasTheRoots()
    {
        QFETCH(int, nroots);
        const RsCode code(nroots);
        QCOMPARE(int(code.generator.size()), nroots + 1);
        QCOMPARE(code.generator.back(), uint8_t(1));
        for (int i = 0; i < nroots; ++i) {
            const uint8_t x = gf().exp(RsCode::rootPower(i));
            uint8_t r = 0;
            for (int k = nroots; k >= 0; --k)
                r = gf().mul(r, x) ^ code.generator[size_t(k)];
            QCOMPARE(r, uint8_t(0));
        }
        // dvdisaster's first root: alpha^(112*11).
        QCOMPARE(RsCode::rootPower(0), (112 * 11) % 255);
    }

    void crcMatchesZlibWithoutFinalInversion()
    {
        const QByteArray check = QByteArrayLiteral("123456789");
        QCOMPARE(dvdisasterCrc32(reinterpret_cast<const uint8_t *>(check.constData()), 9),
                 ~0xCBF43926u);
        const QByteArray sector = randomBytes(2048, 5);
        const auto *p = reinterpret_cast<const uint8_t *>(sector.constData());
        QCOMPARE(dvdisasterCrc32(p, 2048), ~uint32_t(crc32(0, p, 2048)));
    }

    void layoutOfSmallImageOnCd()
    {
        // The numbers dvdisaster 0.79.5 prints (-v) for a 1649-sector image augmented for CD.
        const auto l = Rs03Layout::forImage(1649 * 2048, eccMediumSectors(EccMedium::Cd));
        QVERIFY(l.ok());
        QCOMPARE(l->sectorsPerLayer, 1409);
        QCOMPARE(l->ndata, 85);
        QCOMPARE(l->nroots, 170);
        QCOMPARE(l->dataPadding, 116705);
        QCOMPARE(l->firstCrcSector(), 118356);
        QCOMPARE(l->firstEccSector(), 119765);
        QCOMPARE(l->totalSectors(), 359295);
    }

    void layoutOfLargeImage()
    {
        // 2,000,000 sectors on a DVD: ceil(2000002 / 9000) = 223 data layers, a CRC layer.
        const auto l = Rs03Layout::forImage(2000000LL * 2048, eccMediumSectors(EccMedium::Dvd));
        QVERIFY(l.ok());
        QCOMPARE(l->sectorsPerLayer, 9000);
        QCOMPARE(l->ndata, 224);
        QCOMPARE(l->nroots, 31);
        QCOMPARE(l->dataPadding, 223 * 9000 - 2000000 - 2);
        // Fewer than 8 roots left: refused, and the next medium is chosen by default.
        const qint64 tooBig = 9000LL * 247 * 2048;
        QVERIFY(!Rs03Layout::forImage(tooBig, eccMediumSectors(EccMedium::Dvd)).ok());
        QCOMPARE(Rs03Layout::smallestMedium(tooBig), std::optional(EccMedium::DvdDl));
        QCOMPARE(Rs03Layout::smallestMedium(9000LL * 246 * 2048 - 2 * 2048),
                 std::optional(EccMedium::Dvd));
        QCOMPARE(Rs03Layout::smallestMedium(100 * 2048), std::optional(EccMedium::Cd));
        QVERIFY(!Rs03Layout::smallestMedium(24000000LL * 2048));
    }

    void headerRoundTrip()
    {
        const auto layout =
            Rs03Layout::forImage(12345 * 2048 - 100, eccMediumSectors(EccMedium::Dvd));
        QVERIFY(layout.ok());
        std::array<uint8_t, 16> fp{};
        for (int i = 0; i < 16; ++i)
            fp[size_t(i)] = uint8_t(i * 7 + 1);
        const Rs03Header h = Rs03Header::forLayout(layout.value(), fp);
        const QByteArray bytes = h.toBytes();
        QCOMPARE(bytes.size(), 4096);
        QCOMPARE(bytes.left(16), QByteArrayLiteral("*dvdisaster*RS03"));
        Rs03Header::ParseError error = Rs03Header::ParseError::NoCookie;
        const auto back = Rs03Header::parse(bytes, &error);
        QVERIFY(back);
        QCOMPARE(int(error), int(Rs03Header::ParseError::None));
        QCOMPARE(back->dataSectors, 12345);
        QCOMPARE(back->inLast, 2048 - 100);
        QCOMPARE(back->dataBytes, layout->ndata);
        QCOMPARE(back->eccBytes, layout->nroots);
        QCOMPARE(back->sectorsPerLayer, 9000);
        QVERIFY(back->mediumFingerprint == fp);
        QCOMPARE(back->toBytes(), bytes);
        // The header's own CRC: computed with the field reading 0x4c5047.
        QByteArray seeded = bytes;
        qToLittleEndian<quint32>(0x4c5047, seeded.data() + 96);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 96),
                 dvdisasterCrc32(reinterpret_cast<const uint8_t *>(seeded.constData()), 4096));

        QByteArray damaged = bytes;
        damaged[300] = 1;
        QVERIFY(!Rs03Header::parse(damaged, &error));
        QCOMPARE(int(error), int(Rs03Header::ParseError::BadChecksum));
        QByteArray rs02 = bytes;
        rs02[15] = '2';
        QVERIFY(!Rs03Header::parse(rs02, &error));
        QCOMPARE(int(error), int(Rs03Header::ParseError::OtherMethod));
        QCOMPARE(Rs03Header::methodOf(rs02), QStringLiteral("RS02"));
        QVERIFY(!Rs03Header::parse(QByteArray(4096, '\0'), &error));
        QCOMPARE(int(error), int(Rs03Header::ParseError::NoCookie));
        QVERIFY(!Rs03Header::parse(bytes.left(2048), &error));
    }

    void crcSectorRoundTrip()
    {
        const auto layout = Rs03Layout::forImage(5000 * 2048, eccMediumSectors(EccMedium::Cd));
        const Rs03Header h = Rs03Header::forLayout(layout.value(), {});
        std::vector<uint32_t> crcs(size_t(layout->ndata - 1));
        for (size_t i = 0; i < crcs.size(); ++i)
            crcs[i] = uint32_t(i * 0x01010101u);
        QByteArray sector(2048, '\0');
        auto *s = reinterpret_cast<uint8_t *>(sector.data());
        makeRs03CrcSector(s, crcs.data(), int(crcs.size()), h);
        const auto copy = parseRs03CrcSector(s);
        QVERIFY(copy);
        QCOMPARE(copy->toBytes(), h.toBytes());
        QCOMPARE(qFromLittleEndian<quint32>(s + 4 * 3), crcs[3]);
        sector[5] = char(sector[5] ^ 1);
        QVERIFY(!parseRs03CrcSector(s));
    }

    void paddingSector()
    {
        QByteArray sector(2048, '\x55');
        makeRs03PaddingSector(reinterpret_cast<uint8_t *>(sector.data()), 1651, {});
        QVERIFY(sector.startsWith("dvdisaster padding sector       This is a padding sector"));
        QCOMPARE(sector.mid(0x160, 5), QByteArray("1651\0", 5));
        QCOMPARE(sector.mid(2011, 37), QByteArray("dvdisaster padding sector end marker\0", 37));
    }

    void encoderMakesCodewordsAndErasuresRepair_data()
    {
        QTest::addColumn<int>("nroots");
        for (int n : {8, 31, 170})
            QTest::addRow("%d roots", n) << n;
    }
    void encoderMakesCodewordsAndErasuresRepair()
    {
        QFETCH(int, nroots);
        const int ndata = 255 - nroots;
        std::vector<QByteArray> layers;
        for (int l = 0; l < ndata; ++l)
            layers.push_back(randomBytes(2048, quint32(l + 1000 * nroots)));
        layers[3].fill('\0'); // zero feedback runs too
        std::vector<QByteArray> parity(size_t(nroots), QByteArray(2048, '\0'));
        std::vector<const uint8_t *> in;
        std::vector<uint8_t *> out;
        for (auto &l : layers)
            in.push_back(reinterpret_cast<const uint8_t *>(l.constData()));
        for (auto &p : parity)
            out.push_back(reinterpret_cast<uint8_t *>(p.data()));
        const Rs03BlockEncoder encoder(ndata, nroots);
        auto scratch = encoder.makeScratch();
        encoder.encode(in.data(), out.data(), scratch);

        QRandomGenerator rng(static_cast<quint32>(nroots));
        for (int b : {0, 1, 777, 2047}) {
            std::vector<uint8_t> c;
            for (auto &l : layers)
                c.push_back(uint8_t(l[b]));
            for (auto &p : parity)
                c.push_back(uint8_t(p[b]));
            for (int j = 0; j < nroots; ++j)
                QCOMPARE(evaluate(c, RsCode::rootPower(j)), uint8_t(0));
            // Lose nroots symbols, data and parity alike.
            std::vector<int> erased;
            while (int(erased.size()) < nroots) {
                const int pos = int(rng.bounded(255));
                if (std::find(erased.begin(), erased.end(), pos) == erased.end())
                    erased.push_back(pos);
            }
            std::vector<uint8_t> lost = c;
            for (int pos : erased)
                lost[size_t(pos)] ^= 0xA5;
            QVERIFY(repair(lost, erased) == c);
        }
    }

    void augmentSmallImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        const QByteArray original = fakeIso(100, 1);
        QVERIFY(writeFile(path, original));
        // A made-up medium of 255 layers of 4 sectors: 85 data layers (the minimum), 170 roots.
        const qint64 medium = 255 * 4 + 3;
        bool cancelled = true;
        qint64 lastDone = -1;
        const auto layout = augmentRs03Image(
            path, medium, [&](qint64 done, qint64) { return (lastDone = done, true); }, &cancelled);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
        QVERIFY(!cancelled);
        QCOMPARE(layout->nroots, 170);
        QCOMPARE(lastDone, qint64(84) * 4 * 2048);
        const QByteArray image = readFile(path);
        QCOMPARE(image.size(), 255 * 4 * 2048);
        QCOMPARE(image.left(original.size()), original);
        auto sector = [&](qint64 s) { return image.mid(s * 2048, 2048); };

        const auto info = inspectRs03Image(path);
        QVERIFY(info.ok());
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Augmented));
        QCOMPARE(info->header.dataSectors, 100);
        const QByteArray md5 = QCryptographicHash::hash(sector(16), QCryptographicHash::Md5);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char *>(info->header.mediumFingerprint.data()), 16),
            md5);

        for (qint64 block = 0; block < 4; ++block) {
            // CRC sector `block` holds the CRCs of block+1 (block 0's in the last one).
            const QByteArray crcSector = sector(layout->firstCrcSector() + block);
            QVERIFY(parseRs03CrcSector(reinterpret_cast<const uint8_t *>(crcSector.constData())));
            for (int l = 0; l < layout->ndata - 1; ++l) {
                const QByteArray data = sector(l * 4 + (block + 1) % 4);
                QCOMPARE(
                    qFromLittleEndian<quint32>(crcSector.constData() + 4 * l),
                    dvdisasterCrc32(reinterpret_cast<const uint8_t *>(data.constData()), 2048));
            }
            for (int b : {0, 1000, 2047}) {
                std::vector<uint8_t> c;
                for (int l = 0; l < 255; ++l)
                    c.push_back(uint8_t(image[(l * 4 + block) * 2048 + b]));
                for (int j = 0; j < 170; ++j)
                    QCOMPARE(evaluate(c, RsCode::rootPower(j)), uint8_t(0));
            }
        }
        // The header and padding sectors are part of the data layers.
        QVERIFY(sector(100).startsWith("*dvdisaster*RS03"));
        QVERIFY(sector(102).startsWith("dvdisaster padding sector"));
        QVERIFY(sector(84 * 4 - 1).startsWith("dvdisaster padding sector"));

        // A second run refuses and leaves the file alone.
        const auto again = augmentRs03Image(path, medium, {}, nullptr);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already")));
        QCOMPARE(readFile(path), image);
    }

    void damagedImagesAreRecognised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        QVERIFY(writeFile(path, fakeIso(100, 2)));
        QVERIFY(augmentRs03Image(path, 255 * 4, {}, nullptr).ok());
        const QByteArray good = readFile(path);

        QByteArray badHeader = good;
        badHeader[100 * 2048 + 70] = char(badHeader[100 * 2048 + 70] ^ 0x10);
        QVERIFY(writeFile(path, badHeader));
        auto info = inspectRs03Image(path);
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Damaged));
        QVERIFY(info->problem.contains(QStringLiteral("damaged")));
        QVERIFY(!augmentRs03Image(path, 255 * 4, {}, nullptr).ok());
        QCOMPARE(readFile(path), badHeader);

        QVERIFY(writeFile(path, good.left(good.size() - 2048)));
        info = inspectRs03Image(path);
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Damaged));
        QVERIFY(info->problem.contains(QStringLiteral("cut short")));
    }

    void cancelRestoresTheImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        // Not a whole number of sectors: the last one is padded while encoding, then cut back.
        const QByteArray original = fakeIso(3000, 3).left(3000 * 2048 - 123);
        QVERIFY(writeFile(path, original));
        int calls = 0;
        bool cancelled = false;
        const auto result = augmentRs03Image(
            path, eccMediumSectors(EccMedium::Cd), [&](qint64, qint64) { return ++calls < 3; },
            &cancelled);
        QVERIFY(!result.ok());
        QVERIFY(cancelled);
        QCOMPARE(readFile(path), original);
        QCOMPARE(int(inspectRs03Image(path)->state), int(Rs03ImageInfo::State::Plain));
    }

    void killedRunIsRecognisedAndUndone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        const QString killed = dir.filePath(QStringLiteral("killed.iso"));
        const QByteArray original = fakeIso(3000, 5);
        QVERIFY(writeFile(path, original));
        // The file as a run killed half-way leaves it: copied while the run goes on.
        int calls = 0;
        const auto done = augmentRs03Image(
            path, eccMediumSectors(EccMedium::Cd),
            [&](qint64, qint64) {
                if (++calls == 5)
                    QFile::copy(path, killed);
                return true;
            },
            nullptr);
        QVERIFY(done.ok());
        QVERIFY(QFileInfo(killed).size() > original.size());
        const auto info = inspectRs03Image(killed);
        QVERIFY(info.ok());
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Interrupted));
        QCOMPARE(info->originalBytes, original.size());
        QVERIFY(!augmentRs03Image(killed, eccMediumSectors(EccMedium::Cd), {}, nullptr).ok());
        const auto undone = undoInterruptedRs03Run(killed);
        QVERIFY(undone.ok());
        QCOMPARE(readFile(killed), original);
        QVERIFY(!undoInterruptedRs03Run(killed).ok());
        // And it augments to the same bytes as the uninterrupted run.
        QVERIFY(augmentRs03Image(killed, eccMediumSectors(EccMedium::Cd), {}, nullptr).ok());
        QCOMPARE(readFile(killed), readFile(path));
    }

    void imageLongerThanItsFileSystemIsRecognised()
    {
        // The header then follows the file, not the file system: found through the CRC layer
        // (which needs a real medium size).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        QByteArray bytes = fakeIso(300, 6);
        bytes.append(randomBytes(10 * 2048 + 5, 7));
        QVERIFY(writeFile(path, bytes));
        QVERIFY(augmentRs03Image(path, eccMediumSectors(EccMedium::Cd), {}, nullptr).ok());
        const auto info = inspectRs03Image(path);
        QVERIFY(info.ok());
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Augmented));
        QCOMPARE(info->header.dataSectors, 311);
        QCOMPARE(info->header.inLast, 5);
        QCOMPARE(info->medium(), std::optional(EccMedium::Cd));
    }

    void tooLargeForTheMediumIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.iso"));
        QVERIFY(writeFile(path, fakeIso(1000, 4)));
        const auto result = augmentRs03Image(path, 255 * 4, {}, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(QFileInfo(path).size(), 1000 * 2048);
    }
};

QTEST_GUILESS_MAIN(TestRs03)
#include "tst_rs03.moc"
