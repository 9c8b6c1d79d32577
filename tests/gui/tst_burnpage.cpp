#include "fixtures.h"
#include "guitest.h"

#include "burnpage.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "erasepage.h"
#include "jobprogresspanel.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>

#include <memory>

using namespace Spindle;
using namespace Spindle::Test;

// The Burn image and Erase disc pages on virtual drives: the image summary, the fit bar, a
// burn through the page whose target cmp finds equal to the image, and an erase confirmed
// through the dialog seam.
class TestBurnPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<DriveList> m_drives;

    static bool same(const QString &a, const QString &b)
    {
        return QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), a, b}) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString content = QStringLiteral("line of text\n").repeated(80000);
        m_iso = makeIso(m_dir.path(), QStringLiteral("release.iso"), QStringLiteral("RELEASE_1"),
                        {QStringLiteral("notes.txt=") + content});
        QVERIFY2(!m_iso.isEmpty(),
                 "xorriso could not make the image (installer/debian-packages.txt)");
        m_drives = std::make_unique<DriveList>();
    }

    void burnThroughThePage()
    {
        const QString target = m_dir.filePath(QStringLiteral("disc.iso"));
        QVERIFY(m_drives->addVirtualDrive(target, QStringLiteral("cd-r"), false).ok());
        BurnPage page(m_drives.get());
        page.resize(900, 900);
        page.show();
        page.drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + target);
        page.findChild<QLineEdit *>(QStringLiteral("burnImage"))->setText(m_iso);
        page.setImagePath(m_iso);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("burnImageSummary"));
        QVERIFY(summary->text().contains(QLatin1String("RELEASE_1")));
        auto *fitText = page.findChild<QLabel *>(QStringLiteral("burnFitText"));
        QTRY_VERIFY_WITH_TIMEOUT(fitText->text().contains(QLatin1String("fits")), 20000);
        QVERIFY(page.findChild<QProgressBar *>(QStringLiteral("burnFitBar"))->value() > 0);
        auto *start = page.findChild<QPushButton *>(QStringLiteral("burnStart"));
        QVERIFY(start->isEnabled());
        GuiTest::saveScreenshot(&page, QStringLiteral("burn-page"));
        QVERIFY2(page.minimumSizeHint().width() <= 880,
                 qPrintable(QString::number(page.minimumSizeHint().width())));

        page.findChild<QCheckBox *>(QStringLiteral("burnVerify"))->setChecked(true);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY(same(m_iso, target));
        // The written CD-R is now full: the page reads it again and offers no second burn.
        QTRY_VERIFY_WITH_TIMEOUT(fitText->text().contains(QLatin1String("insert a blank disc")),
                                 20000);
        QVERIFY(!start->isEnabled());
        GuiTest::saveScreenshot(&page, QStringLiteral("burn-page-done"));
    }

    // A compressed image slower than the drive (SPINDLE_SOURCE_RATE_LIMIT, the test hook):
    // the progress panel says so while the burn runs, and the burn is still exact.
    void slowCompressedImageShowsANotice()
    {
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY2(!gz.isEmpty(), "gzip is needed (installer/debian-packages.txt)");
        const QString target = m_dir.filePath(QStringLiteral("slow.iso"));
        QVERIFY(m_drives->addVirtualDrive(target, QStringLiteral("dvd-r"), false).ok());
        BurnPage page(m_drives.get());
        page.resize(900, 900);
        page.show();
        page.drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + target);
        page.setImagePath(gz);
        auto *fitText = page.findChild<QLabel *>(QStringLiteral("burnFitText"));
        QTRY_VERIFY_WITH_TIMEOUT(fitText->text().contains(QLatin1String("fits")), 20000);
        auto *start = page.findChild<QPushButton *>(QStringLiteral("burnStart"));
        QVERIFY(start->isEnabled());
        auto *panel = page.findChild<JobProgressPanel *>(QStringLiteral("burnProgress"));
        QVERIFY(panel);
        qputenv("SPINDLE_SOURCE_RATE_LIMIT", "2000000");
        QTest::mouseClick(start, Qt::LeftButton);
        qunsetenv("SPINDLE_SOURCE_RATE_LIMIT");
        QTRY_VERIFY_WITH_TIMEOUT(!panel->noticeText().isEmpty(), 20000);
        const QString notice = panel->noticeText();
        QVERIFY2(notice.startsWith(QLatin1String("The image decompresses at")) &&
                     notice.contains(QLatin1String("decompress the image first")),
                 qPrintable(notice));
        QVERIFY(page.isRunning()); // said before the burn ends (the image takes ~1 s at 2 MB/s)
        GuiTest::saveScreenshot(&page, QStringLiteral("burn-page-slow-source"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY(same(m_iso, target));
        QCOMPARE(panel->noticeText(), notice); // stays with the result until the next job
    }

    void imageTooBigDisablesBurn()
    {
        const QString target = m_dir.filePath(QStringLiteral("tiny.iso"));
        QVERIFY(m_drives->addVirtualDrive(target, QStringLiteral("1M"), false).ok());
        BurnPage page(m_drives.get());
        page.resize(900, 900);
        page.show();
        page.drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + target);
        page.setImagePath(m_iso);
        auto *fitText = page.findChild<QLabel *>(QStringLiteral("burnFitText"));
        QTRY_VERIFY_WITH_TIMEOUT(fitText->text().contains(QLatin1String("does not fit")), 20000);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("burnStart"))->isEnabled());
    }

    void eraseThroughThePage()
    {
        const QString disc = m_dir.filePath(QStringLiteral("rewritable.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        QVERIFY(m_drives->addVirtualDrive(disc, QStringLiteral("dvd-rw"), false).ok());
        ErasePage page(m_drives.get());
        page.resize(900, 600);
        page.show();
        page.drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("eraseSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("RELEASE_1")), 20000);
        auto *start = page.findChild<QPushButton *>(QStringLiteral("eraseStart"));
        QVERIFY(start->isEnabled());
        GuiTest::saveScreenshot(&page, QStringLiteral("erase-page"));
        // Both pages must fit the main window's default 900 px width.
        QVERIFY2(page.minimumSizeHint().width() <= 880,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(disc).size(), qint64(0), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestBurnPage>(argc, argv);
}

#include "tst_burnpage.moc"
