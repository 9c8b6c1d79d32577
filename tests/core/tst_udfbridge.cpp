#include "fixtures.h"
#include "jobs/burnjob.h"
#include "jobs/jobhandler.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "udf/fileplanreader.h"
#include "udf/udfbridgelayout.h"
#include "udf/udfbridgesource.h"
#include "udf/udfstructures.h"

#include "dvdvideofixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

struct Extent
{
    qint64 sector = 0;
    qint64 size = 0;
    bool operator==(const Extent &o) const { return sector == o.sector && size == o.size; }
};

quint32 le32(const QByteArray &b, qint64 at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

quint16 le16(const QByteArray &b, qint64 at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

// A deliberately small UDF reader for the test: follows anchor -> volume descriptors ->
// file set -> File Entries and returns every file's extent as the UDF side records it, so it
// can be compared with isoinfo's view of the ISO side.
class UdfWalker
{
public:
    explicit UdfWalker(QByteArray image) : m_image(std::move(image)) {}

    QString error;
    QMap<QString, Extent> files;         // "/VIDEO_TS/VIDEO_TS.IFO" -> extent
    QMap<QString, QStringList> listings; // folder -> names in directory order

    bool walk()
    {
        const qint64 anchor = 256 * 2048;
        if (le16(m_image, anchor) != 2)
            return fail(QStringLiteral("no anchor at 256"));
        qint64 vds = le32(m_image, anchor + 20);
        qint64 fsdBlock = -1;
        for (qint64 s = vds;; ++s) {
            const quint16 tag = le16(m_image, s * 2048);
            if (tag == 5)
                m_partition = le32(m_image, s * 2048 + 188);
            else if (tag == 6)
                fsdBlock = le32(m_image, s * 2048 + 248 + 4);
            else if (tag == 8 || tag == 0)
                break;
        }
        if (m_partition <= 0 || fsdBlock < 0)
            return fail(QStringLiteral("no partition or logical volume descriptor"));
        const qint64 fsd = (m_partition + fsdBlock) * 2048;
        if (le16(m_image, fsd) != 256)
            return fail(QStringLiteral("no file set descriptor"));
        return directory(le32(m_image, fsd + 400 + 4), QStringLiteral(""));
    }

private:
    bool fail(const QString &why)
    {
        error = why;
        return false;
    }

    // Reads a File Entry's short allocation descriptors: (first sector, length).
    bool entry(qint64 block, qint64 *sector, qint64 *length, bool *isDir)
    {
        const qint64 at = (m_partition + block) * 2048;
        if (le16(m_image, at) != 261)
            return fail(QStringLiteral("no file entry at block %1").arg(block));
        if (le16(m_image, at + 16 + 4) != 4)
            return fail(QStringLiteral("ICB strategy is not 4"));
        *isDir = quint8(m_image[at + 16 + 11]) == 4;
        *length = qint64(le32(m_image, at + 56)) | (qint64(le32(m_image, at + 60)) << 32);
        const quint32 eaLength = le32(m_image, at + 168);
        const quint32 adLength = le32(m_image, at + 172);
        *sector = 0;
        qint64 expected = -1;
        for (quint32 i = 0; i < adLength; i += 8) {
            const qint64 ad = at + 176 + eaLength + i;
            const qint64 s = m_partition + le32(m_image, ad + 4);
            const qint64 len = le32(m_image, ad) & 0x3fffffff;
            if (i == 0)
                *sector = s;
            else if (s != expected)
                return fail(QStringLiteral("a file is not contiguous"));
            expected = s + (len + 2047) / 2048;
        }
        return true;
    }

    bool directory(qint64 block, const QString &path)
    {
        qint64 sector = 0, length = 0;
        bool isDir = false;
        if (!entry(block, &sector, &length, &isDir) || !isDir)
            return error.isEmpty() ? fail(path + QStringLiteral(" is not a folder")) : false;
        const QByteArray data = m_image.mid(sector * 2048, length);
        QStringList &names = listings[path.isEmpty() ? QStringLiteral("/") : path];
        for (qint64 at = 0; at < data.size();) {
            if (le16(data, at) != 257)
                return fail(QStringLiteral("bad file identifier in %1").arg(path));
            const int characteristics = quint8(data[at + 18]);
            const int nameLength = quint8(data[at + 19]);
            const qint64 icb = le32(data, at + 20 + 4);
            const int iuLength = le16(data, at + 36);
            const QByteArray raw = data.mid(at + 38 + iuLength, nameLength);
            at += (38 + iuLength + nameLength + 3) / 4 * 4;
            if (characteristics & 0x08)
                continue; // parent
            QString name;
            if (quint8(raw[0]) == 8)
                name = QString::fromLatin1(raw.mid(1));
            else
                for (int i = 1; i + 1 < raw.size(); i += 2)
                    name += QChar(char16_t((quint8(raw[i]) << 8) | quint8(raw[i + 1])));
            names << name;
            const QString childPath = path + QLatin1Char('/') + name;
            if (characteristics & 0x02) {
                if (!directory(icb, childPath))
                    return false;
            } else {
                Extent e;
                bool childDir = false;
                if (!entry(icb, &e.sector, &e.size, &childDir))
                    return false;
                files.insert(childPath, e);
            }
        }
        return true;
    }

    QByteArray m_image;
    qint64 m_partition = 0;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, '\0');
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char(x >> 24);
    }
    return b;
}

