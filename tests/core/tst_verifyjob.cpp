#include "fixtures.h"
#include "jobs/verifyjob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

// Verify on its own: an image against a virtual disc (a copy made with cp, not by us), and an
// image against a checksum file written by sha256sum.
class TestVerifyJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static JobResult runJob(const VerifyOptions &o)
    {
        VerifyJob job(o);
        job.start();
        job.wait();
        return job.result();
    }

    QString discCopy(const QString &name)
    {
        const QString disc = path(name);
        QFile::remove(disc);
        if (runTool(QStringLiteral("cp"), {m_iso, disc}) != 0)
            return {};
        return disc;
    }

    static VerifyOptions discOptions(const QString &image, const QString &disc)
    {
        VerifyOptions o;
        o.imagePath = image;
        o.driveAddress = QStringLiteral("stdio:") + disc;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(haveTool(SPINDLE_XORRISO));
        QString text;
        for (int i = 0; i < 40000; ++i)
            text += QString::number(i) + QLatin1Char(' ');
        m_iso = makeIso(m_dir.path(), QStringLiteral("verify.iso"), QStringLiteral("VERIFY"),
                        {QStringLiteral("numbers.txt=") + text});
        QVERIFY(!m_iso.isEmpty());
    }

    void discMatches()
    {
        const QString disc = discCopy(QStringLiteral("same.iso"));
        // Drive padding after the image must not count: append a few blocks of zeros.
        QFile f(disc);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray(4 * 2048, '\0'));
        f.close();
        const JobResult r = runJob(discOptions(m_iso, disc));
        QVERIFY2(r.status == JobResult::Status::Success, qPrintable(r.message + r.detail));
    }

    void oneChangedByteNamesItsSector()
    {
        const QString disc = discCopy(QStringLiteral("changed.iso"));
        const qint64 sector = QFileInfo(m_iso).size() / 2048 - 5;
        QFile f(disc);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(sector * 2048 + 1000));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(sector * 2048 + 1000));
        QVERIFY(f.putChar(char(c ^ 1)));
        f.close();
        const JobResult r = runJob(discOptions(m_iso, disc));
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("sector %1 ").arg(sector)),
                 qPrintable(r.message));
    }

    void shorterDiscFails()
    {
        const QString disc = discCopy(QStringLiteral("short.iso"));
        QFile f(disc);
        QVERIFY(f.resize(QFileInfo(m_iso).size() - 3 * 2048));
        const JobResult r = runJob(discOptions(m_iso, disc));
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(
            r.message.contains(QStringLiteral("sector %1").arg(QFileInfo(m_iso).size() / 2048 - 3)),
            qPrintable(r.message));
    }

    void blankDiscFails()
    {
        const JobResult r = runJob(discOptions(m_iso, path(QStringLiteral("nothing.iso"))));
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("blank")));
    }

    void checksumFile()
    {
        QByteArray sums;
        QVERIFY(runTool(QStringLiteral("sha256sum"), {m_iso}, &sums) == 0);
        // sha256sum prints the full path; a SHA256SUMS file names the file only.
        const QByteArray line = sums.left(64) + "  verify.iso\n";
        QFile file(path(QStringLiteral("SHA256SUMS")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0000000000000000000000000000000000000000000000000000000000000000  other.iso\n");
        file.write(line);
        file.close();
        VerifyOptions o;
        o.imagePath = m_iso;
        o.useChecksumFile = true; // found next to the image
        JobResult r = runJob(o);
        QVERIFY2(r.succeeded(), qPrintable(r.message));

        const QString tampered = path(QStringLiteral("tampered.iso"));
        QVERIFY(QFile::copy(m_iso, tampered));
        QFile t(tampered);
        QVERIFY(t.open(QIODevice::ReadWrite));
        t.seek(40000);
        t.putChar('!');
        t.close();
        QFile own(tampered + QStringLiteral(".sha256"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(line.left(64) + "\n"); // a bare hash: the original's
        own.close();
        o.imagePath = tampered;
        r = runJob(o);
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("does NOT match")));

        o.imagePath = m_iso;
        o.checksumFile = path(QStringLiteral("missing.sha256"));
        r = runJob(o);
        QCOMPARE(r.status, JobResult::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestVerifyJob)
#include "tst_verifyjob.moc"
