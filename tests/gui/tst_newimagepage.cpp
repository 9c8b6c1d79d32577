#include "guitest.h"

#include "drivelist.h"
#include "imagetree.h"
#include "imagetreemodel.h"
#include "newimagepage.h"

#include <QCheckBox>
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
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestNewImagePage>(argc, argv);
}
#include "tst_newimagepage.moc"
