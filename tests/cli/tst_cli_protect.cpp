#include "eccfixtures.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// `spindle-cli protect` checked by dvdisaster itself: it must find our RS03 data, test it as
// good with the redundancy we announce, and repair damaged sectors to the original bytes.
// The CD image nearly fills a CD so that few roots remain (dvdisaster's test of it takes half a
// minute here, at 170 roots minutes); the repair by dvdisaster runs on a small image protected
// with --redundancy.
class TestCliProtect final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;
    QString m_dvdisaster;
    qint64 m_originalBytes = 0;
    QByteArray m_originalSha;
    QByteArray m_protectedSha;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }
    ProcessRun dvdisaster(const QStringList &args) const
    {
        return runProcess(m_dvdisaster, args, 600000);
    }

    // What dvdisaster computes for this image on a CD (its layout rules, worked by hand):
    // layers of 359424/255 sectors; data layers for the image and the 2 header sectors; a CRC
    // layer; the rest ecc.
    int expectedRoots() const
    {
        const qint64 perLayer = 359424 / 255;
        const qint64 dataLayers = (m_originalBytes / 2048 + 2 + perLayer - 1) / perLayer;
        return int(255 - dataLayers - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_dvdisaster = dvdisasterProgram();
        const QString root = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(root));
        QFile random(root + QStringLiteral("/random.bin"));
        QVERIFY(random.open(QIODevice::WriteOnly));
        random.write(randomBytes(4000000, 7));
        random.close();
        // A large file of zeros (sparse here) brings the image near a CD's capacity.
        QFile zeros(root + QStringLiteral("/zeros.bin"));
        QVERIFY(zeros.open(QIODevice::WriteOnly));
        QVERIFY(zeros.resize(670000000));
        zeros.close();
        m_iso = m_dir.filePath(QStringLiteral("disc.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                          QStringLiteral("PROTECT"), QStringLiteral("-o"), m_iso, root}),
                 0);
        QFile::remove(root + QStringLiteral("/zeros.bin"));
        m_originalBytes = QFileInfo(m_iso).size();
        m_originalSha = sha256Of(m_iso);
        QVERIFY(m_originalBytes > 600000000);
    }

    void usageErrors()
    {
        ProcessRun r = cli({QStringLiteral("protect")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("protect"), m_iso, QStringLiteral("--medium"),
                 QStringLiteral("floppy")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--medium takes cd, dvd, dvd-dl, bd or bd-dl"));
        // Too large for a CD with room for 8 roots (the image takes 230 of 255 layers: it fits;
        // a DVD DL image of 5 GB would not) -- checked with a sparse file.
        const QString huge = m_dir.filePath(QStringLiteral("huge.img"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(9000) * 250 * 2048));
        f.close();
        r = cli(
            {QStringLiteral("protect"), huge, QStringLiteral("--medium"), QStringLiteral("dvd")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("too little room on a DVD"), r.err.constData());
        QCOMPARE(QFileInfo(huge).size(), qint64(9000) * 250 * 2048);
        QFile::remove(huge);
    }

    void protectIsGoodForDvdisaster()
    {
        const ProcessRun r = cli({QStringLiteral("protect"), m_iso, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("medium")).toString(), QStringLiteral("cd"));
        const int roots = expectedRoots();
        QVERIFY(roots >= 8 && roots < 40);
        QCOMPARE(report.value(QStringLiteral("roots")).toInt(), roots);
        QCOMPARE(report.value(QStringLiteral("repairableSectorsPer255")).toInt(), roots);
        QCOMPARE(report.value(QStringLiteral("originalBytes")).toInteger(), m_originalBytes);
        // 255 layers of 1409 sectors: the whole medium but its last 129 sectors.
        QCOMPARE(QFileInfo(m_iso).size(), qint64(255) * 1409 * 2048);
        QCOMPARE(report.value(QStringLiteral("augmentedBytes")).toInteger(),
                 qint64(255) * 1409 * 2048);
        // The image itself is untouched.
        QCOMPARE(sha256OfPrefix(m_iso, m_originalBytes), m_originalSha);
        m_protectedSha = sha256Of(m_iso);
        // `info` tells what the image carries.
        const ProcessRun info = cli({QStringLiteral("info"), m_iso});
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains(QStringLiteral("dvdisaster RS03 error-correction data for a "
                                                  "CD: %1 roots")
                                       .arg(roots)
                                       .toUtf8()),
                 info.out.constData());

        if (m_dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        const ProcessRun t = dvdisaster({QStringLiteral("-t"), QStringLiteral("-i"), m_iso});
        const QString text =
            QString::fromLocal8Bit(t.out + t.err).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QVERIFY2(t.code == 0, qPrintable(text.right(2000)));
        QVERIFY2(text.contains(QStringLiteral("Augmented image")), qPrintable(text.right(2000)));
        const auto method =
            QRegularExpression(QStringLiteral("RS03, (\\d+) roots,\\s*([0-9.]+)% redundancy"))
                .match(text);
        QVERIFY2(method.hasMatch(), qPrintable(text.right(2000)));
        QCOMPARE(method.captured(1).toInt(), roots);
        QCOMPARE(method.captured(2), QString::number(100.0 * roots / (255 - roots), 'f', 1));
        QVERIFY(text.contains(QStringLiteral("all sectors present")));
        QVERIFY2(text.contains(QStringLiteral("Ecc block test   : pass")),
                 qPrintable(text.right(2000)));
        QVERIFY(!text.contains(QStringLiteral("CRC error")));
    }

    // dvdisaster augments a copy of the original image itself: the layout, the header, the
    // padding and the CRC layer must be the same bytes as ours but for the creator version
    // (and the CRCs over it). Its parity then differs too, as it covers those bytes.
    void sameLayoutAsDvdisasterCreates()
    {
        if (m_dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        QVERIFY(!m_protectedSha.isEmpty());
        const QString ref = m_dir.filePath(QStringLiteral("dvdisaster.iso"));
        QFile ours(m_iso);
        QVERIFY(ours.open(QIODevice::ReadOnly));
        QFile copy(ref);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        for (qint64 left = m_originalBytes; left > 0;) {
            const QByteArray chunk = ours.read(std::min<qint64>(left, 1 << 20));
            QVERIFY(!chunk.isEmpty() && copy.write(chunk) == chunk.size());
            left -= chunk.size();
        }
        copy.close();
        const ProcessRun c =
            dvdisaster({QStringLiteral("-c"), QStringLiteral("-mRS03"), QStringLiteral("-o"),
                        QStringLiteral("image"), QStringLiteral("-i"), ref});
        QVERIFY2(c.code == 0, c.err.constData());
        QCOMPARE(QFileInfo(ref).size(), QFileInfo(m_iso).size());

        QFile theirs(ref);
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        auto read = [](QFile &f, qint64 sector, qint64 count) {
            f.seek(sector * 2048);
            return f.read(count * 2048);
        };
        // Leaves out byte ranges [from, to) of each 2048/4096-byte record.
        auto masked = [](QByteArray bytes, int recordSize, QList<QPair<int, int>> ranges) {
            for (qsizetype at = 0; at < bytes.size(); at += recordSize)
                for (const auto &[from, to] : ranges)
                    for (int i = from; i < to; ++i)
                        bytes[at + i] = 0;
            return bytes;
        };
        const qint64 header = m_originalBytes / 2048;
        const int roots = expectedRoots();
        const qint64 firstCrc = qint64(254 - roots) * 1409;
        // Header: creatorVersion at 84, selfCRC at 96.
        QCOMPARE(masked(read(ours, header, 2), 4096, {{84, 88}, {96, 100}}),
                 masked(read(theirs, header, 2), 4096, {{84, 88}, {96, 100}}));
        QVERIFY(read(ours, header, 1).startsWith("*dvdisaster*RS03"));
        // Padding sectors, byte for byte.
        for (qint64 s = header + 2; s < firstCrc; s += 4096) {
            const qint64 n = std::min<qint64>(4096, firstCrc - s);
            QVERIFY2(read(ours, s, n) == read(theirs, s, n), qPrintable(QString::number(s)));
        }
        // CRC layer: creatorVersion at 1044, selfCRC at 1120, and the CRCs of the two header
        // sectors (CRC sector i holds layer l's CRC of sector l*1409 + i+1 at 4*l).
        auto crcLayer = [&](QFile &f) {
            QByteArray bytes = masked(read(f, firstCrc, 1409), 2048, {{1044, 1048}, {1120, 1124}});
            for (qint64 s = header; s < header + 2; ++s) {
                const qint64 at = ((s % 1409 + 1409 - 1) % 1409) * 2048 + 4 * (s / 1409);
                bytes.replace(at, 4, QByteArray(4, '\0'));
            }
            return bytes;
        };
        QCOMPARE(crcLayer(ours), crcLayer(theirs));
        theirs.close();
        QFile::remove(ref);
    }

    // --redundancy sizes the data for the image, not for a medium: a small file, quick for
    // dvdisaster to test and to repair after spread and burst damage (a CD-size repair takes
    // it most of a minute here).
    void redundancyImageIsCheckedAndRepairedByDvdisaster()
    {
        ProcessRun r =
            cli({QStringLiteral("protect"), m_iso, QStringLiteral("--medium"), QStringLiteral("cd"),
                 QStringLiteral("--redundancy"), QStringLiteral("20")});
        QCOMPARE(r.code, 2);
        const QString small = makeIso(
            m_dir.path(), QStringLiteral("small.iso"), QStringLiteral("SMALL"),
            {QStringLiteral("a.bin=") + QString::fromLatin1(randomBytes(12000000, 11).toHex())});
        QVERIFY(!small.isEmpty());
        r = cli({QStringLiteral("protect"), small, QStringLiteral("--redundancy"),
                 QStringLiteral("300")});
        QCOMPARE(r.code, 2);
        const qint64 plainBytes = QFileInfo(small).size();
        const QByteArray plainSha = sha256Of(small);
        r = cli({QStringLiteral("protect"), small, QStringLiteral("--redundancy"),
                 QStringLiteral("20"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY(report.value(QStringLiteral("medium")).isNull());
        const int roots = report.value(QStringLiteral("roots")).toInt();
        // 20% is 43 roots of 255 (whole layers round it up for a small image: 51 at 10 MB).
        QVERIFY2(roots >= 43 && roots <= 46, r.out.constData());
        QVERIFY2(r.out.contains("Added error-correction data: "), r.out.constData());
        const qint64 perLayer = report.value(QStringLiteral("sectorsPerLayer")).toInteger();
        QCOMPARE(report.value(QStringLiteral("mediumSectors")).toInteger(), 255 * perLayer);
        QCOMPARE(QFileInfo(small).size(), 255 * perLayer * 2048);
        QVERIFY(QFileInfo(small).size() < plainBytes * 3 / 2);
        QCOMPARE(sha256OfPrefix(small, plainBytes), plainSha);
        const QByteArray protectedSha = sha256Of(small);

        if (m_dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        ProcessRun t = dvdisaster({QStringLiteral("-t"), QStringLiteral("-i"), small});
        QString text =
            QString::fromLocal8Bit(t.out + t.err).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QVERIFY2(t.code == 0 && text.contains(QStringLiteral("RS03, %1 roots").arg(roots)) &&
                     text.contains(QStringLiteral("Ecc block test   : pass")),
                 qPrintable(text.right(2000)));

        // Spread sectors in the file system and the file, a burst of 40 (one per block), an
        // ecc sector.
        const QByteArray zero(2048, '\0');
        for (qint64 sector : {17LL, 18LL, 25LL, 1000LL, 2000LL})
            QVERIFY(overwriteAt(small, sector * 2048, zero));
        for (qint64 sector = 500; sector < 540; ++sector)
            QVERIFY(overwriteAt(small, sector * 2048, zero));
        QVERIFY(overwriteAt(small, (254 * perLayer + 3) * 2048, QByteArray(2048, '\x5a')));
        QVERIFY(sha256Of(small) != protectedSha);
        t = dvdisaster({QStringLiteral("-t"), QStringLiteral("-i"), small});
        QVERIFY(QString::fromLocal8Bit(t.out + t.err).contains(QStringLiteral("CRC error")));
        const ProcessRun f = dvdisaster({QStringLiteral("-f"), QStringLiteral("-i"), small});
        text = QString::fromLocal8Bit(f.out + f.err).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("All sectors are repaired")),
                 qPrintable(text.right(2000)));
        QCOMPARE(sha256Of(small), protectedSha);
    }

    void protectingTwiceIsRefused()
    {
        if (m_protectedSha.isEmpty())
            QSKIP("needs the protected image");
        for (const QStringList &extra :
             {QStringList{}, QStringList{QStringLiteral("--medium"), QStringLiteral("dvd")}}) {
            const ProcessRun r = cli(QStringList{QStringLiteral("protect"), m_iso} + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("already carries dvdisaster RS03 error-correction data (for "
                                    "a CD"),
                     r.err.constData());
        }
        QCOMPARE(sha256Of(m_iso), m_protectedSha);
    }

    void corruptedHeaderIsReported()
    {
        if (m_protectedSha.isEmpty())
            QSKIP("needs the protected image");
        // The header follows the file system; one flipped byte breaks its CRC.
        QVERIFY(overwriteAt(m_iso, m_originalBytes + 100, QByteArray("\x77", 1)));
        const QByteArray damagedSha = sha256Of(m_iso);
        const ProcessRun r = cli({QStringLiteral("protect"), m_iso});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("header is damaged") && r.err.contains("dvdisaster -f"),
                 r.err.constData());
        QCOMPARE(sha256Of(m_iso), damagedSha);
        // Cut short: the file ends before the last ecc layer does.
        QFile f(m_iso);
        QVERIFY(f.resize(m_originalBytes + 50 * 2048));
        f.close();
        const ProcessRun cut = cli({QStringLiteral("protect"), m_iso});
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.contains("damaged") || cut.err.contains("cut short"), cut.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProtect)
#include "tst_cli_protect.moc"
