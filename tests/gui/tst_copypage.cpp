#include "fixtures.h"
#include "guitest.h"

#include "badsectordisc.h"

#include "copypage.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <memory>

using namespace Spindle;
using namespace Spindle::Test;

// The Copy disc to image page on a virtual drive holding an ISO made by xorriso: the source
// summary, the default file name, a copy that equals the source's file system, and the
// result summary with its checksum as sha256sum computes it.
class TestCopyPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString content = QStringLiteral("frame\n").repeated(50000);
        m_iso = makeIso(m_dir.path(), QStringLiteral("holiday.iso"), QStringLiteral("HOLIDAY_2026"),
                        {QStringLiteral("movie.txt=") + content});
        QVERIFY2(!m_iso.isEmpty(),
                 "xorriso could not make the image (installer/debian-packages.txt)");
        m_drives = std::make_unique<DriveList>();
        QVERIFY(m_drives->addVirtualDrive(m_iso, QStringLiteral("dvd-r"), false).ok());
        m_page = std::make_unique<CopyPage>(m_drives.get());
        m_page->resize(900, 760);
        m_page->show();
        m_page->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + m_iso);
    }

    void showsSourceAndSuggestsName()
    {
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("copySourceSummary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("HOLIDAY_2026")), 20000);
        QVERIFY(m_page->outputPath().endsWith(QLatin1String("HOLIDAY_2026.iso")));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("copyStart"))->isEnabled());
        GuiTest::saveScreenshot(m_page.get(), QStringLiteral("copy-page"));
    }

    void copiesTheDisc()
    {
        const QString output = m_dir.filePath(QStringLiteral("copy.iso"));
        m_page->setOutputPath(output);
        m_page->findChild<QCheckBox *>(QStringLiteral("copyChecksumFile"))->setChecked(true);
        m_page->findChild<QCheckBox *>(QStringLiteral("copyVerify"))->setChecked(true);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("copyStart")),
                          Qt::LeftButton);
        auto *result = m_page->findChild<QWidget *>(QStringLiteral("copyResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        QFile copy(output);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QFile source(m_iso);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == source.readAll()); // xorriso's image has no padding to drop
        const QString summary =
            m_page->findChild<QLabel *>(QStringLiteral("copyResultSummary"))->text();
        QProcess sha;
        sha.start(QStringLiteral("sha256sum"), {output});
        QVERIFY(sha.waitForFinished());
        QVERIFY(summary.contains(QString::fromLatin1(sha.readAll().left(64))));
        QVERIFY(summary.contains(QLatin1String("Verified")));
        QVERIFY(QFile::exists(output + QStringLiteral(".sha256")));
        GuiTest::saveScreenshot(m_page.get(), QStringLiteral("copy-page-done"));
    }

    void existingFileNeedsConfirmation()
    {
        const QString output = m_dir.filePath(QStringLiteral("keep.iso"));
        QFile f(output);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        m_page->setOutputPath(output);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        m_page->start();
        QVERIFY(!m_page->isRunning());
        QVERIFY(MessageBox::lastQuestion().contains(output));
        QFile check(output);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("keep"));
    }

    void blankDiscCannotBeCopied()
    {
        const QString blank = m_dir.filePath(QStringLiteral("blank.iso"));
        QVERIFY(m_drives->addVirtualDrive(blank, QString(), false).ok());
        m_page->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + blank);
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("copySourceSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("blank")), 20000);
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("copyStart"))->isEnabled());
    }

    // Rescue mode on a disc with unreadable sectors (the FUSE bad-sector disc): the page
    // lists the unreadable sectors and names the file that lies on them, as xorriso locates it.
    void rescueListsDamagedFiles()
    {
        const QList<Test::FileExtent> extents = Test::fileExtents(m_iso);
        const auto movie = std::find_if(extents.begin(), extents.end(), [](const auto &e) {
            return e.path.endsWith(QLatin1String("movie.txt"));
        });
        QVERIFY(movie != extents.end());
        QVERIFY(movie->blocks > 10);
        const qint64 bad = movie->startBlock + 5;
        Test::BadSectorDisc disc(m_iso, {bad});
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        QVERIFY(m_drives->addVirtualDrive(disc.path(), QStringLiteral("dvd-r"), false).ok());
        m_page->drivePicker()->setCurrentAddress(disc.address());
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("copySourceSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("HOLIDAY_2026")), 20000);

        const QString output = m_dir.filePath(QStringLiteral("rescued.iso"));
        m_page->setOutputPath(output);
        m_page->findChild<QCheckBox *>(QStringLiteral("copyVerify"))->setChecked(false);
        m_page->findChild<QCheckBox *>(QStringLiteral("copyRescue"))->setChecked(true);
        m_page->findChild<QSpinBox *>(QStringLiteral("copyRetries"))->setValue(1);
        m_page->start();
        auto *result = m_page->findChild<QWidget *>(QStringLiteral("copyResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 5000);
        const QString text =
            m_page->findChild<QLabel *>(QStringLiteral("copyResultSummary"))->text();
        QVERIFY2(text.contains(QString::number(bad)), qPrintable(text));
        const QString damaged =
            m_page->findChild<QPlainTextEdit *>(QStringLiteral("copyDamagedFiles"))->toPlainText();
        QVERIFY2(damaged.contains(QLatin1String("movie.txt")), qPrintable(damaged));
        QVERIFY(QFile::exists(output + QStringLiteral(".map")));
        GuiTest::saveScreenshot(m_page.get(), QStringLiteral("copy-page-rescued"));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_drives.reset();
    }

private:
    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<DriveList> m_drives;
    std::unique_ptr<CopyPage> m_page;
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestCopyPage>(argc, argv);
}
#include "tst_copypage.moc"