// Writes the stream to a file in odd-sized reads (they cross every boundary of the layout).
QString writeImage(UdfBridgeSource &source, const QString &path, QString *error)
{
    if (auto problem = source.open()) {
        *error = problem->message;
        return {};
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    QByteArray buffer(777777, '\0');
    qint64 total = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = source.error().message;
            return {};
        }
        if (n == 0)
            break;
        out.write(buffer.constData(), n);
        total += n;
    }
    if (total != source.size()) {
        *error = QStringLiteral("wrote %1 of %2 bytes").arg(total).arg(source.size());
        return {};
    }
    return path;
}

// isoinfo -l: "/VIDEO_TS/VIDEO_TS.IFO" -> [lba, size] for every file of the ISO 9660 side.
QMap<QString, Extent> isoExtents(const QString &image)
{
    QByteArray out;
    QMap<QString, Extent> result;
    if (runTool(QStringLiteral("isoinfo"), {QStringLiteral("-l"), QStringLiteral("-i"), image},
                &out) != 0)
        return result;
    static const QRegularExpression line(
        QStringLiteral("^(\\S)\\S+\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+\\w+\\s+\\d+\\s+\\d+\\s+"
                       "\\[\\s*(\\d+)\\s+\\d+\\]\\s+(.+?)\\s*$"));
    QString folder;
    for (const QString &text : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1String("Directory listing of "))) {
            folder = text.mid(21).trimmed();
            continue;
        }
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch() || m.captured(1) == QLatin1String("d"))
            continue;
        QString name = m.captured(4);
        name = name.left(name.indexOf(QLatin1Char(';')));
        result.insert(folder + name, {m.captured(3).toLongLong(), m.captured(2).toLongLong()});
    }
    return result;
}

} // namespace

