#include "badsectordisc.h"
#include "device/mediainfo.h"
#include "fixtures.h"
#include "jobs/jobhandler.h"
#include "jobs/readdiscjob.h"
#include "readback/rescuemap.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// ReadDiscJob in-process, on libburn stdio: drives over images made by xorriso and on a FUSE
// disc with unreadable or slow sectors (badsectorfs); results checked with sha256sum and
// ddrescuelog. tests/cli/tst_cli_read.cpp covers the same job through spindle-cli.
class TestReadDiscJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;    // the file system image, ~1 MiB in four files
    QString m_padded; // the same followed by 1 MiB of 0xFF run-out, as a disc's last track
    QString m_big;    // an 8 MiB image for progress and cancel
    qint64 m_fsBytes = 0;

    struct Outcome
    {
        JobResult result;
        ReadReport report;
        QList<JobProgress> progress;
        QStringList warnings;
    };

    QString out(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &path) { return QStringLiteral("stdio:") + path; }

    ReadOptions options(const QString &drive, const QString &output) const
    {
        ReadOptions o;
        o.drive = drive;
        o.output = output;
        return o;
    }

    static Outcome run(const ReadOptions &o, JobHandler *handler = nullptr)
    {
        ReadDiscJob job(o);
        job.setHandler(handler);
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy logs(&job, &Job::logMessage);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        Outcome outcome;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000)) {
            job.cancel();
            job.wait();
            outcome.result = JobResult::failure(QStringLiteral("timed out"));
            return outcome;
        }
        outcome.result = finished.first().first().value<JobResult>();
        outcome.report = job.report();
        for (const auto &p : progress)
            outcome.progress << p.first().value<JobProgress>();
        for (const auto &l : logs) {
            if (l.at(0).value<Severity>() == Severity::Warning)
                outcome.warnings << l.at(1).toString();
        }
        return outcome;
    }

    static QString sha256sum(const QString &path)
    {
        QByteArray sum;
        if (runTool(QStringLiteral("sha256sum"), {path}, &sum) != 0)
            return {};
        return QString::fromLatin1(sum.left(64));
    }

    // Makes an ISO image with xorriso of the given files (name -> content).
    QString makeImage(const QString &name, const QList<QPair<QString, QByteArray>> &files)
    {
        const QString root = m_dir.filePath(name + QStringLiteral("-src"));
        for (const auto &[file, data] : files) {
            const QString path = root + QLatin1Char('/') + file;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(data);
        }
        const QString iso = m_dir.filePath(name + QStringLiteral(".iso"));
        if (runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-R"),
                     QStringLiteral("-V"), QStringLiteral("READJOB"), QStringLiteral("-o"), iso,
                     root}) != 0)
            return {};
        return iso;
    }

    // A disc that ends before the size its file system declares: the test image cut short
    // after xorriso made it, a partial sector included.
    QString shortDisc(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(readAll(m_iso).left(ShortDiscBytes));
        return path;
    }
    static constexpr qint64 ShortDiscBytes = 200 * 2048 + 100; // 200 whole sectors

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeImage(QStringLiteral("disc"),
                          {{QStringLiteral("a.bin"), randomBytes(100 * 1024, 1)},
                           {QStringLiteral("b.bin"), randomBytes(200 * 1024, 2)},
                           {QStringLiteral("c.txt"), QByteArray("small file\n")},
                           {QStringLiteral("d/e.bin"), randomBytes(100 * 1024, 3)}});
        QVERIFY(!m_iso.isEmpty());
        QByteArray info;
        QCOMPARE(runTool(QStringLiteral(SPINDLE_ISOINFO),
                         {QStringLiteral("-d"), QStringLiteral("-i"), m_iso}, &info),
                 0);
        const QByteArray marker = "Volume size is: ";
        const qsizetype at = info.indexOf(marker) + marker.size();
        m_fsBytes = info.mid(at, info.indexOf('\n', at) - at).trimmed().toLongLong() * 2048;
        QCOMPARE(QFileInfo(m_iso).size(), m_fsBytes); // what the copy must equal
        QVERIFY(m_fsBytes > 400 * 1024);
        m_padded = m_dir.filePath(QStringLiteral("padded.img"));
        QFile padded(m_padded);
        QVERIFY(padded.open(QIODevice::WriteOnly));
        padded.write(readAll(m_iso));
        padded.write(QByteArray(1024 * 1024, char(0xFF)));
        padded.close();
        m_big = makeImage(QStringLiteral("big"),
                          {{QStringLiteral("big.bin"), randomBytes(8 * 1024 * 1024, 4)}});
        QVERIFY(!m_big.isEmpty());
    }

    // The copy stops at the end of the file system, not at the end of the track, and the
    // SHA-256 it reports is the one sha256sum computes.
    void copyIsIdenticalAndSizedToFileSystem()
    {
        const QString image = out(QStringLiteral("copy.iso"));
        const Outcome r = run(options(stdio(m_padded), image));
        QVERIFY2(r.result.status == JobResult::Status::Success, qPrintable(r.result.message));
        QVERIFY(r.result.message.contains(image));
        QCOMPARE(QFileInfo(image).size(), m_fsBytes);
        QVERIFY(readAll(image) == readAll(m_iso));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(image + QStringLiteral(".map"))); // no map outside rescue mode
        QCOMPARE(r.report.output, image);
        QCOMPARE(r.report.imageBytes, m_fsBytes);
        QCOMPARE(r.report.sha256, sha256sum(image));
        QVERIFY(r.report.md5.isEmpty());
        QVERIFY(r.report.unreadable.isEmpty());
        QVERIFY(!r.report.resumed);
        QVERIFY(r.warnings.isEmpty());
    }

    void checksumFilesAndVerify()
    {
        const QString image = out(QStringLiteral("sums.iso"));
        ReadOptions o = options(stdio(m_iso), image);
        o.md5 = true;
        o.checksumFiles = true;
        o.verify = true;
        const Outcome r = run(o);
        QVERIFY2(r.result.succeeded(), qPrintable(r.result.message));
        QVERIFY(r.report.verified);
        QCOMPARE(r.report.checksumFiles,
                 QStringList({image + QStringLiteral(".sha256"), image + QStringLiteral(".md5")}));
        QCOMPARE(runTool(QStringLiteral("sh"),
                         {QStringLiteral("-c"),
                          QStringLiteral("cd '%1' && sha256sum -c sums.iso.sha256 && "
                                         "md5sum -c sums.iso.md5")
                              .arg(m_dir.path())}),
                 0);
        QByteArray md5;
        QCOMPARE(runTool(QStringLiteral("md5sum"), {image}, &md5), 0);
        QCOMPARE(r.report.md5, QString::fromLatin1(md5.left(32)));
    }

    // The tray opened once the disc was read, before the verify pass: the copy fails saying
    // so, not with libburn's read error, and no image is left.
    void discRemovedBeforeVerify()
    {
        BadSectorDisc disc(m_iso, {});
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = out(QStringLiteral("unverified.iso"));
        ReadOptions o = options(disc.address(), image);
        o.verify = true;
        ReadDiscJob job(o);
        bool ejected = false;
        // On the job's thread, as the verify pass begins and before it reads.
        connect(
            &job, &Job::progressChanged, &job,
            [&disc, &ejected](const JobProgress &p) {
                if (!ejected && p.stage == p.stageCount - 1 && p.stageCount > 1) {
                    disc.eject();
                    ejected = true;
                }
            },
            Qt::DirectConnection);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        const JobResult r = finished.first().first().value<JobResult>();
        QVERIFY(ejected);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.startsWith(QStringLiteral("The disc was removed from %1 (or its tray "
                                                     "opened) before it could be verified.")
                                          .arg(disc.address())),
                 qPrintable(r.message));
        QVERIFY2(!r.message.contains(QStringLiteral("sector")), qPrintable(r.message));
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
    }

    // Progress during "Reading" counts up to a total known from the start: the image size.
    void progressIsMonotonicWithKnownTotal()
    {
        BadSectorDisc slow(m_big, {}, 5); // slow enough for several progress reports
        QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
        const QString image = out(QStringLiteral("progress.iso"));
        const Outcome r = run(options(slow.address(), image));
        QVERIFY2(r.result.succeeded(), qPrintable(r.result.message));
        const qint64 total = QFileInfo(m_big).size();
        QCOMPARE(QFileInfo(image).size(), total);
        QList<JobProgress> reading;
        for (const JobProgress &p : r.progress) {
            if (p.phase == QLatin1String("Reading") && p.bytesTotal > 0)
                reading << p;
        }
        QVERIFY2(reading.size() >= 3, qPrintable(QString::number(reading.size())));
        qint64 lastDone = 0;
        double lastFraction = 0;
        for (const JobProgress &p : std::as_const(reading)) {
            QCOMPARE(p.bytesTotal, total);
            QVERIFY(p.bytesDone >= lastDone);
            QVERIFY(p.fraction >= lastFraction);
            QVERIFY(p.bytesDone <= total);
            lastDone = p.bytesDone;
            lastFraction = p.fraction;
        }
        QVERIFY(reading.first().bytesDone < total); // reported while reading, not only at the end
        QCOMPARE(reading.last().bytesDone, total);
        QCOMPARE(reading.last().fraction, 1.0);
        QCOMPARE(r.report.sha256, sha256sum(m_big));
    }

    void cancelRemovesPartialOutput()
    {
        BadSectorDisc slow(m_big, {}, 30); // 30 ms a read: the copy takes several seconds
        QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
        const QString image = out(QStringLiteral("cancelled.iso"));
        ReadDiscJob job(options(slow.address(), image));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().bytesDone > 0, 20000);
        QVERIFY(QFile::exists(image + QStringLiteral(".part")));
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        const JobResult result = finished.first().first().value<JobResult>();
        QCOMPARE(result.status, JobResult::Status::Cancelled);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(job.lastProgress().bytesDone < QFileInfo(m_big).size());
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(image + QStringLiteral(".map")));
    }

    // In rescue mode a cancel keeps the partial image and its map, and the next run resumes.
    void rescueCancelKeepsPartialAndResumes()
    {
        const QString image = out(QStringLiteral("rescue-cancel.iso"));
        ReadOptions o;
        o.output = image;
        o.rescue = true;
        {
            BadSectorDisc slow(m_big, {}, 30);
            QVERIFY2(slow.isMounted(), qPrintable(slow.errorText()));
            o.drive = slow.address();
            ReadDiscJob job(o);
            QSignalSpy finished(&job, &Job::finished);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.lastProgress().bytesDone > 2 * 1024 * 1024, 20000);
            job.cancel();
            QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
            const JobResult result = finished.first().first().value<JobResult>();
            QCOMPARE(result.status, JobResult::Status::Cancelled);
            QVERIFY2(result.message.contains(QStringLiteral("resume")), qPrintable(result.message));
        }
        QVERIFY(QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(QFile::exists(image + QStringLiteral(".map")));
        QVERIFY(!QFile::exists(image));
        o.drive = stdio(m_big);
        const Outcome resumed = run(o);
        QVERIFY2(resumed.result.status == JobResult::Status::Success,
                 qPrintable(resumed.result.message));
        QVERIFY(resumed.report.resumed);
        // What this run read, not the whole image's size and a speed it never had.
        const QString said = resumed.result.message;
        QVERIFY2(said.contains(QStringLiteral("missing sector")) &&
                     said.contains(QStringLiteral("re-read")) &&
                     !said.contains(QStringLiteral("Copied")),
                 qPrintable(said));
        QVERIFY(readAll(image) == readAll(m_big));
        QCOMPARE(resumed.report.sha256, sha256sum(m_big));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
    }

    void existingOutputNeedsPermission()
    {
        const QString image = out(QStringLiteral("existing.iso"));
        const auto reset = [&] {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("keep me");
        };
        reset();

        // Asked, and the answer is no: the file stays as it was.
        FixedAnswerHandler no(false);
        const Outcome refused = run(options(stdio(m_iso), image), &no);
        QCOMPARE(refused.result.status, JobResult::Status::Failed);
        QVERIFY2(refused.result.message.contains(QStringLiteral("already exists")),
                 qPrintable(refused.result.message));
        QCOMPARE(readAll(image), QByteArray("keep me"));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));

        // No one to ask: refused too.
        const Outcome unasked = run(options(stdio(m_iso), image));
        QCOMPARE(unasked.result.status, JobResult::Status::Failed);
        QCOMPARE(readAll(image), QByteArray("keep me"));

        // Yes: replaced.
        FixedAnswerHandler yes(true);
        const Outcome accepted = run(options(stdio(m_iso), image), &yes);
        QVERIFY2(accepted.result.succeeded(), qPrintable(accepted.result.message));
        QVERIFY(readAll(image) == readAll(m_iso));

        // overwrite set: replaced without asking (a "no" handler is not consulted).
        reset();
        ReadOptions o = options(stdio(m_iso), image);
        o.overwrite = true;
        const Outcome forced = run(o, &no);
        QVERIFY2(forced.result.succeeded(), qPrintable(forced.result.message));
        QVERIFY(readAll(image) == readAll(m_iso));
    }

    void unreadableSectorsWithoutRescueFail()
    {
        const qint64 bStart = fileStartBlock(m_iso, QStringLiteral("/b.bin"));
        QVERIFY(bStart > 0);
        BadSectorDisc disc(m_iso, {bStart + 20});
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = out(QStringLiteral("failed.iso"));
        ReadOptions o = options(disc.address(), image);
        o.retries = 1;
        const Outcome r = run(o);
        QCOMPARE(r.result.status, JobResult::Status::Failed);
        QVERIFY2(r.result.message.contains(QStringLiteral("Sector %1").arg(bStart + 20)),
                 qPrintable(r.result.message));
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(image + QStringLiteral(".map")));
    }

    // Rescue mode: the bad sectors become zeros, and the map, the report and the damaged-file
    // list name exactly them.
    void rescueMapListsExactlyTheBadSectors()
    {
        const qint64 bStart = fileStartBlock(m_iso, QStringLiteral("/b.bin"));
        const qint64 eStart = fileStartBlock(m_iso, QStringLiteral("/d/e.bin"));
        QVERIFY(bStart > 0 && eStart > 0);
        const QList<qint64> bad{bStart + 20, eStart + 5, eStart + 6};
        BadSectorDisc disc(m_iso, bad);
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        const QString image = out(QStringLiteral("rescued.iso"));
        ReadOptions o = options(disc.address(), image);
        o.rescue = true;
        o.retries = 1;
        const Outcome r = run(o);
        QCOMPARE(r.result.status, JobResult::Status::SuccessWithLoss);
        QVERIFY2(r.result.message.contains(QStringLiteral("3 sector(s)")),
                 qPrintable(r.result.message));

        QByteArray blocks;
        QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                         {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"),
                          image + QStringLiteral(".map")},
                         &blocks),
                 0);
        QCOMPARE(blocks.simplified(), QByteArray::number(bad[0]) + ' ' +
                                          QByteArray::number(bad[1]) + ' ' +
                                          QByteArray::number(bad[2]));
        QList<qint64> reported;
        for (const RescueMap::Range &range : r.report.unreadable) {
            for (qint64 at = range.pos; at < range.end(); at += 2048)
                reported << at / 2048;
        }
        QCOMPARE(reported, bad);
        QCOMPARE(r.report.damagedFiles,
                 QStringList({QStringLiteral("/b.bin"), QStringLiteral("/d/e.bin")}));
        QByteArray expected = readAll(m_iso);
        for (qint64 s : bad)
            expected.replace(s * 2048, 2048, QByteArray(2048, '\0'));
        QVERIFY(readAll(image) == expected);
        QCOMPARE(r.report.sha256, sha256sum(image));
        int sectorWarnings = 0;
        for (const QString &w : r.warnings)
            sectorWarnings += w.contains(QStringLiteral("unreadable")) ? 1 : 0;
        QCOMPARE(sectorWarnings, 3);
    }

    // Issue 16, item 4: a short disc is not copied as if it were complete.
    void shortDiscFails()
    {
        const QString disc = shortDisc(QStringLiteral("short.iso"));
        // What the job is up against: the drive holds less than the file system declares.
        const auto media = queryMediaInfo(stdio(disc));
        QVERIFY(media.ok());
        QCOMPARE(media->filesystem.sizeBytes, m_fsBytes);
        QCOMPARE(media->usedBytes, ShortDiscBytes);
        QVERIFY(ShortDiscBytes < m_fsBytes);

        const QString image = out(QStringLiteral("fromshort.iso"));
        const Outcome r = run(options(stdio(disc), image));
        QCOMPARE(r.result.status, JobResult::Status::Failed);
        QVERIFY2(r.result.message.contains(
                     QStringLiteral("The disc holds 200 sectors but its file system declares %1")
                         .arg(m_fsBytes / 2048)),
                 qPrintable(r.result.message));
        QVERIFY(r.result.message.contains(QStringLiteral("--skip-unreadable")));
        QVERIFY(!QFile::exists(image));
        QVERIFY(!QFile::exists(image + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(image + QStringLiteral(".map")));
    }

    // Rescue mode: the image still has the declared size, the missing end is zeros and the
    // map records it as unreadable, also when the copy is resumed.
    void shortDiscRescueRecordsMissingEnd()
    {
        const QString disc = shortDisc(QStringLiteral("short-rescue.iso"));
        const QString image = out(QStringLiteral("shortrescued.iso"));
        ReadOptions o = options(stdio(disc), image);
        o.rescue = true;
        for (int pass = 0; pass < 2; ++pass) {
            const Outcome r = run(o);
            QCOMPARE(r.result.status, JobResult::Status::SuccessWithLoss);
            QCOMPARE(r.report.resumed, pass == 1);
            QCOMPARE(r.report.imageBytes, m_fsBytes);
            QCOMPARE(QFileInfo(image).size(), m_fsBytes);
            QByteArray expected = readAll(m_iso).left(200 * 2048);
            expected.append(QByteArray(m_fsBytes - expected.size(), '\0'));
            QVERIFY(readAll(image) == expected);
            QCOMPARE(r.report.sha256, sha256sum(image));
            QCOMPARE(r.report.unreadable.size(), 1);
            QCOMPARE(r.report.unreadable.first().pos, 200 * 2048);
            QCOMPARE(r.report.unreadable.first().end(), m_fsBytes);
            QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("declares")));

            const auto map = RescueMap::load(image + QStringLiteral(".map"));
            QVERIFY(map.ok());
            QCOMPARE(map->size(), m_fsBytes);
            QCOMPARE(map->ranges().size(), 2);
            QCOMPARE(map->ranges()[0].status, RescueMap::Status::Finished);
            QCOMPARE(map->ranges()[1].pos, 200 * 2048);
            QCOMPARE(map->ranges()[1].status, RescueMap::Status::Bad);
            QByteArray blocks;
            QCOMPARE(runTool(QStringLiteral("ddrescuelog"),
                             {QStringLiteral("-b2048"), QStringLiteral("--list-blocks=-"),
                              image + QStringLiteral(".map")},
                             &blocks),
                     0);
            const QList<QByteArray> listed = blocks.simplified().split(' ');
            QCOMPARE(listed.size(), int(m_fsBytes / 2048 - 200));
            QCOMPARE(listed.first(), QByteArray("200"));
            QCOMPARE(listed.last(), QByteArray::number(m_fsBytes / 2048 - 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadDiscJob)
#include "tst_readdiscjob.moc"
