#include "fixtures.h"
#include "image/compressedimagesource.h"
#include "image/xzblocks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

// Compressible, not trivially: pseudo-random bytes written out as hex text.
QByteArray sampleData(int bytes, quint32 seed)
{
    return randomBytes(bytes / 2, seed).toHex().left(bytes);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// xz's own account of the blocks (`xz --robot -lvv`): offset, padded size and uncompressed
// size of each, the reference the index reader is checked against.
struct ListedBlock
{
    qint64 offset;
    qint64 totalSize;
    qint64 uncompressed;
};
QList<ListedBlock> xzListBlocks(const QString &path)
{
    QByteArray out;
    if (runTool(QStringLiteral("xz"), {QStringLiteral("--robot"), QStringLiteral("-lvv"), path},
                &out) != 0)
        return {};
    QList<ListedBlock> blocks;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() > 7 && f[0] == "block")
            blocks.append({f[4].toLongLong(), f[6].toLongLong(), f[7].toLongLong()});
    }
    return blocks;
}

// Reads a reader out in pieces of `piece` bytes; sets `*failed` when a read fails.
QByteArray readOut(ParallelXzReader &reader, qint64 piece, bool *failed)
{
    QByteArray all;
    QByteArray buffer(int(piece), Qt::Uninitialized);
    *failed = false;
    for (;;) {
        const qint64 n = reader.read(buffer.data(), piece);
        if (n < 0) {
            *failed = true;
            return all;
        }
        if (n == 0)
            return all;
        all.append(buffer.constData(), n);
    }
}

} // namespace

