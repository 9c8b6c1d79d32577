#include "badsectordisc.h"
#include "dvdvideosetup.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Spindle::Test;

// `spindle-cli copy` through the real binary on stdio: virtual drives: with two drives on the
// fly, with one through a temporary image in the cache folder (XDG_CACHE_HOME points into the
// test's folder, so that the test sees it come and go). Copies are checked with cmp, xorriso
// and lsdvd (DVD-Video titles and streams left out on the way), not with Spindle's own code.
class TestCliCopy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    using Run = ProcessRun;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }
    static bool same(const QString &a, const QString &b)
    {
        return runTool(QStringLiteral("cmp"), {a, b}) == 0;
    }
    static void write(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    static QByteArray listing(const QString &image)
    {
        QByteArray out;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), image, QStringLiteral("-find"), QStringLiteral("/")},
                &out);
        return out;
    }
    // Everything the one-drive copies left in the cache folder.
    QStringList cacheLeftovers(const QString &cache) const
    {
        QStringList found;
        QDir dir(cache + QStringLiteral("/Spindle/spindle-cli"));
        for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
            found << name;
        return found;
    }
    // A copy running as a process, so that the test can change the disc while it waits.
    struct Copy
    {
        QProcess process;
        QByteArray err;

        void start(const QStringList &args, const QString &cache)
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(SPINDLE_CLI), QStringList{QStringLiteral("copy")} + args);
        }
        bool waitForError(const QByteArray &text, int timeoutMs = 30000)
        {
            QElapsedTimer timer;
            timer.start();
            while (!err.contains(text) && timer.elapsed() < timeoutMs) {
                process.waitForReadyRead(100);
                err += process.readAllStandardError();
                if (process.state() == QProcess::NotRunning)
                    break;
            }
            err += process.readAllStandardError();
            return err.contains(text);
        }
        int finish()
        {
            process.closeWriteChannel();
            process.waitForFinished(60000);
            err += process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QString text;
        for (int i = 0; i < 150000; ++i)
            text += QString::number(i * 17) + QLatin1Char(' ');
        m_iso = makeIso(m_dir.path(), QStringLiteral("source.iso"), QStringLiteral("COPY_ME"),
                        {QStringLiteral("keep/data.txt=") + text, QStringLiteral("a.txt=hello\n"),
                         QStringLiteral("bonus/extra.txt=") + text},
                        {QStringLiteral("-J")});
        QVERIFY(!m_iso.isEmpty());
    }

    void twoDrivesCopyTheSameBytes()
    {
        const QString target = path(QStringLiteral("two.iso"));
        const Run r = runProcess(QStringLiteral(SPINDLE_CLI),
                                 {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(m_iso),
                                  QStringLiteral("--to"), stdio(target), QStringLiteral("--verify"),
                                  QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(same(m_iso, target));
        QVERIFY(listing(target).contains("/keep/data.txt"));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("success"));
        QCOMPARE(report.value(QStringLiteral("onTheFly")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
    }

    // A disc with dvdisaster RS03 data after its file system (spindle-cli protect) is copied
    // with that data, so the copy can be checked and repaired as the original can.
    void twoDrivesKeepErrorCorrectionData()
    {
        const QString disc = path(QStringLiteral("protected.iso"));
        QFile::remove(disc);
        QVERIFY(QFile::copy(m_iso, disc));
        Run r = runProcess(QStringLiteral(SPINDLE_CLI), {QStringLiteral("protect"), disc});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo(disc).size() > 100 * QFileInfo(m_iso).size()); // it fills a CD
        const QString target = path(QStringLiteral("protected-copy.iso"));
        r = runProcess(QStringLiteral(SPINDLE_CLI),
                       {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(disc),
                        QStringLiteral("--to"), stdio(target), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(same(disc, target));
        QFile::remove(disc);
        QFile::remove(target);
    }

    void twoDrivesLeaveFilesOut()
    {
        const QString target = path(QStringLiteral("excluded.iso"));
        const Run r =
            runProcess(QStringLiteral(SPINDLE_CLI),
                       {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(m_iso),
                        QStringLiteral("--to"), stdio(target), QStringLiteral("--exclude"),
                        QStringLiteral("/bonus/"), QStringLiteral("--verify")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray files = listing(target);
        QVERIFY2(files.contains("/keep/data.txt"), files.constData());
        QVERIFY2(files.contains("/a.txt"), files.constData());
        QVERIFY2(!files.contains("/bonus"), files.constData());
    }

    void tooSmallBlankRefusedBeforeWriting()
    {
        const QString target = path(QStringLiteral("small.iso"));
        const Run r = runProcess(QStringLiteral(SPINDLE_CLI),
                                 {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(m_iso),
                                  QStringLiteral("--to"), stdio(target), QStringLiteral("--medium"),
                                  QStringLiteral("1M")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not fit"), r.err.constData());
        QVERIFY(QFileInfo(target).size() == 0); // missing or empty: nothing was written
    }

    // The DVD-Video options are `build`'s: on a disc that is no DVD-Video they are a usage
    // error, as there.
    void dvdOptionsNeedDvdVideo()
    {
        const QString target = path(QStringLiteral("not-dvd.iso"));
        const Run r = runProcess(QStringLiteral(SPINDLE_CLI),
                                 {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(m_iso),
                                  QStringLiteral("--to"), stdio(target),
                                  QStringLiteral("--drop-titles"), QStringLiteral("2")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("need a DVD-Video source"), r.err.constData());
        QVERIFY(QFileInfo(target).size() == 0);
        const Run bad = runProcess(QStringLiteral(SPINDLE_CLI),
                                   {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(m_iso),
                                    QStringLiteral("--keep-audio"), QStringLiteral("english")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("two-letter language codes"), bad.err.constData());
    }

    // Two drives, on the fly: titles 2 and 3 and the French audio of title 1 left out; lsdvd
    // sees only title 1, as long as the source's, with English audio.
    void dvdTwoDrivesLeaveTitlesAndAudioOut()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd"}, WithLsdvd::Yes);
        QCOMPARE(setup.lsdvd.titles.size(), 3);
        const QString target = path(QStringLiteral("dvd-two.iso"));
        const Run r = runProcess(
            QStringLiteral(SPINDLE_CLI),
            {QStringLiteral("copy"), QStringLiteral("--drive"), stdio(setup.dvd->image),
             QStringLiteral("--to"), stdio(target), QStringLiteral("--drop-titles"),
             QStringLiteral("2-3"), QStringLiteral("--keep-audio"), QStringLiteral("en"),
             QStringLiteral("--verify"), QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, r.err.constData());
        const LsdvdReport copied = runLsdvd(target);
        QVERIFY2(copied.error.isEmpty(), qPrintable(copied.error));
        QCOMPARE(copied.titles.size(), 1);
        QCOMPARE(copied.titles.first().seconds, setup.lsdvd.titles.first().seconds);
        QCOMPARE(copied.titles.first().chapters, setup.lsdvd.titles.first().chapters);
        QCOMPARE(copied.titles.first().audioLanguages, QStringList{QStringLiteral("en")});
    }

    // One drive: the new image goes through the temporary image; the source disc is released
    // before the burn (the same virtual disc is written), and lsdvd sees the kept title alone.
    void dvdOneDriveMainFeatureOnly()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd"}, WithLsdvd::Yes);
        const QString cache = path(QStringLiteral("cache-dvd"));
        const QString disc = path(QStringLiteral("dvd-one.iso"));
        QVERIFY(QFile::copy(setup.dvd->image, disc));
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc), QStringLiteral("--main-feature-only"),
                    QStringLiteral("--drop-subtitles"), QStringLiteral("2:1"),
                    QStringLiteral("--verify")},
                   cache);
        QVERIFY2(copy.waitForError("Continue?", 60000), copy.err.constData());
        QCOMPARE(cacheLeftovers(cache).size(), 1);
        write(disc, {}); // the blank disc
        copy.process.write("y\n");
        QCOMPARE(copy.finish(), 0);
        QVERIFY2(copy.err.contains("Verified"), copy.err.constData());
        const LsdvdReport copied = runLsdvd(disc);
        QVERIFY2(copied.error.isEmpty(), qPrintable(copied.error));
        QCOMPARE(copied.titles.size(), 1);
        QCOMPARE(copied.titles.first().seconds, setup.lsdvd.titles.first().seconds);
        QCOMPARE(copied.titles.first().audioLanguages, setup.lsdvd.titles.first().audioLanguages);
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    // One drive, files left out: the temporary image is the new image.
    void oneDriveLeavesFilesOut()
    {
        const QString cache = path(QStringLiteral("cache-exclude"));
        const QString disc = path(QStringLiteral("one-excluded.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc), QStringLiteral("--exclude"),
                    QStringLiteral("/bonus/")},
                   cache);
        QVERIFY2(copy.waitForError("Continue?"), copy.err.constData());
        write(disc, {});
        copy.process.write("y\n");
        QCOMPARE(copy.finish(), 0);
        const QByteArray files = listing(disc);
        QVERIFY2(files.contains("/keep/data.txt"), files.constData());
        QVERIFY2(!files.contains("/bonus"), files.constData());
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    // One drive, a disc larger than the cache folder's free space (a sparse 8 TiB virtual disc
    // with no file system: its image is the whole disc): refused with the sizes before anything
    // is read or created; reading it would take hours.
    void oneDriveRefusedWithoutCacheSpace()
    {
        const QString cache = path(QStringLiteral("cache-full"));
        const QString disc = path(QStringLiteral("huge.bin"));
        const qint64 huge = qint64(8) << 40;
        {
            QFile f(disc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (!f.resize(huge))
                QSKIP("This file system cannot hold a sparse 8 TiB file.");
        }
        if (QStorageInfo(m_dir.path()).bytesAvailable() >= huge)
            QSKIP("The test folder has more than 8 TiB free.");
        QElapsedTimer timer;
        timer.start();
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc), QStringLiteral("--yes"),
                    QStringLiteral("--progress"), QStringLiteral("plain")},
                   cache);
        QCOMPARE(copy.finish(), 1);
        QVERIFY2(copy.err.contains("Copying with one drive needs a temporary image of"),
                 copy.err.constData());
        QVERIFY2(copy.err.contains("is free there"), copy.err.constData());
        QVERIFY2(!copy.err.contains("Reading"), copy.err.constData());
        QVERIFY(timer.elapsed() < 30000);
        QVERIFY(!QFile::exists(cache + QStringLiteral("/Spindle/spindle-cli")));
        QFile::remove(disc);
    }

    // One drive: read, then the disc is changed for a blank one (the virtual disc's file is
    // emptied) and the question answered; the copy ends up where the original was.
    void oneDriveWithMediumSwap()
    {
        const QString cache = path(QStringLiteral("cache-swap"));
        const QString disc = path(QStringLiteral("one.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc), QStringLiteral("--verify")}, cache);
        QVERIFY2(copy.waitForError("Continue?"), copy.err.constData());
        QVERIFY(copy.err.contains("Insert a blank disc"));
        const QStringList during = cacheLeftovers(cache);
        QCOMPARE(during.size(), 1);
        QVERIFY(QFile::exists(cache + QStringLiteral("/Spindle/spindle-cli/") + during.first() +
                              QStringLiteral("/disc.iso")));
        write(disc, {}); // the blank disc
        copy.process.write("y\n");
        QCOMPARE(copy.finish(), 0);
        QVERIFY2(copy.err.contains("Verified"), copy.err.constData());
        QVERIFY(same(m_iso, disc));
        QVERIFY(listing(disc).contains("/bonus/extra.txt"));
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    // The blank disc put in is too small: refused before writing, and the image goes.
    void oneDriveTooSmallBlank()
    {
        const QString cache = path(QStringLiteral("cache-small"));
        const QString disc = path(QStringLiteral("one-small.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc), QStringLiteral("--medium"),
                    QStringLiteral("1M")},
                   cache);
        QVERIFY2(copy.waitForError("Continue?"), copy.err.constData());
        write(disc, {});
        copy.process.write("y\n");
        QCOMPARE(copy.finish(), 1);
        QVERIFY2(copy.err.contains("does not fit"), copy.err.constData());
        QCOMPARE(QFileInfo(disc).size(), 0);
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    void oneDriveNoBlankDiscRemovesImage()
    {
        const QString cache = path(QStringLiteral("cache-no"));
        const QString disc = path(QStringLiteral("one-no.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        Copy copy;
        copy.start({QStringLiteral("--drive"), stdio(disc)}, cache);
        QVERIFY2(copy.waitForError("Continue?"), copy.err.constData());
        QCOMPARE(cacheLeftovers(cache).size(), 1);
        copy.process.write("n\n");
        QCOMPARE(copy.finish(), 1);
        QVERIFY2(copy.err.contains("Not copied"), copy.err.constData());
        QVERIFY(same(m_iso, disc));
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    void cancelWhileReadingRemovesImage()
    {
        const QString big = path(QStringLiteral("big.bin"));
        write(big, randomBytes(16 * 1024 * 1024, 7));
        BadSectorDisc slow(big, {}, 30); // 30 ms a read: the copy takes several seconds
        QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
        const QString cache = path(QStringLiteral("cache-cancel"));
        Copy copy;
        copy.start({QStringLiteral("--drive"), slow.address()}, cache);
        QVERIFY(copy.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cacheLeftovers(cache).size() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cache + QStringLiteral("/Spindle/spindle-cli/") +
                                               cacheLeftovers(cache).value(0) +
                                               QStringLiteral("/disc.iso.part")),
                                 10000);
        ::kill(pid_t(copy.process.processId()), SIGINT);
        QCOMPARE(copy.finish(), 130);
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    void readFailureRemovesImage()
    {
        const qint64 sector = fileStartBlock(m_iso, QStringLiteral("/keep/data.txt"));
        QVERIFY(sector > 0);
        BadSectorDisc scratched(m_iso, {sector + 2});
        QVERIFY2(scratched.isMounted(), qPrintable(scratched.errorText()));
        const QString cache = path(QStringLiteral("cache-fail"));
        Copy copy;
        copy.start({QStringLiteral("--drive"), scratched.address()}, cache);
        QCOMPARE(copy.finish(), 1);
        QVERIFY2(!copy.err.contains("Continue?"), copy.err.constData());
        QCOMPARE(cacheLeftovers(cache), QStringList());
    }

    // Two drives: an unreadable sector ends the burn; nothing is left but the target.
    void twoDrivesReadFailure()
    {
        const qint64 sector = fileStartBlock(m_iso, QStringLiteral("/keep/data.txt"));
        BadSectorDisc scratched(m_iso, {sector + 2});
        QVERIFY2(scratched.isMounted(), qPrintable(scratched.errorText()));
        const QString target = path(QStringLiteral("two-fail.iso"));
        const Run r = runProcess(QStringLiteral(SPINDLE_CLI),
                                 {QStringLiteral("copy"), QStringLiteral("--drive"),
                                  scratched.address(), QStringLiteral("--to"), stdio(target)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("could not be read at sector"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
