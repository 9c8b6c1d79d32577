#include "guitest.h"

#include "burnnewimagedialog.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "imagetree.h"
#include "imagetreemodel.h"
#include "newimagepage.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeView>

using namespace Spindle;

// The "New image" page driven through its widgets (found by objectName), on the ipxe fixture.
class TestNewImagePage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pickUntickWrite()
    {
        const QString ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        QVERIFY(QFile::exists(ipxe));
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1100, 700);
        page.show();
        NewImagePage::setNextFileName(ipxe);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addImage")),
                          Qt::LeftButton);
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->tree() && page.model()->tree()->size() > 5);
        auto *view = page.findChild<QTreeView *>(QStringLiteral("imageTree"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 6);
        // Untick /ipxe.krn through the model the view shows; the patterns panel follows.
        const QModelIndex krn =
            page.model()->indexForEntry(page.model()->tree()->find("/ipxe.krn"));
        QVERIFY(view->model()->setData(krn, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("patterns"))
                    ->toPlainText()
                    .contains(QStringLiteral("/ipxe.krn")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("undoSelection"))->isEnabled());
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage"));

        const QString out = m_dir.path() + QStringLiteral("/gui.iso");
        NewImagePage::setNextFileName(out);
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        QVERIFY(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 30000);
        QTRY_VERIFY(write->isEnabled());
        QProcess xorriso;
        xorriso.start(QStringLiteral("xorriso"), {QStringLiteral("-indev"), out,
                                                  QStringLiteral("-find"), QStringLiteral("/")});
        QVERIFY(xorriso.waitForFinished());
        const QByteArray listing = xorriso.readAllStandardOutput();
        QVERIFY(listing.contains("isolinux.bin"));
        QVERIFY(!listing.contains("ipxe.krn"));
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-written"));
    }

    // "Burn…" burns the new image to the drive chosen in the dialog, with no temporary file:
    // with "Reproducible" on, the disc equals the file "Write image…" makes of the same tree,
    // and its El Torito boot record matches the source's (xorriso's report).
    void burnThroughDialog()
    {
        const QString ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        const QString disc = m_dir.path() + QStringLiteral("/burned.iso");
        DriveList drives;
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("cd-r"), false).ok());
        NewImagePage page(&drives);
        page.resize(1100, 700);
        page.show();
        page.addSource(ipxe);
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->tree() && page.model()->tree()->size() > 5);
        page.findChild<QCheckBox *>(QStringLiteral("reproducible"))->setChecked(true);

        const QString file = m_dir.path() + QStringLiteral("/written.iso");
        NewImagePage::setNextFileName(file);
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        auto *burn = page.findChild<QPushButton *>(QStringLiteral("burnNewImage"));
        QVERIFY(burn && burn->isVisible() && burn->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(burn->isEnabled(), 30000);

        QTest::mouseClick(burn, Qt::LeftButton);
        auto *dialog = page.findChild<BurnNewImageDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        auto *fit = dialog->findChild<QLabel *>(QStringLiteral("burnDialogFit"));
        QTRY_VERIFY_WITH_TIMEOUT(fit->text().contains(QLatin1String("should fit")), 20000);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("burnDialogStart"));
        QTRY_VERIFY(start->isEnabled());
        GuiTest::saveScreenshot(dialog, QStringLiteral("newimage-burn-dialog"));
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-burn"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(!burn->isEnabled()); // the burn runs
        QTRY_VERIFY_WITH_TIMEOUT(burn->isEnabled(), 60000);
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-burned"));

        QCOMPARE(QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), file, disc}), 0);
        auto report = [](const QString &iso) {
            QProcess x;
            x.start(QStringLiteral("xorriso"),
                    {QStringLiteral("-indev"), iso, QStringLiteral("-report_el_torito"),
                     QStringLiteral("plain")});
            x.waitForFinished(60000);
            QStringList lines;
            for (const QString &line : QString::fromUtf8(x.readAllStandardOutput()).split(u'\n'))
                if (line.startsWith(QLatin1String("El Torito")) &&
                    !line.startsWith(QLatin1String("El Torito catalog")) &&
                    !line.startsWith(QLatin1String("El Torito boot img :")))
                    lines << line.simplified();
            return lines;
        };
        QVERIFY(report(disc).size() >= 3);
        QCOMPARE(report(disc), report(ipxe));
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestNewImagePage>(argc, argv);
}
#include "tst_newimagepage.moc"