// The UDF bridge writer: third-party readers (udfinfo, 7z, isoinfo, lsdvd) read both sides of
// our images, see the same files with the same extents, and the DVD-Video order.
class TestUdfBridge final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_rewrittenIfo;
    std::shared_ptr<const ImageTree> m_tree;
    FilePlan m_plan;
    ImageOptions m_options;
    QMap<QString, QByteArray> m_expected; // path in the image -> bytes

    static bool haveTools()
    {
        for (const char *tool : {"udfinfo", "7z", "isoinfo"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void crcMatchesEcma167()
    {
        // ECMA-167 3/7.2.6 gives this example; "123456789" is the usual check value.
        QCOMPARE(Udf::crc("\x70\x6A\x77", 3), uint16_t(0x3299));
        QCOMPARE(Udf::crc("123456789", 9), uint16_t(0x31C3));
    }

    void dvdVideoOrder()
    {
        QStringList names{QStringLiteral("VTS_02_0.BUP"), QStringLiteral("VTS_01_1.VOB"),
                          QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VTS_01_0.IFO"),
                          QStringLiteral("VIDEO_TS.IFO"), QStringLiteral("VTS_01_0.BUP"),
                          QStringLiteral("VTS_01_0.VOB"), QStringLiteral("VIDEO_TS.VOB"),
                          QStringLiteral("VTS_02_0.IFO")};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return Spindle::dvdVideoOrder(a) < Spindle::dvdVideoOrder(b);
        });
        QCOMPARE(names, (QStringList{QStringLiteral("VIDEO_TS.IFO"), QStringLiteral("VIDEO_TS.VOB"),
                                     QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VTS_01_0.IFO"),
                                     QStringLiteral("VTS_01_0.VOB"), QStringLiteral("VTS_01_1.VOB"),
                                     QStringLiteral("VTS_01_0.BUP"), QStringLiteral("VTS_02_0.IFO"),
                                     QStringLiteral("VTS_02_0.BUP")}));
    }

    // A fake DVD folder with files of odd sizes, plus files outside VIDEO_TS; VIDEO_TS.IFO is
    // replaced by literal content as the DVD-Video trim will do.
    void buildFromFolder()
    {
        if (!haveTools())
            QSKIP("udfinfo, 7z or isoinfo is not installed");
        const QString root = m_dir.path() + QStringLiteral("/src");
        const QList<QPair<QString, int>> files{{QStringLiteral("VIDEO_TS/VTS_02_1.VOB"), 40961},
                                               {QStringLiteral("VIDEO_TS/VTS_01_2.VOB"), 100001},
                                               {QStringLiteral("VIDEO_TS/VIDEO_TS.IFO"), 12345},
                                               {QStringLiteral("VIDEO_TS/VTS_01_0.BUP"), 20480},
                                               {QStringLiteral("VIDEO_TS/VIDEO_TS.VOB"), 65535},
                                               {QStringLiteral("VIDEO_TS/VTS_01_0.IFO"), 20480},
                                               {QStringLiteral("VIDEO_TS/VTS_01_1.VOB"), 300007},
                                               {QStringLiteral("VIDEO_TS/VIDEO_TS.BUP"), 12345},
                                               {QStringLiteral("VIDEO_TS/VTS_02_0.IFO"), 4097},
                                               {QStringLiteral("VIDEO_TS/VTS_02_0.BUP"), 4097},
                                               {QStringLiteral("VIDEO_TS/VTS_01_0.VOB"), 2048},
                                               {QStringLiteral("Extras/Read me – ünï.txt"), 999},
                                               {QStringLiteral("Extras/deeper/empty.dat"), 0},
                                               {QStringLiteral("autorun.inf"), 33}};
        int seed = 0;
        for (const auto &[name, size] : files) {
            const QByteArray bytes = pattern(size, ++seed);
            QVERIFY(writeFile(root + QLatin1Char('/') + name, bytes));
            m_expected.insert(QLatin1Char('/') + name, bytes);
        }
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, root, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        FilePlan plan = filePlanFromTree(*loaded.value().tree);
        m_rewrittenIfo = pattern(6001, 99);
        for (PlannedFile &f : plan) {
            if (f.path == "/VIDEO_TS/VIDEO_TS.IFO") {
                f.treeEntry = -1;
                f.content = m_rewrittenIfo;
                f.size = m_rewrittenIfo.size();
            }
        }
        m_expected.insert(QStringLiteral("/VIDEO_TS/VIDEO_TS.IFO"), m_rewrittenIfo);

        ImageOptions options;
        options.label = QStringLiteral("MY_MOVIE");
        options.fixedTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        m_tree = loaded.value().tree;
        m_plan = plan;
        m_options = options;
        UdfBridgeSource source(loaded.value().tree, plan, options);
        QString error;
        m_image = writeImage(source, m_dir.path() + QStringLiteral("/bridge.iso"), &error);
        QVERIFY2(!m_image.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(m_image).size() % 2048, 0);
    }

    void udfinfoAcceptsIt()
    {
        if (m_image.isEmpty())
            QSKIP("no image");
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("udfinfo"), {m_image}, &out), 0);
        QVERIFY2(out.contains("\nudfrev=1.02\n"), out.constData());
        QVERIFY2(out.contains("\nlabel=MY_MOVIE\n"), out.constData());
        QVERIFY2(out.contains("\nintegrity=closed\n"), out.constData());
        QVERIFY2(out.contains("\nnumfiles=14\n"), out.constData());
        QVERIFY2(out.contains("\nnumdirs=5\n"), out.constData());
    }

    void sevenZipReadsTheUdfSide()
    {
        if (m_image.isEmpty())
            QSKIP("no image");
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("7z"), {QStringLiteral("l"), m_image}, &out), 0);
        QVERIFY2(out.contains("Type = Udf"), out.constData());
        QVERIFY2(out.contains("Version = 1.02"), out.constData());
        QVERIFY2(!out.contains("ERROR") && !out.contains("WARNING"), out.constData());
        QCOMPARE(runTool(QStringLiteral("7z"), {QStringLiteral("t"), m_image}, &out), 0);
        QVERIFY2(out.contains("Everything is Ok"), out.constData());
        const QString target = m_dir.path() + QStringLiteral("/7z");
        QCOMPARE(runTool(QStringLiteral("7z"),
                         {QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-o") + target,
                          m_image},
                         &out),
                 0);
        QStringList found;
        QDirIterator it(target, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next().mid(target.size());
        found.sort();
        QStringList wanted = m_expected.keys();
        wanted.sort();
        QCOMPARE(found, wanted);
        for (const QString &path : wanted)
            QVERIFY2(readAll(target + path) == m_expected.value(path), qPrintable(path));
        QVERIFY(QFileInfo(target + QStringLiteral("/AUDIO_TS")).isDir());
    }

    void isoSideMatchesUdfExtents()
    {
        if (m_image.isEmpty())
            QSKIP("no image");
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-d"), QStringLiteral("-i"), m_image}, &out),
                 0);
        QVERIFY2(out.contains("Volume id: MY_MOVIE"), out.constData());

        UdfWalker udf(readAll(m_image));
        QVERIFY2(udf.walk(), qPrintable(udf.error));
        QCOMPARE(udf.files.size(), m_expected.size());
        const QMap<QString, Extent> iso = isoExtents(m_image);
        QCOMPARE(iso.size(), m_expected.size());
        // VIDEO_TS keeps its names on both sides; compare path by path.
        for (auto it = udf.files.cbegin(); it != udf.files.cend(); ++it) {
            QCOMPARE(it.value().size, qint64(m_expected.value(it.key()).size()));
            if (it.key().startsWith(QLatin1String("/VIDEO_TS/"))) {
                QVERIFY2(iso.value(it.key()) == it.value(), qPrintable(it.key()));
            }
        }
        // Elsewhere ISO names are level 1 (mangled); the set of extents is the same.
        QList<QPair<qint64, qint64>> isoSet, udfSet;
        for (const Extent &e : iso)
            if (e.size > 0)
                isoSet.append({e.sector, e.size});
        for (const Extent &e : udf.files)
            if (e.size > 0)
                udfSet.append({e.sector, e.size});
        std::sort(isoSet.begin(), isoSet.end());
        std::sort(udfSet.begin(), udfSet.end());
        QCOMPARE(isoSet, udfSet);

        // VIDEO_TS first in the UDF root, AUDIO_TS present; its files contiguous and in
        // DVD-Video order, before every other file's data.
        QCOMPARE(udf.listings.value(QStringLiteral("/")).mid(0, 2),
                 (QStringList{QStringLiteral("VIDEO_TS"), QStringLiteral("AUDIO_TS")}));
        const QStringList order{QStringLiteral("VIDEO_TS.IFO"), QStringLiteral("VIDEO_TS.VOB"),
                                QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VTS_01_0.IFO"),
                                QStringLiteral("VTS_01_0.VOB"), QStringLiteral("VTS_01_1.VOB"),
                                QStringLiteral("VTS_01_2.VOB"), QStringLiteral("VTS_01_0.BUP"),
                                QStringLiteral("VTS_02_0.IFO"), QStringLiteral("VTS_02_1.VOB"),
                                QStringLiteral("VTS_02_0.BUP")};
        QCOMPARE(udf.listings.value(QStringLiteral("/VIDEO_TS")), order);
        qint64 next = -1;
        for (const QString &name : order) {
            const Extent e = iso.value(QStringLiteral("/VIDEO_TS/") + name);
            if (next >= 0)
                QCOMPARE(e.sector, next);
            next = e.sector + (e.size + 2047) / 2048;
        }
        for (auto it = udf.files.cbegin(); it != udf.files.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("/VIDEO_TS/")) && it.value().size > 0)
                QVERIFY(it.value().sector >= next);
        }
    }

    // Burned straight to a virtual drive through BurnJob (a fresh stream per copy), verified
    // against the stream, and equal byte for byte to the file written from the same plan.
    void burnsDirectly()
    {
        if (m_image.isEmpty())
            QSKIP("no image");
        const QString disc = m_dir.path() + QStringLiteral("/disc.iso");
        BurnOptions o;
        o.driveAddress = QStringLiteral("stdio:") + disc;
        o.verify = true;
        const auto tree = m_tree;
        const FilePlan plan = m_plan;
        const ImageOptions options = m_options;
        o.sourceFactory = [tree, plan, options]() -> std::unique_ptr<ImageSource> {
            return std::make_unique<UdfBridgeSource>(tree, plan, options);
        };
        o.sourceName = QStringLiteral("the DVD-Video image");
        BurnJob job(o);
        job.start();
        QVERIFY(job.wait(60000));
        const JobResult r = job.result();
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
        QVERIFY2(r.message.contains(QStringLiteral("Verified")), qPrintable(r.message));
        const QByteArray image = readAll(m_image);
        QCOMPARE(readAll(disc).left(image.size()), image);
    }

    // A file of 5 GiB outside VIDEO_TS: ISO 9660 records it in two sections (ECMA-119 9.1.6),
    // UDF in five short_ads; both start at the same sector. Only the metadata is written (a
    // sparse file), so no data is read.
    void hugeFileInSections()
    {
        const qint64 huge = qint64(5) << 30;
        FilePlan plan{{"/VIDEO_TS", true, 0, 1000, -1, {}},
                      {"/VIDEO_TS/VIDEO_TS.IFO", false, 5, 1000, -1, "hello"},
                      {"/BIG.BIN", false, huge, 1000, 1, {}}};
        auto layout = UdfBridgeLayout::build(plan, QStringLiteral("BIG"), 1700000000);
        QVERIFY2(layout.ok(), qPrintable(layout.error().message));
        const QString path = m_dir.path() + QStringLiteral("/sparse.iso");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(layout->head());
        QVERIFY(f.resize(layout->size() - 2048));
        QVERIFY(f.seek(layout->size() - 2048));
        f.write(layout->tail());
        f.close();
        QCOMPARE(layout->extents().size(), size_t(2));
        const UdfBridgeExtent big = layout->extents().back();
        QCOMPARE(big.size, huge);

        UdfWalker udf(layout->head());
        QVERIFY2(udf.walk(), qPrintable(udf.error));
        QCOMPARE(udf.files.value(QStringLiteral("/BIG.BIN")), (Extent{big.sector, huge}));
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-l"), QStringLiteral("-i"), path}, &out),
                 0);
        const QString listing = QString::fromLocal8Bit(out);
        QVERIFY2(listing.contains(QStringLiteral("[%1 ").arg(big.sector, 7)), out.constData());
        QVERIFY2(listing.contains(QStringLiteral("[%1 ").arg(big.sector + 0xFFFFF800 / 2048, 7)),
                 out.constData());
        QCOMPARE(listing.count(QStringLiteral("BIG.BIN;1")), 2);
    }

    void reproducibleWithFixedTime()
    {
        FilePlan plan{{"/VIDEO_TS", true, 0, 1000, -1, {}},
                      {"/VIDEO_TS/VIDEO_TS.IFO", false, 5, 1000, -1, "hello"}};
        ImageOptions options;
        options.label = QStringLiteral("SAME");
        options.fixedTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QByteArray first, second;
        for (QByteArray *into : {&first, &second}) {
            UdfBridgeSource source(nullptr, plan, options);
            QVERIFY(!source.open());
            into->resize(source.size());
            QCOMPARE(source.read(into->data(), into->size()), source.size());
        }
        QCOMPARE(first, second);
    }

    void rejectsClashes()
    {
        FilePlan plan{{"/VIDEO_TS", false, 1, 0, -1, "x"}, {"/VIDEO_TS/A", false, 1, 0, -1, "y"}};
        UdfBridgeSource source(nullptr, plan, {});
        const auto problem = source.open();
        QVERIFY(problem);
        QVERIFY(problem->message.contains(QLatin1String("/VIDEO_TS")));
    }

    // A real DVD-Video (ffmpeg + dvdauthor) rebuilt from its folder: lsdvd sees the titles,
    // durations, chapters and audio streams of the genisoimage original.
    void realDvdRebuild()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lsdvd")).isEmpty() || !haveTools())
            QSKIP("lsdvd, udfinfo, 7z or isoinfo is not installed");
        const DvdVideoFixture &dvd = dvdVideoFixture();
        if (!dvd.error.isEmpty())
            QSKIP(qPrintable(dvd.error));
        auto loaded = loadImageTree(
            {SourceSpec{SourceSpec::Kind::ImageFile, dvd.image, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        ImageOptions options;
        options.label = dvd.label;
        UdfBridgeSource source(loaded.value().tree, filePlanFromTree(*loaded.value().tree),
                               options);
        QString error;
        const QString image =
            writeImage(source, m_dir.path() + QStringLiteral("/rebuilt.iso"), &error);
        QVERIFY2(!image.isEmpty(), qPrintable(error));

        const auto titles = [](const QString &path) {
            QByteArray out;
            runTool(QStringLiteral("lsdvd"), {QStringLiteral("-a"), QStringLiteral("-c"), path},
                    &out);
            QStringList lines;
            for (const QString &l : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
                if (l.trimmed().startsWith(QLatin1String("Title:")) ||
                    l.trimmed().startsWith(QLatin1String("Audio:")) ||
                    l.trimmed().startsWith(QLatin1String("Chapter:")) ||
                    l.startsWith(QLatin1String("Longest")))
                    lines << l.trimmed();
            }
            return lines;
        };
        const QStringList original = titles(dvd.image);
        const auto isTitle = [](const QString &l) { return l.startsWith(QLatin1String("Title:")); };
        QCOMPARE(std::count_if(original.begin(), original.end(), isTitle), dvd.titles.size());
        QCOMPARE(titles(image), original);

        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("udfinfo"), {image}, &out), 0);
        QVERIFY2(out.contains("\nudfrev=1.02\n"), out.constData());
        UdfWalker udf(readAll(image));
        QVERIFY2(udf.walk(), qPrintable(udf.error));
        const QMap<QString, Extent> iso = isoExtents(image);
        for (auto it = udf.files.cbegin(); it != udf.files.cend(); ++it)
            QVERIFY2(iso.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(iso.size(), udf.files.size());
        QVERIFY2(source.warnings().isEmpty(), qPrintable(source.warnings().join(u'\n')));

        // The VOBs and BUPs sit where the IFOs record them, as genisoimage -dvd-video put them
        // (relative to VIDEO_TS.IFO; the IFO reserves room after VIDEO_TS.VOB).
        const QMap<QString, Extent> mastered = isoExtents(dvd.image);
        const QString first = QStringLiteral("/VIDEO_TS/VIDEO_TS.IFO");
        QCOMPARE(mastered.size(), iso.size());
        for (auto it = mastered.cbegin(); it != mastered.cend(); ++it) {
            QCOMPARE(iso.value(it.key()).size, it.value().size);
            QVERIFY2(iso.value(it.key()).sector - iso.value(first).sector ==
                         it.value().sector - mastered.value(first).sector,
                     qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestUdfBridge)
#include "tst_udfbridge.moc"
