#include "device/mediainfo.h"
#include "fixtures.h"
#include "jobs/erasejob.h"
#include "jobs/jobhandler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// Erasing virtual discs: confirmation, emulated write-once media, the result seen by
// queryMediaInfo and by the file system.
class TestEraseJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString written(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QByteArray(100 * 2048, 'w'));
        return file;
    }

    static JobResult erase(const QString &file, const QString &medium, JobHandler *handler)
    {
        EraseOptions o;
        o.driveAddress = QStringLiteral("stdio:") + file;
        o.medium = MediumKind::parse(medium).value();
        EraseJob job(o);
        job.setHandler(handler);
        job.start();
        job.wait();
        // Erasing has no size: its progress never counts bytes ("1 bytes of 1 bytes").
        const JobProgress p = job.lastProgress();
        if (p.bytesTotal > 0 && p.countsBytes)
            return JobResult::failure(QStringLiteral("progress counted bytes"));
        return job.result();
    }

private Q_SLOTS:
    void erasesToBlank()
    {
        const QString file = written(QStringLiteral("rw.iso"));
        FixedAnswerHandler yes(true);
        const JobResult r = erase(file, QStringLiteral("dvd-rw"), &yes);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(QFileInfo(file).size(), qint64(0));
        const auto info = queryMediaInfo(QStringLiteral("stdio:") + file);
        QVERIFY(info.ok());
        QCOMPARE(info->status, MediumStatus::Blank);
    }

    void needsConfirmation()
    {
        const QString file = written(QStringLiteral("keep.iso"));
        FixedAnswerHandler no(false);
        JobResult r = erase(file, {}, &no);
        QCOMPARE(r.status, JobResult::Status::Declined);
        QCOMPARE(QFileInfo(file).size(), qint64(100 * 2048));
        r = erase(file, {}, nullptr);
        QCOMPARE(r.status, JobResult::Status::Declined);
        QCOMPARE(QFileInfo(file).size(), qint64(100 * 2048));
    }

    void writeOnceRefused()
    {
        const QString file = written(QStringLiteral("cdr.iso"));
        FixedAnswerHandler yes(true);
        const JobResult r = erase(file, QStringLiteral("cd-r"), &yes);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("write-once")), qPrintable(r.message));
        QCOMPARE(QFileInfo(file).size(), qint64(100 * 2048));
    }

    void readOnlyFileRefused()
    {
        const QString file = written(QStringLiteral("ro-rw.iso"));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        FixedAnswerHandler yes(true);
        const JobResult r = erase(file, QStringLiteral("dvd-rw"), &yes);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("read-only")), qPrintable(r.message));
        QCOMPARE(QFileInfo(file).size(), qint64(100 * 2048));
    }

    void alreadyBlank()
    {
        FixedAnswerHandler no(false);
        const JobResult r = erase(m_dir.filePath(QStringLiteral("none.iso")), {}, &no);
        QVERIFY(r.succeeded());
        QVERIFY(r.message.contains(QStringLiteral("already blank")));
    }
};

QTEST_GUILESS_MAIN(TestEraseJob)
#include "tst_erasejob.moc"
