#include "badsectordisc.h"
#include "eccfixtures.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <map>
#include <set>

using namespace Spindle::Test;

// Issue 17, the whole rescue path with sectors a drive cannot read: a protected CD image served
// by the FUSE faulty disc (reads of chosen sectors fail with EIO), `read --skip-unreadable`
// lists exactly those sectors in its map, `repair --map` gives back the protected image byte
// for byte and the map then records the sectors as rebuilt (ddrescuelog finds none bad).
// Beyond the limit (more unreadable sectors in one ecc block than it has roots) the repair
// ends with exit 3, lists the lost sectors, keeps them bad in the map, and dvdisaster -t agrees
// that the image cannot be fully corrected.
// The image is small (52 MB, mostly zeros from a sparse file) and its ecc data sized by
// `protect --redundancy 10` rather than for a CD: dvdisaster -t's time grows with the size and
// the roots, and a CD-size check takes it 20 seconds or more here.
class TestCliEccRescue final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_perLayer = 0; // sectors per layer; ecc block i is sector i of every layer
    qint64 m_imageSectors = 0;
    QString m_protected;
    QByteArray m_protectedSha;
    int m_roots = 0;
    qint64 m_firstCrc = 0;
    qint64 m_firstEcc = 0;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args, 600000);
    }
    // The sectors a ddrescue map marks bad, as GNU ddrescuelog reads it.
    static std::set<qint64> badInMap(const QString &map)
    {
        QByteArray out;
        if (runTool(QStringLiteral("ddrescuelog"),
                    {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"), map}, &out) != 0)
            return {-1};
        std::set<qint64> bad;
        for (const QByteArray &n : out.simplified().split(' '))
            if (!n.isEmpty())
                bad.insert(n.toLongLong());
        return bad;
    }
    // The sectors the map's "# rebuilt POS SIZE" lines list.
    static std::set<qint64> rebuiltInMap(const QString &map)
    {
        QFile f(map);
        if (!f.open(QIODevice::ReadOnly))
            return {-1};
        static const QRegularExpression line(
            QStringLiteral("^# rebuilt +0x([0-9a-f]+) +0x([0-9a-f]+)$"),
            QRegularExpression::MultilineOption);
        std::set<qint64> sectors;
        auto it = line.globalMatch(QString::fromLatin1(f.readAll()));
        while (it.hasNext()) {
            const auto m = it.next();
            const qint64 pos = m.captured(1).toLongLong(nullptr, 16);
            const qint64 size = m.captured(2).toLongLong(nullptr, 16);
            for (qint64 s = pos / 2048; s < (pos + size) / 2048; ++s)
                sectors.insert(s);
        }
        return sectors;
    }
    // Reads the disc in rescue mode into `image`; the read's exit code.
    static int rescue(const BadSectorDisc &disc, const QString &image)
    {
        const ProcessRun r =
            cli({QStringLiteral("read"), QStringLiteral("--drive"), disc.address(),
                 QStringLiteral("--output"), image, QStringLiteral("--skip-unreadable"),
                 QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--checksum"),
                 QStringLiteral("none"), QStringLiteral("--progress"), QStringLiteral("none")});
        if (r.code != 3)
            qWarning() << r.err;
        return r.code;
    }
    // verify --drive without an image: the disc checked on its own, its JSON report.
    static QJsonObject checkDisc(const QString &address, int expectedCode)
    {
        const ProcessRun r =
            cli({QStringLiteral("verify"), QStringLiteral("--drive"), address,
                 QStringLiteral("--json"), QStringLiteral("--progress"), QStringLiteral("none")});
        if (r.code != expectedCode) {
            qWarning() << r.out << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }
    static QString messageOf(const QJsonObject &report)
    {
        return report.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    static QList<qint64> asList(const std::set<qint64> &s)
    {
        return QList<qint64>(s.begin(), s.end());
    }
    // How many of `sectors` fall in each ecc block (the fixtures' own check of what damage
    // is repairable).
    std::map<qint64, int> perBlock(const std::set<qint64> &sectors) const
    {
        std::map<qint64, int> count;
        for (qint64 s : sectors)
            ++count[s % m_perLayer];
        return count;
    }
    int worstBlock(const std::set<qint64> &sectors) const
    {
        int worst = 0;
        for (const auto &[block, n] : perBlock(sectors))
            worst = std::max(worst, n);
        return worst;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ddrescuelog")).isEmpty(),
                 "ddrescuelog is needed (package gddrescue, installed by test.sh)");
        const QString root = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(root));
        QFile random(root + QStringLiteral("/random.bin"));
        QVERIFY(random.open(QIODevice::WriteOnly));
        random.write(randomBytes(6000000, 17));
        random.close();
        QFile zeros(root + QStringLiteral("/zeros.bin"));
        QVERIFY(zeros.open(QIODevice::WriteOnly));
        QVERIFY(zeros.resize(46000000));
        zeros.close();
        const QString plain = m_dir.filePath(QStringLiteral("plain.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                          QStringLiteral("RESCUE"), QStringLiteral("-o"), plain, root}),
                 0);
        QDir(root).removeRecursively();
        m_protected = plain;
        m_imageSectors = QFileInfo(plain).size() / 2048;
        const ProcessRun r =
            cli({QStringLiteral("protect"), m_protected, QStringLiteral("--redundancy"),
                 QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_roots = o.value(QStringLiteral("roots")).toInt();
        m_perLayer = o.value(QStringLiteral("sectorsPerLayer")).toInteger();
        // 10% is 24 roots of 255; the damage below is laid out for layers of 100 sectors or more.
        QVERIFY2(m_roots >= 20 && m_roots <= 30 && m_perLayer > 100, r.out.constData());
        QCOMPARE(QFileInfo(m_protected).size(), 255 * m_perLayer * 2048);
        m_firstCrc = qint64(254 - m_roots) * m_perLayer;
        m_firstEcc = qint64(255 - m_roots) * m_perLayer;
        m_protectedSha = sha256Of(m_protected);
    }

    void unreadableSectorsAreRescuedAndRepaired()
    {
        // Spread over data (the random file, the zeros), a burst of 40 in the data, CRC-layer
        // sectors (33 and 34 hold the CRCs of blocks 34 and 35, rebuilt first), ecc sectors
        // spread and a burst of 20, and one block with exactly as many as it has roots.
        const qint64 end = m_imageSectors;
        std::set<qint64> bad = {20, 1000, 2500, 5000, end / 2, end - 40};
        for (qint64 s = end * 2 / 3; s < end * 2 / 3 + 40; ++s)
            bad.insert(s);
        bad.insert(m_firstCrc + 33);
        bad.insert(m_firstCrc + 34);
        bad.insert(m_firstEcc + m_perLayer / 2);
        bad.insert(m_firstEcc + 5 * m_perLayer + m_perLayer / 2);
        for (qint64 s = 50; s < 70; ++s)
            bad.insert(m_firstEcc + (m_roots - 1) * m_perLayer + s);
        const qint64 full = m_perLayer - 5;
        QVERIFY(perBlock(bad)[full] == 0);
        for (int l = 0; l < m_roots; ++l)
            bad.insert(qint64(l) * (254 / m_roots) * m_perLayer + full);
        QCOMPARE(worstBlock(bad), m_roots);
        BadSectorDisc disc(m_protected, asList(bad));
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));

        // The prognosis straight from the disc, before any copy: every unreadable sector
        // found, all of them repairable (one block has exactly as many as its roots).
        const QJsonObject check = checkDisc(disc.address(), 3);
        QCOMPARE(check.value(QStringLiteral("unreadableSectors")).toInteger(), qint64(bad.size()));
        const QJsonObject ecc = check.value(QStringLiteral("ecc")).toObject();
        QCOMPARE(ecc.value(QStringLiteral("roots")).toInt(), m_roots);
        QCOMPARE(ecc.value(QStringLiteral("damagedSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(ecc.value(QStringLiteral("crcErrors")).toInteger(), 0);
        QCOMPARE(ecc.value(QStringLiteral("repairableSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(ecc.value(QStringLiteral("lostSectors")).toInteger(), 0);
        QVERIFY2(messageOf(check).contains(QStringLiteral("all of which can be rebuilt")),
                 qPrintable(messageOf(check)));

        const QString image = m_dir.filePath(QStringLiteral("rescued.iso"));
        const QString map = image + QStringLiteral(".map");
        QCOMPARE(rescue(disc, image), 3);
        QCOMPARE(QFileInfo(image).size(), QFileInfo(m_protected).size());
        QCOMPARE(badInMap(map), bad);
        QVERIFY(sha256Of(image) != m_protectedSha);

        const ProcessRun r = cli({QStringLiteral("repair"), image, QStringLiteral("--map"), map,
                                  QStringLiteral("--json")});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("mapUnreadableSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(o.value(QStringLiteral("lostSectors")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("mapRebuiltSectors")).toInteger(), qint64(bad.size()));
        QVERIFY(o.value(QStringLiteral("mapUpdated")).toBool());
        QCOMPARE(sha256Of(image), m_protectedSha);
        // The map: nothing bad any more, and the rebuilt sectors listed.
        QCOMPARE(badInMap(map), std::set<qint64>{});
        QCOMPARE(rebuiltInMap(map), bad);

        // A rescue read resumed with that map reads nothing again over the repair.
        QCOMPARE(cli({QStringLiteral("read"), QStringLiteral("--drive"), disc.address(),
                      QStringLiteral("--output"), image, QStringLiteral("--skip-unreadable"),
                      QStringLiteral("--checksum"), QStringLiteral("none"),
                      QStringLiteral("--progress"), QStringLiteral("none")})
                     .code,
                 0);
        QCOMPARE(sha256Of(image), m_protectedSha);
        QCOMPARE(rebuiltInMap(map), bad);
        QFile::remove(image);
        QFile::remove(map);
    }

    // read --skip-unreadable --repair: the copy and the repair in one command; the exit code is
    // the repair's (0: nothing lost), and the map records the rebuilt sectors.
    void readWithRepairGivesTheWholeImage()
    {
        const qint64 third = m_imageSectors / 3;
        const std::set<qint64> bad = {40,
                                      4000,
                                      third,
                                      third + 1,
                                      third + 2,
                                      m_firstCrc + 7,
                                      m_firstEcc + 3 * m_perLayer + 11};
        BadSectorDisc disc(m_protected, asList(bad));
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = m_dir.filePath(QStringLiteral("repaired-on-read.iso"));
        const QString map = image + QStringLiteral(".map");
        const ProcessRun r =
            cli({QStringLiteral("read"), QStringLiteral("--drive"), disc.address(),
                 QStringLiteral("--output"), image, QStringLiteral("--skip-unreadable"),
                 QStringLiteral("--repair"), QStringLiteral("--retries"), QStringLiteral("1"),
                 QStringLiteral("--checksum"), QStringLiteral("none"), QStringLiteral("--json"),
                 QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        const QJsonObject repair =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("repair")).toObject();
        QCOMPARE(repair.value(QStringLiteral("repairedSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(repair.value(QStringLiteral("lostSectors")).toInteger(), 0);
        QCOMPARE(sha256Of(image), m_protectedSha);
        QCOMPARE(badInMap(map), std::set<qint64>{});
        QCOMPARE(rebuiltInMap(map), bad);
        QFile::remove(image);
        QFile::remove(map);

        // Without --skip-unreadable, --repair is a usage error.
        QCOMPARE(cli({QStringLiteral("read"), QStringLiteral("--drive"), disc.address(),
                      QStringLiteral("--output"), image, QStringLiteral("--repair")})
                     .code,
                 2);
    }

    // Sectors that read fine but hold other bytes: only their CRCs tell. A sparse copy of the
    // protected image as a virtual disc, with a data sector and a CRC sector overwritten.
    void discCheckFindsWrongBytesThroughTheCrcs()
    {
        const QString copy = m_dir.filePath(QStringLiteral("wrong-bytes.iso"));
        QCOMPARE(
            runTool(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), m_protected, copy}),
            0);
        const QString address = QStringLiteral("stdio:") + copy;
        // Intact first.
        QJsonObject check = checkDisc(address, 0);
        QCOMPARE(check.value(QStringLiteral("unreadableSectors")).toInteger(), 0);
        QCOMPARE(check.value(QStringLiteral("ecc"))
                     .toObject()
                     .value(QStringLiteral("damagedSectors"))
                     .toInteger(),
                 0);
        QVERIFY2(messageOf(check).contains(QStringLiteral("intact")), qPrintable(messageOf(check)));
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(5000 * 2048) && f.write(QByteArray(100, 'x')) == 100);
            QVERIFY(f.seek((m_firstCrc + 77) * 2048 + 9) && f.write("y", 1) == 1);
        }
        check = checkDisc(address, 3);
        const QJsonObject ecc = check.value(QStringLiteral("ecc")).toObject();
        // The data sector is a CRC error; the CRC sector is damaged (as a repair counts them).
        QCOMPARE(ecc.value(QStringLiteral("crcErrors")).toInteger(), 1);
        QCOMPARE(ecc.value(QStringLiteral("damagedSectors")).toInteger(), 2);
        QCOMPARE(ecc.value(QStringLiteral("unreadableSectors")).toInteger(), 0);
        QCOMPARE(ecc.value(QStringLiteral("lostSectors")).toInteger(), 0);
        // repair --check of the same bytes as an image file finds the same two.
        const ProcessRun r = cli(
            {QStringLiteral("repair"), QStringLiteral("--check"), copy, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("damagedSectors"))
                     .toInteger(),
                 2);
        QFile::remove(copy);

        // A disc without error-correction data: read through, no prognosis to give.
        const QString plain = m_dir.filePath(QStringLiteral("plain-disc.iso"));
        const QString src = m_dir.filePath(QStringLiteral("plain-src"));
        QVERIFY(QDir().mkpath(src));
        QFile file(src + QStringLiteral("/a.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(300000, 3));
        file.close();
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-o"),
                          plain, src}),
                 0);
        check = checkDisc(QStringLiteral("stdio:") + plain, 0);
        QCOMPARE(check.value(QStringLiteral("unreadableSectors")).toInteger(), 0);
        QVERIFY(check.value(QStringLiteral("ecc")).isNull());
        QCOMPARE(check.value(QStringLiteral("checkedBytes")).toInteger(), QFileInfo(plain).size());
        QVERIFY2(messageOf(check).contains(QStringLiteral("no error-correction data")),
                 qPrintable(messageOf(check)));
    }

    void beyondTheLimitIsReportedNeverRepaired()
    {
        // One block loses one sector more than it has roots, all in data layers (dvdisaster
        // knows those as damaged through their CRCs); a few others, repairable.
        const int dataLayers = 254 - m_roots;
        const qint64 block = m_perLayer / 3;
        std::set<qint64> lost;
        for (int l = 0; l <= m_roots; ++l)
            lost.insert(qint64(l) * (dataLayers / (m_roots + 1)) * m_perLayer + block);
        std::set<qint64> bad = lost;
        for (qint64 s : {qint64(30), qint64(3000), m_firstEcc + 50})
            bad.insert(s);
        QCOMPARE(perBlock(bad)[block], m_roots + 1);
        BadSectorDisc disc(m_protected, asList(bad));
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));

        // The disc's own prognosis names exactly the sectors a repair will not rebuild.
        const QJsonObject check = checkDisc(disc.address(), 3);
        const QJsonObject ecc = check.value(QStringLiteral("ecc")).toObject();
        QCOMPARE(ecc.value(QStringLiteral("damagedSectors")).toInteger(), qint64(bad.size()));
        QCOMPARE(ecc.value(QStringLiteral("lostSectors")).toInteger(), qint64(lost.size()));
        QCOMPARE(ecc.value(QStringLiteral("unrepairableBlocks")).toInt(), 1);
        std::set<qint64> named;
        for (const QJsonValue v : ecc.value(QStringLiteral("firstLostSectors")).toArray())
            named.insert(v.toInteger());
        QCOMPARE(named, lost);
        QVERIFY2(messageOf(check).contains(QStringLiteral("cannot be rebuilt")),
                 qPrintable(messageOf(check)));

        const QString image = m_dir.filePath(QStringLiteral("lost.iso"));
        const QString map = image + QStringLiteral(".map");
        QCOMPARE(rescue(disc, image), 3);
        QCOMPARE(badInMap(map), bad);

        const ProcessRun r = cli({QStringLiteral("repair"), image, QStringLiteral("--map"), map,
                                  QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("lostSectors")).toInteger(), qint64(lost.size()));
        QCOMPARE(o.value(QStringLiteral("repairedSectors")).toInteger(),
                 qint64(bad.size() - lost.size()));
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
                     !message.contains(QStringLiteral("complete again")),
                 qPrintable(message));
        QVERIFY(sha256Of(image) != m_protectedSha);
        // The lost sectors stay bad in the map; the others are recorded as rebuilt.
        QCOMPARE(badInMap(map), lost);
        std::set<qint64> rebuilt;
        for (qint64 s : bad)
            if (!lost.count(s))
                rebuilt.insert(s);
        QCOMPARE(rebuiltInMap(map), rebuilt);
        // Without --json the lost sectors are named on stderr; a second run changes nothing.
        const QByteArray before = sha256Of(image);
        const ProcessRun again =
            cli({QStringLiteral("repair"), image, QStringLiteral("--map"), map});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains("Sectors still lost") &&
                     again.err.contains(QByteArray::number(*lost.rbegin())),
                 again.err.constData());
        QCOMPARE(sha256Of(image), before);

        // dvdisaster, the independent reader, agrees. It knows unreadable sectors only by its
        // own dead-sector markers (a rescued image holds zeros there, and zeros are what this
        // mostly-zero image holds anyway), so they go where the map still says "bad", as
        // dvdisaster's reader would have written them.
        const QString dvdisaster = dvdisasterProgram();
        if (dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        const QByteArray dead = dvdisasterDeadSector();
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 s : badInMap(map))
                QVERIFY(f.seek(s * 2048) && f.write(dead) == dead.size());
        }
        const ProcessRun t =
            runProcess(dvdisaster, {QStringLiteral("-t"), QStringLiteral("-i"), image}, 600000);
        QByteArray said = t.out + t.err;
        said.replace('\r', '\n').replace('\b', ' ');
        QVERIFY2(said.contains(QByteArray::number(qint64(lost.size())) + " sectors missing"),
                 said.right(3000).constData());
        // "- erasure counts : avg = 27.0; worst = 27 per ecc block.": more than the roots.
        static const QRegularExpression worst(QStringLiteral("worst = (\\d+) per ecc block"));
        const auto m = worst.match(QString::fromLatin1(said));
        QVERIFY2(m.hasMatch(), said.right(3000).constData());
        QVERIFY2(m.captured(1).toInt() > m_roots, said.right(3000).constData());
        QFile::remove(image);
        QFile::remove(map);
    }
};

QTEST_GUILESS_MAIN(TestCliEccRescue)
#include "tst_cli_eccrescue.moc"