// readXzLayout() against xz's own listing, ParallelXzReader against the data xz compressed
// (multi-block files made by `xz -T2 --block-size`), and what a damaged block, a file of
// several streams and a single-block file do.
class TestXzBlocks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_data; // 12.5 MiB: twelve blocks of 1 MiB and a short one
    QString m_plain;
    QString m_multi;

    QString xz(const QStringList &args, const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QByteArray out;
        const QStringList all = QStringList{QStringLiteral("-c")} + args + QStringList{m_plain};
        if (runTool(QStringLiteral("xz"), all, &out) != 0 || !writeFile(target, out))
            return {};
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // xz-utils is in installer/debian-packages.txt.
        QVERIFY2(haveTool("/usr/bin/xz"), "xz is not installed");
        QVERIFY(m_dir.isValid());
        m_data = sampleData((12 << 20) + (1 << 19), 7);
        m_plain = m_dir.filePath(QStringLiteral("data.bin"));
        QVERIFY(writeFile(m_plain, m_data));
        m_multi =
            xz({QStringLiteral("-1"), QStringLiteral("-T2"), QStringLiteral("--block-size=1MiB")},
               QStringLiteral("multi.xz"));
        QVERIFY(!m_multi.isEmpty());
    }

    void layoutMatchesXzList()
    {
        const auto layout = readXzLayout(m_multi);
        QVERIFY(layout);
        const QList<ListedBlock> listed = xzListBlocks(m_multi);
        QCOMPARE(listed.size(), 13);
        QCOMPARE(layout->blocks.size(), listed.size());
        for (int i = 0; i < listed.size(); ++i) {
            QCOMPARE(layout->blocks[i].offset, listed[i].offset);
            QCOMPARE(layout->blocks[i].uncompressedSize, listed[i].uncompressed);
            // The index records the size without the block padding (0 to 3 bytes).
            QVERIFY(listed[i].totalSize - layout->blocks[i].unpaddedSize < 4);
            QVERIFY(listed[i].totalSize >= layout->blocks[i].unpaddedSize);
        }
        QCOMPARE(layout->uncompressedSize, qint64(m_data.size()));
        QCOMPARE(layout->largestBlock, qint64(1 << 20));
        QCOMPARE(layout->streamHeader, readAll(m_multi).left(12));
    }

    void notALayout()
    {
        // Not xz, truncated, two streams one after the other: decoded as a whole instead.
        QVERIFY(!readXzLayout(m_plain));
        QByteArray bytes = readAll(m_multi);
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.xz"));
        QVERIFY(writeFile(truncated, bytes.left(bytes.size() - 20)));
        QVERIFY(!readXzLayout(truncated));
        const QString twoStreams = m_dir.filePath(QStringLiteral("two.xz"));
        QVERIFY(writeFile(twoStreams, bytes + bytes));
        QVERIFY(!readXzLayout(twoStreams));
        // Stream padding after the footer is allowed.
        const QString padded = m_dir.filePath(QStringLiteral("padded.xz"));
        QVERIFY(writeFile(padded, bytes + QByteArray(8, '\0')));
        QVERIFY(readXzLayout(padded));
        QCOMPARE(runTool(QStringLiteral("xz"), {QStringLiteral("-t"), padded}), 0);
    }

    void singleBlockStaysSequential()
    {
        const QString single =
            xz({QStringLiteral("-1"), QStringLiteral("-T1")}, QStringLiteral("single.xz"));
        QVERIFY(!single.isEmpty());
        const auto layout = readXzLayout(single);
        QVERIFY(layout);
        QCOMPARE(layout->blocks.size(), 1);
        QCOMPARE(ParallelXzReader::threadsFor(*layout), 0);
        // Blocks too large for the memory budget (xz -9 -T0 makes 192 MiB blocks) likewise.
        const auto multi = readXzLayout(m_multi);
        QVERIFY(multi);
        QCOMPARE(ParallelXzReader::threadsFor(*multi, 2 << 20), 0);
        if (QThread::idealThreadCount() >= 2)
            QVERIFY(ParallelXzReader::threadsFor(*multi) >= 2);
    }

    void decodesInOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("piece");
        QTest::newRow("2 threads, 64 KiB reads") << 2 << qint64(64 << 10);
        QTest::newRow("3 threads, odd reads") << 3 << qint64(1000003);
        QTest::newRow("4 threads, 5 MiB reads") << 4 << qint64(5 << 20);
    }
    void decodesInOrder()
    {
        QFETCH(int, threads);
        QFETCH(qint64, piece);
        auto layout = readXzLayout(m_multi);
        QVERIFY(layout);
        ParallelXzReader reader(m_multi, std::move(*layout), threads);
        QVERIFY(reader.start());
        bool failed = false;
        const QByteArray out = readOut(reader, piece, &failed);
        QVERIFY2(!failed, qPrintable(reader.error()));
        QCOMPARE(out.size(), m_data.size());
        QVERIFY(out == m_data);
    }

    void damagedBlockFailsBeforeItsEnd()
    {
        // A flipped byte inside block 4's compressed data: blocks 0-3 arrive whole, block 4's
        // check fails, and its last bytes (and everything after) never arrive.
        QByteArray bytes = readAll(m_multi);
        const auto layout = readXzLayout(m_multi);
        QVERIFY(layout);
        const XzBlock &b4 = layout->blocks[4];
        bytes[int(b4.offset + b4.unpaddedSize / 2)] ^= 0x40;
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.xz"));
        QVERIFY(writeFile(damaged, bytes));
        auto damagedLayout = readXzLayout(damaged);
        QVERIFY(damagedLayout); // the index is intact
        ParallelXzReader reader(damaged, std::move(*damagedLayout), 2);
        QVERIFY(reader.start());
        bool failed = false;
        const QByteArray out = readOut(reader, 256 << 10, &failed);
        QVERIFY(failed);
        QVERIFY(!reader.error().isEmpty());
        const qint64 before = 4 * (1 << 20);
        QVERIFY2(out.size() >= before, qPrintable(QString::number(out.size())));
        QVERIFY(out.size() < before + (1 << 20));
        QVERIFY(out == m_data.left(out.size()));
    }

    void wrongSizeInIndexFails()
    {
        // A layout that says block 2 decodes to one byte more than it does: liblzma's size
        // check on the block's own stream catches it, and the short block is not handed out
        // as whole.
        const auto layout = readXzLayout(m_multi);
        QVERIFY(layout);
        XzLayout lying = *layout;
        lying.blocks[2].uncompressedSize += 1;
        ParallelXzReader reader(m_multi, std::move(lying), 2);
        QVERIFY(reader.start());
        bool failed = false;
        const QByteArray out = readOut(reader, 1 << 20, &failed);
        QVERIFY(failed);
        QVERIFY(out.size() < 3 * (1 << 20));
        QVERIFY(out == m_data.left(out.size()));
    }

    void cancelWakesAWaitingRead()
    {
        auto layout = readXzLayout(m_multi);
        QVERIFY(layout);
        ParallelXzReader reader(m_multi, std::move(*layout), 2);
        QVERIFY(reader.start());
        reader.cancel();
        char byte = 0;
        QCOMPARE(reader.read(&byte, 1), qint64(-1));
        // A reader dropped while its threads decode stops them (no hang, no crash).
        auto again = readXzLayout(m_multi);
        QVERIFY(again);
        auto running = std::make_unique<ParallelXzReader>(m_multi, std::move(*again), 2);
        QVERIFY(running->start());
        QCOMPARE(running->read(&byte, 1), qint64(1));
        running.reset();
    }

    void compressedImageSourceUsesTheBlocks()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: the blocks decode as one stream");
        CompressedImageSource source(m_multi, QStringLiteral("xz"), m_data.size());
        QVERIFY(!source.open());
        QVERIFY(source.decodesInParallel());
        QByteArray out;
        QByteArray buffer(300000, Qt::Uninitialized);
        for (;;) {
            const qint64 n = source.read(buffer.data(), buffer.size());
            QVERIFY2(n >= 0, qPrintable(source.error().message));
            if (n == 0)
                break;
            out.append(buffer.constData(), n);
        }
        QVERIFY(out == m_data);

        // A size that disagrees with the stream is an error, as for one stream.
        CompressedImageSource shorter(m_multi, QStringLiteral("xz"), m_data.size() - 2048);
        QVERIFY(!shorter.open());
        qint64 total = 0;
        qint64 n = 0;
        while ((n = shorter.read(buffer.data(), buffer.size())) > 0)
            total += n;
        QCOMPARE(n, qint64(-1));
        QVERIFY(shorter.error().message.contains(QStringLiteral("larger")));
        CompressedImageSource longer(m_multi, QStringLiteral("xz"), m_data.size() + 2048);
        QVERIFY(!longer.open());
        while ((n = longer.read(buffer.data(), buffer.size())) > 0)
            total += n;
        QCOMPARE(n, qint64(-1));
        QVERIFY(longer.error().detail.contains(QString::number(m_data.size())));

        // Cancelled (a burn's FIFO thread may wait in read()): a cancel, not a damaged image.
        CompressedImageSource cancelled(m_multi, QStringLiteral("xz"), m_data.size());
        QVERIFY(!cancelled.open());
        QVERIFY(cancelled.read(buffer.data(), buffer.size()) > 0);
        cancelled.cancel();
        QCOMPARE(cancelled.read(buffer.data(), buffer.size()), qint64(-1));
        QCOMPARE(cancelled.error().message, QStringLiteral("Reading the image was cancelled."));

        // The index gives the decoded size without decoding.
        const auto counted = CompressedImageSource::countDecodedBytes(m_multi, {});
        QVERIFY(counted.ok());
        QCOMPARE(counted.value(), qint64(m_data.size()));
    }
};

QTEST_GUILESS_MAIN(TestXzBlocks)
#include "tst_xzblocks.moc"
