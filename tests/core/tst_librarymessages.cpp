#include "badsectordisc.h"
#include "device/burnlibrary.h"
#include "device/drivescanner.h"
#include "device/librarymessages.h"
#include "fixtures.h"
#include "jobs/burnjob.h"
#include "jobs/readdiscjob.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <atomic>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

void submit(const QByteArray &text, const char *severity = "WARNING")
{
    QByteArray t = text;
    QByteArray s(severity);
    QVERIFY(burn::burn_msgs_submit(0, t.data(), 0, s.data(), nullptr) > 0);
}

bool holds(const QList<LogEntry> &entries, const QString &text)
{
    return std::any_of(entries.begin(), entries.end(),
                       [&](const LogEntry &e) { return e.text.contains(text); });
}

// Everything a job wrote to its log, collected on the job's thread.
struct JobLog
{
    explicit JobLog(Job &job)
    {
        QObject::connect(
            &job, &Job::logMessage, &job,
            [this](Severity s, const QString &text) {
                QMutexLocker lock(&mutex);
                entries.append({QDateTime::currentDateTime(), s, text});
            },
            Qt::DirectConnection);
    }
    QList<LogEntry> all()
    {
        QMutexLocker lock(&mutex);
        return entries;
    }
    QString text() { return LibraryMessages::text(all()); }

    QMutex mutex;
    QList<LogEntry> entries;
};

QStringList processLog;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "spindle.libraries")
        processLog << text;
    else
        previousHandler(type, context, text);
}

} // namespace

