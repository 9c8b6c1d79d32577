#include "fixtures.h"
#include "jobs/extractjob.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "treefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Spindle;
using namespace Spindle::Test;

// Extraction keeps names and dates and never writes outside the target folder.
class TestExtractJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static JobResult extract(std::shared_ptr<const ImageTree> tree, QList<QByteArray> paths,
                             const QString &target)
    {
        ExtractJob job({std::move(tree), std::move(paths), target});
        job.start();
        job.wait();
        return job.result();
    }

    // An image holding a 3 MB file (read in three chunks) and a small one after it.
    QString bigIso()
    {
        return makeIso(m_dir.path(), QStringLiteral("big.iso"), QStringLiteral("BIG"),
                       {QStringLiteral("a-big.bin=") + QString(3000000, QLatin1Char('x')),
                        QStringLiteral("b.txt=hello")});
    }

    // Every file below `folder`, hidden ones included (a temporary name is hidden).
    static QStringList filesIn(const QString &folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QFileInfo(it.next()).fileName();
        return files;
    }

    // RLIMIT_FSIZE for this process while it lives; SIGXFSZ ignored so that write() fails
    // with EFBIG instead of the signal ending the test.
    struct FileSizeLimit
    {
        rlimit old{};
        void (*oldHandler)(int) = SIG_DFL;
        explicit FileSizeLimit(rlim_t bytes)
        {
            oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &old);
            rlimit limited = old;
            limited.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limited);
        }
        ~FileSizeLimit()
        {
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        }
    };

