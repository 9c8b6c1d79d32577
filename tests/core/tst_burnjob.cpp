#include "device/grabbeddrive.h"
#include "fixtures.h"
#include "image/fileimagesource.h"
#include "jobs/burnjob.h"
#include "jobs/jobhandler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// Burns to libburn stdio: drives (real libburn, the same path as /dev/sr0). Images are made by
// xorriso at test time; compressed variants by the gzip/xz/bzip2/zstd command-line tools; the
// target is checked with cmp, a tool we did not write.
class TestBurnJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }

    static bool sameFiles(const QString &a, const QString &b)
    {
        QByteArray out;
        return runTool(QStringLiteral("cmp"), {a, b}, &out) == 0;
    }

    static void writeFile(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }

    static JobResult runJob(BurnJob &job, JobHandler *handler = nullptr)
    {
        job.setHandler(handler);
        job.start();
        job.wait();
        return job.result();
    }

    BurnOptions options(const QString &image, const QString &target, const QString &medium = {})
    {
        BurnOptions o;
        o.imagePath = image;
        o.driveAddress = stdio(target);
        o.medium = MediumKind::parse(medium).value();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(haveTool(SPINDLE_XORRISO), "xorriso is needed (installed by test.sh)");
        // ~1.6 MB of varied content so that sectors differ from each other.
        QString big;
        for (int i = 0; i < 60000; ++i)
            big += QString::number(i * 7919) + QLatin1Char(i % 13 ? ' ' : '\n');
        m_iso = makeIso(m_dir.path(), QStringLiteral("burn.iso"), QStringLiteral("BURN_TEST"),
                        {QStringLiteral("big.txt=") + big, QStringLiteral("docs/readme.txt=hello"),
                         QStringLiteral("more.txt=") + big.left(200000)},
                        {QStringLiteral("-J"), QStringLiteral("-R")});
        QVERIFY(!m_iso.isEmpty());
        QVERIFY(QFileInfo(m_iso).size() > 1000000);
    }

    void burnToNewFile()
    {
        const QString target = path(QStringLiteral("new.iso"));
        BurnJob job(options(m_iso, target));
        QSignalSpy progress(&job, &Job::progressChanged);
        const JobResult r = runJob(job);
        QVERIFY2(r.status == JobResult::Status::Success, qPrintable(r.message + r.detail));
        QVERIFY(sameFiles(m_iso, target));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(job.lastProgress().bytesDone, QFileInfo(m_iso).size());
        QVERIFY(!job.cancelHarmsMedium());
    }

    void burnToLargerFileTruncates()
    {
        const QString target = path(QStringLiteral("larger.iso"));
        writeFile(target, QByteArray(10 * 1024 * 1024, '\xaa'));
        FixedAnswerHandler yes(true); // "overwrite the disc?"
        BurnJob job(options(m_iso, target));
        const JobResult r = runJob(job, &yes);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(QFileInfo(target).size(), QFileInfo(m_iso).size());
        QVERIFY(sameFiles(m_iso, target));
    }

    void burnWithVerify()
    {
        const QString target = path(QStringLiteral("verified.iso"));
        BurnOptions o = options(m_iso, target);
        o.verify = true;
        BurnJob job(o);
        QSignalSpy progress(&job, &Job::progressChanged);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY(r.message.contains(QStringLiteral("Verified")));
        // One bar for the whole job: writing is its first half, verifying its second.
        QStringList passes;
        double last = 0;
        for (const auto &entry : progress) {
            const auto p = entry.first().value<JobProgress>();
            if (p.stageCount == 1)
                continue; // checking the image and the disc, before the passes
            QCOMPARE(p.stageCount, 2);
            const QString pass = QString::number(p.stage) + p.phase;
            if (passes.isEmpty() || passes.last() != pass)
                passes << pass;
            QVERIFY(p.jobFraction >= last);
            QVERIFY(p.stage == 0 ? p.jobFraction <= 0.5 : p.jobFraction >= 0.5);
            last = p.jobFraction;
        }
        QCOMPARE(passes, (QStringList{QStringLiteral("0Writing"), QStringLiteral("1Verifying")}));
        QCOMPARE(last, 1.0);
        QVERIFY(job.lastProgress().averageBytesPerSecond > 0);
        QVERIFY(sameFiles(m_iso, target));
    }

    void writeModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("tao") << int(WriteMode::Tao);
        QTest::newRow("sao") << int(WriteMode::Sao);
    }

    void writeModes()
    {
        QFETCH(int, mode);
        const QString target = path(QStringLiteral("mode%1.iso").arg(mode));
        BurnOptions o = options(m_iso, target);
        o.writeMode = WriteMode(mode);
        BurnJob job(o);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY(sameFiles(m_iso, target));
    }

    void tooSmallMediumRefusedBeforeWriting()
    {
        const QString target = path(QStringLiteral("small.iso"));
        const QByteArray before("old content that must survive");
        writeFile(target, before);
        BurnJob job(options(m_iso, target, QStringLiteral("1M")));
        const JobResult r = runJob(job);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("does not fit")), qPrintable(r.message));
        QCOMPARE(readAll(target), before);
    }

    void simulateLeavesTargetUntouched()
    {
        const QString target = path(QStringLiteral("simulated.iso"));
        const QByteArray before(5000, 'x');
        writeFile(target, before);
        BurnOptions o = options(m_iso, target);
        o.simulate = true;
        BurnJob job(o);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(readAll(target), before);

        const QString missing = path(QStringLiteral("simulated-missing.iso"));
        BurnOptions o2 = options(m_iso, missing);
        o2.simulate = true;
        BurnJob job2(o2);
        QVERIFY(runJob(job2).succeeded());
        QVERIFY(!QFile::exists(missing));
    }

    void simulateRefusedWithoutTestMode()
    {
        const QString target = path(QStringLiteral("dvdplusr.iso"));
        BurnOptions o = options(m_iso, target, QStringLiteral("dvd+r"));
        o.simulate = true;
        BurnJob job(o);
        const JobResult r = runJob(job);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("no test mode")), qPrintable(r.message));
        QVERIFY(!QFile::exists(target));
    }

    void compressedImages_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("gzip") << QStringLiteral("gzip") << QStringLiteral(".gz");
        QTest::newRow("xz") << QStringLiteral("xz") << QStringLiteral(".xz");
        QTest::newRow("bzip2") << QStringLiteral("bzip2") << QStringLiteral(".bz2");
        QTest::newRow("zstd") << QStringLiteral("zstd") << QStringLiteral(".zst");
    }

    void compressedImages()
    {
        QFETCH(QString, tool);
        QFETCH(QString, suffix);
        const QString compressed = m_iso + suffix;
        QFile::remove(compressed);
        QVERIFY2(runTool(tool, {QStringLiteral("-k"), QStringLiteral("-q"), m_iso}) == 0,
                 qPrintable(tool + QStringLiteral(" is needed (installer/debian-packages.txt)")));
        QVERIFY(QFile::exists(compressed));
        const QString target = path(QStringLiteral("from-%1.iso").arg(tool));
        BurnOptions o = options(compressed, target);
        o.verify = true;
        BurnJob job(o);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY(sameFiles(m_iso, target));
    }

    // A compressed image slower than the stdio drive's medium class (throttled, so that it is
    // slow on any machine): announced before writing, written at a speed it can feed, and
    // burned byte for byte. The speeds follow from the limit: limit / 2 / the class's 1×,
    // rounded down to a whole ×, as libburn's kB/s; each limit stays within one speed for the
    // rates the test accepts (0.8 to 1.02 times the limit). The plain file gets two copies with
    // a verify each: the head timed on the first copy's stream is burned once, and later reads
    // start over.
    void slowCompressedSourceIsAnnounced_data()
    {
        QTest::addColumn<QString>("medium");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("speed");
        // A plain file counts as a DVD: 24× needs 66.5 MB/s; 4 MB/s feeds 1× (1,385 kB/s; 2×
        // would need 5.54 MB/s).
        QTest::newRow("file") << QString() << qint64(4'000'000) << 1385;
        // 24 MB/s against BD 12×: 2× (8,991 kB/s; 3× would need 26.97 MB/s).
        QTest::newRow("bd-r") << QStringLiteral("bd-r") << qint64(24'000'000) << 8991;
        // 1.2 MB/s against CD 52×: 3× (530 kB/s rated, 460.8 kB/s of data).
        QTest::newRow("cd-r") << QStringLiteral("cd-r") << qint64(1'200'000) << 530;
    }

    void slowCompressedSourceIsAnnounced()
    {
        QFETCH(QString, medium);
        QFETCH(qint64, limit);
        QFETCH(int, speed);
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY2(!gz.isEmpty(), "gzip is needed (installer/debian-packages.txt)");
        const QString target =
            path(QStringLiteral("slow-%1.iso").arg(QString::fromLatin1(QTest::currentDataTag())));
        BurnOptions o = options(gz, target, medium);
        o.sourceRateLimit = limit;
        o.verify = true;
        o.copies = medium.isEmpty() ? 2 : 1; // a plain file is written over; a BD-R is not
        BurnJob job(o);
        QSignalSpy slow(&job, &BurnJob::sourceTooSlow);
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy log(&job, &Job::logMessage);
        FixedAnswerHandler yes(true); // the next disc is in
        const JobResult r = runJob(job, &yes);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY2(o.copies == 1 || r.message.contains(QStringLiteral("2 copies")),
                 qPrintable(r.message));
        QCOMPARE(slow.count(), 1);
        const qint64 rate = slow.first().at(0).toLongLong();
        QVERIFY2(rate <= limit * 1.02 && rate >= limit * 0.8, qPrintable(QString::number(rate)));
        QCOMPARE(slow.first().at(1).toInt(), speed);
        const QString message = slow.first().at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("decompresses at")) &&
                     message.contains(QStringLiteral("%1 kB/s").arg(QLocale().toString(speed))) &&
                     message.contains(QStringLiteral("decompress the image first")),
                 qPrintable(message));
        bool logged = false;
        for (const auto &entry : log)
            logged = logged || (entry.at(0).value<Severity>() == Severity::Warning &&
                                entry.at(1).toString() == message);
        QVERIFY(logged);
        // The measuring step shows before writing starts.
        QStringList phases;
        for (const auto &entry : progress) {
            const QString phase = entry.first().value<JobProgress>().phase;
            if (phases.isEmpty() || phases.last() != phase)
                phases << phase;
        }
        const auto measuring =
            phases.indexOf(QStringLiteral("Measuring how fast the image decompresses"));
        const auto writing =
            phases.indexOf(QRegularExpression(QStringLiteral("Writing.*"))); // whole match
        QVERIFY2(measuring >= 0 && measuring < writing, qPrintable(phases.join(QLatin1Char('|'))));
        QVERIFY(sameFiles(m_iso, target));
        QByteArray sums;
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {m_iso, target}, &sums), 0);
        const QList<QByteArray> lines = sums.split('\n');
        QCOMPARE(lines.at(0).left(64), lines.at(1).left(64));
    }

    // A speed the person chose that the slow image can feed stays, with no warning; a faster
    // one is lowered.
    void slowSourceKeepsAChosenSpeedItFeeds()
    {
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY(!gz.isEmpty());
        BurnOptions o = options(gz, path(QStringLiteral("slow-chosen.iso")));
        o.sourceRateLimit = 4'000'000;
        o.speedX = 1; // 1.385 MB/s
        BurnJob feeds(o);
        QSignalSpy quiet(&feeds, &BurnJob::sourceTooSlow);
        JobResult r = runJob(feeds);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(quiet.count(), 0);
        o.speedX = 16;
        o.driveAddress = stdio(path(QStringLiteral("slow-lowered.iso")));
        BurnJob lowered(o);
        QSignalSpy slow(&lowered, &BurnJob::sourceTooSlow);
        r = runJob(lowered);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(slow.count(), 1);
        QCOMPARE(slow.first().at(1).toInt(), 1385);
        QVERIFY(sameFiles(m_iso, path(QStringLiteral("slow-lowered.iso"))));
    }

    void cancelWhileMeasuring()
    {
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY(!gz.isEmpty());
        const QString target = path(QStringLiteral("cancelled-measuring.iso"));
        BurnOptions o = options(gz, target);
        o.sourceRateLimit = 200'000; // the image takes ~8 s: the probe stops at its 1.5 s
        BurnJob job(o);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            job.lastProgress().phase.startsWith(QStringLiteral("Measuring how fast")), 10000);
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY(job.wait(5000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(job.result().status, JobResult::Status::Cancelled);
        QVERIFY(!QFile::exists(target)); // the drive was never touched
    }

    // Cancelled while the slow image feeds the drive: a cancel, not a damaged image.
    void cancelWhileWritingASlowImage()
    {
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY(!gz.isEmpty());
        BurnOptions o = options(gz, path(QStringLiteral("cancelled-slow.iso")));
        o.sourceRateLimit = 300'000; // ~6 s for the image
        BurnJob job(o);
        QSignalSpy slow(&job, &BurnJob::sourceTooSlow);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().phase == QStringLiteral("Writing"), 10000);
        job.cancel();
        QVERIFY(job.wait(5000));
        QCOMPARE(job.result().status, JobResult::Status::Cancelled);
        QCOMPARE(slow.count(), 1);
    }

    // A stream made on the fly (BurnOptions::timeStream: a new image) is timed from its own
    // first bytes, which are then burned as they are: slower than the drive, it is announced
    // in the words of a built image and written at a speed it feeds, byte for byte; a stream
    // that is not to be timed never is (a disc copied on the fly).
    void slowStreamIsTimedFromItsOwnBytes_data()
    {
        QTest::addColumn<bool>("timed");
        QTest::newRow("timed") << true;
        QTest::newRow("not timed") << false;
    }
    void slowStreamIsTimedFromItsOwnBytes()
    {
        QFETCH(bool, timed);
        const QString target = path(QStringLiteral("stream-%1.iso").arg(timed));
        BurnOptions o = options({}, target, QStringLiteral("bd-r"));
        int opened = 0;
        const QString iso = m_iso;
        o.sourceFactory = [iso, &opened] {
            ++opened;
            return std::make_unique<FileImageSource>(iso);
        };
        o.sourceName = QStringLiteral("the new image");
        o.timeStream = timed;
        o.sourceRateLimit = 2'000'000; // the 1.6 MB image: about 0.8 s, read to its end
        BurnJob job(o);
        QSignalSpy slow(&job, &BurnJob::sourceTooSlow);
        QSignalSpy log(&job, &Job::logMessage);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(opened, 1); // timed from the stream that was burned
        QVERIFY(sameFiles(m_iso, target));
        QCOMPARE(slow.count(), timed ? 1 : 0);
        if (!timed)
            return;
        const qint64 rate = slow.first().at(0).toLongLong();
        QVERIFY2(rate <= 2'040'000 && rate >= 1'500'000, qPrintable(QString::number(rate)));
        QCOMPARE(slow.first().at(1).toInt(), 4496); // BD 1x: 2 MB/s cannot feed 2x with the margin
        const QString message = slow.first().at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("The new image is made at")) &&
                     message.contains(QStringLiteral("write the image to a file first")),
                 qPrintable(message));
        bool measured = false;
        for (const auto &entry : log)
            measured = measured || entry.at(1).toString().startsWith(
                                       QStringLiteral("The new image is made at"));
        QVERIFY(measured);
    }

    // A plain image file reads as fast as its disk: not measured, never announced.
    void plainImageIsNotMeasured()
    {
        BurnJob job(options(m_iso, path(QStringLiteral("plain-fast.iso"))));
        QSignalSpy slow(&job, &BurnJob::sourceTooSlow);
        QSignalSpy progress(&job, &Job::progressChanged);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(slow.count(), 0);
        for (const auto &entry : progress)
            QVERIFY(!entry.first().value<JobProgress>().phase.startsWith(
                QStringLiteral("Measuring how fast")));
    }

    void compressedWithoutIsoHeaderIsCounted()
    {
        // A 2048-multiple file with no file system: its size must come from a counting pass.
        const QString raw = path(QStringLiteral("raw.img"));
        QByteArray data;
        for (int i = 0; i < 300 * 2048; ++i)
            data.append(char((i * 31) % 251));
        writeFile(raw, data);
        QVERIFY(runTool(QStringLiteral("zstd"),
                        {QStringLiteral("-q"), QStringLiteral("-f"), raw}) == 0);
        const QString target = path(QStringLiteral("raw-target.img"));
        FixedAnswerHandler yes(true);
        BurnJob job(options(raw + QStringLiteral(".zst"), target));
        const JobResult r = runJob(job, &yes);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY(sameFiles(raw, target));
    }

    void corruptCompressedStreamFails_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<int>("fromEnd"); // flip the byte this far from the end; 0: at 2/3
        QTest::newRow("xz flipped") << QStringLiteral("xz") << QStringLiteral(".xz") << false << 0;
        QTest::newRow("gzip flipped")
            << QStringLiteral("gzip") << QStringLiteral(".gz") << false << 0;
        // Only the CRC-32 trailer is wrong: the data decodes fine, the check must still fail.
        QTest::newRow("gzip bad crc")
            << QStringLiteral("gzip") << QStringLiteral(".gz") << false << 7;
        QTest::newRow("bzip2 flipped")
            << QStringLiteral("bzip2") << QStringLiteral(".bz2") << false << 0;
        QTest::newRow("zstd truncated")
            << QStringLiteral("zstd") << QStringLiteral(".zst") << true << 0;
    }

    void corruptCompressedStreamFails()
    {
        QFETCH(QString, tool);
        QFETCH(QString, suffix);
        QFETCH(bool, truncate);
        QFETCH(int, fromEnd);
        const QString compressed =
            path(QStringLiteral("corrupt-%1-%2.iso").arg(tool).arg(fromEnd)) + suffix;
        QFile::remove(compressed);
        QByteArray packed;
        {
            QProcess p;
            p.setStandardOutputFile(compressed);
            p.start(tool, {QStringLiteral("-c"), m_iso});
            QVERIFY(p.waitForFinished());
        }
        packed = readAll(compressed);
        QVERIFY(packed.size() > 1000);
        if (truncate)
            packed.truncate(packed.size() * 2 / 3);
        else {
            const qsizetype at = fromEnd > 0 ? packed.size() - fromEnd : packed.size() * 2 / 3;
            packed[at] = char(packed[at] ^ 0x55);
        }
        writeFile(compressed, packed);
        const QString target =
            path(QStringLiteral("corrupt-target-%1-%2.iso").arg(tool).arg(fromEnd));
        BurnJob job(options(compressed, target));
        const JobResult r = runJob(job);
        QCOMPARE(r.status, JobResult::Status::Failed);
        // Damage inside the first block can also garble the ISO header; either way the user
        // is told to get the image again.
        QVERIFY2(r.message.contains(QStringLiteral("damaged")) ||
                     r.message.contains(QStringLiteral("download it again")),
                 qPrintable(r.message));
    }

    void imageNotWholeSectorsRefused()
    {
        const QString odd = path(QStringLiteral("odd.iso"));
        QVERIFY(QFile::copy(m_iso, odd));
        QFile f(odd);
        QVERIFY(f.open(QIODevice::Append));
        f.write("tail");
        f.close();
        const QString target = path(QStringLiteral("odd-target.iso"));
        BurnJob job(options(odd, target));
        const JobResult r = runJob(job);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("2048")), qPrintable(r.message));
        QVERIFY(!QFile::exists(target));
    }

    void notAnIsoNeedsConfirmation()
    {
        const QString raw = path(QStringLiteral("noiso.img"));
        writeFile(raw, QByteArray(64 * 2048, 'z'));
        const QString target = path(QStringLiteral("noiso-target.img"));
        FixedAnswerHandler no(false);
        BurnJob refused(options(raw, target));
        const JobResult r = runJob(refused, &no);
        QCOMPARE(r.status, JobResult::Status::Declined);
        QVERIFY(!QFile::exists(target));
        FixedAnswerHandler yes(true);
        BurnJob accepted(options(raw, target));
        QVERIFY(runJob(accepted, &yes).succeeded());
        QVERIFY(sameFiles(raw, target));
    }

    void cueBinRefused()
    {
        const QString cue = path(QStringLiteral("album.cue"));
        writeFile(cue, "FILE \"album.bin\" BINARY\n  TRACK 01 AUDIO\n    INDEX 01 00:00:00\n");
        writeFile(path(QStringLiteral("album.bin")), QByteArray(2352 * 10, '\0'));
        for (const QString &image : {cue, path(QStringLiteral("album.bin"))}) {
            BurnJob job(options(image, path(QStringLiteral("cue-target.iso"))));
            const JobResult r = runJob(job);
            QCOMPARE(r.status, JobResult::Status::Failed);
            QVERIFY2(r.message.contains(QStringLiteral("CUE/BIN")), qPrintable(r.message));
        }
    }

    void rewritableWithDataAsksToErase()
    {
        const QString target = path(QStringLiteral("dvdrw.iso"));
        writeFile(target, QByteArray(8192, 'd'));
        FixedAnswerHandler no(false);
        BurnJob refused(options(m_iso, target, QStringLiteral("dvd-rw")));
        const JobResult r = runJob(refused, &no);
        // Not burned by the person's choice: not a failure.
        QCOMPARE(r.status, JobResult::Status::Declined);
        QVERIFY2(r.message.contains(QStringLiteral("holds data")), qPrintable(r.message));
        QCOMPARE(refused.declinedText(), QStringLiteral("Not burned"));
        QCOMPARE(readAll(target), QByteArray(8192, 'd'));

        BurnOptions o = options(m_iso, target, QStringLiteral("dvd-rw"));
        o.blankIfNeeded = true;
        BurnJob erased(o);
        const JobResult ok = runJob(erased, &no);
        QVERIFY2(ok.succeeded(), qPrintable(ok.message + ok.detail));
        QVERIFY(sameFiles(m_iso, target));
    }

    // A plain file (or an emulated DVD+RW) that holds data is written over in place: that is
    // asked like erasing a DVD-RW, and refused without a yes. An empty file is a blank disc.
    void overwritableWithDataAsksToOverwrite_data()
    {
        QTest::addColumn<QString>("medium");
        QTest::newRow("plain file") << QString();
        QTest::newRow("dvd+rw") << QStringLiteral("dvd+rw");
    }

    void overwritableWithDataAsksToOverwrite()
    {
        QFETCH(QString, medium);
        const QString target = path(QStringLiteral("holds-data%1.iso").arg(medium));
        writeFile(target, QByteArray(8192, 'p'));
        {
            BurnJob unasked(options(m_iso, target, medium)); // no one to ask: refused
            const JobResult r = runJob(unasked);
            QCOMPARE(r.status, JobResult::Status::Declined);
            QVERIFY2(r.message.contains(QStringLiteral("holds data")), qPrintable(r.message));
        }
        struct Recorder final : JobHandler
        {
            QList<QuestionKind> kinds;
            QString text;
            bool answer = false;
            bool ask(const Question &q) override
            {
                kinds << q.kind;
                text = q.text;
                return answer;
            }
        } handler;
        {
            BurnJob refused(options(m_iso, target, medium));
            const JobResult r = runJob(refused, &handler);
            QCOMPARE(r.status, JobResult::Status::Declined);
            QCOMPARE(handler.kinds, QList<QuestionKind>{QuestionKind::OverwriteFile});
            QVERIFY2(handler.text.contains(stdio(target)), qPrintable(handler.text));
            QVERIFY2(r.message.contains(QStringLiteral("holds data")), qPrintable(r.message));
        }
        QCOMPARE(readAll(target), QByteArray(8192, 'p'));

        handler.answer = true;
        BurnJob accepted(options(m_iso, target, medium));
        const JobResult ok = runJob(accepted, &handler);
        QVERIFY2(ok.succeeded(), qPrintable(ok.message + ok.detail));
        QCOMPARE(handler.kinds.size(), 2);
        QVERIFY(sameFiles(m_iso, target));

        // --blank-if-needed allows it without a question; an empty file is blank: no question.
        BurnOptions o = options(m_iso, target, medium);
        o.blankIfNeeded = true;
        BurnJob allowed(o);
        QVERIFY(runJob(allowed).succeeded());
        writeFile(target, {});
        BurnJob blank(options(m_iso, target, medium));
        const JobResult b = runJob(blank);
        QVERIFY2(b.succeeded(), qPrintable(b.message + b.detail));
        QVERIFY(sameFiles(m_iso, target));
    }

    void writtenWriteOnceRefused()
    {
        const QString target = path(QStringLiteral("dvdr.iso"));
        writeFile(target, QByteArray(8192, 'r'));
        FixedAnswerHandler yes(true);
        BurnJob job(options(m_iso, target, QStringLiteral("dvd-r")));
        const JobResult r = runJob(job, &yes);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("cannot be erased")), qPrintable(r.message));
        QCOMPARE(readAll(target), QByteArray(8192, 'r'));
    }

    void copiesAskForTheNextDisc()
    {
        const QString target = path(QStringLiteral("copies.iso"));
        BurnOptions o = options(m_iso, target);
        o.copies = 3;
        FixedAnswerHandler yes(true);
        BurnJob job(o);
        const JobResult r = runJob(job, &yes);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QVERIFY2(r.message.contains(QStringLiteral("3 copies")), qPrintable(r.message));
        QVERIFY(sameFiles(m_iso, target));

        FixedAnswerHandler no(false);
        o.driveAddress = stdio(path(QStringLiteral("copies-stopped.iso"))); // blank: not asked
        BurnJob stopped(o);
        const JobResult s = runJob(stopped, &no);
        QCOMPARE(s.status, JobResult::Status::Failed);
        QVERIFY2(s.message.contains(QStringLiteral("1 of 3")), qPrintable(s.message));
    }

    void cancelMidBurnReleasesTheDrive()
    {
        // A sparse 3 GiB image: reading it costs nothing, writing it takes seconds.
        const QString big = path(QStringLiteral("sparse.iso"));
        QVERIFY(QFile::copy(m_iso, big));
        QFile f(big);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(qint64(3) << 30));
        f.close();
        const QString target = path(QStringLiteral("cancelled.iso"));
        BurnJob job(options(big, target, QStringLiteral("dvd-r")));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().bytesDone > 0, 20000);
        QVERIFY(job.cancelHarmsMedium()); // an emulated DVD-R is write-once
        job.cancel();
        QVERIFY(job.wait(20000));
        QCOMPARE(job.result().status, JobResult::Status::Cancelled);
        QVERIFY(job.result().message.contains(QStringLiteral("unusable")));
        QVERIFY(QFileInfo(target).size() < (qint64(3) << 30));
        auto again = GrabbedDrive::grab(stdio(target));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QFile::remove(target);
        QFile::remove(big);
    }
};

QTEST_GUILESS_MAIN(TestBurnJob)
#include "tst_burnjob.moc"
