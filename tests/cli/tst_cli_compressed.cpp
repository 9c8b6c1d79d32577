#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// Compressed images (.iso.gz, .xz, .bz2, .zst) as sources of ls and build: decoded on the fly
// (core/compressedisodatasource), they must give the same tree and, with --reproducible, the
// same bytes as the plain image. The compressed files are made at test time with gzip, xz,
// bzip2 and zstd from an image xorriso makes.
class TestCliCompressed final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain; // several MiB of file contents, more than the decoder keeps behind it
    const QString m_ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    // TOOL -c -1 SOURCE > (our folder)/NAME.SUFFIX
    QString compress(const QString &source, const QString &tool, const QString &suffix)
    {
        return compressFile(
            source, tool, m_dir.filePath(QFileInfo(source).fileName() + QLatin1Char('.') + suffix));
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // `ls --json` entries without the source name, which differs by design.
    static QJsonArray listing(const QString &source)
    {
        const Run r = cli({QStringLiteral("ls"), QStringLiteral("--json"), source});
        if (r.code != 0) {
            qWarning("ls %s: %s", qPrintable(source), r.err.constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
    }

    QString builtFrom(const QString &source, const QString &name, const QStringList &extra = {})
    {
        const QString out = m_dir.filePath(name);
        QStringList args{QStringLiteral("build"), source, QStringLiteral("--output"), out,
                         QStringLiteral("--reproducible")};
        const Run r = cli(args << extra);
        if (r.code != 0) {
            qWarning("build %s: %s", qPrintable(source), r.err.constData());
            return {};
        }
        return out;
    }

    static bool same(const QString &a, const QString &b)
    {
        return runTool(QStringLiteral("cmp"), {a, b}) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Incompressible contents in several folders, so the image's data area is larger than
        // what the decoder keeps behind its position and file order matters.
        QStringList entries{QStringLiteral("readme.txt=hello"), QStringLiteral("empty/")};
        // A fixed seed: the same sizes every run (random sizes fell below the size check
        // now and then), still incompressible.
        QRandomGenerator seeded(20261124);
        auto *random = &seeded;
        for (int d = 0; d < 4; ++d) {
            for (int f = 0; f < 12; ++f) {
                QByteArray data(int(random->bounded(20000, 400000)), Qt::Uninitialized);
                for (char &c : data)
                    c = char(random->bounded(256));
                entries << QStringLiteral("dir%1/file%2.bin=").arg(d).arg(f) +
                               QString::fromLatin1(data.toBase64());
            }
        }
        m_plain = makeIso(m_dir.path(), QStringLiteral("plain.iso"), QStringLiteral("PLAIN"),
                          entries, {QStringLiteral("-J"), QStringLiteral("-R")});
        QVERIFY(!m_plain.isEmpty());
        QVERIFY(QFileInfo(m_plain).size() > 12 * 1024 * 1024);
    }

    void lsAndBuildMatchThePlainImage_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("gzip") << QStringLiteral("gzip") << QStringLiteral("gz");
        QTest::newRow("xz") << QStringLiteral("xz") << QStringLiteral("xz");
        QTest::newRow("bzip2") << QStringLiteral("bzip2") << QStringLiteral("bz2");
        QTest::newRow("zstd") << QStringLiteral("zstd") << QStringLiteral("zst");
    }

    void lsAndBuildMatchThePlainImage()
    {
        QFETCH(QString, tool);
        QFETCH(QString, suffix);
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
        const QString packed = compress(m_plain, tool, suffix);
        QVERIFY(!packed.isEmpty());
        const QByteArray before = fileBytes(packed);

        const QJsonArray plainList = listing(m_plain);
        QVERIFY(plainList.size() > 48);
        QCOMPARE(listing(packed), plainList);

        const QString fromPlain =
            builtFrom(m_plain, QStringLiteral("from-plain-%1.iso").arg(suffix));
        const QString fromPacked = builtFrom(packed, QStringLiteral("from-%1.iso").arg(suffix));
        QVERIFY(!fromPlain.isEmpty() && !fromPacked.isEmpty());
        QVERIFY2(same(fromPlain, fromPacked), "the builds differ (cmp)");

        // Leaving files out reads the rest with gaps: still the same bytes.
        const QStringList exclude{QStringLiteral("--exclude"), QStringLiteral("/dir1"),
                                  QStringLiteral("--exclude"), QStringLiteral("file3.bin")};
        const QString trimmedPlain =
            builtFrom(m_plain, QStringLiteral("trim-plain-%1.iso").arg(suffix), exclude);
        const QString trimmedPacked =
            builtFrom(packed, QStringLiteral("trim-%1.iso").arg(suffix), exclude);
        QVERIFY(!trimmedPlain.isEmpty() && !trimmedPacked.isEmpty());
        QVERIFY(same(trimmedPlain, trimmedPacked));
        QVERIFY(QFileInfo(trimmedPacked).size() < QFileInfo(fromPacked).size());
        QCOMPARE(fileBytes(packed), before); // the source is never modified
    }

    // Boot replay reads the system area and boot images back through the decoder.
    void bootableCompressedImage()
    {
        if (!QFileInfo::exists(m_ipxe))
            QSKIP("ipxe is not installed; installer/debian-packages.txt lists it");
        const QString packed = compress(m_ipxe, QStringLiteral("xz"), QStringLiteral("xz"));
        QVERIFY(!packed.isEmpty());
        const QString fromPlain = builtFrom(m_ipxe, QStringLiteral("ipxe-plain.iso"));
        const QString fromPacked = builtFrom(packed, QStringLiteral("ipxe-xz.iso"));
        QVERIFY(!fromPlain.isEmpty() && !fromPacked.isEmpty());
        QVERIFY(same(fromPlain, fromPacked));
    }

    void damagedSourceFailsCleanly_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("suffix");
        // Bytes kept, or with -1 the middle 4 KiB overwritten; at 2% the file system's own
        // blocks are gone, at 60% only file contents are.
        QTest::addColumn<int>("keepPercent");
        QTest::newRow("gzip truncated") << QStringLiteral("gzip") << QStringLiteral("gz") << 60;
        QTest::newRow("gzip cut short") << QStringLiteral("gzip") << QStringLiteral("gz") << 2;
        QTest::newRow("xz truncated") << QStringLiteral("xz") << QStringLiteral("xz") << 60;
        QTest::newRow("xz garbage") << QStringLiteral("xz") << QStringLiteral("xz") << -1;
        QTest::newRow("zstd truncated") << QStringLiteral("zstd") << QStringLiteral("zst") << 60;
    }

    void damagedSourceFailsCleanly()
    {
        QFETCH(QString, tool);
        QFETCH(QString, suffix);
        QFETCH(int, keepPercent);
        const QString packed = compress(m_plain, tool, suffix);
        QVERIFY(!packed.isEmpty());
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.iso.") + suffix);
        QFile::remove(damaged);
        QVERIFY(QFile::copy(packed, damaged));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (keepPercent > 0) {
            QVERIFY(f.resize(size * keepPercent / 100));
        } else {
            QVERIFY(f.seek(size / 2));
            f.write(QByteArray(4096, '\x55'));
        }
        f.close();

        const QString out = m_dir.filePath(QStringLiteral("damaged-out.iso"));
        const Run r = cli({QStringLiteral("build"), damaged, QStringLiteral("--output"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("damaged") || r.err.contains("incomplete"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral("damaged-out*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliCompressed)
#include "tst_cli_compressed.moc"
