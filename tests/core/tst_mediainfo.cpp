#include "device/mediainfo.h"
#include "fixtures.h"

#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// Media info of virtual drives, against images made by xorriso and genisoimage at test time.
class TestMediaInfo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    static QString stdio(const QString &path) { return QStringLiteral("stdio:") + path; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(haveTool(SPINDLE_XORRISO), "xorriso is needed (installed by test.sh)");
        m_iso = makeIso(m_dir.path(), QStringLiteral("plain.iso"), QStringLiteral("SPINDLE_INFO"),
                        {QStringLiteral("readme.txt=hello"), QStringLiteral("docs/a.txt=aaa")},
                        {QStringLiteral("-J"), QStringLiteral("-R")});
        QVERIFY(!m_iso.isEmpty());
    }

    void blankWhenMissing()
    {
        const auto info = queryMediaInfo(stdio(m_dir.filePath(QStringLiteral("new.iso"))));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->status, MediumStatus::Blank);
        QVERIFY(info->writable);
        QVERIFY(info->freeBytes > 0);
        QVERIFY(!info->filesystem.present);
        QVERIFY(info->sessions.isEmpty());
        QVERIFY(
            !QFile::exists(m_dir.filePath(QStringLiteral("new.iso")))); // looking creates nothing
    }

    void blankWhenEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.iso"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto info = queryMediaInfo(stdio(path));
        QVERIFY(info.ok());
        QCOMPARE(info->status, MediumStatus::Blank);
        QCOMPARE(info->usedBytes, qint64(0));
    }

    void writtenIso()
    {
        const auto info = queryMediaInfo(stdio(m_iso));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->status, MediumStatus::Closed);
        QCOMPARE(info->usedBytes, QFileInfo(m_iso).size());
        QCOMPARE(info->sessions.size(), 1);
        QCOMPARE(info->sessions.first().tracks.first().sizeBytes, QFileInfo(m_iso).size());
        const FilesystemInfo &fs = info->filesystem;
        QVERIFY(fs.present);
        QVERIFY(fs.iso9660);
        QCOMPARE(fs.label, QStringLiteral("SPINDLE_INFO"));
        QVERIFY(fs.joliet);
        QVERIFY(fs.rockRidge);
        QVERIFY(!fs.udf);
        QVERIFY(!fs.elTorito);
        QVERIFY(!fs.dvdVideo);
        QVERIFY(fs.created.isValid());
        QVERIFY(qAbs(fs.created.secsTo(QDateTime::currentDateTime())) < 3600);
        // xorriso pads the image: the file system size is what isoinfo reports as volume size.
        QByteArray out;
        if (haveTool(SPINDLE_ISOINFO)) {
            QCOMPARE(runTool(QStringLiteral(SPINDLE_ISOINFO),
                             {QStringLiteral("-d"), QStringLiteral("-i"), m_iso}, &out),
                     0);
            const QByteArray marker = "Volume size is: ";
            const int at = out.indexOf(marker);
            QVERIFY(at >= 0);
            const qint64 blocks =
                out.mid(at + marker.size(), out.indexOf('\n', at) - at - marker.size())
                    .trimmed()
                    .toLongLong();
            QCOMPARE(fs.sizeBytes, blocks * 2048);
        }
    }

    void plainIsoWithoutExtensions()
    {
        // xorriso always writes Rock Ridge; genisoimage without -R/-J writes plain ISO9660.
        QVERIFY(haveTool(SPINDLE_GENISOIMAGE));
        const QString iso = m_dir.filePath(QStringLiteral("bare.iso"));
        QCOMPARE(
            runTool(QStringLiteral(SPINDLE_GENISOIMAGE),
                    {QStringLiteral("-quiet"), QStringLiteral("-V"), QStringLiteral("BARE"),
                     QStringLiteral("-o"), iso, m_dir.filePath(QStringLiteral("root-plain.iso"))}),
            0);
        const auto info = queryMediaInfo(stdio(iso));
        QVERIFY(info.ok());
        QCOMPARE(info->filesystem.label, QStringLiteral("BARE"));
        QVERIFY(!info->filesystem.joliet);
        QVERIFY(!info->filesystem.rockRidge);
        // isoinfo, a reader we did not write, agrees.
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_ISOINFO),
                         {QStringLiteral("-d"), QStringLiteral("-i"), iso}, &out),
                 0);
        QVERIFY(out.contains("NO Rock Ridge present"));
        QVERIFY(out.contains("NO Joliet present"));
    }

    void bootableAndDvdVideo()
    {
        // A 2048-byte "boot image" is enough for an El Torito catalog entry.
        const QString iso =
            makeIso(m_dir.path(), QStringLiteral("boot.iso"), QStringLiteral("BOOT"),
                    {QStringLiteral("boot/boot.img=") + QString(2048, QLatin1Char('b')),
                     QStringLiteral("VIDEO_TS/VIDEO_TS.IFO=x")},
                    {QStringLiteral("-b"), QStringLiteral("boot/boot.img"),
                     QStringLiteral("-no-emul-boot")});
        QVERIFY(!iso.isEmpty());
        const auto info = queryMediaInfo(stdio(iso));
        QVERIFY(info.ok());
        QVERIFY(info->filesystem.elTorito);
        QVERIFY(info->filesystem.dvdVideo);
    }

    void udfBridge()
    {
        if (!haveTool(SPINDLE_GENISOIMAGE))
            QFAIL("genisoimage is needed (installed by test.sh)");
        const QString root = m_dir.filePath(QStringLiteral("udfroot"));
        QDir().mkpath(root);
        QFile f(root + QStringLiteral("/a.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("udf");
        f.close();
        const QString iso = m_dir.filePath(QStringLiteral("udf.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_GENISOIMAGE),
                         {QStringLiteral("-quiet"), QStringLiteral("-udf"), QStringLiteral("-V"),
                          QStringLiteral("UDFTEST"), QStringLiteral("-o"), iso, root}),
                 0);
        const auto info = queryMediaInfo(stdio(iso));
        QVERIFY(info.ok());
        QVERIFY(info->filesystem.udf);
        QVERIFY(info->filesystem.iso9660);
        QCOMPARE(info->filesystem.label, QStringLiteral("UDFTEST"));
    }

    void nonIsoData()
    {
        const QString path = m_dir.filePath(QStringLiteral("data.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 2048, 'z'));
        f.close();
        const auto info = queryMediaInfo(stdio(path));
        QVERIFY(info.ok());
        QCOMPARE(info->status, MediumStatus::Closed);
        QVERIFY(!info->filesystem.present);
        QCOMPARE(info->usedBytes, qint64(100 * 2048));
    }

    void readOnlyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.iso"));
        QVERIFY(QFile::copy(m_iso, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const auto info =
            queryMediaInfo(stdio(path), MediumKind::parse(QStringLiteral("dvd+rw")).value());
        QVERIFY(info.ok());
        QVERIFY(!info->writable);
        QVERIFY(!info->erasable);
        QCOMPARE(info->freeBytes, qint64(0));
        QCOMPARE(info->filesystem.label, QStringLiteral("SPINDLE_INFO"));
        QVERIFY(info->notes.join(QLatin1Char(' ')).contains(QLatin1String("read-only")));
    }

    void missingFolder()
    {
        const auto info =
            queryMediaInfo(stdio(m_dir.filePath(QStringLiteral("no/such/dir/x.iso"))));
        QVERIFY(!info.ok());
        QVERIFY(info.error().message.contains(QLatin1String("does not exist")));
        QVERIFY(info.error().message.contains(m_dir.filePath(QStringLiteral("no/such/dir"))));
    }

    void noDriveAtDevice()
    {
        const auto info = queryMediaInfo(QStringLiteral("/dev/sr97"));
        QVERIFY(!info.ok());
        QVERIFY(info.error().message.contains(QLatin1String("/dev/sr97")));
    }

    void emulatedKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("written");
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<bool>("erasable");
        QTest::addColumn<bool>("freeAfterWrite");
        const QStringList kinds = MediumKind::knownKeys();
        for (const QString &k : kinds) {
            const MediumKind m = MediumKind::parse(k).value();
            for (bool written : {false, true}) {
                QTest::addRow("%s-%s", qPrintable(k), written ? "written" : "blank")
                    << k << written << m.capacityBytes << m.erasable << m.overwritable;
            }
        }
        QTest::addRow("700M-written")
            << "700M" << true << qint64(700000000 - 700000000 % 2048) << true << true;
    }
    void emulatedKinds()
    {
        QFETCH(QString, kind);
        QFETCH(bool, written);
        QFETCH(qint64, capacity);
        QFETCH(bool, erasable);
        QFETCH(bool, freeAfterWrite);
        const QString path = written ? m_iso : m_dir.filePath(QStringLiteral("blank-") + kind);
        const auto info = queryMediaInfo(stdio(path), MediumKind::parse(kind).value());
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->capacityBytes, capacity);
        QCOMPARE(info->status, written ? MediumStatus::Closed : MediumStatus::Blank);
        if (written) {
            QCOMPARE(info->erasable, erasable);
            QCOMPARE(info->freeBytes, freeAfterWrite ? capacity : qint64(0));
            // A written DVD-R or CD-RW is closed (takes nothing more until erased) even
            // though its file may be written: as a real drive reports such a disc.
            QCOMPARE(info->writable, freeAfterWrite);
        } else {
            QVERIFY(info->writable);
            QVERIFY(!info->erasable); // nothing to erase on a blank disc
            QCOMPARE(info->freeBytes, capacity);
            // ... which a bare "Erasable: No" would not say: it reads as "cannot be reused".
            const QString text = blankRewritableText(info.value());
            if (!erasable)
                QVERIFY2(text.isEmpty(), qPrintable(text)); // write-once: "No" is the truth
            else if (kind == QLatin1String("dvd+rw") || kind == QLatin1String("bd-re"))
                QCOMPARE(text, QStringLiteral("Blank: nothing to erase; can be formatted"));
            else
                QCOMPARE(text, QStringLiteral("Blank: nothing to erase"));
        }
        if (written)
            QVERIFY(blankRewritableText(info.value()).isEmpty());
        QVERIFY(!info->profileName.isEmpty());
    }

    void capacityLimitedByFileSystem()
    {
        // A 4 TB emulated medium (about the largest libburn can number) is larger than any test
        // machine's disk: the free space shown must be the file system's, not the medium's.
        const auto huge = MediumKind::parse(QStringLiteral("4000G"));
        QVERIFY2(huge.ok(), qPrintable(huge.error().message));
        const auto info =
            queryMediaInfo(stdio(m_dir.filePath(QStringLiteral("huge.iso"))), huge.value());
        QVERIFY(info.ok());
        const qint64 fsFree = QStorageInfo(m_dir.path()).bytesAvailable();
        QVERIFY(info->freeBytes < info->capacityBytes);
        QVERIFY(qAbs(info->freeBytes - fsFree) < 64LL * 1024 * 1024);
        QVERIFY(info->notes.join(QLatin1Char(' ')).contains(QLatin1String("less free space")));
    }
};

QTEST_GUILESS_MAIN(TestMediaInfo)
#include "tst_mediainfo.moc"