// LibraryMessages, the per-job copy of libburn's and libisofs' process-global message queue,
// and jobs that run at the same time as a drive scan and each other: a burn that runs out of
// space (on /dev/full, which answers every write with ENOSPC) and a copy of a disc with
// unreadable sectors (badsectorfs, slowed down so that the copy outlasts the burn).
class TestLibraryMessages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_burnIso;
    QString m_readIso;
    QList<qint64> m_badSectors;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(BurnLibrary::instance().isInitialised());
        QVERIFY2(haveTool(SPINDLE_XORRISO), "xorriso is needed (installed by test.sh)");
        QString text;
        for (int i = 0; i < 40000; ++i)
            text += QString::number(i * 7919) + QLatin1Char(i % 13 ? ' ' : '\n');
        m_burnIso = makeIso(m_dir.path(), QStringLiteral("burn.iso"), QStringLiteral("BURN"),
                            {QStringLiteral("a.txt=") + text});
        QVERIFY(!m_burnIso.isEmpty());
        QByteArray data(600 * 1024, '\0');
        QRandomGenerator random(7);
        for (char &c : data)
            c = char(random.bounded(256));
        m_readIso = makeIso(m_dir.path(), QStringLiteral("read.iso"), QStringLiteral("READ"),
                            {QStringLiteral("b.bin=") + QString::fromLatin1(data.toBase64())});
        QVERIFY(!m_readIso.isEmpty());
        const QList<FileExtent> extents = fileExtents(m_readIso);
        QCOMPARE(extents.size(), 1);
        // One sector of the file, and the root folder's: the list of damaged files that the copy
        // makes with libisofs then fails, and libisofs says why in the copy's log.
        QFile image(m_readIso);
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray pvd = image.read(18 * 2048).mid(16 * 2048);
        const qint64 rootSector = qFromLittleEndian<quint32>(pvd.constData() + 156 + 2);
        QVERIFY(rootSector > 16);
        m_badSectors = {rootSector, extents[0].startBlock + 10};
    }

    void everyCaptureGetsACopy()
    {
        LibraryMessages first;
        LibraryMessages second;
        submit("spindle-test: for both");
        const QList<LogEntry> a = first.take();
        QVERIFY(holds(a, QStringLiteral("libburn: spindle-test: for both")));
        QCOMPARE(a.constLast().severity, Severity::Warning);
        // Taking from one capture leaves the other's copy alone.
        QVERIFY(holds(second.take(), QStringLiteral("spindle-test: for both")));
        QVERIFY(first.take().isEmpty());
    }

    void aLaterCaptureGetsNoOlderMessages()
    {
        LibraryMessages early;
        submit("spindle-test: before");
        LibraryMessages late;
        submit("spindle-test: after");
        const QList<LogEntry> lateEntries = late.take();
        QVERIFY(!holds(lateEntries, QStringLiteral("spindle-test: before")));
        QVERIFY(holds(lateEntries, QStringLiteral("spindle-test: after")));
        const QList<LogEntry> earlyEntries = early.take();
        QVERIFY(holds(earlyEntries, QStringLiteral("spindle-test: before")));
        QVERIFY(holds(earlyEntries, QStringLiteral("spindle-test: after")));
    }

    void withoutCaptureMessagesGoToTheProcessLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("spindle.libraries=true"));
        processLog.clear();
        previousHandler = qInstallMessageHandler(recordMessage);
        submit("spindle-test: nobody listens", "SORRY");
        submit("spindle-test: a note nobody reads", "NOTE");
        LibraryMessages later; // drains what was queued before it, for nobody
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules({});
        QVERIFY(later.take().isEmpty());
        QVERIFY2(processLog.join(QLatin1Char('\n'))
                     .contains(QLatin1String("error: libburn: spindle-test: nobody listens")),
                 qPrintable(processLog.join(QLatin1Char('\n'))));
        QVERIFY(processLog.join(QLatin1Char('\n'))
                    .contains(QLatin1String("libburn: spindle-test: a note nobody reads")));
    }

    // A burn, a copy and repeated drive scans at the same time: each job's log holds its own
    // library messages, and the burn's diagnosis and detail come from its own.
    void concurrentJobsKeepTheirMessages()
    {
        BadSectorDisc disc(m_readIso, m_badSectors, 15); // 15 ms a read: the copy takes a while
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        ReadOptions read;
        read.drive = disc.address();
        read.output = m_dir.filePath(QStringLiteral("copy.iso"));
        read.rescue = true;
        read.retries = 1;
        read.sha256 = false;
        ReadDiscJob copy(read);
        JobLog copyLog(copy);

        BurnOptions burnOptions;
        burnOptions.imagePath = m_burnIso;
        burnOptions.driveAddress = QStringLiteral("stdio:/dev/full");
        BurnJob burn(burnOptions);
        JobLog burnLog(burn);

        std::atomic_bool scanning{true};
        std::atomic_int scans{0};
        std::unique_ptr<QThread> scanner(QThread::create([&] {
            while (scanning) {
                DriveScanner::scan();
                ++scans;
                QThread::msleep(5);
            }
        }));
        scanner->start();

        copy.start();
        QTRY_COMPARE_WITH_TIMEOUT(copy.lastProgress().phase, QStringLiteral("Reading"), 20000);
        burn.start();
        QVERIFY(burn.wait(60000));
        const bool copyOutlastedBurn = copy.isRunning();
        QVERIFY(copy.wait(120000));
        scanning = false;
        scanner->wait();

        QVERIFY2(copyOutlastedBurn, "the copy ended before the burn: nothing ran at once");
        QVERIFY(scans > 1);
        const JobResult burnResult = burn.result();
        QCOMPARE(burnResult.status, JobResult::Status::Failed);
        // The diagnosis that needs the burn's own messages, and the detail made of them.
        QVERIFY2(burnResult.message.contains(QLatin1String("file system holding the virtual "
                                                           "disc is full")),
                 qPrintable(burnResult.message + QLatin1Char('\n') + burnResult.detail));
        QVERIFY2(burnResult.detail.contains(QLatin1String("No space left")),
                 qPrintable(burnResult.detail));
        const QString burnText = burnLog.text();
        QVERIFY2(burnText.contains(QLatin1String("No space left")), qPrintable(burnText));
        // The scans are not the burn's: libburn's refusal to scan while a drive is grabbed
        // ("A drive operation is still going on") must not reach either job.
        for (const QString &log : {burnText, burnResult.detail, copyLog.text()})
            QVERIFY2(!log.contains(QLatin1String("still going on")), qPrintable(log));

        const JobResult copyResult = copy.result();
        QVERIFY2(copyResult.status == JobResult::Status::SuccessWithLoss,
                 qPrintable(copyResult.message + QLatin1Char('\n') + copyResult.detail));
        // The copy's own library messages: libisofs explaining why its list of damaged files
        // failed (the root folder is unreadable).
        QVERIFY2(copyResult.message.contains(QLatin1String("list of damaged files is not "
                                                           "available")),
                 qPrintable(copyResult.message));
        const QString copyText = copyLog.text();
        QVERIFY2(copyText.contains(QLatin1String("libisofs: Error reading dir")),
                 qPrintable(copyText));
    }
};

QTEST_GUILESS_MAIN(TestLibraryMessages)
#include "tst_librarymessages.moc"
