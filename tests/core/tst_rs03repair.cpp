#include "ecc/rs03blockencoder.h"
#include "ecc/rs03erasuredecoder.h"
#include "ecc/rs03image.h"
#include "ecc/rs03repair.h"
#include "eccfixtures.h"
#include "fixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <set>

using namespace Spindle;
using namespace Spindle::Test;

// The RS03 repair: the erasure decoder against codewords made by the encoder, and whole
// augmented images (a made-up medium of 255 layers of 40 sectors, 28 roots) damaged in known
// sectors and compared byte for byte with the image before the damage. dvdisaster checks the
// same on CD-size images in tst_cli_repair.
class TestRs03Repair final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kPerLayer = 40;
    static constexpr qint64 kImageSectors = 9000; // 226 data layers: 28 roots

    QTemporaryDir m_dir;
    QString m_good; // the augmented image, never changed
    QByteArray m_goodBytes;
    Rs03Layout m_layout;

    static QByteArray fakeIso(qint64 sectors, quint32 seed)
    {
        QByteArray b = randomBytes(int(sectors * 2048), seed);
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
    QString copyOfGood(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return writeFile(path, m_goodBytes) ? path : QString();
    }
    qint64 sectorOf(int layer, qint64 block) const { return layer * kPerLayer + block; }
    // The sectors in which two images differ.
    static std::set<qint64> differences(const QByteArray &a, const QByteArray &b)
    {
        std::set<qint64> d;
        for (qint64 s = 0; s * 2048 < std::max(a.size(), b.size()); ++s)
            if (a.mid(s * 2048, 2048) != b.mid(s * 2048, 2048))
                d.insert(s);
        return d;
    }
    static Rs03RepairReport repair(const QString &path,
                                   const std::vector<Rs03SectorRange> &unreadable = {})
    {
        bool cancelled = true;
        const auto r = repairRs03Image(path, unreadable, {}, &cancelled);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        if (cancelled)
            qWarning() << "cancelled";
        return r.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_good = m_dir.filePath(QStringLiteral("good.iso"));
        QVERIFY(writeFile(m_good, fakeIso(kImageSectors, 11)));
        const auto layout = augmentRs03Image(m_good, 255 * kPerLayer, {}, nullptr);
        QVERIFY(layout.ok());
        m_layout = layout.value();
        QCOMPARE(m_layout.nroots, 28);
        m_goodBytes = readFile(m_good);
        QCOMPARE(m_goodBytes.size(), 255 * kPerLayer * 2048);
    }

    void decoderRebuildsUpToRootsErasures_data()
    {
        QTest::addColumn<int>("nroots");
        for (int n : {8, 28, 170})
            QTest::addRow("%d roots", n) << n;
    }
    void decoderRebuildsUpToRootsErasures()
    {
        QFETCH(int, nroots);
        const int ndata = 255 - nroots;
        std::vector<QByteArray> layers;
        for (int l = 0; l < 255; ++l)
            layers.push_back(l < ndata ? randomBytes(2048, quint32(l + 7 * nroots))
                                       : QByteArray(2048, '\0'));
        std::vector<const uint8_t *> in;
        std::vector<uint8_t *> parity;
        for (int l = 0; l < 255; ++l) {
            if (l < ndata)
                in.push_back(reinterpret_cast<const uint8_t *>(layers[size_t(l)].constData()));
            else
                parity.push_back(reinterpret_cast<uint8_t *>(layers[size_t(l)].data()));
        }
        const Rs03BlockEncoder encoder(ndata, nroots);
        auto scratch = encoder.makeScratch();
        encoder.encode(in.data(), parity.data(), scratch);

        Rs03ErasureDecoder decoder(nroots);
        QRandomGenerator rng{quint32(nroots)};
        for (int e : {1, 2, nroots / 2, nroots - 1, nroots}) {
            std::vector<int> erased;
            while (int(erased.size()) < e) {
                const int l = int(rng.bounded(255));
                if (std::find(erased.begin(), erased.end(), l) == erased.end())
                    erased.push_back(l);
            }
            std::vector<QByteArray> damaged = layers;
            for (int l : erased)
                damaged[size_t(l)].fill('\x5a');
            std::vector<const uint8_t *> ptrs;
            for (auto &d : damaged) // data(): detached now, so the pointers stay valid
                ptrs.push_back(reinterpret_cast<const uint8_t *>(d.data()));
            std::vector<QByteArray> rebuilt(erased.size(), QByteArray(2048, '\0'));
            std::vector<uint8_t *> out;
            for (auto &r : rebuilt)
                out.push_back(reinterpret_cast<uint8_t *>(r.data()));
            QVERIFY(decoder.setErasures(erased));
            QCOMPARE(decoder.canCheck(), e < nroots);
            QVERIFY(decoder.decode(ptrs.data(), out.data()));
            for (size_t k = 0; k < erased.size(); ++k)
                QCOMPARE(rebuilt[k], layers[size_t(erased[k])]);
            if (e < nroots) {
                // One wrong byte in a sector taken as good: the spare syndrome sees it.
                int other = 0;
                while (std::find(erased.begin(), erased.end(), other) != erased.end())
                    ++other;
                damaged[size_t(other)][100] = char(damaged[size_t(other)][100] ^ 1);
                QVERIFY(!decoder.decode(ptrs.data(), out.data()));
            }
        }
        std::vector<int> tooMany;
        for (int l = 0; l <= nroots; ++l)
            tooMany.push_back(l);
        QVERIFY(!decoder.setErasures(tooMany));
    }

    void deadSectorMarkerIsRecognised()
    {
        QByteArray s = dvdisasterDeadSector();
        QVERIFY(isDvdisasterDeadSector(reinterpret_cast<const uint8_t *>(s.constData())));
        s[2046 - 34] = 'X';
        QVERIFY(!isDvdisasterDeadSector(reinterpret_cast<const uint8_t *>(s.constData())));
    }

    void repairsSpreadBurstCrcAndEccSectors()
    {
        const QString path = copyOfGood(QStringLiteral("a.iso"));
        const QByteArray junk(2048, '\x5a');
        // Not sector 16: without its volume descriptor the header is found only through the
        // CRC layer, and only in files of a real medium's size (tst_cli_repair covers that).
        std::set<qint64> data = {0, 15, 17, 500, 4001, 8999};
        for (qint64 s = 2000; s < 2060; ++s) // a burst across two layers
            data.insert(s);
        for (qint64 s : data)
            QVERIFY(overwriteSector(path, s, junk));
        // CRC sectors: block 8's CRCs (sector 7) and block 0's (the last one).
        const qint64 crc = m_layout.firstCrcSector();
        QVERIFY(overwriteSector(path, crc + 7, junk));
        QVERIFY(overwriteSector(path, crc + kPerLayer - 1, QByteArray(2048, '\0')));
        // Ecc sectors: zeroed (as a rescue read leaves them) and dvdisaster's dead marker.
        const qint64 ecc = m_layout.firstEccSector();
        QVERIFY(overwriteSector(path, ecc + 3, QByteArray(2048, '\0')));
        const QByteArray dead = dvdisasterDeadSector();
        QVERIFY(overwriteSector(path, ecc + 27 * kPerLayer + 39, dead));
        const qint64 damaged = qint64(data.size()) + 4;
        QCOMPARE(qint64(differences(readFile(path), m_goodBytes).size()), damaged);

        const Rs03RepairReport r = repair(path);
        QCOMPARE(r.damagedSectors, damaged);
        QCOMPARE(r.repairedSectors, damaged);
        QCOMPARE(r.crcErrors, qint64(data.size()));
        QCOMPARE(r.unreadableSectors, qint64(1));
        QCOMPARE(r.lostSectors, qint64(0));
        QVERIFY(readFile(path) == m_goodBytes);
        // A second run finds nothing.
        const Rs03RepairReport again = repair(path);
        QCOMPARE(again.damagedSectors, qint64(0));
        QCOMPARE(again.layout.nroots, 28);
    }

    void truncatedImageIsCompleted()
    {
        const QString path = copyOfGood(QStringLiteral("b.iso"));
        QFile f(path);
        QVERIFY(f.resize(m_goodBytes.size() - 3 * 2048 - 100));
        f.close();
        const Rs03RepairReport r = repair(path);
        QCOMPARE(r.missingSectors, qint64(4));
        QCOMPARE(r.repairedSectors, qint64(4));
        QVERIFY(readFile(path) == m_goodBytes);
    }

    void moreErasuresThanRootsStayLost()
    {
        const QString path = copyOfGood(QStringLiteral("c.iso"));
        const QByteArray junk(2048, '\x33');
        // Block 5 loses 29 data sectors (28 roots); block 6 loses 2, which are repairable.
        std::set<qint64> lost;
        for (int l = 0; l < 29; ++l)
            lost.insert(sectorOf(l * 7, 5));
        for (qint64 s : lost)
            QVERIFY(overwriteSector(path, s, junk));
        QVERIFY(overwriteSector(path, sectorOf(3, 6), junk));
        QVERIFY(overwriteSector(path, sectorOf(200, 6), junk));
        const Rs03RepairReport r = repair(path);
        QCOMPARE(r.damagedSectors, qint64(31));
        QCOMPARE(r.repairedSectors, qint64(2));
        QCOMPARE(r.lostSectors, qint64(29));
        QCOMPARE(r.unrepairableBlocks, qint64(1));
        QCOMPARE(std::set<qint64>(r.firstLost.begin(), r.firstLost.end()), lost);
        qint64 inImage = 0;
        for (qint64 s : lost)
            inImage += s < kImageSectors ? 1 : 0;
        QCOMPARE(r.lostImageSectors, inImage);
        // Only the lost sectors differ from the good image; they are as they were.
        const QByteArray after = readFile(path);
        QCOMPARE(differences(after, m_goodBytes), lost);
        for (qint64 s : lost)
            QCOMPARE(after.mid(s * 2048, 2048), junk);
    }

    // Issue 17: garbage in ecc sectors of blocks whose data are intact. No CRC covers ecc
    // sectors and they are not zero: only encoding the block again shows them (dvdisaster -t
    // reports them too). A check finds them and writes nothing; a repair rewrites them, even
    // all the ecc sectors of one block (more than the errors decoder could locate).
    void wrongEccSectorsInIntactBlocksAreFound()
    {
        const QString path = copyOfGood(QStringLiteral("w.iso"));
        const qint64 ecc = m_layout.firstEccSector();
        const QByteArray junk(2048, '\x77');
        std::set<qint64> hit = {ecc + 10, ecc + 11, ecc + 5 * kPerLayer + 10};
        for (int k = 0; k < m_layout.nroots; ++k)
            hit.insert(ecc + k * kPerLayer + 20);
        for (qint64 s : hit)
            QVERIFY(overwriteSector(path, s, junk));
        // One byte is enough.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek((ecc + 27 * kPerLayer + 33) * 2048 + 7));
        QVERIFY(f.putChar('\x01'));
        f.close();
        hit.insert(ecc + 27 * kPerLayer + 33);
        const QByteArray damaged = readFile(path);
        QCOMPARE(differences(damaged, m_goodBytes), hit);

        bool cancelled = true;
        const auto checked = checkRs03Image(path, {}, {}, &cancelled);
        QVERIFY(checked.ok());
        QVERIFY(!cancelled);
        QCOMPARE(checked->damagedSectors, qint64(hit.size()));
        QCOMPARE(checked->wrongEccSectors, qint64(hit.size()));
        QCOMPARE(checked->repairedSectors, qint64(hit.size())); // would be
        QCOMPARE(checked->lostSectors, qint64(0));
        QVERIFY(readFile(path) == damaged);

        const Rs03RepairReport r = repair(path);
        QCOMPARE(r.damagedSectors, qint64(hit.size()));
        QCOMPARE(r.wrongEccSectors, qint64(hit.size()));
        QCOMPARE(r.repairedSectors, qint64(hit.size()));
        QCOMPARE(r.crcErrors, qint64(0));
        QVERIFY(readFile(path) == m_goodBytes);
        std::set<qint64> listed;
        for (const Rs03SectorRange &range : r.repaired)
            for (qint64 s = range.first; s < range.first + range.count; ++s)
                listed.insert(s);
        QCOMPARE(listed, hit);
        QCOMPARE(repair(path).damagedSectors, qint64(0));
    }

    void listedSectorsAreRebuiltWhateverTheyHold()
    {
        const QString path = copyOfGood(QStringLiteral("d.iso"));
        // Listed as unreadable (a rescue map), but intact: two ecc and two data sectors,
        // rebuilt to the same bytes.
        const qint64 ecc = m_layout.firstEccSector();
        const Rs03RepairReport r = repair(path, {{ecc + 10, 2},
                                                 {ecc + 5 * kPerLayer + 10, 1},
                                                 {sectorOf(1, 10), 1},
                                                 {sectorOf(2, 10), 1}});
        QCOMPARE(r.damagedSectors, qint64(5));
        QCOMPARE(r.unreadableSectors, qint64(5));
        QCOMPARE(r.repairedSectors, qint64(5));
        QCOMPARE(r.repaired.size(), size_t(4)); // ecc + 10 and ecc + 11 merged
        QVERIFY(readFile(path) == m_goodBytes);
    }

    void garbageInAnEccSectorIsLocated()
    {
        const QString path = copyOfGood(QStringLiteral("e.iso"));
        // Block 12: two data sectors fail their CRCs, and an ecc sector holds garbage no CRC
        // covers. The erasure decoder's spare syndrome sees it; the errors-and-erasures
        // decoder finds it (2 erasures + 2 * 1 error <= 28 roots).
        const QByteArray junk(2048, '\x42');
        const std::set<qint64> hit = {sectorOf(4, 12), sectorOf(100, 12), sectorOf(240, 12)};
        for (qint64 s : hit)
            QVERIFY(overwriteSector(path, s, junk));
        const Rs03RepairReport r = repair(path);
        QCOMPARE(r.damagedSectors, qint64(3));
        QCOMPARE(r.repairedSectors, qint64(3));
        QCOMPARE(r.crcErrors, qint64(2));
        QCOMPARE(r.lostSectors, qint64(0));
        QVERIFY(readFile(path) == m_goodBytes);
    }

    void codewordDecoderFindsErrors()
    {
        const int nroots = 28;
        const int ndata = 255 - nroots;
        std::vector<QByteArray> layers;
        for (int l = 0; l < 255; ++l)
            layers.push_back(l < ndata ? randomBytes(2048, quint32(l + 99))
                                       : QByteArray(2048, '\0'));
        std::vector<const uint8_t *> in;
        std::vector<uint8_t *> parity;
        for (int l = 0; l < 255; ++l) {
            if (l < ndata)
                in.push_back(reinterpret_cast<const uint8_t *>(layers[size_t(l)].constData()));
            else
                parity.push_back(reinterpret_cast<uint8_t *>(layers[size_t(l)].data()));
        }
        const Rs03BlockEncoder encoder(ndata, nroots);
        auto scratch = encoder.makeScratch();
        encoder.encode(in.data(), parity.data(), scratch);
        QRandomGenerator rng{5u};
        for (int b : {0, 5, 2047}) {
            std::vector<uint8_t> c;
            for (auto &l : layers)
                c.push_back(uint8_t(l[b]));
            // 10 erasures and 9 unknown errors: 10 + 2 * 9 = 28.
            std::vector<int> places;
            while (places.size() < 19) {
                const int p = int(rng.bounded(255));
                if (std::find(places.begin(), places.end(), p) == places.end())
                    places.push_back(p);
            }
            std::vector<uint8_t> damaged = c;
            for (int p : places)
                damaged[size_t(p)] ^= uint8_t(1 + rng.bounded(255));
            const std::vector<int> erasures(places.begin(), places.begin() + 10);
            QVERIFY(Rs03ErasureDecoder::decodeCodeword(damaged.data(), erasures, nroots));
            QVERIFY(damaged == c);
        }
    }

    // More layers missing at the end than roots: nothing could be rebuilt, so nothing is tried
    // (the data were made for a larger medium than the file holds, or it was cut).
    void fileFarShorterThanItsLayoutIsRefused()
    {
        const QString path = copyOfGood(QStringLiteral("short.iso"));
        QFile f(path);
        QVERIFY(f.resize((255 - 29) * kPerLayer * 2048)); // 29 layers missing, 28 roots
        f.close();
        const QByteArray before = readFile(path);
        const auto r = repairRs03Image(path, {}, {}, nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("made for a larger medium")),
                 qPrintable(r.error().message));
        QVERIFY(readFile(path) == before);
        // One layer fewer missing: every block can be completed.
        QVERIFY(writeFile(path, m_goodBytes.left((255 - 28) * kPerLayer * 2048)));
        const Rs03RepairReport done = repair(path);
        QCOMPARE(done.repairedSectors, 28 * kPerLayer);
        QVERIFY(readFile(path) == m_goodBytes);
    }

    void plainImageIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.iso"));
        const QByteArray plain = fakeIso(300, 5);
        QVERIFY(writeFile(path, plain));
        const auto r = repairRs03Image(path, {}, {}, nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("carries no dvdisaster RS03 error-correction data")),
                 qPrintable(r.error().message));
        QVERIFY(readFile(path) == plain);
    }
};

QTEST_GUILESS_MAIN(TestRs03Repair)
#include "tst_rs03repair.moc"
