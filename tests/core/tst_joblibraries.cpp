#include "device/burnlibrary.h"
#include "fixtures.h"
#include "jobs/burnjob.h"
#include "jobs/erasejob.h"
#include "jobs/extractjob.h"
#include "jobs/verifyjob.h"
#include "tree/imagetree.h"
#include "treefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

JobResult runJob(Job &job)
{
    job.start();
    job.wait();
    return job.result();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

// With libburn unavailable (BurnLibrary's test seam, process-wide: this executable of its
// own), jobs that need no drive and no ISO image still run, and those that do fail naming
// themselves.
class TestJobLibraries final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        BurnLibrary::failStartForTests();
        QVERIFY(!BurnLibrary::instance().isInitialised());
        QCOMPARE(BurnLibrary::instance().initError(),
                 QStringLiteral("The disc burning library (libburn) could not be started."));
    }

    void extractFromAFolderRunsWithoutLibburn()
    {
        const QString source = m_dir.filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/sub")));
        writeFile(source + QStringLiteral("/a.txt"), "alpha\n");
        writeFile(source + QStringLiteral("/sub/b.txt"), "beta\n");
        const auto tree = loadTestTree(source);
        QVERIFY(tree);
        const QString target = m_dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        ExtractJob job({tree, {}, target});
        QVERIFY(!job.needsBurnLibrary());
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char('\n') + r.detail));
        QCOMPARE(readAll(target + QStringLiteral("/a.txt")), QByteArray("alpha\n"));
        QCOMPARE(readAll(target + QStringLiteral("/sub/b.txt")), QByteArray("beta\n"));
    }

    void checksumFileVerifyRunsWithoutLibburn()
    {
        const QString image = m_dir.filePath(QStringLiteral("some.iso"));
        const QByteArray data(64 * 1024, 'x');
        writeFile(image, data);
        writeFile(image + QStringLiteral(".sha256"),
                  QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() +
                      "  some.iso\n");
        VerifyOptions o;
        o.imagePath = image;
        o.useChecksumFile = true;
        VerifyJob job(o);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char('\n') + r.detail));
    }

    void jobsThatNeedLibburnFailNamingThemselves()
    {
        const QString disc = m_dir.filePath(QStringLiteral("disc.iso"));
        writeFile(disc, QByteArray(4096, 'd'));
        EraseJob erase({QStringLiteral("stdio:") + disc, {}, false});
        QVERIFY(erase.needsBurnLibrary());
        const JobResult erased = runJob(erase);
        QCOMPARE(erased.status, JobResult::Status::Failed);
        QVERIFY2(erased.message.contains(erase.title()), qPrintable(erased.message));
        QVERIFY2(erased.message.contains(QLatin1String("libburn")), qPrintable(erased.message));
        QCOMPARE(readAll(disc), QByteArray(4096, 'd')); // untouched

        BurnOptions o;
        o.imagePath = disc;
        o.driveAddress = QStringLiteral("stdio:") + m_dir.filePath(QStringLiteral("out.iso"));
        BurnJob burn(o);
        const JobResult burned = runJob(burn);
        QCOMPARE(burned.status, JobResult::Status::Failed);
        QVERIFY2(burned.message.contains(burn.title()), qPrintable(burned.message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.iso"))));
    }
};

QTEST_GUILESS_MAIN(TestJobLibraries)
#include "tst_joblibraries.moc"
