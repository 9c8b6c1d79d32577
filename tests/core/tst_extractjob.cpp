#include "fixtures.h"
#include "jobs/extractjob.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "treefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestExtractJob)
#include "tst_extractjob.moc"
