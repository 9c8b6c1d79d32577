#include "device/grabbeddrive.h"
#include "fixtures.h"
#include "iso/imagefilestream.h"
#include "iso/isoimport.h"
#include "iso/newimagesource.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "jobs/jobhandler.h"
#include "project/imagesourcefactory.h"
#include "project/imagetreeloader.h"
#include "readback/streamdigest.h"
#include "tree/imagetree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdint>
#include <libisofs/libisofs.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Spindle;
using namespace Spindle::Test;

// Builds new images from folders, images, discs and archives and checks every result with
// readers Spindle did not write: isoinfo, xorriso, 7z and bsdtar.
class TestImageBuild final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder; // the hostile-names fixture
    QString m_iso;    // an image of it made by xorriso
    QByteArray m_isoSum;

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static QByteArray tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(120000);
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    static std::shared_ptr<const ImageTree> load(const QList<SourceSpec> &specs)
    {
        auto loaded = loadImageTree(specs);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return {};
        }
        return loaded.value().tree;
    }

    static SourceSpec spec(const QString &text, bool asIs = false)
    {
        auto s = SourceSpec::parse(text, asIs);
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return s ? s.value() : SourceSpec{};
    }

    static JobResult build(std::shared_ptr<const ImageTree> tree, const Selection &selection,
                           const ImageOptions &options, const QString &out, qint64 capacity = -1)
    {
        BuildImageJob job(
            {newImageSourceFactory(std::move(tree), selection, options), out, capacity, true});
        job.start();
        job.wait();
        return job.result();
    }

    // Every file below `root` (relative path -> sha256), symlinks as "-> target".
    static QMap<QString, QByteArray> contents(const QString &root)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            const QString rel = path.mid(root.size());
            if (info.isSymLink()) {
                char target[4096];
                const ssize_t n =
                    ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
                out.insert(rel, "-> " + QByteArray(target, int(qMax<ssize_t>(n, 0))));
            } else if (info.isFile())
                out.insert(rel, sha256Of(path));
        }
        return out;
    }

    QString osirroxExtract(const QString &iso, const QString &name)
    {
        const QString dir = m_dir.path() + QStringLiteral("/x-") + name;
        tool(QStringLiteral(SPINDLE_XORRISO),
             {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso,
              QStringLiteral("-extract"), QStringLiteral("/"), dir});
        return dir;
    }

    // xorriso restores hard links from Rock Ridge inode numbers: both names share an inode.
    bool hardLinked(const QString &iso, const QString &name)
    {
        const QString dir = m_dir.path() + QLatin1Char('/') + name;
        tool(QStringLiteral(SPINDLE_XORRISO),
             {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-hardlinks"),
              QStringLiteral("on"), QStringLiteral("-indev"), iso, QStringLiteral("-extract"),
              QStringLiteral("/"), dir});
        const QFileInfo a(dir + QStringLiteral("/hard.txt"));
        const QFileInfo b(dir + QStringLiteral("/keep/a.txt"));
        struct stat sa, sb;
        if (::stat(QFile::encodeName(a.filePath()).constData(), &sa) != 0 ||
            ::stat(QFile::encodeName(b.filePath()).constData(), &sb) != 0)
            return false;
        return sa.st_ino == sb.st_ino && sa.st_nlink == 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QVERIFY(haveTool(SPINDLE_ISOINFO));
        // Hostile names: non-ASCII, a 200-character name, 12 levels deep, hidden files,
        // a symlink and a hard link, backup files to exclude by pattern.
        m_folder = m_dir.path() + QStringLiteral("/src");
        writeFile(m_folder + QStringLiteral("/Ünïcødé – 日本語.txt"), "unicode\n");
        writeFile(m_folder + QLatin1Char('/') + QString(196, QLatin1Char('n')) +
                      QStringLiteral(".txt"),
                  "long name\n");
        QString deep = m_folder;
        for (int i = 1; i <= 12; ++i)
            deep += QStringLiteral("/level%1").arg(i);
        writeFile(deep + QStringLiteral("/bottom.txt"), "deep\n");
        writeFile(m_folder + QStringLiteral("/.hidden"), "hidden\n");
        writeFile(m_folder + QStringLiteral("/keep/a.txt"), QByteArray(100000, 'a'));
        writeFile(m_folder + QStringLiteral("/keep/a.bak"), "backup\n");
        writeFile(m_folder + QStringLiteral("/extras/bonus.bin"), QByteArray(300000, 'b'));
        writeFile(m_folder + QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"), "vob 2\n");
        writeFile(m_folder + QStringLiteral("/VIDEO_TS/VTS_01_1.VOB"), "vob 1\n");
        QVERIFY(QFile::link(QStringLiteral("keep/a.txt"), m_folder + QStringLiteral("/link")));
        QCOMPARE(::link(QFile::encodeName(m_folder + QStringLiteral("/keep/a.txt")).constData(),
                        QFile::encodeName(m_folder + QStringLiteral("/hard.txt")).constData()),
                 0);
        m_iso = m_dir.path() + QStringLiteral("/src.iso");
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-R"),
                          QStringLiteral("-J"), QStringLiteral("-joliet-long"),
                          QStringLiteral("--hardlinks"), QStringLiteral("-V"),
                          QStringLiteral("HOSTILE"), QStringLiteral("-o"), m_iso, m_folder},
                         &out),
                 0);
        m_isoSum = sha256Of(m_iso);
    }

    void cleanupTestCase()
    {
        // The source is never modified.
        QCOMPARE(sha256Of(m_iso), m_isoSum);
    }

    void fromImageWithExclusions()
    {
        auto tree = load({spec(m_iso)});
        QVERIFY(tree);
        QCOMPARE(tree->sourceLabel(), QStringLiteral("HOSTILE"));
        auto selection = Selection::parse(QStringLiteral("/extras\n*.bak\n/VIDEO_TS/VTS_02_*\n"));
        QVERIFY(selection);
        const QString out = m_dir.path() + QStringLiteral("/trimmed.iso");
        const JobResult r = build(tree, selection.value(), {}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        // Excluded paths are absent in Rock Ridge, Joliet, 7z and bsdtar listings.
        const QByteArray rr =
            tool(QStringLiteral(SPINDLE_ISOINFO),
                 {QStringLiteral("-R"), QStringLiteral("-f"), QStringLiteral("-i"), out});
        const QByteArray joliet =
            tool(QStringLiteral(SPINDLE_ISOINFO),
                 {QStringLiteral("-J"), QStringLiteral("-f"), QStringLiteral("-i"), out});
        const QByteArray sevenZip = tool(QStringLiteral("7z"), {QStringLiteral("l"), out});
        const QByteArray bsdtar = tool(QStringLiteral("bsdtar"), {QStringLiteral("tf"), out});
        for (const QByteArray &listing : {rr, joliet, sevenZip, bsdtar}) {
            QVERIFY2(listing.contains("a.txt"), listing.constData());
            QVERIFY(!listing.contains("bonus.bin"));
            QVERIFY(!listing.contains("a.bak"));
            QVERIFY(!listing.contains("VTS_02_1.VOB"));
            QVERIFY(listing.contains("VTS_01_1.VOB"));
        }
        QVERIFY(rr.contains("/keep/a.txt"));
        QVERIFY(rr.contains("bottom.txt"));
        // Label, Rock Ridge and Joliet present.
        const QByteArray pvd = tool(QStringLiteral(SPINDLE_ISOINFO),
                                    {QStringLiteral("-d"), QStringLiteral("-i"), out});
        QVERIFY(pvd.contains("Volume id: HOSTILE"));
        QVERIFY(pvd.contains("Rock Ridge signatures version"));
        QVERIFY(pvd.contains("Joliet with UCS level"));

        // Every kept file identical to the source (xorriso extracts, we compare hashes).
        QMap<QString, QByteArray> expected = contents(m_folder);
        expected.remove(QStringLiteral("/keep/a.bak"));
        expected.remove(QStringLiteral("/extras/bonus.bin"));
        expected.remove(QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"));
        QCOMPARE(contents(osirroxExtract(out, QStringLiteral("trimmed"))), expected);

        QVERIFY(hardLinked(out, QStringLiteral("trimmed-links")));
    }

    // The CLI's build hands the load's import of the image to the first stream instead of
    // importing it again: the image must come out the same as from a fresh import, and a second
    // stream of the same factory (another copy of a burn) imports the image itself.
    void handedOffImportGivesTheSameImage()
    {
        auto selection = Selection::parse(QStringLiteral("/extras\n*.bak\n"));
        QVERIFY(selection);
        ImageOptions options;
        options.fixedTime = QDateTime(QDate(2021, 3, 4), QTime(5, 6), QTimeZone::utc());
        const QString fresh = m_dir.path() + QStringLiteral("/handoff-fresh.iso");
        QVERIFY(build(load({spec(m_iso)}), selection.value(), options, fresh).succeeded());

        auto loaded = loadImageTree({spec(m_iso)}, {}, KeepBaseImport::ForBuild);
        QVERIFY(loaded);
        std::shared_ptr<IsoImportHandoff> handoff = loaded.value().baseImport;
        QVERIFY(handoff);
        const ImageSourceFactory factory =
            newImageSourceFactory(loaded.value().tree, selection.value(), options, handoff);
        const QString first = m_dir.path() + QStringLiteral("/handoff-1.iso");
        const QString second = m_dir.path() + QStringLiteral("/handoff-2.iso");
        for (const QString &out : {first, second}) {
            BuildImageJob job({factory, out, -1, true});
            job.start();
            job.wait();
            QVERIFY2(job.result().succeeded(),
                     qPrintable(job.result().message + job.result().detail));
        }
        QVERIFY(!handoff->take(spec(m_iso))); // the first stream took it
        QCOMPARE(sha256Of(first), sha256Of(fresh));
        QCOMPARE(sha256Of(second), sha256Of(fresh));

        // A handoff gives its import only for the source it was made from.
        auto other = loadImageTree({spec(m_iso)}, {}, KeepBaseImport::ForBuild);
        QVERIFY(other);
        QCOMPARE(other.value().baseImport->take(spec(m_folder)), nullptr);
        // Loading without ForBuild keeps nothing.
        QVERIFY(!loadImageTree({spec(m_iso)}).value().baseImport);
    }

    // The handed-off import's files read through compact streams (IsoImport::compactFiles()),
    // which give the bytes libisofs' own streams give, in reads of any size; hard links keep one
    // identity. (handedOffImportGivesTheSameImage compares whole images made from both.)
    void compactStreamsReadLikeTheImport()
    {
        auto loaded = loadImageTree({spec(m_iso)}, {}, KeepBaseImport::ForBuild);
        QVERIFY(loaded);
        std::unique_ptr<IsoImport> compact = loaded.value().baseImport->take(spec(m_iso));
        QVERIFY(compact);
        auto plain = IsoImport::open(spec(m_iso));
        QVERIFY(plain);
        const auto stream = [](const IsoImport &import, const char *path) -> IsoStream * {
            IsoNode *node = nullptr;
            if (iso_tree_path_to_node(import.image(), path, &node) != 1 ||
                iso_node_get_type(node) != LIBISO_FILE)
                return nullptr;
            return iso_file_get_stream(reinterpret_cast<IsoFile *>(node));
        };
        const auto readAllOf = [](IsoStream *s, const QList<int> &sizes) {
            QByteArray all;
            if (iso_stream_open(s) < 0)
                return QByteArray("open failed");
            QByteArray buffer(8192, '\0');
            for (int i = 0;; ++i) {
                const int n = iso_stream_read(s, buffer.data(), size_t(sizes[i % sizes.size()]));
                if (n <= 0)
                    break;
                all += buffer.left(n);
            }
            iso_stream_close(s);
            return all;
        };
        std::vector<iso_file_section> sections;
        for (const char *path : {"/keep/a.txt", "/.hidden", "/extras/bonus.bin"}) {
            IsoStream *mine = stream(*compact, path);
            IsoStream *theirs = stream(*plain.value(), path);
            QVERIFY(mine && theirs);
            QVERIFY2(imageFileStreamSections(mine, &sections), path);
            QVERIFY(!imageFileStreamSections(theirs, &sections));
            const QByteArray expected = readAllOf(theirs, {2048});
            QVERIFY(!expected.isEmpty());
            QCOMPARE(readAllOf(mine, {2048}), expected);
            QCOMPARE(readAllOf(mine, {1000, 3000, 7, 8192}), expected);
            unsigned int fs1 = 0, fs2 = 0;
            dev_t dev1 = 0, dev2 = 0;
            ino_t ino1 = 0, ino2 = 0;
            iso_stream_get_id(mine, &fs1, &dev1, &ino1);
            iso_stream_get_id(theirs, &fs2, &dev2, &ino2);
            // The same file system and inode (dev numbers the import itself).
            QCOMPARE(fs1, fs2);
            QCOMPARE(ino1, ino2);
        }
        unsigned int fs = 0;
        dev_t dev = 0;
        ino_t a = 0, b = 0;
        iso_stream_get_id(stream(*compact, "/keep/a.txt"), &fs, &dev, &a);
        iso_stream_get_id(stream(*compact, "/hard.txt"), &fs, &dev, &b);
        QCOMPARE(a, b);
        QVERIFY(compact->unreadableFiles().isEmpty());
    }

    // The CLI's build gives its job a single-use factory, so that the composer may free the
    // tree: a second stream from it is refused cleanly, not a crash.
    void singleUseFactoryMakesOneStream()
    {
        auto tree = load({spec(m_iso)});
        QVERIFY(tree);
        std::weak_ptr<const ImageTree> watch = tree;
        const QString out = m_dir.path() + QStringLiteral("/single.iso");
        BuildImageJob job(
            {singleUse(newImageSourceFactory(std::move(tree), {}, {})), out, -1, true});
        job.start();
        job.wait();
        QVERIFY2(job.result().succeeded(), qPrintable(job.result().message));
        QVERIFY(watch.expired()); // nothing kept it after the stream was made and finished
        QVERIFY(tool(QStringLiteral(SPINDLE_ISOINFO),
                     {QStringLiteral("-R"), QStringLiteral("-f"), QStringLiteral("-i"), out})
                    .contains("/keep/a.txt"));
        QFile::remove(out);
        job.start(); // again: the factory has nothing left to make
        job.wait();
        QCOMPARE(job.result().status, JobResult::Status::Failed);
        QVERIFY(!QFile::exists(out));
    }

    void fromFolderKeepsLinksAndHidden()
    {
        auto tree = load({spec(m_folder)});
        QVERIFY(tree);
        const QString out = m_dir.path() + QStringLiteral("/folder.iso");
        ImageOptions options;
        options.label = QStringLiteral("FOLDER_LABEL");
        const JobResult r = build(tree, {}, options, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(contents(osirroxExtract(out, QStringLiteral("folder"))), contents(m_folder));
        const QByteArray pvd = tool(QStringLiteral(SPINDLE_ISOINFO),
                                    {QStringLiteral("-d"), QStringLiteral("-i"), out});
        QVERIFY(pvd.contains("Volume id: FOLDER_LABEL"));
        QVERIFY(hardLinked(out, QStringLiteral("folder-links")));
    }

    void discSourceThroughLibburn()
    {
        // stdio: makes libburn read the image as it reads a disc (no temporary copy).
        auto tree = load({spec(QStringLiteral("stdio:") + m_iso)});
        QVERIFY(tree);
        auto selection = Selection::parse(QStringLiteral("/keep/\n"));
        QVERIFY(selection);
        const QString out = m_dir.path() + QStringLiteral("/fromdisc.iso");
        const JobResult r = build(tree, selection.value(), {}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QMap<QString, QByteArray> expected = contents(m_folder);
        for (const QString &k : expected.keys()) {
            if (k.startsWith(QLatin1String("/keep/")))
                expected.remove(k);
        }
        QCOMPARE(contents(osirroxExtract(out, QStringLiteral("disc"))), expected);
    }

    void sourcesCombineWithArchive()
    {
        const QString tar = m_dir.path() + QStringLiteral("/extra.tar");
        QCOMPARE(
            runTool(QStringLiteral("bsdtar"), {QStringLiteral("-cf"), tar, QStringLiteral("-C"),
                                               m_folder + QStringLiteral("/keep"),
                                               QStringLiteral("a.txt"), QStringLiteral("a.bak")}),
            0);
        auto tree = load({spec(m_iso), spec(tar + QStringLiteral("=/from-archive")),
                          spec(m_folder + QStringLiteral("/extras=/added"), true)});
        QVERIFY(tree);
        const QString out = m_dir.path() + QStringLiteral("/combined.iso");
        const JobResult r = build(tree, {}, {}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        const QString x = osirroxExtract(out, QStringLiteral("combined"));
        QCOMPARE(sha256Of(x + QStringLiteral("/from-archive/a.txt")),
                 sha256Of(m_folder + QStringLiteral("/keep/a.txt")));
        QCOMPARE(sha256Of(x + QStringLiteral("/added/bonus.bin")),
                 sha256Of(m_folder + QStringLiteral("/extras/bonus.bin")));
        QCOMPARE(sha256Of(x + QStringLiteral("/keep/a.txt")),
                 sha256Of(m_folder + QStringLiteral("/keep/a.txt")));
    }

    // Hard links in a tar (no data of their own) go into the new image as the file they name,
    // sharing its data (they were dropped).
    void archiveHardLinksStay()
    {
        const QString tar = m_dir.path() + QStringLiteral("/links.tar");
        const QString work = m_dir.path() + QStringLiteral("/linkwork");
        QDir().mkpath(work);
        QVERIFY(
            QFile::copy(m_folder + QStringLiteral("/keep/a.txt"), work + QStringLiteral("/a.txt")));
        QCOMPARE(::link(QFile::encodeName(work + QStringLiteral("/a.txt")).constData(),
                        QFile::encodeName(work + QStringLiteral("/b.txt")).constData()),
                 0);
        QCOMPARE(runTool(QStringLiteral("bsdtar"),
                         {QStringLiteral("-cf"), tar, QStringLiteral("-C"), work,
                          QStringLiteral("a.txt"), QStringLiteral("b.txt")}),
                 0);
        QByteArray listing;
        QCOMPARE(runTool(QStringLiteral("bsdtar"), {QStringLiteral("-tvf"), tar}, &listing), 0);
        QVERIFY2(listing.contains("b.txt link to a.txt"), listing.constData());
        auto tree = load({spec(tar)});
        QVERIFY(tree);
        const QString out = m_dir.path() + QStringLiteral("/links.iso");
        const JobResult r = build(tree, {}, {}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        const QString x = osirroxExtract(out, QStringLiteral("links"));
        QCOMPARE(sha256Of(x + QStringLiteral("/b.txt")), sha256Of(work + QStringLiteral("/a.txt")));
        QCOMPARE(sha256Of(x + QStringLiteral("/a.txt")), sha256Of(work + QStringLiteral("/a.txt")));
    }

    void reproducibleGivesSameBytes()
    {
        ImageOptions options;
        options.fixedTime = QDateTime(QDate(2020, 5, 1), QTime(12, 0), QTimeZone::utc());
        const QString a = m_dir.path() + QStringLiteral("/r1.iso");
        const QString b = m_dir.path() + QStringLiteral("/r2.iso");
        QVERIFY(
            build(load({spec(m_iso), spec(m_folder + QStringLiteral("/keep=/k"))}), {}, options, a)
                .succeeded());
        QTest::qWait(1100); // a second later: "now" differs, the bytes must not
        QVERIFY(
            build(load({spec(m_iso), spec(m_folder + QStringLiteral("/keep=/k"))}), {}, options, b)
                .succeeded());
        QCOMPARE(sha256Of(a), sha256Of(b));
        const QString c = m_dir.path() + QStringLiteral("/r3.iso");
        QVERIFY(build(load({spec(m_iso)}), {}, {}, c).succeeded());
        QTest::qWait(1100);
        const QString d = m_dir.path() + QStringLiteral("/r4.iso");
        QVERIFY(build(load({spec(m_iso)}), {}, {}, d).succeeded());
        QVERIFY(sha256Of(c) != sha256Of(d)); // without it, creation times differ
    }

    void refusesWhatDoesNotFit()
    {
        const QString out = m_dir.path() + QStringLiteral("/toobig.iso");
        const JobResult r = build(load({spec(m_iso)}), {}, {}, out, 100 * 1024);
        QVERIFY(!r.succeeded());
        QVERIFY(r.message.contains(QStringLiteral("target medium holds")));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    void sparseFileForcesLevel3()
    {
        const QString folder = m_dir.path() + QStringLiteral("/big");
        QDir().mkpath(folder);
        const QString big = folder + QStringLiteral("/huge.bin");
        QCOMPARE(runTool(QStringLiteral("truncate"),
                         {QStringLiteral("-s"), QStringLiteral("4500M"), big}),
                 0);
        auto tree = load({spec(folder)});
        QVERIFY(tree);
        ImageOptions level2;
        level2.isoLevel = 2;
        NewImageSource refused(tree, {}, level2);
        const auto problem = refused.open();
        QVERIFY(problem);
        QVERIFY(problem->message.contains(QStringLiteral("level 3")));

        NewImageSource source(tree, {}, {});
        QVERIFY(!source.open());
        QCOMPARE(source.isoLevel(), 3);
        QVERIFY(source.size() > 4500LL * 1024 * 1024);
        // Only the file system structures are written; the file's data is zeros like its
        // sparse source, so a sparse tail stands in for it.
        const QString out = m_dir.path() + QStringLiteral("/big.iso");
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray head(2 * 1024 * 1024, '\0');
        QCOMPARE(source.read(head.data(), head.size()), qint64(head.size()));
        file.write(head);
        QVERIFY(file.resize(source.size()));
        file.close();
        source.cancel();
        const QByteArray listing = tool(
            QStringLiteral(SPINDLE_XORRISO),
            {QStringLiteral("-indev"), out, QStringLiteral("-lsdl"), QStringLiteral("/huge.bin")});
        QVERIFY2(listing.contains("4718592000"), listing.constData());
        QFile::remove(out);
    }

    // Burning the new image straight to a virtual drive: each copy gets its own stream (the
    // second copy is asked for through the handler), verify compares the disc with what was
    // burned, and the disc equals a file written from the same (reproducible) options.
    void burnDirectCopiesAndVerify()
    {
        const auto tree = load({spec(m_folder)});
        QVERIFY(tree);
        Selection selection;
        selection.addRule(QStringLiteral("*.bak"), false);
        ImageOptions options;
        options.fixedTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QString file = m_dir.path() + QStringLiteral("/direct-file.iso");
        QVERIFY(build(tree, selection, options, file).succeeded());

        const QString disc = m_dir.path() + QStringLiteral("/direct-disc.iso");
        BurnOptions o;
        o.driveAddress = QStringLiteral("stdio:") + disc;
        o.copies = 2;
        o.verify = true;
        int streams = 0;
        o.sourceFactory = [&streams, tree, selection, options]() -> std::unique_ptr<ImageSource> {
            ++streams;
            return std::make_unique<NewImageSource>(tree, selection, options);
        };
        o.sourceName = QStringLiteral("the new image");
        struct Yes final : JobHandler
        {
            int asked = 0;
            bool ask(const Question &) override { return ++asked > 0; }
        } yes;
        BurnJob job(o);
        QCOMPARE(job.title(), QStringLiteral("Burn the new image"));
        job.setHandler(&yes);
        job.start();
        QVERIFY(job.wait(120000));
        const JobResult r = job.result();
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char(' ') + r.detail));
        QVERIFY2(r.message.contains(QStringLiteral("Verified")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("2 copies")), qPrintable(r.message));
        QCOMPARE(streams, 2);
        QCOMPARE(yes.asked, 1); // "insert the next disc"
        // Not a byte compare: within one process libisofs numbers Rock Ridge inodes of a folder
        // source differently from image to image (tst_cli_build compares bytes across runs).
        QCOMPARE(QFileInfo(disc).size(), QFileInfo(file).size());
        const auto lsdl = [](const QString &iso) {
            QList<QByteArray> entries; // "-rw-r--r-- 1 0 0 100000 Jan  1  2000 '/keep/a.txt'"
            for (const QByteArray &line :
                 tool(QStringLiteral(SPINDLE_XORRISO),
                      {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/"),
                       QStringLiteral("-exec"), QStringLiteral("lsdl")})
                     .split('\n')) {
                if (line.startsWith('-') || line.startsWith('d') || line.startsWith('l'))
                    entries << line;
            }
            return entries;
        };
        QVERIFY(lsdl(disc).size() > 10);
        QCOMPARE(lsdl(disc), lsdl(file));
        const QByteArray listing =
            tool(QStringLiteral(SPINDLE_ISOINFO),
                 {QStringLiteral("-R"), QStringLiteral("-l"), QStringLiteral("-i"), disc});
        QVERIFY(listing.contains("bonus.bin"));
        QVERIFY(!listing.contains("a.bak"));
    }

    // Verify of a stream burn: the disc is read back for exactly the bytes that were burned
    // and one changed byte is found, in the right 64 KiB.
    void streamDigestFindsAChangedByte()
    {
        QByteArray data;
        for (int i = 0; data.size() < 3 * 1024 * 1024 + 6144; ++i)
            data += QByteArray::number(i * 2654435761u);
        data.truncate(3 * 1024 * 1024 + 6144); // 1539 sectors, not a whole 64 KiB group
        StreamDigest digest;
        for (qint64 at = 0; at < data.size(); at += 40000) // uneven pieces, like a FIFO's
            digest.add(data.constData() + at, qMin<qint64>(40000, data.size() - at));
        QCOMPARE(digest.bytes(), qint64(data.size()));
        QCOMPARE(digest.sha256(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));

        const QString disc = m_dir.path() + QStringLiteral("/digest-disc.iso");
        // Padding after the burned bytes (as a drive adds) must not matter.
        writeFile(disc, data + QByteArray(300 * 1024, '\0'));
        {
            auto drive = GrabbedDrive::grab(QStringLiteral("stdio:") + disc);
            QVERIFY(drive);
            const CompareOutcome same = digest.compareWithDisc(*drive.value(), {}, {});
            QVERIFY(same.matched);
            QCOMPARE(same.discSha256, digest.sha256());
        }
        QByteArray changed = data;
        changed[1000 * 2048 + 17] = char(changed[1000 * 2048 + 17] ^ 0x01);
        writeFile(disc, changed);
        {
            auto drive = GrabbedDrive::grab(QStringLiteral("stdio:") + disc);
            QVERIFY(drive);
            const CompareOutcome differs = digest.compareWithDisc(*drive.value(), {}, {});
            QVERIFY(!differs.matched);
            QCOMPARE(differs.firstDifferentSector, qint64(992)); // 1000 lies in 992..1023
            QVERIFY(StreamDigest::mismatchMessage(differs, QStringLiteral("stdio:x"))
                        .contains(QStringLiteral("992 to 1023")));
        }
        writeFile(disc, data.left(2048 * 1200)); // a disc that ends early
        {
            auto drive = GrabbedDrive::grab(QStringLiteral("stdio:") + disc);
            QVERIFY(drive);
            const CompareOutcome shorter = digest.compareWithDisc(*drive.value(), {}, {});
            QVERIFY(!shorter.matched);
            QVERIFY(shorter.error);
            QCOMPARE(shorter.firstDifferentSector, qint64(1200));
        }
    }

    // Cancel while libisofs streams into libburn: the job ends as cancelled within seconds,
    // libisofs' writer thread and libburn's FIFO stop (destroying the job does not hang), and
    // the drive can be grabbed again.
    void burnDirectCancel()
    {
        const QString root = m_dir.path() + QStringLiteral("/sparse-src");
        QDir().mkpath(root);
        QFile big(root + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(3) << 30)); // holes: free to read, seconds to write
        big.close();
        const auto tree = load({spec(root)});
        QVERIFY(tree);
        const QString disc = m_dir.path() + QStringLiteral("/cancel-disc.iso");
        BurnOptions o;
        o.driveAddress = QStringLiteral("stdio:") + disc;
        o.medium = MediumKind::parse(QStringLiteral("dvd-r")).value();
        o.verify = true;
        o.sourceFactory = [tree]() -> std::unique_ptr<ImageSource> {
            return std::make_unique<NewImageSource>(tree, Selection{}, ImageOptions{});
        };
        o.sourceName = QStringLiteral("the new image");
        QElapsedTimer timer;
        {
            BurnJob job(o);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().bytesDone > 4 * 1024 * 1024, 60000);
            QVERIFY(job.cancelHarmsMedium()); // an emulated DVD-R is write-once
            timer.start();
            job.cancel();
            QVERIFY(job.wait(20000));
            QCOMPARE(job.result().status, JobResult::Status::Cancelled);
            QVERIFY2(job.result().message.contains(QStringLiteral("unusable")),
                     qPrintable(job.result().message));
        }
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(QFileInfo(disc).size() < (qint64(3) << 30));
        auto again = GrabbedDrive::grab(QStringLiteral("stdio:") + disc);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QFile::remove(disc);
        QFile::remove(big.fileName());
    }
};

QTEST_GUILESS_MAIN(TestImageBuild)
#include "tst_imagebuild.moc"
