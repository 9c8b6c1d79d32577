#include "device/grabbeddrive.h"
#include "fixtures.h"
#include "jobs/burnjob.h"
#include "jobs/jobhandler.h"
#include "jobs/readdiscjob.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstring>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

// A stream to burn that delivers its first part, then waits until released (or cancelled):
// a burn that stays "in progress" for as long as a test needs.
class HeldSource final : public ImageSource
{
public:
    static constexpr qint64 Bytes = qint64(8) << 20;
    static constexpr qint64 FirstPart = qint64(4) << 20;

    explicit HeldSource(std::atomic_bool &released) : m_released(released) {}
    std::optional<Error> open() override { return std::nullopt; }
    qint64 size() const override { return Bytes; }
    qint64 read(char *buffer, qint64 max) override
    {
        while (m_done >= FirstPart && !m_released && !m_cancelled)
            QThread::msleep(10);
        if (m_cancelled)
            return -1;
        const qint64 n = qMin(max, Bytes - m_done);
        std::memset(buffer, 'h', size_t(n));
        m_done += n;
        return n;
    }
    Error error() const override { return Error{QStringLiteral("cancelled"), {}}; }
    QString description() const override { return QStringLiteral("held stream"); }
    void cancel() override { m_cancelled = true; }

private:
    std::atomic_bool &m_released;
    std::atomic_bool m_cancelled{false};
    qint64 m_done = 0;
};

} // namespace

// A virtual drive is locked while a job uses it, as a real drive is grabbed: a second burn, a
// read (in this process or in another one) fails with "in use" instead of writing over the
// first burn or reading half an image.
class TestDriveLock final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }

    static JobResult runJob(Job &job, JobHandler *handler = nullptr)
    {
        job.setHandler(handler);
        job.start();
        job.wait();
        return job.result();
    }

    static BurnOptions heldBurn(const QString &target, std::atomic_bool &released)
    {
        BurnOptions o;
        o.sourceFactory = [&released] { return std::make_unique<HeldSource>(released); };
        o.sourceName = QStringLiteral("held stream");
        o.driveAddress = stdio(target);
        o.fifoBytes = qint64(1) << 20;
        return o;
    }

    static void verifyInUse(const QString &message)
    {
        QVERIFY2(message.contains(QStringLiteral("is in use by another program")),
                 qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(haveTool(SPINDLE_XORRISO), "xorriso is needed (installed by test.sh)");
        m_iso = makeIso(m_dir.path(), QStringLiteral("lock.iso"), QStringLiteral("LOCK_TEST"),
                        {QStringLiteral("a.txt=") + QString(300000, QLatin1Char('a'))});
        QVERIFY(!m_iso.isEmpty());
    }

    void secondJobOnABurningDriveFails()
    {
        const QString target = path(QStringLiteral("burning.iso"));
        std::atomic_bool released{false};
        BurnJob first(heldBurn(target, released));
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target).size() > 0, 20000);

        // A second burn in this process: refused, the first burn's data untouched.
        FixedAnswerHandler yes(true);
        BurnOptions o;
        o.imagePath = m_iso;
        o.driveAddress = stdio(target);
        BurnJob second(o);
        const JobResult r = runJob(second, &yes);
        QCOMPARE(r.status, JobResult::Status::Failed);
        verifyInUse(r.message);

        // A read in this process: refused, nothing written.
        ReadOptions ro;
        ro.drive = stdio(target);
        ro.output = path(QStringLiteral("half.iso"));
        ReadDiscJob read(ro);
        const JobResult rr = runJob(read, &yes);
        QCOMPARE(rr.status, JobResult::Status::Failed);
        verifyInUse(rr.message);
        QVERIFY(!QFile::exists(ro.output));

        // Another spindle process: exit 1 with the same message.
        const ProcessRun cliRead =
            runProcess(QStringLiteral(SPINDLE_CLI),
                       {QStringLiteral("read"), QStringLiteral("--drive"), stdio(target),
                        QStringLiteral("--output"), path(QStringLiteral("cli-half.iso"))});
        QCOMPARE(cliRead.code, 1);
        QVERIFY2(cliRead.err.contains("is in use by another program"), cliRead.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("cli-half.iso"))));
        const ProcessRun cliBurn = runProcess(
            QStringLiteral(SPINDLE_CLI), {QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                                          stdio(target), QStringLiteral("--yes")});
        QCOMPARE(cliBurn.code, 1);
        QVERIFY2(cliBurn.err.contains("is in use by another program"), cliBurn.err.constData());

        // The first burn ends as it would have alone, and then the drive is free again.
        released = true;
        QVERIFY(first.wait(60000));
        QVERIFY2(first.result().succeeded(), qPrintable(first.result().message));
        QCOMPARE(readAll(target), QByteArray(HeldSource::Bytes, 'h'));
        BurnJob after(o);
        const JobResult a = runJob(after, &yes);
        QVERIFY2(a.succeeded(), qPrintable(a.message + a.detail));
    }

    // A file that does not exist yet is locked once a job is about to write it.
    void missingFileIsLockedForWriting()
    {
        const QString target = path(QStringLiteral("missing.iso"));
        auto one = GrabbedDrive::grab(stdio(target));
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        auto two = GrabbedDrive::grab(stdio(target));
        QVERIFY2(two.ok(), qPrintable(two.error().message)); // nothing to protect yet
        QVERIFY(!QFile::exists(target));
        QVERIFY(!one.value()->lockForWriting());
        QVERIFY(QFile::exists(target));
        const auto busy = two.value()->lockForWriting();
        QVERIFY(busy);
        verifyInUse(busy->message);
        auto three = GrabbedDrive::grab(stdio(target));
        QVERIFY(!three.ok());
        verifyInUse(three.error().message);
        one = Error{};
        two = Error{};
        auto free = GrabbedDrive::grab(stdio(target));
        QVERIFY2(free.ok(), qPrintable(free.error().message));
    }

    // A device is shared by nature: two jobs may use stdio:/dev/null at once.
    void devicesAreNotLocked()
    {
        auto one = GrabbedDrive::grab(QStringLiteral("stdio:/dev/null"));
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        QVERIFY(!one.value()->lockForWriting());
        auto two = GrabbedDrive::grab(QStringLiteral("stdio:/dev/null"));
        QVERIFY2(two.ok(), qPrintable(two.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDriveLock)
#include "tst_drivelock.moc"
