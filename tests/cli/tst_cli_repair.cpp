#include "eccfixtures.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

using namespace Spindle::Test;

// `spindle-cli repair` on augmented images, made by `spindle-cli protect` and by dvdisaster
// itself: damaged sectors come back to the bytes the image had before the damage (its SHA-256), a
// block beyond the limit stays as it was and is reported, sectors a rescue map marks as unread
// are rebuilt even when their bytes look fine. Spindle's image is small (60 MB, its ecc data
// sized by --redundancy) so that dvdisaster's checks of it take seconds; dvdisaster's own
// augmentation is always sized for a medium, so that one image nearly fills a CD (few roots).
class TestCliRepair final : public QObject
{
    Q_OBJECT

private:
    // Where an RS03 layout puts things: 255 layers of perLayer sectors, the data layers (the
    // image and the 2 header sectors), then the CRC layer, then `roots` ecc layers. Ecc block i
    // is sector i of every layer.
    struct Layout
    {
        qint64 imageSectors = 0;
        qint64 perLayer = 0;
        int roots = 0;
        qint64 firstCrc() const { return qint64(254 - roots) * perLayer; }
        qint64 firstEcc() const { return qint64(255 - roots) * perLayer; }
        // Damaged sectors per ecc block, the most of any block (the fixture's own check that
        // damage meant to be repairable is).
        int worstBlock(const std::set<qint64> &sectors) const
        {
            std::map<qint64, int> count;
            int worst = 0;
            for (qint64 s : sectors)
                worst = std::max(worst, ++count[s % perLayer]);
            return worst;
        }
    };
    QTemporaryDir m_dir;
    QString m_plain;     // the image without ecc data
    QString m_protected; // augmented by spindle-cli protect --redundancy, never changed
    QByteArray m_protectedSha;
    QString m_dvdisaster;
    Layout m_layout;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args, 600000);
    }
    QString copyOf(const QString &source, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(source, path) ? path : QString();
    }
    // An ISO image of `randomMegabytes` MiB of random data and `zeroBytes` of zeros (a sparse
    // file).
    QString makePlain(const QString &name, int randomMegabytes, qint64 zeroBytes)
    {
        const QString root = m_dir.filePath(name + QStringLiteral("-src"));
        QDir().mkpath(root);
        QFile random(root + QStringLiteral("/random.bin"));
        if (!random.open(QIODevice::WriteOnly))
            return {};
        for (int mb = 0; mb < randomMegabytes; ++mb)
            random.write(randomBytes(1 << 20, quint32(mb) + 20));
        random.close();
        QFile zeros(root + QStringLiteral("/zeros.bin"));
        if (!zeros.open(QIODevice::WriteOnly) || !zeros.resize(zeroBytes))
            return {};
        zeros.close();
        const QString path = m_dir.filePath(name);
        const int code =
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                     QStringLiteral("REPAIR"), QStringLiteral("-o"), path, root});
        QDir(root).removeRecursively();
        return code == 0 ? path : QString();
    }
    // verify --checksum-file with a checksum file written for the image as it is.
    static ProcessRun verifyWithChecksum(const QString &image)
    {
        QFile sum(image + QStringLiteral(".sha256"));
        if (!sum.open(QIODevice::WriteOnly))
            return ProcessRun{};
        sum.write(sha256Of(image) + "  " + QFileInfo(image).fileName().toUtf8() + "\n");
        sum.close();
        return cli({QStringLiteral("verify"), image, QStringLiteral("--checksum-file")});
    }
    // The sectors in which two files differ.
    static std::set<qint64> differences(const QString &a, const QString &b)
    {
        std::set<qint64> d;
        QFile fa(a);
        QFile fb(b);
        if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
            return {-1};
        for (qint64 base = 0;; base += 512) {
            const QByteArray ca = fa.read(512 * 2048);
            const QByteArray cb = fb.read(512 * 2048);
            if (ca.isEmpty() && cb.isEmpty())
                break;
            if (ca == cb)
                continue;
            for (qint64 i = 0; i * 2048 < std::max(ca.size(), cb.size()); ++i)
                if (ca.mid(i * 2048, 2048) != cb.mid(i * 2048, 2048))
                    d.insert(base + i);
        }
        return d;
    }
    // Junk in spread sectors of the file system and its random file, sector 16 (the volume
    // descriptor, so the header is found through the CRC layer), a burst of 40 in the zeros,
    // a byte of the ecc header, an ecc sector zeroed and a CRC-layer sector: all within the
    // limit.
    static std::set<qint64> damageWithinLimit(const QString &path, const Layout &layout)
    {
        const qint64 end = layout.imageSectors;
        std::set<qint64> hit = {0, 16, 17, 18, 25, 1000, 5000, 12345, 19000, end / 2, end - 30};
        for (qint64 s = end * 2 / 3; s < end * 2 / 3 + 40; ++s)
            hit.insert(s);
        const QByteArray junk(2048, '\x5a');
        for (qint64 s : hit)
            if (!overwriteSector(path, s, s == 17 ? QByteArray(2048, '\0') : junk))
                return {};
        // One byte of the ecc header (right after the image): found through the CRC layer.
        if (!overwriteAt(path, end * 2048 + 100, QByteArray("\x77", 1)))
            return {};
        hit.insert(end);
        const qint64 ecc = layout.firstEcc() + layout.perLayer / 2;
        const qint64 crc = layout.firstCrc() + 33;
        hit.insert(ecc);
        hit.insert(crc);
        if (!overwriteSector(path, ecc, QByteArray(2048, '\0')) ||
            !overwriteSector(path, crc, junk))
            return {};
        return layout.worstBlock(hit) <= layout.roots ? hit : std::set<qint64>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_dvdisaster = dvdisasterProgram();
        m_plain = makePlain(QStringLiteral("plain.iso"), 16, 44000000);
        QVERIFY(!m_plain.isEmpty());
        m_protected = copyOf(m_plain, QStringLiteral("protected.iso"));
        const ProcessRun r =
            cli({QStringLiteral("protect"), m_protected, QStringLiteral("--redundancy"),
                 QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_layout.imageSectors = QFileInfo(m_plain).size() / 2048;
        m_layout.perLayer = o.value(QStringLiteral("sectorsPerLayer")).toInteger();
        m_layout.roots = o.value(QStringLiteral("roots")).toInt();
        // 10% is 24 roots of 255; the damage below is laid out for blocks of that size.
        QVERIFY2(m_layout.roots >= 20 && m_layout.roots < 40, r.out.constData());
        QVERIFY2(m_layout.perLayer > 100, r.out.constData());
        QCOMPARE(QFileInfo(m_protected).size(), 255 * m_layout.perLayer * 2048);
        m_protectedSha = sha256Of(m_protected);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("repair")}).code, 2);
        const ProcessRun r = cli({QStringLiteral("repair"), m_protected, QStringLiteral("--map"),
                                  m_dir.filePath(QStringLiteral("none.map"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    }

    // verify --checksum-file of a protected image that no longer matches: the RS03 check says
    // how many sectors are damaged and whether a repair can rebuild them, and writes nothing.
    void verifyOfADamagedImageGivesTheRepairPrognosis()
    {
        const QString image = copyOf(m_protected, QStringLiteral("verified.iso"));
        const QString sums = m_dir.filePath(QStringLiteral("verified.iso.sha256"));
        {
            QFile f(sums);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_protectedSha + "  verified.iso\n");
        }
        const QByteArray junk(2048, '\x33');
        for (qint64 sector : {20, 4000, 20000})
            QVERIFY(overwriteSector(image, sector, junk));
        const QByteArray damagedSha = sha256Of(image);
        ProcessRun r =
            cli({QStringLiteral("verify"), image, QStringLiteral("--checksum-file"), sums});
        QCOMPARE(r.code, 1);
        const QByteArray all = r.out + r.err;
        // (Without a translator, the C locale of the tests keeps "sector(s)".)
        QVERIFY2(all.contains("3 damaged sector") &&
                     all.contains("found with the error-correction data: all can be rebuilt"),
                 all.constData());
        QCOMPARE(sha256Of(image), damagedSha);

        // One sector more than the roots in one ecc block (sector i of each layer).
        for (int k = 0; k <= m_layout.roots; ++k)
            QVERIFY(overwriteSector(image, 30 + k * m_layout.perLayer, junk));
        r = cli({QStringLiteral("verify"), image, QStringLiteral("--checksum-file"), sums});
        QCOMPARE(r.code, 1);
        const QByteArray beyond = r.out + r.err;
        QVERIFY2(
            beyond.contains(QByteArray::number(m_layout.roots + 1) + " of them cannot be rebuilt"),
            beyond.constData());
        QVERIFY(!beyond.contains("all can be rebuilt"));
        QFile::remove(image);
    }

    void intactImageNeedsNothing()
    {
        const ProcessRun r = cli({QStringLiteral("repair"), m_protected});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Nothing to repair"), r.err.constData());
        QCOMPARE(sha256Of(m_protected), m_protectedSha);
    }

    void repairsSpindleProtectedImage()
    {
        const QString path = copyOf(m_protected, QStringLiteral("work.iso"));
        const std::set<qint64> hit = damageWithinLimit(path, m_layout);
        QVERIFY(!hit.empty());
        QVERIFY(sha256Of(path) != m_protectedSha);
        const ProcessRun r = cli({QStringLiteral("repair"), path, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(), qint64(hit.size()));
        QCOMPARE(o.value(QStringLiteral("lostSectors")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("roots")).toInt(), m_layout.roots);
        QVERIFY(o.value(QStringLiteral("headerFromCrcLayer")).toBool());
        QCOMPARE(sha256Of(path), m_protectedSha);
        if (!m_dvdisaster.isEmpty()) {
            const ProcessRun t = runProcess(
                m_dvdisaster, {QStringLiteral("-t"), QStringLiteral("-i"), path}, 600000);
            QVERIFY2(t.code == 0 && !(t.out + t.err).contains("CRC error"),
                     (t.out + t.err).right(2000).constData());
        }
        QFile::remove(path);
    }

    // dvdisaster's own augmented image (always sized for a medium: a CD here) is recognised,
    // named and repaired to dvdisaster's bytes.
    void repairsDvdisasterAugmentedImage()
    {
        if (m_dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        const QString path = makePlain(QStringLiteral("dv.iso"), 4, 670000000);
        QVERIFY(!path.isEmpty());
        // dvdisaster's layout rules for a CD, worked by hand (as tst_cli_protect does): layers
        // of 359424/255 sectors; data layers for the image and 2 header sectors; a CRC layer.
        Layout cd;
        cd.imageSectors = QFileInfo(path).size() / 2048;
        cd.perLayer = 359424 / 255;
        cd.roots = int(254 - (cd.imageSectors + 2 + cd.perLayer - 1) / cd.perLayer);
        QVERIFY(cd.roots >= 8 && cd.roots < 40);
        const ProcessRun c =
            runProcess(m_dvdisaster,
                       {QStringLiteral("-c"), QStringLiteral("-mRS03"), QStringLiteral("-o"),
                        QStringLiteral("image"), QStringLiteral("-n"), QStringLiteral("CD"),
                        QStringLiteral("-i"), path},
                       600000);
        QVERIFY2(c.code == 0, (c.out + c.err).right(2000).constData());
        QCOMPARE(QFileInfo(path).size(), 255 * cd.perLayer * 2048);
        const QByteArray augmentedSha = sha256Of(path);
        const std::set<qint64> hit = damageWithinLimit(path, cd);
        QVERIFY(!hit.empty());
        // Checked first: every damaged sector found, all repairable, nothing written.
        const QByteArray damagedSha = sha256Of(path);
        const ProcessRun check = cli(
            {QStringLiteral("repair"), QStringLiteral("--check"), path, QStringLiteral("--json")});
        QVERIFY2(check.code == 0, check.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(o.value(QStringLiteral("damagedSectors")).toInteger(), qint64(hit.size()));
        QCOMPARE(o.value(QStringLiteral("lostSectors")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("roots")).toInt(), cd.roots);
        QCOMPARE(sha256Of(path), damagedSha);
        const ProcessRun r = cli({QStringLiteral("repair"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Repaired:        %1").arg(hit.size()).toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("%1 roots").arg(cd.roots).toUtf8()) ||
                     r.err.contains(QStringLiteral("%1 roots").arg(cd.roots).toUtf8()),
                 (r.out + r.err).constData());
        QCOMPARE(sha256Of(path), augmentedSha);
        const ProcessRun v = verifyWithChecksum(path);
        QCOMPARE(v.code, 0);
        QVERIFY2(v.err.contains(QStringLiteral("carries dvdisaster RS03 error-correction data for "
                                               "a CD (%1 roots")
                                    .arg(cd.roots)
                                    .toUtf8()),
                 v.err.constData());
        QFile::remove(path);
    }

    void beyondTheLimitIsReportedAndLeftAlone()
    {
        const QString path = copyOf(m_protected, QStringLiteral("lost.iso"));
        // One ecc block loses roots + 1 sectors, all in data layers; the next loses 3 (data,
        // data, ecc: repairable).
        const qint64 block = m_layout.perLayer / 2;
        const qint64 step = (254 - m_layout.roots) / (m_layout.roots + 1);
        std::set<qint64> lost;
        for (int l = 0; l <= m_layout.roots; ++l)
            lost.insert(qint64(l) * step * m_layout.perLayer + block);
        const QByteArray junk(2048, '\x33');
        for (qint64 s : lost)
            QVERIFY(overwriteSector(path, s, junk));
        for (qint64 s :
             {block + 1, 20 * m_layout.perLayer + block + 1, 250 * m_layout.perLayer + block + 1})
            QVERIFY(overwriteSector(path, s, junk));
        const ProcessRun r = cli({QStringLiteral("repair"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("lostSectors")).toInteger(), qint64(lost.size()));
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("unrepairableBlocks")).toInt(), 1);
        std::set<qint64> listed;
        for (const QJsonValue v : o.value(QStringLiteral("firstLostSectors")).toArray())
            listed.insert(v.toInteger());
        QCOMPARE(listed, lost);
        const QString message = o.value(QStringLiteral("result"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("still lost")) &&
                     message.contains(QStringLiteral("Read the disc again in rescue mode")),
                 qPrintable(message));
        // Everything else is as protect wrote it; the lost sectors are as they were.
        QCOMPARE(differences(path, m_protected), lost);
        // Without --json: the same exit code and the advice on stderr.
        const ProcessRun plain = cli({QStringLiteral("repair"), path});
        QCOMPARE(plain.code, 3);
        QVERIFY2(plain.err.contains("still lost"), plain.err.constData());
        QFile::remove(path);
    }

    // Garbage in ecc sectors of otherwise intact blocks: no CRC covers them, so only encoding
    // the blocks again finds them, as dvdisaster -t's ecc block test does. `repair --check`
    // reports them and writes nothing; `repair` rewrites them.
    void wrongEccSectorsAreFoundAndRewritten()
    {
        const QString path = copyOf(m_protected, QStringLiteral("wrongecc.iso"));
        const qint64 ecc = m_layout.firstEcc();
        const QByteArray junk(2048, '\x77');
        const std::set<qint64> hit = {ecc + 5, ecc + 6,
                                      ecc + 3 * m_layout.perLayer + m_layout.perLayer * 2 / 3};
        for (qint64 s : hit)
            QVERIFY(overwriteSector(path, s, junk));
        const QByteArray damagedSha = sha256Of(path);
        if (!m_dvdisaster.isEmpty()) {
            const ProcessRun t = runProcess(
                m_dvdisaster, {QStringLiteral("-t"), QStringLiteral("-i"), path}, 600000);
            QByteArray said = t.out + t.err;
            said.replace('\r', '\n').replace('\b', ' ');
            QVERIFY2(
                said.contains(QByteArray::number(qint64(m_layout.perLayer) - 3) + " good, 3 bad"),
                said.right(1500).constData());
        }
        const ProcessRun check = cli(
            {QStringLiteral("repair"), QStringLiteral("--check"), path, QStringLiteral("--json")});
        QVERIFY2(check.code == 0, check.err.constData());
        QJsonObject o = QJsonDocument::fromJson(check.out).object();
        QVERIFY(o.value(QStringLiteral("checkOnly")).toBool());
        QCOMPARE(o.value(QStringLiteral("wrongEccSectors")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(), 3);
        QVERIFY2(o.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("3 damaged sectors, all of which a repair can "
                                              "rebuild")),
                 check.out.constData());
        QCOMPARE(sha256Of(path), damagedSha);

        const ProcessRun r = cli({QStringLiteral("repair"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("3 wrong ecc sectors"), r.out.constData());
        QCOMPARE(sha256Of(path), m_protectedSha);
        QFile::remove(path);
    }

    void mapMarksSectorsToRebuild()
    {
        const QString path = copyOf(m_protected, QStringLiteral("map.iso"));
        // Garbage in two ecc sectors (found without the map too, see above) and sectors
        // 3000-3003, intact: the map marks them unread, so they are rebuilt all the same.
        const qint64 ecc = m_layout.firstEcc();
        const QByteArray junk(2048, '\x77');
        QVERIFY(overwriteSector(path, ecc + 5, junk));
        QVERIFY(overwriteSector(path, ecc + 6, junk));

        // A ddrescue map: all read but the two ecc sectors and sectors 3000-3003 (intact).
        const qint64 size = QFileInfo(path).size();
        auto hex = [](qint64 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); };
        QString map = QStringLiteral("# Mapfile. Written by hand\n0x00000000     +\n");
        auto range = [&](qint64 pos, qint64 bytes, char status) {
            map +=
                QStringLiteral("%1  %2  %3\n").arg(hex(pos), hex(bytes)).arg(QLatin1Char(status));
        };
        range(0, 3000 * 2048, '+');
        range(3000 * 2048, 4 * 2048, '-');
        range(3004 * 2048, (ecc + 5) * 2048 - 3004 * 2048, '+');
        range((ecc + 5) * 2048, 2 * 2048, '-');
        range((ecc + 7) * 2048, size - (ecc + 7) * 2048, '+');
        const QString mapPath = path + QStringLiteral(".map");
        QFile f(mapPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(map.toLatin1());
        f.close();
        const ProcessRun r = cli({QStringLiteral("repair"), path, QStringLiteral("--map"), mapPath,
                                  QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("mapUnreadableSectors")).toInteger(), 6);
        QCOMPARE(o.value(QStringLiteral("unreadableSectors")).toInteger(), 6);
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(), 6);
        QCOMPARE(o.value(QStringLiteral("mapRebuiltSectors")).toInteger(), 6);
        QVERIFY(o.value(QStringLiteral("mapUpdated")).toBool());
        QCOMPARE(sha256Of(path), m_protectedSha);
        QFile::remove(path);
    }

    // The whole path without options: the protected image burned to a virtual CD-R, sectors
    // of the disc damaged, `read` (no --whole-track) copies the error-correction data after the
    // file system too, and `repair` gives back the image that was burned.
    void protectedDiscIsCopiedWithItsEccAndRepaired()
    {
        const QString disc = m_dir.filePath(QStringLiteral("disc.iso"));
        QFile::remove(disc);
        ProcessRun r = cli({QStringLiteral("burn"), m_protected, QStringLiteral("--drive"),
                            QStringLiteral("stdio:") + disc, QStringLiteral("--medium"),
                            QStringLiteral("cd-r"), QStringLiteral("--yes"),
                            QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray junk(2048, '\x33');
        for (qint64 s : {qint64(20), qint64(4000), m_layout.imageSectors - 200})
            QVERIFY(overwriteSector(disc, s, junk));
        for (qint64 s = 5000; s < 5030; ++s) // zeros in the random file
            QVERIFY(overwriteSector(disc, s, QByteArray(2048, '\0')));

        const QString copy = m_dir.filePath(QStringLiteral("copy.iso"));
        QFile::remove(copy);
        r = cli({QStringLiteral("read"), QStringLiteral("--drive"), QStringLiteral("stdio:") + disc,
                 QStringLiteral("--output"), copy, QStringLiteral("--checksum"),
                 QStringLiteral("none"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray notes =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("notes")).toArray();
        QVERIFY2(notes.size() == 1 && notes.first().toString().contains(
                                          QStringLiteral("dvdisaster RS03 error-correction data")),
                 r.out.constData());
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(m_protected).size());
        QVERIFY(sha256Of(copy) != m_protectedSha);
        r = cli({QStringLiteral("repair"), copy});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QCOMPARE(sha256Of(copy), m_protectedSha);

        // A plain image's copy still stops at its file system's end.
        const QString plainDisc = copyOf(m_plain, QStringLiteral("plain-disc.iso"));
        QVERIFY(QFile::resize(plainDisc, QFileInfo(m_protected).size())); // a longer track
        QFile::remove(copy);
        r = cli({QStringLiteral("read"), QStringLiteral("--drive"),
                 QStringLiteral("stdio:") + plainDisc, QStringLiteral("--output"), copy,
                 QStringLiteral("--checksum"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QFileInfo(copy).size(), m_layout.imageSectors * 2048);
        QFile::remove(copy);
        QFile::remove(disc);
        QFile::remove(plainDisc);
    }

    // Data sized for the image (protect --redundancy) is named without a medium; a CD's name is
    // checked with dvdisaster's image above.
    void verifyNamesTheEccData()
    {
        const ProcessRun p = verifyWithChecksum(m_protected);
        QCOMPARE(p.code, 0);
        QVERIFY2(p.err.contains(QStringLiteral("carries dvdisaster RS03 error-correction data (%1 "
                                               "roots")
                                    .arg(m_layout.roots)
                                    .toUtf8()),
                 p.err.constData());
        const ProcessRun plain = verifyWithChecksum(m_plain);
        QCOMPARE(plain.code, 0);
        QVERIFY2(!plain.err.contains("error-correction"), plain.err.constData());
    }

    // Bad input for repair and repair --check: a clear message (exit 1), the file unchanged.
    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("header cut off")
            << QStringLiteral("headercut") << QByteArray("ends inside its error-correction header");
        QTest::addRow("header damaged, file cut")
            << QStringLiteral("headerbad") << QByteArray("no intact copy of it was found");
        QTest::addRow("data for a larger medium")
            << QStringLiteral("halved") << QByteArray("made for a larger medium");
        QTest::addRow("random data after the file system")
            << QStringLiteral("random") << QByteArray("carries no dvdisaster RS03");
        QTest::addRow("random data to the size of the protected image")
            << QStringLiteral("randomfull") << QByteArray("carries no dvdisaster RS03");
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.iso"));
        QFile::remove(path);
        const qint64 header = m_layout.imageSectors * 2048;
        auto cut = [&](const QString &source, qint64 bytes) {
            QFile in(source);
            QFile out(path);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                return false;
            for (qint64 left = bytes; left > 0;) {
                const QByteArray chunk = in.read(std::min<qint64>(left, 1 << 24));
                if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                    return false;
                left -= chunk.size();
            }
            return true;
        };
        if (kind == QLatin1String("headercut")) {
            QVERIFY(cut(m_protected, header + 2048));
        } else if (kind == QLatin1String("headerbad")) {
            // One byte after the cookie: its CRC breaks; the file ends before the CRC layer,
            // where a copy would be.
            QVERIFY(cut(m_protected, header + 4 * 2048));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(header + 100) && f.putChar('\x11'));
        } else if (kind == QLatin1String("halved")) {
            // Right after the header: the CRC layer and every ecc layer are missing, one more
            // layer than roots (as for data made for a DVD in a file of a CD's size).
            QVERIFY(cut(m_protected, header + 2 * 2048));
        } else {
            QVERIFY(cut(m_plain, header));
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            const qint64 bytes =
                kind == QLatin1String("random") ? 5000000 : 255 * m_layout.perLayer * 2048 - header;
            for (qint64 done = 0; done < bytes; done += 1000000)
                f.write(randomBytes(int(std::min<qint64>(1000000, bytes - done)),
                                    quint32(done / 1000000)));
        }
        const QByteArray before = sha256Of(path);
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--check")}}) {
            const ProcessRun r = cli(QStringList{QStringLiteral("repair"), path} + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(sha256Of(path), before);
        }
        QFile::remove(path);
    }

    void plainImageIsRefused()
    {
        const QByteArray before = sha256Of(m_plain);
        const ProcessRun r = cli({QStringLiteral("repair"), m_plain});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("carries no dvdisaster RS03 error-correction data"),
                 r.err.constData());
        QCOMPARE(sha256Of(m_plain), before);
    }
};

QTEST_GUILESS_MAIN(TestCliRepair)
#include "tst_cli_repair.moc"
