#include "fixtures.h"

#include "ecc/rs03image.h"
#include "ecc/rs03repair.h"
#include "readback/rs03discscan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <set>

using namespace Spindle;
using namespace Spindle::Test;

// Rs03DiscScan, the one-pass prognosis of a protected disc, fed sector by sector from an image
// augmented by augmentRs03Image (80 sectors a layer): intact, unreadable sectors up to and one
// past the roots of a block, changed bytes found through the CRC layer, a disc cut short. Every
// damaged case is also given to checkRs03Image (the repair's own search over the whole image)
// on the same damage, and the two must agree on what is damaged and what is lost.
class TestRs03DiscScan final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kPerLayer = 80;
    QTemporaryDir m_dir;
    QString m_protected;
    Rs03Layout m_layout;

    // The scan of `image` as a drive would give it: `unreadable` sectors fail, the disc ends
    // at `end` sectors (-1: whole).
    Rs03RepairReport scan(const QString &image, const std::set<qint64> &unreadable,
                          qint64 end = -1) const
    {
        QFile f(image);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray all = f.readAll();
        Rs03DiscScan s(m_layout);
        const qint64 last = end < 0 ? all.size() / 2048 : end;
        for (qint64 sector = 0; sector < last; ++sector) {
            if (unreadable.count(sector))
                s.addUnreadable(sector, 1);
            else
                s.addSectors(sector,
                             reinterpret_cast<const uint8_t *>(all.constData()) + sector * 2048, 1);
        }
        return s.finish();
    }

    Rs03RepairReport check(const QString &image, const std::set<qint64> &unreadable) const
    {
        std::vector<Rs03SectorRange> ranges;
        for (qint64 sector : unreadable)
            ranges.push_back({sector, 1});
        bool cancelled = false;
        const auto report = checkRs03Image(
            image, ranges, [](qint64, qint64) { return true; }, &cancelled);
        return report ? report.value() : Rs03RepairReport{};
    }

    QString copyOf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_protected, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString iso = makeIso(
            m_dir.path(), QStringLiteral("plain.iso"), QStringLiteral("SCAN"),
            {QStringLiteral("a.bin=") + QString::fromLatin1(randomBytes(600000, 5).toHex())});
        QVERIFY2(!iso.isEmpty(), "xorriso could not make the image");
        m_protected = iso;
        bool cancelled = false;
        const auto augmented = augmentRs03Image(
            m_protected, 255 * kPerLayer, [](qint64, qint64) { return true; }, &cancelled);
        QVERIFY2(augmented.ok(), qPrintable(augmented.error().message));
        m_layout = augmented.value();
        QVERIFY(m_layout.nroots >= 8);
    }

    void intactDiscHasNoDamage()
    {
        const Rs03RepairReport r = scan(m_protected, {});
        QCOMPARE(r.damagedSectors, 0);
        QCOMPARE(r.lostSectors, 0);
        QCOMPARE(r.crcErrors, 0);
        QCOMPARE(r.layout.nroots, m_layout.nroots);
    }

    // Block 7 with exactly as many unreadable sectors as roots (data, CRC and ecc layers), a
    // few elsewhere: all repairable; one more in block 7 and that block is lost, all of it.
    void unreadableUpToAndPastTheRoots()
    {
        std::set<qint64> bad;
        for (int l = 0; l < m_layout.nroots; ++l)
            bad.insert(qint64(l * 255 / m_layout.nroots) * kPerLayer + 7);
        bad.insert(3);
        bad.insert(m_layout.firstEccSector() + 11);
        Rs03RepairReport r = scan(m_protected, bad);
        QCOMPARE(r.unreadableSectors, qint64(bad.size()));
        QCOMPARE(r.damagedSectors, qint64(bad.size()));
        QCOMPARE(r.lostSectors, 0);
        Rs03RepairReport c = check(m_protected, bad);
        QCOMPARE(c.damagedSectors, r.damagedSectors);
        QCOMPARE(c.lostSectors, 0);

        // A data layer of block 7 not hit yet: roots + 1.
        qint64 extra = -1;
        for (int l = 0; l < m_layout.ndata - 1 && extra < 0; ++l)
            if (!bad.count(qint64(l) * kPerLayer + 7))
                extra = qint64(l) * kPerLayer + 7;
        bad.insert(extra);
        r = scan(m_protected, bad);
        QCOMPARE(r.unrepairableBlocks, 1);
        QCOMPARE(r.lostSectors, qint64(m_layout.nroots + 1));
        c = check(m_protected, bad);
        QCOMPARE(r.lostSectors, c.lostSectors);
        QCOMPARE(r.lostImageSectors, c.lostImageSectors);
        // The sectors named are the data and CRC ones of block 7, in order.
        std::vector<qint64> named;
        for (qint64 s : bad)
            if (s % kPerLayer == 7 && s < m_layout.firstEccSector())
                named.push_back(s);
        QCOMPARE(r.firstLost, named);
        // The repair lists lost ecc sectors too, after the others.
        QVERIFY(c.firstLost.size() >= named.size());
        QVERIFY(std::equal(named.begin(), named.end(), c.firstLost.begin()));
    }

    // Bytes changed in two data sectors and in a CRC sector: only the CRCs tell.
    void changedBytesShowThroughTheCrcs()
    {
        const QString copy = copyOf(QStringLiteral("changed.iso"));
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 sector : {qint64(20), qint64(5 * kPerLayer + 1)})
                QVERIFY(f.seek(sector * 2048 + 100) && f.write("changed") == 7);
            QVERIFY(f.seek((m_layout.firstCrcSector() + 40) * 2048 + 3) && f.write("x") == 1);
        }
        // CRC errors are data sectors (as a repair counts them); the CRC sector is damaged.
        const Rs03RepairReport r = scan(copy, {});
        QCOMPARE(r.crcErrors, 2);
        QCOMPARE(r.unreadableSectors, 0);
        QCOMPARE(r.damagedSectors, 3);
        const Rs03RepairReport c = check(copy, {});
        QCOMPARE(c.crcErrors, r.crcErrors);
        QCOMPARE(c.damagedSectors, r.damagedSectors);
        // Sector 0 is block 0, whose CRCs sit in the last CRC sector, read long after it.
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(0) && f.write("first") == 5);
        }
        QCOMPARE(scan(copy, {}).crcErrors, 3);
    }

    // A disc that ends inside the ecc data: the rest counts as missing.
    void shortDiscCountsTheRestAsMissing()
    {
        const qint64 end = m_layout.totalSectors() - 5 * kPerLayer;
        const Rs03RepairReport r = scan(m_protected, {}, end);
        QCOMPARE(r.missingSectors, 5 * kPerLayer);
        QCOMPARE(r.damagedSectors, 5 * kPerLayer);
        QCOMPARE(r.lostSectors, m_layout.nroots >= 5 ? 0 : r.damagedSectors);
    }
};

QTEST_GUILESS_MAIN(TestRs03DiscScan)
#include "tst_rs03discscan.moc"
