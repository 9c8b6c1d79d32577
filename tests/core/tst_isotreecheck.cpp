// Hostile directory trees (issue 16, items 2 and 5): images made by xorriso, then patched so
// that a folder contains itself or is damaged. Each must be refused quickly with a message that
// says what is wrong; spindle-cli runs in a child process so that a missing check shows as a
// timeout, not a hung test. Sound trees (deep Rock Ridge, relocated, Joliet, plain) still open.

#include "device/burnlibrary.h"
#include "fixtures.h"
#include "image/isotreecheck.h"
#include "iso/isoimport.h"
#include "readback/damagedfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <QtEndian>
#include <cstdlib>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

constexpr qint64 Block = 2048;
constexpr int CliTimeoutMs = 20000;
constexpr int MaxDepth = 1000; // core/image/isotreecheck.cpp

quint32 le32(const QByteArray &image, qint64 at)
{
    return qFromLittleEndian<quint32>(image.constData() + at);
}

// Writes a both-endian 32-bit field (ECMA-119 7.3.3).
void setBoth32(QByteArray &image, qint64 at, quint32 value)
{
    qToLittleEndian<quint32>(value, image.data() + at);
    qToBigEndian<quint32>(value, image.data() + at + 4);
}

struct Folder
{
    quint32 extent = 0;
    quint32 size = 0;
};

Folder folderOf(const QByteArray &image, qint64 record)
{
    return {le32(image, record + 2) + quint8(image[record + 1]), le32(image, record + 10)};
}

// Byte offsets of the records in a folder of the primary tree, "." and ".." left out.
QList<qint64> recordsIn(const QByteArray &image, Folder folder)
{
    QList<qint64> records;
    const qint64 start = folder.extent * Block;
    qint64 at = 0;
    int index = 0;
    while (at < folder.size) {
        const int length = quint8(image[start + at]);
        if (length == 0) {
            at = (at / Block + 1) * Block;
            continue;
        }
        if (index++ >= 2)
            records << start + at;
        at += length;
    }
    return records;
}

QByteArray isoName(const QByteArray &image, qint64 record)
{
    QByteArray name = image.mid(record + 33, quint8(image[record + 32])).toUpper();
    if (const int semicolon = name.indexOf(';'); semicolon >= 0)
        name.truncate(semicolon);
    return name;
}

// The record of a folder or file in the primary tree, by its ISO 9660 names ("A/B").
qint64 recordOf(const QByteArray &image, const QString &path)
{
    qint64 record = 16 * Block + 156; // the root's record in the primary volume descriptor
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        qint64 found = -1;
        for (qint64 child : recordsIn(image, folderOf(image, record))) {
            if (isoName(image, child) == part.toUpper().toLatin1())
                found = child;
        }
        if (found < 0)
            return -1;
        record = found;
    }
    return record;
}

bool writeImage(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

IsoTreeDamage checkFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return checkIsoTree(
        [&file](uint32_t lba, uint8_t *buffer) {
            return file.seek(qint64(lba) * Block) &&
                   file.read(reinterpret_cast<char *>(buffer), Block) == Block;
        },
        0);
}

} // namespace

class TstIsoTreeCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_relocated; // genisoimage -R: folders below level 8 moved to rr_moved (CL/RE)

    QString patched(const QString &name, const std::function<bool(QByteArray &)> &patch)
    {
        QByteArray image = readAll(m_base);
        if (image.isEmpty() || !patch(image))
            return {};
        const QString path = m_dir.filePath(name);
        return writeImage(path, image) ? path : QString();
    }

    // Rock Ridge folders "d/d/.../d" `levels` deep (the root at level 0), made by xorriso.
    QString deepImage(int levels)
    {
        QString path;
        for (int i = 0; i < levels; ++i)
            path += QStringLiteral("d/");
        return makeIso(m_dir.path(), QStringLiteral("deep-%1.iso").arg(levels),
                       QStringLiteral("DEEP"), {path + QStringLiteral("bottom.txt=deep")},
                       {QStringLiteral("-R"), QStringLiteral("-D")});
    }

    // Folders that each fit in the volume but together hold more blocks than it has: ten empty
    // folders are pointed into a file of zeros, one block apart, each one running to the end of
    // the file. Their "." and ".." records are marked as files (a check of folders reads past
    // them), so the overlap is no loop, only more folder blocks than the volume holds.
    QString overlappingFolders()
    {
        constexpr int Folders = 10;
        constexpr int ZeroBlocks = 200;
        QStringList entries;
        for (int i = 0; i < Folders; ++i)
            entries << QStringLiteral("f%1/").arg(i);
        entries << QStringLiteral("zeros.bin=") + QString(ZeroBlocks * Block, QChar(0));
        QByteArray image = readAll(makeIso(m_dir.path(), QStringLiteral("overlap-base.iso"),
                                           QStringLiteral("OVERLAP"), entries));
        const qint64 zeroRecord = recordOf(image, QStringLiteral("ZEROS.BIN"));
        if (zeroRecord < 0)
            return {};
        const quint32 first = folderOf(image, zeroRecord).extent;
        const quint32 end = first + ZeroBlocks;
        const quint32 root = folderOf(image, 16 * Block + 156).extent;
        if (qint64(end) * Block > image.size() ||
            image.mid(first * Block, ZeroBlocks * Block) != QByteArray(ZeroBlocks * Block, '\0'))
            return {};
        for (int i = 0; i < Folders; ++i) {
            const qint64 record = recordOf(image, QStringLiteral("F%1").arg(i));
            if (record < 0)
                return {};
            const quint32 extent = first + quint32(i);
            const quint32 bytes = (end - extent) * Block;
            image[record + 1] = 0;
            setBoth32(image, record + 2, extent);
            setBoth32(image, record + 10, bytes);
            const qint64 at = qint64(extent) * Block;
            for (int dot = 0; dot < 2; ++dot) {
                const qint64 r = at + dot * 34;
                image[r] = 34;
                setBoth32(image, r + 2, dot ? root : extent);
                setBoth32(image, r + 10, dot ? quint32(Block) : bytes);
                image[r + 25] = 0; // a file, not a folder
                image[r + 32] = 1;
                image[r + 33] = char(dot);
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("overlap.iso"));
        return writeImage(path, image) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QVERIFY(BurnLibrary::instance().isInitialised());
        QStringList entries{QStringLiteral("a/b/c/file.txt=hello"),
                            QStringLiteral("a/other.txt=other"), QStringLiteral("d/e/")};
        // A folder whose first block is full, for a record that crosses into the next one.
        for (int i = 0; i < 40; ++i)
            entries << QStringLiteral("many/a-file-with-a-long-name-%1.txt=x").arg(i);
        m_base = makeIso(m_dir.path(), QStringLiteral("base.iso"), QStringLiteral("BASE"), entries,
                         {QStringLiteral("-R"), QStringLiteral("-J")});
        QVERIFY(!m_base.isEmpty());
        const QByteArray image = readAll(m_base);
        QVERIFY(recordOf(image, QStringLiteral("A/B/C")) > 0);
        QVERIFY(recordOf(image, QStringLiteral("D")) > 0);
        QString deep = m_dir.filePath(QStringLiteral("relocated-root"));
        for (int i = 0; i < 20; ++i)
            deep += QStringLiteral("/d%1").arg(i);
        QVERIFY(QDir().mkpath(deep));
        QVERIFY(writeImage(deep + QStringLiteral("/bottom.txt"), "deep"));
        m_relocated = m_dir.filePath(QStringLiteral("relocated.iso"));
        QCOMPARE(runTool(QStringLiteral("genisoimage"),
                         {QStringLiteral("-R"), QStringLiteral("-quiet"), QStringLiteral("-o"),
                          m_relocated, m_dir.filePath(QStringLiteral("relocated-root"))}),
                 0);
        QVERIFY(readAll(m_relocated).contains("RR_MOVED"));
        QVERIFY(recordsIn(image, folderOf(image, recordOf(image, QStringLiteral("MANY")))).size() >
                20);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        using Kind = IsoTreeDamage::Kind;
        const QString loop = QStringLiteral("a folder contains itself");
        // Points the folder `from` at the folder `to` (its extent and length).
        auto pointAt = [](const QString &from, const QString &to) {
            return [from, to](QByteArray &image) {
                const qint64 record = recordOf(image, from);
                const qint64 target = recordOf(image, to);
                if (record < 0 || target < 0)
                    return false;
                image[record + 1] = image[target + 1];
                image.replace(record + 2, 16, image.mid(target + 2, 16));
                return true;
            };
        };
        QTest::newRow("root") << patched(QStringLiteral("root.iso"),
                                         pointAt(QStringLiteral("A/B"), QString()))
                              << int(Kind::Loop) << loop;
        QTest::newRow("ancestor") << patched(QStringLiteral("ancestor.iso"),
                                             pointAt(QStringLiteral("A/B/C"), QStringLiteral("A")))
                                  << int(Kind::Loop) << loop;
        QTest::newRow("self") << patched(QStringLiteral("self.iso"),
                                         pointAt(QStringLiteral("A/B"), QStringLiteral("A")))
                              << int(Kind::Loop) << loop;
        QTest::newRow("shared") << patched(QStringLiteral("shared.iso"),
                                           pointAt(QStringLiteral("D"), QStringLiteral("A")))
                                << int(Kind::Loop) << loop;
        QTest::newRow("past end")
            << patched(QStringLiteral("pastend.iso"),
                       [](QByteArray &image) {
                           const qint64 r = recordOf(image, QStringLiteral("A/B"));
                           setBoth32(image, r + 2, le32(image, 16 * Block + 80) + 10);
                           return r > 0;
                       })
            << int(Kind::OutsideImage)
            << QStringLiteral("/a/b in the image is damaged (it lies outside");
        QTest::newRow("zero length")
            << patched(QStringLiteral("zero.iso"),
                       [](QByteArray &image) {
                           const qint64 r = recordOf(image, QStringLiteral("A/B"));
                           setBoth32(image, r + 10, 0);
                           return r > 0;
                       })
            << int(Kind::ZeroLength)
            << QStringLiteral("/a/b in the image is damaged (its length is zero");
        QTest::newRow("zero dot") << patched(QStringLiteral("zerodot.iso"),
                                             [](QByteArray &image) {
                                                 const qint64 r =
                                                     recordOf(image, QStringLiteral("A/B"));
                                                 setBoth32(image,
                                                           folderOf(image, r).extent * Block + 10,
                                                           0);
                                                 return r > 0;
                                             })
                                  << int(Kind::ZeroLength) << QStringLiteral("its length is zero");
        QTest::newRow("name length")
            << patched(QStringLiteral("namelength.iso"),
                       [](QByteArray &image) {
                           const qint64 r = recordOf(image, QStringLiteral("A/B"));
                           image[r + 32] = char(250);
                           return r > 0;
                       })
            << int(Kind::BadLength)
            << QStringLiteral("/a in the image is damaged (a record in it has a length");
        // A record that runs over its block: an earlier record is stretched to end where the
        // forged one starts, 100 bytes before the block ends.
        QTest::newRow("crosses sector")
            << patched(QStringLiteral("crossing.iso"),
                       [](QByteArray &image) {
                           const Folder many =
                               folderOf(image, recordOf(image, QStringLiteral("MANY")));
                           const qint64 forged = many.extent * Block + Block - 100;
                           qint64 stretched = -1;
                           for (qint64 r : recordsIn(image, many)) {
                               if (r <= forged - 34)
                                   stretched = r;
                           }
                           if (stretched < 0 || forged - stretched > 255)
                               return false;
                           image[stretched] = char(forged - stretched);
                           image.replace(forged, 34, QByteArray(34, '\0'));
                           image[forged] = char(200);
                           image[forged + 32] = 1;
                           image[forged + 33] = 'X';
                           return true;
                       })
            << int(Kind::CrossesSector)
            << QStringLiteral("/many in the image is damaged (a record in it crosses a sector");
        // A real chain of folders one level deeper than the check allows (deepTree: the limit
        // itself passes).
        QTest::newRow("too deep") << deepImage(MaxDepth + 1) << int(Kind::TooDeep)
                                  << QStringLiteral("nested more than 1000 levels deep");
        QTest::newRow("too many entries") << overlappingFolders() << int(Kind::TooManyEntries)
                                          << QStringLiteral("more entries than the image has room");
    }

    // The depth limit is the limit: a tree exactly that deep is sound.
    void deepTree()
    {
        const QString image = deepImage(MaxDepth);
        QVERIFY(!image.isEmpty());
        const IsoTreeDamage damage = checkFile(image);
        QVERIFY2(damage.kind == IsoTreeDamage::Kind::None, qPrintable(damage.detail));
    }

    void hostileRelocation()
    {
        // A Rock Ridge CL entry (a placeholder for a relocated folder) that leads to the root.
        QByteArray image = readAll(m_relocated);
        const qsizetype cl = image.indexOf(QByteArray("CL\x0c\x01", 4));
        QVERIFY(cl > 0);
        setBoth32(image, cl + 4, folderOf(image, 16 * Block + 156).extent);
        const QString path = m_dir.filePath(QStringLiteral("relocated-loop.iso"));
        QVERIFY(writeImage(path, image));
        QCOMPARE(checkFile(path).kind, IsoTreeDamage::Kind::Loop);
        const ProcessRun run =
            runProcess(QStringLiteral(SPINDLE_CLI), {QStringLiteral("ls"), path}, CliTimeoutMs);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("a folder contains itself"), run.err.constData());
    }

    void hostile()
    {
        QFETCH(QString, image);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QVERIFY(!image.isEmpty());
        const IsoTreeDamage damage = checkFile(image);
        QCOMPARE(int(damage.kind), kind);
        QVERIFY2(isoTreeDamageError(damage).message.contains(message),
                 qPrintable(isoTreeDamageError(damage).message));

        // Without the check spindle-cli recursed until memory ran out: a timeout fails here.
        QElapsedTimer timer;
        timer.start();
        const ProcessRun run =
            runProcess(QStringLiteral(SPINDLE_CLI), {QStringLiteral("ls"), image}, CliTimeoutMs);
        QVERIFY2(run.code != -1, "spindle-cli ls did not finish (or crashed)");
        QCOMPARE(run.code, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(timer.elapsed() < 10000);

        // A rescue copy lists its damaged files with an import of its own: it must not hang on
        // a loop either (other damage there is expected: zeroed sectors).
        if (kind == int(IsoTreeDamage::Kind::Loop)) {
            QFuture<Result<QStringList>> listed = QtConcurrent::run([image] {
                return findDamagedFiles(image, {RescueMap::Range{0, 2048}});
            });
            QDeadlineTimer deadline(10000);
            while (!listed.isFinished() && !deadline.hasExpired())
                QThread::msleep(20);
            if (!listed.isFinished()) {
                qCritical("listing the damaged files of %s did not finish", qPrintable(image));
                std::_Exit(1); // the import thread cannot be stopped
            }
            QVERIFY(!listed.result().ok());
            QVERIFY2(listed.result().error().message.contains(message),
                     qPrintable(listed.result().error().message));
        }
    }

    // Sound trees pass and still open: Rock Ridge 100 levels deep, Rock Ridge relocated under
    // rr_moved by genisoimage (CL/RE entries), Joliet only, plain ISO 9660.
    void soundTrees_data()
    {
        QTest::addColumn<QString>("image");
        QString deep;
        for (int i = 0; i < 100; ++i)
            deep += QStringLiteral("d%1/").arg(i % 10);
        const QStringList entries{deep + QStringLiteral("bottom.txt=deep"),
                                  QStringLiteral("top/x.txt=x")};
        QTest::newRow("base") << m_base;
        QTest::newRow("rock ridge deep")
            << makeIso(m_dir.path(), QStringLiteral("deep.iso"), QStringLiteral("DEEP"), entries,
                       {QStringLiteral("-R"), QStringLiteral("-D")});
        QTest::newRow("rock ridge relocated") << m_relocated;
        QTest::newRow("joliet") << makeIso(m_dir.path(), QStringLiteral("joliet.iso"),
                                           QStringLiteral("JOLIET"),
                                           {QStringLiteral("a/b/c.txt=c")}, {QStringLiteral("-J")});
        QTest::newRow("plain") << makeIso(m_dir.path(), QStringLiteral("plain.iso"),
                                          QStringLiteral("PLAIN"), {QStringLiteral("a/b/c.txt=c")});
    }

    void soundTrees()
    {
        QFETCH(QString, image);
        QVERIFY(!image.isEmpty());
        const IsoTreeDamage damage = checkFile(image);
        QVERIFY2(damage.kind == IsoTreeDamage::Kind::None, qPrintable(damage.detail));
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::ImageFile;
        spec.location = image;
        auto import = IsoImport::open(spec);
        QVERIFY2(import.ok(), qPrintable(import.error().message));
    }

    // A tree of 10,000 files in 100 folders is checked in well under a second.
    void manyFiles()
    {
        const QString root = m_dir.filePath(QStringLiteral("many-root"));
        for (int d = 0; d < 100; ++d) {
            const QString folder = root + QStringLiteral("/folder-%1").arg(d);
            QVERIFY(QDir().mkpath(folder));
            for (int f = 0; f < 100; ++f)
                QVERIFY(writeImage(folder + QStringLiteral("/file-%1.txt").arg(f), {}));
        }
        const QString iso = m_dir.filePath(QStringLiteral("manyfiles.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-R"),
                          QStringLiteral("-J"), QStringLiteral("-quiet"), QStringLiteral("-o"), iso,
                          root}),
                 0);
        QElapsedTimer timer;
        timer.start();
        const IsoTreeDamage damage = checkFile(iso);
        const qint64 ms = timer.elapsed();
        QVERIFY2(damage.kind == IsoTreeDamage::Kind::None, qPrintable(damage.detail));
        qInfo("checked 10,000 files in %lld ms", ms);
        QVERIFY(ms < 1000);
    }
};

QTEST_GUILESS_MAIN(TstIsoTreeCheck)
#include "tst_isotreecheck.moc"
