#include "ecc/rs03image.h"
#include "fixtures.h"
#include "image/fileimagesource.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// BuildImageJob and BurnJob with error-correction data, on stdio: drives: what they report
// matches what inspectRs03Image() finds in the file or on the disc (dvdisaster checks the same
// in tst_cli_eccburn), and a cancel in the middle of computing the data leaves no output, no
// NAME.part and no temporary file (the cancel is sent when the phase begins, so it cannot miss
// it however fast the machine is).
class TestEccJobs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }
    static JobResult runJob(Job &job)
    {
        job.start();
        job.wait();
        return job.result();
    }
    // Cancels `job` as soon as it starts computing the error-correction data.
    static void cancelWhenComputing(Job &job)
    {
        QObject::connect(
            &job, &Job::progressChanged, &job,
            [&job](const JobProgress &p) {
                if (p.phase == QLatin1String("Computing error-correction data"))
                    job.cancel();
            },
            Qt::DirectConnection);
    }
    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    }
    ImageSourceFactory isoFactory() const
    {
        const QString iso = m_iso;
        return [iso]() -> std::unique_ptr<ImageSource> {
            return std::make_unique<FileImageSource>(iso);
        };
    }
    BurnOptions burnOptions(const QString &target, const QString &temp) const
    {
        BurnOptions o;
        o.imagePath = m_iso;
        o.driveAddress = stdio(target);
        o.medium = MediumKind::parse(QStringLiteral("cd-r")).value();
        o.ecc = EccChoice::withPercent(20);
        o.tempFolder = temp;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeIso(m_dir.path(), QStringLiteral("source.iso"), QStringLiteral("ECC_JOBS"),
                        {QStringLiteral("random.txt=") +
                         QString::fromLatin1(randomBytes(3000000, 3).toBase64())},
                        {QStringLiteral("-R")});
        QVERIFY(!m_iso.isEmpty());
    }

    void buildAppendsTheData()
    {
        const QString out = path(QStringLiteral("built.iso"));
        BuildImageJob job({isoFactory(), out, -1, false, EccChoice::withPercent(20)});
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        const EccReport report = job.eccReport();
        QCOMPARE(int(report.state), int(EccReport::State::Added));
        QCOMPARE(report.imageBytes, QFileInfo(m_iso).size());
        QCOMPARE(QFileInfo(out).size(), report.imageBytes + report.addedBytes);
        QVERIFY(report.layout.redundancyPercent() >= 20.0);
        const auto info = inspectRs03Image(out);
        QVERIFY(info.ok());
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Augmented));
        QCOMPARE(info->layout.nroots, report.layout.nroots);
        QCOMPARE(info->layout.sectorsPerLayer, report.layout.sectorsPerLayer);
        QVERIFY(r.message.contains(QString::number(report.layout.nroots)));
    }

    void buildCancelledWhileComputingLeavesNothing()
    {
        const QString out = path(QStringLiteral("cancelled.iso"));
        // Fill for the smallest medium (a CD, 170 roots for this image): long enough to cancel.
        BuildImageJob job({isoFactory(), out, -1, false, EccChoice::fill()});
        cancelWhenComputing(job);
        const JobResult r = runJob(job);
        QCOMPARE(int(r.status), int(JobResult::Status::Cancelled));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
        QCOMPARE(int(job.eccReport().state), int(EccReport::State::None));
    }

    void burnReportsWhatTheDiscCarries()
    {
        const QString target = path(QStringLiteral("disc.iso"));
        const QString temp = path(QStringLiteral("temp-burn"));
        BurnJob job(burnOptions(target, temp));
        QSignalSpy temporary(&job, &BurnJob::temporaryFile);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char('\n') + r.detail));
        const EccReport report = job.eccReport();
        QCOMPARE(int(report.state), int(EccReport::State::Added));
        QCOMPARE(QFileInfo(target).size(), report.imageBytes + report.addedBytes);
        const auto info = inspectRs03Image(target);
        QVERIFY(info.ok());
        QCOMPARE(int(info->state), int(Rs03ImageInfo::State::Augmented));
        QCOMPARE(info->layout.nroots, report.layout.nroots);
        // One temporary file, the data, in the folder asked for; gone now.
        QCOMPARE(temporary.size(), 1);
        QVERIFY(temporary.at(0).at(0).toString().startsWith(temp + QLatin1Char('/')));
        QCOMPARE(temporary.at(0).at(1).toLongLong(), report.addedBytes);
        QCOMPARE(entries(temp), QStringList());
    }

    void burnCancelledWhileComputingLeavesNothing()
    {
        const QString target = path(QStringLiteral("untouched.iso"));
        const QString temp = path(QStringLiteral("temp-cancel"));
        BurnOptions o = burnOptions(target, temp);
        o.ecc = EccChoice::fill(); // a CD-R: 170 roots for this image, long enough to cancel
        BurnJob job(o);
        cancelWhenComputing(job);
        const JobResult r = runJob(job);
        QCOMPARE(int(r.status), int(JobResult::Status::Cancelled));
        QVERIFY2(r.message.contains(QLatin1String("untouched")), qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(entries(temp), QStringList());
    }

    // A stream (a new image) is written to a temporary image first, then burned with its data.
    void streamIsWrittenOutFirst()
    {
        const QString target = path(QStringLiteral("stream-disc.iso"));
        const QString temp = path(QStringLiteral("temp-stream"));
        BurnOptions o = burnOptions(target, temp);
        o.imagePath.clear();
        o.sourceFactory = isoFactory();
        o.sourceName = QStringLiteral("the stream");
        BurnJob job(o);
        QSignalSpy temporary(&job, &BurnJob::temporaryFile);
        const JobResult r = runJob(job);
        QVERIFY2(r.succeeded(), qPrintable(r.message + QLatin1Char('\n') + r.detail));
        QCOMPARE(temporary.size(), 2); // the image, then the data
        QCOMPARE(temporary.at(0).at(1).toLongLong(), QFileInfo(m_iso).size());
        QVERIFY(temporary.at(0).at(2).toString().contains(QLatin1String("whole image first")));
        QFile disc(target);
        QVERIFY(disc.open(QIODevice::ReadOnly));
        QVERIFY(disc.read(QFileInfo(m_iso).size()) == readAll(m_iso));
        QCOMPARE(int(inspectRs03Image(target)->state), int(Rs03ImageInfo::State::Augmented));
        QCOMPARE(entries(temp), QStringList());
        QVERIFY(job.title().contains(QLatin1String("the stream")));
    }
};

QTEST_GUILESS_MAIN(TestEccJobs)
#include "tst_eccjobs.moc"