private Q_SLOTS:
    void keepsNamesAndDates()
    {
        const QString iso =
            makeIso(m_dir.path(), QStringLiteral("plain.iso"), QStringLiteral("X"),
                    {QStringLiteral("docs/Ünï – 日本.txt=hello"),
                     QStringLiteral("docs/sub/b.bin=") + QString(9000, QLatin1Char('b'))},
                    {QStringLiteral("-R"), QStringLiteral("-J")});
        QVERIFY(!iso.isEmpty());
        const QByteArray before = sha256Of(iso);
        const QString out = m_dir.path() + QStringLiteral("/out");
        const JobResult r = extract(loadTestTree(iso), {"/docs"}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        const QString root = m_dir.path() + QStringLiteral("/root-plain.iso/docs");
        QCOMPARE(sha256Of(out + QStringLiteral("/docs/Ünï – 日本.txt")),
                 sha256Of(root + QStringLiteral("/Ünï – 日本.txt")));
        QCOMPARE(sha256Of(out + QStringLiteral("/docs/sub/b.bin")),
                 sha256Of(root + QStringLiteral("/sub/b.bin")));
        QCOMPARE(
            QFileInfo(out + QStringLiteral("/docs/sub/b.bin")).lastModified().toSecsSinceEpoch(),
            QFileInfo(root + QStringLiteral("/sub/b.bin")).lastModified().toSecsSinceEpoch());
        QCOMPARE(sha256Of(iso), before);
    }

    void refusesOutwardSymlink()
    {
        // xorriso writes the outward link into the image as it is told.
        const QString iso = m_dir.path() + QStringLiteral("/evil.iso");
        QCOMPARE(
            runTool(QStringLiteral(SPINDLE_XORRISO),
                    {QStringLiteral("-outdev"), iso, QStringLiteral("-lns"),
                     QStringLiteral("../../../etc/passwd"), QStringLiteral("/evil"),
                     QStringLiteral("-lns"), QStringLiteral("/etc/shadow"),
                     QStringLiteral("/absolute"), QStringLiteral("--"), QStringLiteral("-commit")}),
            0);
        const QString out = m_dir.path() + QStringLiteral("/out-evil");
        const JobResult r = extract(loadTestTree(iso), {}, out);
        QVERIFY(!r.succeeded());
        QVERIFY(r.message.contains(QStringLiteral("refuses")));
        QVERIFY(r.detail.contains(QStringLiteral("/evil")));
        QVERIFY(r.detail.contains(QStringLiteral("/absolute")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/evil")));
    }

    void refusesDotDotAndAbsoluteArchiveNames()
    {
        // bsdtar -P stores ".." and absolute member names verbatim.
        const QString work = m_dir.path() + QStringLiteral("/tarwork/inner");
        QDir().mkpath(work);
        QFile f(work + QStringLiteral("/x.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const QString tar = m_dir.path() + QStringLiteral("/evil.tar");
        QCOMPARE(runTool(QStringLiteral("bsdtar"), {QStringLiteral("-P"), QStringLiteral("-cf"),
                                                    tar, work + QStringLiteral("/../inner/x.txt"),
                                                    work + QStringLiteral("/x.txt")}),
                 0);
        const QString out = m_dir.path() + QStringLiteral("/out-tar");
        const JobResult r = extract(loadTestTree(tar), {}, out);
        QVERIFY(!r.succeeded());
        QVERIFY(r.message.contains(QStringLiteral("refuses")));
        QVERIFY(QDir(out).isEmpty());
    }

    // A tar hard link has no data of its own: it is extracted as a copy of the file it names
    // (it was skipped as a "special file").
    void archiveHardLinksAreCopied()
    {
        const QString work = m_dir.path() + QStringLiteral("/linkwork");
        QDir().mkpath(work);
        QFile f(work + QStringLiteral("/a.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("shared data\n").repeated(1000));
        f.close();
        QCOMPARE(::link(QFile::encodeName(work + QStringLiteral("/a.txt")).constData(),
                        QFile::encodeName(work + QStringLiteral("/b.txt")).constData()),
                 0);
        const QString tar = m_dir.path() + QStringLiteral("/links.tar");
        QCOMPARE(runTool(QStringLiteral("bsdtar"),
                         {QStringLiteral("-cf"), tar, QStringLiteral("-C"), work,
                          QStringLiteral("a.txt"), QStringLiteral("b.txt")}),
                 0);
        QByteArray listing; // the fixture really holds a hard link (bsdtar -tv: "link to")
        QCOMPARE(runTool(QStringLiteral("bsdtar"), {QStringLiteral("-tvf"), tar}, &listing), 0);
        QVERIFY2(listing.contains("b.txt link to a.txt"), listing.constData());

        const QString out = m_dir.path() + QStringLiteral("/out-links");
        const JobResult r = extract(loadTestTree(tar), {}, out);
        QVERIFY2(r.succeeded(), qPrintable(r.message + r.detail));
        QCOMPARE(sha256Of(out + QStringLiteral("/b.txt")),
                 sha256Of(work + QStringLiteral("/a.txt")));
        QCOMPARE(sha256Of(out + QStringLiteral("/a.txt")),
                 sha256Of(work + QStringLiteral("/a.txt")));
    }

    // Issue 16, item 8: a full disk is named as such (it was "No such file or directory", from
    // a short write's stale errno), and the partial file is removed, not left under its name.
    // A 1.5 MiB tmpfs takes the first 1 MiB chunk and half of the second.
    void fullDiskNamesTheCauseAndLeavesNothing()
    {
        const QString iso = bigIso();
        QVERIFY(!iso.isEmpty());
        const QString mnt = m_dir.filePath(QStringLiteral("small"));
        QDir().mkpath(mnt);
        if (runTool(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=1536k"), QStringLiteral("tmpfs"), mnt}) != 0)
            QSKIP("mounting a tmpfs needs root");
        const JobResult r = extract(loadTestTree(iso), {}, mnt + QStringLiteral("/out"));
        const QStringList left = filesIn(mnt);
        runTool(QStringLiteral("umount"), {mnt});
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.startsWith(QStringLiteral("The disk holding %1/out is full: free at "
                                                     "least ")
                                          .arg(mnt)),
                 qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("or choose another folder")));
        QVERIFY(left.isEmpty());
    }

    // The same through the file size limit (EFBIG), which needs no root.
    void fileSizeLimitNamesTheCauseAndLeavesNothing()
    {
        const QString iso = bigIso();
        QVERIFY(!iso.isEmpty());
        const auto tree = loadTestTree(iso);
        const QString out = m_dir.filePath(QStringLiteral("out-limited"));
        JobResult r;
        {
            FileSizeLimit limit(1536 * 1024);
            r = extract(tree, {}, out);
        }
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("a-big.bin is too large for the file system")),
                 qPrintable(r.message));
        QVERIFY(filesIn(out).isEmpty());
    }

    // A read error (the image cut short after xorriso made it, so the big file runs past its
    // end) leaves no file of that name, not even an empty one.
    void readErrorLeavesNoFile()
    {
        const QString iso = bigIso();
        QVERIFY(!iso.isEmpty());
        const QString cut = m_dir.filePath(QStringLiteral("cut.iso"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(iso).left(1000000));
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("out-cut"));
        const JobResult r = extract(loadTestTree(cut), {}, out);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("Reading /a-big.bin failed")),
                 qPrintable(r.message));
        QVERIFY(filesIn(out).isEmpty());
    }

    // A cancel in the middle of a file removes it (it was finished and kept, truncated).
    void cancelRemovesThePartialFile()
    {
        const QString iso = bigIso();
        QVERIFY(!iso.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("out-cancelled"));
        ExtractJob job({loadTestTree(iso), {}, out});
        // Direct: the cancel lands after the first chunk (the first progress with bytes is
        // always sent), before the job reads the next one.
        qint64 cancelledAt = 0;
        connect(
            &job, &Job::progressChanged, &job,
            [&job, &cancelledAt](const JobProgress &p) {
                if (p.bytesDone > 0 && cancelledAt == 0) {
                    cancelledAt = p.bytesDone;
                    job.cancel();
                }
            },
            Qt::DirectConnection);
        job.start();
        job.wait();
        QCOMPARE(job.result().status, JobResult::Status::Cancelled);
        QCOMPARE(cancelledAt, qint64(1024 * 1024));
        QVERIFY(filesIn(out).isEmpty());
    }

    // Files are still created exclusively unless overwriting is allowed, and with it an
    // existing file is replaced whole.
    void existingFilesNeedOverwrite()
    {
        const QString iso = bigIso();
        QVERIFY(!iso.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("out-existing"));
        QDir().mkpath(out);
        QFile f(out + QStringLiteral("/b.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'k'));
        f.close();
        const JobResult refused = extract(loadTestTree(iso), {"/b.txt"}, out);
        QCOMPARE(refused.status, JobResult::Status::Failed);
        QVERIFY(refused.message.contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(out + QStringLiteral("/b.txt")), QByteArray(10000, 'k'));
        ExtractJob job({loadTestTree(iso), {"/b.txt"}, out, true});
        job.start();
        job.wait();
        QVERIFY2(job.result().succeeded(), qPrintable(job.result().message));
        QCOMPARE(readAll(out + QStringLiteral("/b.txt")), QByteArray("hello"));
        QCOMPARE(filesIn(out), QStringList{QStringLiteral("b.txt")});
    }
};

QTEST_GUILESS_MAIN(TestExtractJob)
#include "tst_extractjob.moc"
