#include "dvdvideosetup.h"
#include "fixtures.h"
#include "image/isoprobe.h"
#include "tree/sourcespec.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

constexpr qint64 Block = 2048;

QString tool(const QString &name)
{
    // mkudffs lives in /usr/sbin, which a user's PATH may lack.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

struct Probe
{
    FilesystemInfo info;
    qint64 blocksRead = 0;
};

// probeFilesystem on an image file, counting what it reads.
Probe probeFile(const QString &path, qint64 sessionStart = 0)
{
    Probe p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return p;
    const BlockReader read = [&](qint64 lba, int blocks, char *buffer) -> qint64 {
        p.blocksRead += blocks;
        if (lba < 0 || blocks <= 0 || !file.seek(lba * Block))
            return 0;
        return qMax<qint64>(0, file.read(buffer, blocks * Block));
    };
    p.info = probeFilesystem(read, sessionStart);
    return p;
}

QString capture(const QByteArray &out, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLocal8Bit(out));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// What isoinfo (cdrkit), a reader we did not write, says about an ISO 9660 volume.
struct IsoinfoReport
{
    bool iso9660 = false;
    QString label;
    qint64 sizeBytes = 0;
    bool joliet = false;
    bool rockRidge = false;
    bool elTorito = false;
};

IsoinfoReport isoinfo(const QString &image, qint64 sessionStart = 0)
{
    QStringList args{QStringLiteral("-d"), QStringLiteral("-i"), image};
    if (sessionStart)
        args << QStringLiteral("-N") << QString::number(sessionStart);
    const ProcessRun run = runProcess(tool(QStringLiteral("isoinfo")), args, 60000);
    IsoinfoReport r;
    r.iso9660 = run.code == 0 && run.out.contains("CD-ROM is in ISO 9660 format");
    if (!r.iso9660)
        return r;
    r.label = capture(run.out, "^Volume id: (.*)$");
    r.sizeBytes = capture(run.out, "^Volume size is: (\\d+)").toLongLong() *
                  capture(run.out, "^Logical block size is: (\\d+)").toLongLong();
    r.joliet = run.out.contains("Joliet with UCS level");
    r.rockRidge = run.out.contains("Rock Ridge signatures version");
    r.elTorito = run.out.contains("El Torito VD version");
    return r;
}

// xorriso's reading of the primary volume descriptor's creation time: its 16 digits as
// stored, without the time zone byte.
QString xorrisoCreation(const QString &image)
{
    const ProcessRun run =
        runProcess(tool(QStringLiteral("xorriso")),
                   {QStringLiteral("-indev"), image, QStringLiteral("-pvd_info")}, 60000);
    return capture(run.out, "^Creation Time: (\\d{16})");
}

// udfinfo (udftools): the volume identifier and where the partition ends.
struct UdfinfoReport
{
    bool udf = false;
    QString vid;
    qint64 partitionEndBytes = 0;
};

UdfinfoReport udfinfo(const QString &image)
{
    const ProcessRun run = runProcess(tool(QStringLiteral("udfinfo")), {image}, 60000);
    UdfinfoReport r;
    r.udf = run.code == 0;
    r.vid = capture(run.out, "^vid=(.*)$");
    static const QRegularExpression space(QStringLiteral("^start=(\\d+), blocks=(\\d+), "
                                                         "type=PSPACE$"),
                                          QRegularExpression::MultilineOption);
    const auto m = space.match(QString::fromLocal8Bit(run.out));
    if (m.hasMatch())
        r.partitionEndBytes = (m.captured(1).toLongLong() + m.captured(2).toLongLong()) * Block;
    return r;
}

// The stored digits of a volume date, in the time zone it was stored with.
QString digits(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMddhhmmss")) +
           QStringLiteral("%1").arg(t.time().msec() / 10, 2, 10, QLatin1Char('0'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

// probeFilesystem against images of each kind made at test time by xorriso, genisoimage and
// mkudffs; each verdict is checked with isoinfo, xorriso or udfinfo as well.
class TestIsoProbe final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tree;   // a.txt, sub/b.txt, boot.img
    QString m_dvd;    // the same with an (empty) VIDEO_TS folder
    QString m_rrIso;  // xorriso image of m_dvd: Rock Ridge, VIDEO_TS
    QString m_udfIso; // genisoimage -udf image of m_tree

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool make(const QString &program, const QStringList &args)
    {
        ProcessRun run = runProcess(tool(program), args, 120000);
        // xorriso 1.5.4 was seen to crash with SIGSEGV while shutting down after "completed
        // successfully" (once in a CI run): a fixture maker's crash, so it is run again once.
        if (run.code != 0 && run.err.contains("SIGSEGV"))
            run = runProcess(tool(program), args, 120000);
        if (run.code != 0)
            qWarning("%s failed: %s", qPrintable(program), run.err.constData());
        return run.code == 0;
    }

    bool mkudffsImage(const QString &image)
    {
        QFile f(image);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(4 * 1024 * 1024))
            return false;
        f.close();
        return make(QStringLiteral("mkudffs"),
                    {QStringLiteral("-b"), QStringLiteral("2048"),
                     QStringLiteral("--media-type=hd"), QStringLiteral("--vid=UDFONLY"),
                     QStringLiteral("--lvid=UDF only"), image});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"xorriso", "genisoimage", "isoinfo", "mkudffs", "udfinfo"})
            QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed (installer/debian-packages.txt)")
                                    .arg(QString::fromLatin1(name))));
        m_tree = path(QStringLiteral("tree"));
        m_dvd = path(QStringLiteral("dvd"));
        for (const QString &root : {m_tree, m_dvd}) {
            QVERIFY(writeFile(root + QStringLiteral("/a.txt"), "hello"));
            QVERIFY(writeFile(root + QStringLiteral("/sub/b.txt"), "world"));
            QVERIFY(writeFile(root + QStringLiteral("/boot.img"), QByteArray(2048, 'b')));
        }
        QVERIFY(QDir().mkpath(m_dvd + QStringLiteral("/VIDEO_TS")));
        m_rrIso = path(QStringLiteral("rr.iso"));
        QVERIFY(make(QStringLiteral("xorriso"),
                     {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                      QStringLiteral("RR_DVD"), QStringLiteral("-o"), m_rrIso, m_dvd}));
        m_udfIso = path(QStringLiteral("udf.iso"));
        QVERIFY(make(QStringLiteral("genisoimage"),
                     {QStringLiteral("-quiet"), QStringLiteral("-udf"), QStringLiteral("-V"),
                      QStringLiteral("BRIDGE"), QStringLiteral("-o"), m_udfIso, m_tree}));
    }

    void fileSystems_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args"); // %tree, %dvd and %out are replaced
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("joliet");
        QTest::addColumn<bool>("rockRidge");
        QTest::addColumn<bool>("elTorito");
        QTest::addColumn<bool>("udf");
        QTest::addColumn<bool>("dvdVideo");
        enum : int
        {
            J = 1, // Joliet
            R = 2, // Rock Ridge
            E = 4, // El Torito
            U = 8, // UDF
            D = 16 // DVD-Video
        };
        auto row = [](const char *name, const char *program, const char *args, const char *label,
                      int kinds) {
            QTest::newRow(name) << QString::fromLatin1(program)
                                << QString::fromLatin1(args).split(QLatin1Char(' '))
                                << QString::fromLatin1(label) << bool(kinds & J) << bool(kinds & R)
                                << bool(kinds & E) << bool(kinds & U) << bool(kinds & D);
        };
        // genisoimage writes neither Joliet nor Rock Ridge unless asked; xorriso always
        // writes Rock Ridge.
        row("plain ISO 9660", "genisoimage", "-quiet -V PLAIN -o %out %tree", "PLAIN", 0);
        row("Joliet", "genisoimage", "-quiet -J -V JOLIET -o %out %tree", "JOLIET", J);
        row("Rock Ridge", "xorriso", "-as mkisofs -V ROCK -o %out %tree", "ROCK", R);
        row("Joliet and Rock Ridge", "genisoimage", "-quiet -J -R -V BOTH -o %out %tree", "BOTH",
            J | R);
        row("El Torito", "xorriso", "-as mkisofs -V BOOT -b boot.img -no-emul-boot -o %out %tree",
            "BOOT", R | E);
        row("El Torito with Joliet", "genisoimage",
            "-quiet -J -V BOOTJ -b boot.img -no-emul-boot -boot-load-size 4 -o %out %tree", "BOOTJ",
            J | E);
        row("UDF bridge", "genisoimage", "-quiet -udf -V BRIDGE -o %out %tree", "BRIDGE", U);
        row("UDF bridge, Joliet, Rock Ridge", "genisoimage",
            "-quiet -udf -J -R -V ALL3 -o %out %tree", "ALL3", J | R | U);
        row("VIDEO_TS folder", "xorriso", "-as mkisofs -V DVD -o %out %dvd", "DVD", R | D);
        row("VIDEO_TS folder, UDF bridge", "genisoimage", "-quiet -udf -V DVDUDF -o %out %dvd",
            "DVDUDF", U | D);
    }

    void fileSystems()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        const QString image =
            path(QString::fromLatin1(QTest::currentDataTag())
                     .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("_")) +
                 QStringLiteral(".iso"));
        for (QString &a : args) {
            a.replace(QStringLiteral("%tree"), m_tree)
                .replace(QStringLiteral("%dvd"), m_dvd)
                .replace(QStringLiteral("%out"), image);
        }
        QVERIFY(make(program, args));
        const Probe p = probeFile(image);
        const FilesystemInfo &fs = p.info;
        QFETCH(QString, label);
        QFETCH(bool, joliet);
        QFETCH(bool, rockRidge);
        QFETCH(bool, elTorito);
        QFETCH(bool, udf);
        QFETCH(bool, dvdVideo);
        QVERIFY(fs.present);
        QVERIFY(fs.iso9660);
        QCOMPARE(fs.label, label);
        QCOMPARE(fs.joliet, joliet);
        QCOMPARE(fs.rockRidge, rockRidge);
        QCOMPARE(fs.elTorito, elTorito);
        QCOMPARE(fs.udf, udf);
        QCOMPARE(fs.dvdVideo, dvdVideo);
        QVERIFY(fs.created.isValid());
        QVERIFY(qAbs(fs.created.secsTo(QDateTime::currentDateTime())) < 3600);
        QVERIFY2(p.blocksRead <= 120, qPrintable(QString::number(p.blocksRead)));

        const IsoinfoReport iso = isoinfo(image);
        QVERIFY(iso.iso9660);
        QCOMPARE(fs.label, iso.label);
        QCOMPARE(fs.sizeBytes, iso.sizeBytes);
        QCOMPARE(fs.joliet, iso.joliet);
        QCOMPARE(fs.rockRidge, iso.rockRidge);
        QCOMPARE(fs.elTorito, iso.elTorito);
        QCOMPARE(digits(fs.created), xorrisoCreation(image));

        const UdfinfoReport u = udfinfo(image);
        QCOMPARE(fs.udf, u.udf);
        if (udf) {
            QCOMPARE(fs.udfEndBytes, u.partitionEndBytes);
            QVERIFY(fs.udfEndBytes > 0 && fs.udfEndBytes <= QFileInfo(image).size());
        } else {
            QCOMPARE(fs.udfEndBytes, qint64(0));
        }
    }

    // The creation date is read with its time zone: xorriso writes a fixed one in UTC.
    void creationDate()
    {
        const QString image = path(QStringLiteral("dated.iso"));
        QVERIFY(
            make(QStringLiteral("xorriso"),
                 {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                  QStringLiteral("DATED"), QStringLiteral("--modification-date=2020010203040567"),
                  QStringLiteral("-o"), image, m_tree}));
        const FilesystemInfo fs = probeFile(image).info;
        QCOMPARE(fs.created, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5, 670), QTimeZone::utc()));
        QCOMPARE(xorrisoCreation(image), QStringLiteral("2020010203040567"));
    }

    // genisoimage stores local time with its offset from UTC (in 15-minute steps): here
    // +05:30, a zone that needs no time zone database.
    void creationDateOffset()
    {
        const QString image = path(QStringLiteral("zoned.iso"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("IST-5:30"));
        process.setProcessEnvironment(env);
        process.start(tool(QStringLiteral("genisoimage")),
                      {QStringLiteral("-quiet"), QStringLiteral("-V"), QStringLiteral("ZONED"),
                       QStringLiteral("-o"), image, m_tree});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const FilesystemInfo fs = probeFile(image).info;
        QCOMPARE(fs.created.offsetFromUtc(), 5 * 3600 + 30 * 60);
        QVERIFY(qAbs(fs.created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(digits(fs.created), xorrisoCreation(image));
    }

    // A UDF-only volume: no ISO 9660 descriptors at all, the label from UDF's primary volume
    // descriptor.
    void udfOnly()
    {
        const QString image = path(QStringLiteral("udfonly.img"));
        QVERIFY(mkudffsImage(image));
        const Probe p = probeFile(image);
        QVERIFY(p.info.present);
        QVERIFY(p.info.udf);
        QVERIFY(!p.info.iso9660);
        QVERIFY(!p.info.joliet && !p.info.rockRidge && !p.info.elTorito && !p.info.dvdVideo);
        QCOMPARE(p.info.sizeBytes, qint64(0));
        QVERIFY(p.blocksRead <= 120);
        QVERIFY(!isoinfo(image).iso9660);
        const UdfinfoReport u = udfinfo(image);
        QVERIFY(u.udf);
        QCOMPARE(p.info.label, u.vid);
        QCOMPARE(p.info.label, QStringLiteral("UDFONLY"));
        QCOMPARE(p.info.udfEndBytes, u.partitionEndBytes);
    }

    // A real bootable image (El Torito BIOS and UEFI, isohybrid MBR) as Debian ships it.
    void ipxeImage()
    {
        const QString image = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        if (!QFile::exists(image))
            QSKIP("/usr/lib/ipxe/ipxe.iso is not installed (package ipxe)");
        const FilesystemInfo fs = probeFile(image).info;
        const IsoinfoReport iso = isoinfo(image);
        QVERIFY(fs.iso9660);
        QVERIFY(fs.elTorito);
        QCOMPARE(fs.elTorito, iso.elTorito);
        QCOMPARE(fs.rockRidge, iso.rockRidge);
        QCOMPARE(fs.joliet, iso.joliet);
        QCOMPARE(fs.label, iso.label);
        QCOMPARE(fs.sizeBytes, iso.sizeBytes);
    }

    // The DVD-Video fixture: dvdauthor's files mastered by genisoimage -dvd-video -udf.
    void dvdVideoImage()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup);
        const FilesystemInfo fs = probeFile(setup.dvd->image).info;
        QVERIFY(fs.dvdVideo);
        QVERIFY(fs.iso9660);
        QVERIFY(fs.udf);
        QCOMPARE(fs.label, setup.dvd->label);
        QCOMPARE(fs.udfEndBytes, udfinfo(setup.dvd->image).partitionEndBytes);
        QCOMPARE(fs.sizeBytes, isoinfo(setup.dvd->image).sizeBytes);
    }

    // VIDEO_TS counts only as a folder in the root.
    void videoTsElsewhere()
    {
        const QString file = path(QStringLiteral("vtsfile"));
        QVERIFY(writeFile(file + QStringLiteral("/VIDEO_TS"), "not a folder"));
        const QString nested = path(QStringLiteral("vtsnested"));
        QVERIFY(QDir().mkpath(nested + QStringLiteral("/sub/VIDEO_TS")));
        for (const QString &root : {file, nested}) {
            const QString image = root + QStringLiteral(".iso");
            QVERIFY(
                make(QStringLiteral("xorriso"), {QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                                 QStringLiteral("-o"), image, root}));
            const FilesystemInfo fs = probeFile(image).info;
            QVERIFY(fs.iso9660);
            QVERIFY2(!fs.dvdVideo, qPrintable(root));
        }
    }

    // A later session: its descriptors at sessionStart + 16, its extents absolute. xorriso
    // makes it with -C (the session's start); the blocks before it stay zero here.
    void laterSession()
    {
        const qint64 start = 320;
        const QString part = path(QStringLiteral("session2.part"));
        QVERIFY(make(QStringLiteral("xorriso"),
                     {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                      QStringLiteral("SESSION2"), QStringLiteral("-C"),
                      QStringLiteral("0,%1").arg(start), QStringLiteral("-o"), part, m_dvd}));
        QFile in(part);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString image = path(QStringLiteral("session2.iso"));
        QVERIFY(writeFile(image, QByteArray(start * Block, '\0') + in.readAll()));

        const FilesystemInfo fs = probeFile(image, start).info;
        const IsoinfoReport iso = isoinfo(part, start);
        QVERIFY(iso.iso9660);
        QVERIFY(fs.iso9660);
        QCOMPARE(fs.label, QStringLiteral("SESSION2"));
        QCOMPARE(fs.label, iso.label);
        QCOMPARE(fs.sizeBytes, iso.sizeBytes);
        QCOMPARE(fs.rockRidge, iso.rockRidge);
        QVERIFY(fs.rockRidge);
        QVERIFY(fs.dvdVideo); // found only by following the root's absolute extent

        QVERIFY(!probeFile(image, 0).info.present);
    }

    void notFilesystems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one block") << QByteArray(Block, '\0');
        QTest::newRow("zeros") << QByteArray(1024 * 1024, '\0');
        QTest::newRow("ones") << QByteArray(1024 * 1024, char(0xFF));
        QByteArray random(1024 * 1024, '\0');
        QRandomGenerator generator(11);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random") << random;
        // The identifiers at the wrong offset (block 16 byte 0 instead of 1).
        QByteArray shifted(1024 * 1024, '\0');
        shifted.replace(16 * Block, 6, "CD001\x01", 6);
        shifted.replace(17 * Block, 5, "NSR02", 5);
        QTest::newRow("shifted identifiers") << shifted;
    }

    void notFilesystems()
    {
        QFETCH(QByteArray, bytes);
        const QString image = path(QStringLiteral("data.bin"));
        QVERIFY(writeFile(image, bytes));
        const Probe p = probeFile(image);
        QVERIFY(!p.info.present);
        QVERIFY(!p.info.iso9660);
        QVERIFY(!p.info.udf);
        QVERIFY(p.info.label.isEmpty());
        QVERIFY(p.blocksRead <= 120);
        QVERIFY(!isoinfo(image).iso9660);
        QVERIFY(!udfinfo(image).udf);
    }

    // A damaged ISO: its primary volume descriptor's identifier overwritten.
    void brokenIdentifier()
    {
        QFile in(m_rrIso);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QCOMPARE(bytes.mid(16 * Block + 1, 5), QByteArray("CD001"));
        bytes[16 * Block + 5] = '2';
        const QString image = path(QStringLiteral("broken.iso"));
        QVERIFY(writeFile(image, bytes));
        QVERIFY(!probeFile(image).info.present);
        QVERIFY(!isoinfo(image).iso9660);
    }

    // Truncated images: the probe tells what the blocks that are there say.
    void truncated()
    {
        QFile in(m_rrIso);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray rr = in.readAll();
        const QString image = path(QStringLiteral("cut.iso"));

        // The system area only: nothing.
        QVERIFY(writeFile(image, rr.left(16 * Block)));
        QVERIFY(!probeFile(image).info.present);
        // Half the primary volume descriptor: nothing.
        QVERIFY(writeFile(image, rr.left(16 * Block + 1024)));
        QVERIFY(!probeFile(image).info.present);
        // The volume descriptors but not the root directory: ISO 9660 with its label, and
        // nothing that only the root directory could tell.
        const char *rootRecord = rr.constData() + 16 * Block + 156; // in the PVD
        const qint64 rootExtent = qFromLittleEndian<quint32>(rootRecord + 2);
        QVERIFY(rootExtent > 16 && rootExtent * Block < rr.size());
        QVERIFY(writeFile(image, rr.left(rootExtent * Block)));
        FilesystemInfo fs = probeFile(image).info;
        QVERIFY(fs.present && fs.iso9660);
        QCOMPARE(fs.label, QStringLiteral("RR_DVD"));
        QVERIFY(!fs.rockRidge);
        QVERIFY(!fs.dvdVideo);

        // A UDF bridge cut before UDF's anchor (block 256): UDF is there, its end unknown.
        QFile udfIn(m_udfIso);
        QVERIFY(udfIn.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(image, udfIn.readAll().left(100 * Block)));
        fs = probeFile(image).info;
        QVERIFY(fs.iso9660 && fs.udf);
        QCOMPARE(fs.label, QStringLiteral("BRIDGE"));
        QCOMPARE(fs.udfEndBytes, qint64(0));
    }

    // A UDF-only volume whose anchor is damaged: the recognition sequence still says UDF,
    // but there is no partition end to report and no label.
    void udfBrokenAnchor()
    {
        const QString image = path(QStringLiteral("udfanchor.img"));
        QVERIFY(mkudffsImage(image));
        QFile f(image);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(256 * Block));
        QCOMPARE(f.read(2), QByteArray("\x02\x00", 2)); // tag 2: anchor volume descriptor
        QVERIFY(f.seek(256 * Block));
        f.write(QByteArray(Block, '\0'));
        f.close();
        const FilesystemInfo fs = probeFile(image).info;
        QVERIFY(fs.udf);
        QVERIFY(fs.label.isEmpty());
        QCOMPARE(fs.udfEndBytes, qint64(0));
    }
    // Issue 16, item 6: a file that looks like an image (by its name, or by being the source
    // itself) but holds no ISO 9660 volume is refused and says what it holds, instead of
    // being added as a plain file. --add (asIs) still takes any file as a file.
    void notIso9660Sources_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // empty: made by mkudffs
        QTest::addColumn<QString>("expected"); // in the message
        QByteArray random(1024 * 1024, '\0');
        QRandomGenerator generator(16);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QFile in(m_rrIso);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray patched = in.readAll();
        QCOMPARE(patched.mid(16 * Block + 1, 5), QByteArray("CD001"));
        patched.replace(16 * Block + 1, 5, "CDXXX");
        const QString notImage = QStringLiteral("not a disc image");
        const QString udf = QStringLiteral("UDF only: not supported as a source yet");
        QTest::newRow("random .iso") << QStringLiteral("random.iso") << random << notImage;
        QTest::newRow("random .img") << QStringLiteral("random.img") << random << notImage;
        QTest::newRow("zeros .udf")
            << QStringLiteral("zeros.udf") << QByteArray(1 << 20, '\0') << notImage;
        QTest::newRow("broken magic") << QStringLiteral("patched.iso") << patched << notImage;
        QTest::newRow("random, no image name")
            << QStringLiteral("random.bin") << random << notImage;
        QTest::newRow("mkudffs .iso") << QStringLiteral("udfonly.iso") << QByteArray() << udf;
        QTest::newRow("mkudffs .bin") << QStringLiteral("udfonly.bin") << QByteArray() << udf;
    }

    void notIso9660Sources()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("sources/") + name);
        if (bytes.isEmpty()) {
            QVERIFY(QDir().mkpath(path(QStringLiteral("sources"))));
            QVERIFY(mkudffsImage(file));
            QVERIFY(udfinfo(file).udf);
        } else {
            QVERIFY(writeFile(file, bytes));
        }
        QVERIFY(!isoinfo(file).iso9660);
        const auto refused = SourceSpec::parse(file);
        QVERIFY2(!refused,
                 qPrintable(refused ? QString::number(int(refused.value().kind)) : QString()));
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QLatin1String("--add")),
                 qPrintable(refused.error().message));
        // Given explicitly as a file to add, it is one.
        const auto added = SourceSpec::parse(file + QStringLiteral("=/x"), true);
        QVERIFY(added);
        QCOMPARE(added.value().kind, SourceSpec::Kind::LocalFile);
        // Compressed the way images are downloaded, the verdict is the same.
        QCOMPARE(runProcess(tool(QStringLiteral("gzip")), {QStringLiteral("-kf"), file}).code, 0);
        const auto compressed = SourceSpec::parse(file + QStringLiteral(".gz"));
        QVERIFY(!compressed);
        QVERIFY2(compressed.error().message.contains(expected),
                 qPrintable(compressed.error().message));
        // Dropped on the New Image page, a file that looks like an image is refused the same
        // way; one that does not (by name or by a UDF recognition sequence) is added as a file.
        const auto dropped = SourceSpec::parse(file, SourceSpec::FileRole::Dropped);
        if (expected == QLatin1String("not a disc image") && name.endsWith(QLatin1String(".bin"))) {
            QVERIFY(dropped);
            QCOMPARE(dropped.value().kind, SourceSpec::Kind::LocalFile);
        } else {
            QVERIFY(!dropped);
            QCOMPARE(dropped.error().message, refused.error().message);
        }
    }

    // The same judgement does not reach into folders: a folder holding a random .iso is a
    // folder source like any other.
    void folderWithRandomIso()
    {
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(17);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        const QString folder = path(QStringLiteral("holder"));
        QVERIFY(writeFile(folder + QStringLiteral("/random.iso"), random));
        const auto spec = SourceSpec::parse(folder);
        QVERIFY(spec);
        QCOMPARE(spec.value().kind, SourceSpec::Kind::Folder);
    }
};

QTEST_GUILESS_MAIN(TestIsoProbe)
#include "tst_isoprobe.moc"
