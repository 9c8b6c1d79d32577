#include "device/burnlibrary.h"
#include "fixtures.h"
#include "image/compressedisodatasource.h"
#include "jobs/buildimagejob.h"
#include "project/imagesourcefactory.h"
#include "project/imagetreeloader.h"
#include "tree/sourcespec.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// The compressed image data source: every block read in any order equals the plain image's,
// and a build reads the stream in one pass (the order libisofs reads in, measured here).
class TestCompressedIsoDataSource final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_xorrisoIso;
    QString m_genisoIso;

    static QString compress(const QString &source, const QString &tool, const QString &suffix)
    {
        return compressFile(source, tool, source + QLatin1Char('.') + suffix);
    }

    // Files in nested folders whose contents add up to ~13 MiB, three times the decoder's
    // window, in an order (by name) unlike their sizes.
    QStringList entries() const
    {
        QStringList list;
        QRandomGenerator seeded(20261124); // the same sizes every run, still incompressible
        auto *random = &seeded;
        for (const char *dir : {"zeta", "alpha", "mid/deeper"}) {
            for (int f = 0; f < 16; ++f) {
                QByteArray data(int(random->bounded(50000, 350000)), Qt::Uninitialized);
                for (char &c : data)
                    c = char(random->bounded(256));
                list << QStringLiteral("%1/f%2.bin=").arg(QLatin1String(dir)).arg(15 - f) +
                            QString::fromLatin1(data.toBase64());
            }
        }
        return list;
    }

    // `xz -T2 --block-size=1MiB`: about 13 blocks that decode apart (ParallelXzReader).
    static QString compressInBlocks(const QString &source)
    {
        const QString target = source + QStringLiteral(".blocks.xz");
        if (QFileInfo::exists(target))
            return target;
        QProcess p;
        p.setStandardOutputFile(target);
        p.start(QStandardPaths::findExecutable(QStringLiteral("xz")),
                {QStringLiteral("-c"), QStringLiteral("-1"), QStringLiteral("-T2"),
                 QStringLiteral("--block-size=1MiB"), source});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return {};
        return target;
    }

    static QByteArray block(QFile &plain, qint64 lba)
    {
        plain.seek(lba * 2048);
        return plain.read(2048);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BurnLibrary::instance().isInitialised());
        QVERIFY(m_dir.isValid());
        const QStringList files = entries();
        m_xorrisoIso = makeIso(m_dir.path(), QStringLiteral("xorriso.iso"), QStringLiteral("X"),
                               files, {QStringLiteral("-R")});
        QVERIFY(!m_xorrisoIso.isEmpty());
        // The same tree mastered by genisoimage, whose layout differs.
        const QString root = m_dir.filePath(QStringLiteral("root-xorriso.iso"));
        m_genisoIso = m_dir.filePath(QStringLiteral("genisoimage.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_GENISOIMAGE),
                         {QStringLiteral("-quiet"), QStringLiteral("-R"), QStringLiteral("-J"),
                          QStringLiteral("-o"), m_genisoIso, root}),
                 0);
    }

    void recognisesCompressedImages()
    {
        const QString xz = compress(m_xorrisoIso, QStringLiteral("xz"), QStringLiteral("xz"));
        QVERIFY(isCompressedFile(xz));
        QVERIFY(isCompressedIso(xz));
        QVERIFY(!isDamagedCompressedIso(xz));
        QVERIFY(!isCompressedFile(m_xorrisoIso));
        QVERIFY(!isCompressedIso(m_xorrisoIso));
        auto spec = SourceSpec::parse(xz);
        QVERIFY(spec);
        QCOMPARE(spec.value().kind, SourceSpec::Kind::ImageFile);
        // A compressed file that is not an image is no source, but dropped on the New Image
        // page it stays a file.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        const QString gz = compress(text, QStringLiteral("gzip"), QStringLiteral("gz"));
        QVERIFY(isCompressedFile(gz));
        QVERIFY(!isCompressedIso(gz));
        QVERIFY(!SourceSpec::parse(gz));
        auto other = SourceSpec::parse(gz, SourceSpec::FileRole::Dropped);
        QVERIFY(other);
        QVERIFY(other.value().kind != SourceSpec::Kind::ImageFile);
        // Named .iso.gz but holding something else that decodes: not damaged, but not a disc
        // image either, and refused as such (issue 16, item 6).
        const QString renamed = m_dir.filePath(QStringLiteral("udf-only.iso.gz"));
        QVERIFY(QFile::copy(gz, renamed));
        QVERIFY(!isDamagedCompressedIso(renamed));
        const auto refused = SourceSpec::parse(renamed, SourceSpec::FileRole::Dropped);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("not a disc image")),
                 qPrintable(refused.error().message));
        // Cut short, it is damaged, and the source is refused with a message that says so.
        const QString cut = m_dir.filePath(QStringLiteral("cut.iso.xz"));
        QVERIFY(QFile::copy(xz, cut));
        QVERIFY(QFile::resize(cut, 64)); // the zeros of the system area take few bytes
        QVERIFY(isDamagedCompressedIso(cut));
        auto damaged = SourceSpec::parse(cut);
        QVERIFY(!damaged);
        QVERIFY(damaged.error().message.contains(QLatin1String("damaged")));
    }

    // Forward, backward, far and near: every block equals the plain image's. Backward jumps
    // beyond the window and the kept blocks restart the decoder, and are counted.
    void randomReadsMatchThePlainImage_data()
    {
        QTest::addColumn<bool>("xzBlocks");
        QTest::newRow("gzip") << false;
        QTest::newRow("xz in blocks") << true;
    }
    void randomReadsMatchThePlainImage()
    {
        QFETCH(bool, xzBlocks);
        const QString gz =
            xzBlocks ? compressInBlocks(m_xorrisoIso)
                     : compress(m_xorrisoIso, QStringLiteral("gzip"), QStringLiteral("gz"));
        QVERIFY(!gz.isEmpty());
        QFile plain(m_xorrisoIso);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const qint64 blocks = plain.size() / 2048;
        QVERIFY(blocks > 2 * 2048); // larger than the window behind the decoder
        iso_data_source *src = newCompressedIsoDataSource(gz);
        QVERIFY(src->open(src) >= 0);
        resetCompressedIsoStats();
        QList<qint64> order{0,
                            16,
                            17,
                            5,
                            blocks - 1,
                            100,
                            101,
                            blocks / 2,
                            blocks / 2 - 10,
                            blocks - 1,
                            3 * blocks / 4,
                            20};
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 40; ++i)
            order << random->bounded(blocks);
        QByteArray buffer(2048, '\0');
        for (qint64 lba : std::as_const(order)) {
            QCOMPARE(
                src->read_block(src, uint32_t(lba), reinterpret_cast<uint8_t *>(buffer.data())), 1);
            QVERIFY2(buffer == block(plain, lba), qPrintable(QString::number(lba)));
        }
        const CompressedIsoStats stats = compressedIsoStats();
        QCOMPARE(stats.requests, qint64(order.size()));
        // One stream: 5 and 20 are low blocks decoded on the way, blocks-1 and blocks/2-10 were
        // kept. xz blocks: the decoder jumps to blocks-1 and to blocks/2 without decoding what
        // lies between, so only 5 (behind the decoder) and the second blocks-1 are kept.
        QVERIFY2(stats.cacheHits >= (xzBlocks ? 2 : 4),
                 qPrintable(QString::number(stats.cacheHits)));
        QVERIFY(stats.restarts >= 1); // 100 after blocks - 1
        // A block past the end is an error, not zeros.
        QVERIFY(src->read_block(src, uint32_t(blocks + 10),
                                reinterpret_cast<uint8_t *>(buffer.data())) < 0);
        QVERIFY(!compressedIsoDataSourceError(src).isEmpty());
        src->close(src);
        iso_data_source_unref(src);
    }

    void xzBlocksSkipAhead()
    {
        // A read far ahead starts at the xz block that holds it: the blocks in between are
        // not decoded. (A stream of one block, or gzip, decodes all of them.)
        const QString xz = compressInBlocks(m_xorrisoIso);
        QVERIFY(!xz.isEmpty());
        QFile plain(m_xorrisoIso);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const qint64 blocks = plain.size() / 2048;
        iso_data_source *src = newCompressedIsoDataSource(xz);
        QVERIFY(src->open(src) >= 0);
        resetCompressedIsoStats();
        QByteArray buffer(2048, '\0');
        for (qint64 lba : {qint64(16), blocks - 3, blocks - 1}) {
            QCOMPARE(
                src->read_block(src, uint32_t(lba), reinterpret_cast<uint8_t *>(buffer.data())), 1);
            QVERIFY(buffer == block(plain, lba));
        }
        const CompressedIsoStats stats = compressedIsoStats();
        QVERIFY2(stats.decodedBlocks < blocks / 4,
                 qPrintable(QString::number(stats.decodedBlocks)));
        QCOMPARE(stats.restarts, 0);
        src->close(src);
        iso_data_source_unref(src);
    }

    // How libisofs reads an imported image while writing a new one: measured for the layouts
    // of xorriso and genisoimage, whole and with folders left out.
    void buildReadsInOnePass_data()
    {
        QTest::addColumn<bool>("genisoimage");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<bool>("xzBlocks");
        QTest::newRow("xorriso") << false << QString() << false;
        QTest::newRow("xorriso minus /alpha") << false << QStringLiteral("/alpha") << false;
        QTest::newRow("genisoimage") << true << QString() << false;
        QTest::newRow("genisoimage minus /mid") << true << QStringLiteral("/mid") << false;
        QTest::newRow("xorriso minus /alpha, xz blocks")
            << false << QStringLiteral("/alpha") << true;
        QTest::newRow("genisoimage minus /mid, xz blocks")
            << true << QStringLiteral("/mid") << true;
    }

    // Builds from `source` leaving out `exclude`; the new image's path, empty on failure.
    QString build(const QString &source, const QString &exclude, const QString &name,
                  CompressedIsoStats *afterImport)
    {
        auto spec = SourceSpec::parse(source);
        if (!spec)
            return {};
        resetCompressedIsoStats();
        auto loaded = loadImageTree({spec.value()});
        if (!loaded)
            return {};
        *afterImport = compressedIsoStats();
        Selection selection;
        if (!exclude.isEmpty())
            selection.addRule(exclude, false);
        ImageOptions options;
        options.fixedTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        const QString out = m_dir.filePath(name);
        BuildImageJob job(
            {newImageSourceFactory(loaded.value().tree, selection, options), out, -1, true, {}});
        job.start();
        job.wait();
        return job.result().status == JobResult::Status::Success ? out : QString();
    }

    void buildReadsInOnePass()
    {
        QFETCH(bool, genisoimage);
        QFETCH(QString, exclude);
        QFETCH(bool, xzBlocks);
        const QString plain = genisoimage ? m_genisoIso : m_xorrisoIso;
        const QString xz = compress(plain, QStringLiteral("xz"), QStringLiteral("xz"));
        const QString source = xzBlocks ? compressInBlocks(plain) : xz;
        QVERIFY(!source.isEmpty());
        CompressedIsoStats afterImport;
        const QString out = build(source, exclude, QStringLiteral("out.iso"), &afterImport);
        QVERIFY(!out.isEmpty());
        const CompressedIsoStats s = compressedIsoStats();
        const qint64 blocks = QFileInfo(plain).size() / 2048;
        qInfo("%s: image %lld blocks; import requested %lld, decoded %lld; whole build "
              "requested %lld, decoded %lld, backward reads %lld, restarts %lld",
              QTest::currentDataTag(), blocks, afterImport.requests, afterImport.decodedBlocks,
              s.requests, s.decodedBlocks, s.backwardReads, s.restarts);
        QCOMPARE(s.restarts, 0);
        QVERIFY(s.decodedBlocks <= blocks);
        if (xzBlocks) {
            // Decoded on several threads, skipping what is left out: the same image as from
            // the file compressed as one block.
            const QString reference =
                build(xz, exclude, QStringLiteral("reference.iso"), &afterImport);
            QVERIFY(!reference.isEmpty());
            QCOMPARE(sha256Of(out), sha256Of(reference));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompressedIsoDataSource)
#include "tst_compressedisodatasource.moc"
