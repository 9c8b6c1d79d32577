#include "guitest.h"

#include "aboutdialog.h"
#include "addvirtualdrivedialog.h"
#include "base/format.h"
#include "device/burnlibrary.h"
#include "device/mediainfo.h"
#include "discinfopage.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "taskbutton.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <memory>

using namespace Spindle;

namespace {
constexpr int ReadTimeoutMs = 30000;
} // namespace

// Drives the real main window: the start page, the Disc info page on an ISO made with
// xorriso, a blank virtual disc, a virtual drive in a missing folder, the Add Virtual Drive
// dialog and the About dialog. Saves a screenshot of each state.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPageShowsOnlyWorkingTasks();
    void discInfoWithoutDriveShowsEmptyState();
    void discInfoReadsIso();
    void discInfoEmulatedMedium();
    void discInfoBlankVirtualDisc();
    void discInfoMissingFolderShowsError();
    void discInfoOpensAnImageFile();
    void addVirtualDriveDialog();
    void aboutDialog();
    void backToStartPage();
    void useDriveRejectsBadInput();
    void cleanupTestCase();

private:
    template <typename T> T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    void openInfoPage();
    // Every task page has its own drive picker, so look inside the Disc info page.
    template <typename T> T *inInfoPage(const QString &name) const
    {
        return find<QWidget>(QStringLiteral("discInfoPage"))->findChild<T *>(name);
    }

    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
    if (xorriso.isEmpty())
        QSKIP("xorriso is not installed (installer/debian-packages.txt lists it)");

    // Fixture: a small ISO9660 image with Joliet and Rock Ridge, label SPINDLETEST.
    const QString content = m_dir.filePath(QStringLiteral("content"));
    QVERIFY(QDir().mkpath(content + QStringLiteral("/docs")));
    QFile readme(content + QStringLiteral("/README.txt"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write(QByteArray("Spindle GUI test fixture\n").repeated(200));
    readme.close();
    QFile notes(content + QStringLiteral("/docs/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(300000, 'x'));
    notes.close();

    m_iso = m_dir.filePath(QStringLiteral("x.iso"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xorriso, {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                            QStringLiteral("SPINDLETEST"), QStringLiteral("-J"),
                            QStringLiteral("-R"), QStringLiteral("-o"), m_iso, content});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    QVERIFY(QFileInfo(m_iso).size() > 0);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(900, 640));
}

void TestMainWindow::startPageShowsOnlyWorkingTasks()
{
    QCOMPARE(m_window->currentTask(), QString());
    // Every registered task has a visible button; pages land in parallel, so no fixed list.
    const QStringList ids = m_window->taskIds();
    QVERIFY(ids.contains(QStringLiteral("info")));
    for (const char *id : {"copy", "burn", "erase", "newimage"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const QList<TaskButton *> buttons = m_window->findChildren<TaskButton *>();
    QCOMPARE(buttons.size(), ids.size());
    for (TaskButton *button : buttons)
        QVERIFY(button->isVisible());
    QVERIFY(find<TaskButton>(QStringLiteral("task_info")));
    QVERIFY(!find<QToolBar>(QStringLiteral("navigationToolBar"))->isVisible());
    // Let the drive scan finish so the screenshot shows the settled window.
    auto *drives = m_window->driveList();
    QTRY_VERIFY_WITH_TIMEOUT(drives->hasScanned() && !drives->isScanning(), ReadTimeoutMs);
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("start-page")));
}

void TestMainWindow::discInfoWithoutDriveShowsEmptyState()
{
    if (!m_window->driveList()->drives().isEmpty())
        QSKIP("this machine has an optical drive, so the picker is never empty");
    openInfoPage();
    auto *picker = inInfoPage<DrivePicker>(QStringLiteral("drivePicker"));
    QVERIFY(!picker->hasDrive());
    QVERIFY(find<QWidget>(QStringLiteral("discInfoEmpty"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoEmptyTitle"))->text(),
             QStringLiteral("Choose a drive or open an image file"));
    QVERIFY(find<QPushButton>(QStringLiteral("discInfoEmptyOpen"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("discInfoTitle"))->isVisible());
    // No real drive: the scanner's explanation shows in place, not in a dialog.
    auto *hint = inInfoPage<InlineMessage>(QStringLiteral("drivePickerHint"));
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), m_window->driveList()->problem());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("disc-info-empty")));
}

void TestMainWindow::openInfoPage()
{
    if (m_window->currentTask() == QLatin1String("info"))
        return;
    auto *button = find<TaskButton>(QStringLiteral("task_info"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentTask(), QStringLiteral("info"));
    QVERIFY(find<QWidget>(QStringLiteral("discInfoPage"))->isVisible());
    QVERIFY(find<QToolBar>(QStringLiteral("navigationToolBar"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Disc Info"));
}

void TestMainWindow::discInfoReadsIso()
{
    QVERIFY(!m_window->useDrive(QStringLiteral("stdio:") + m_iso).has_value());
    openInfoPage();

    auto *picker = inInfoPage<DrivePicker>(QStringLiteral("drivePicker"));
    QVERIFY(picker);
    QCOMPARE(picker->currentAddress(), QStringLiteral("stdio:") + m_iso);
    QVERIFY(picker->currentMedium().isPlainFile());

    auto *label = find<QLabel>(QStringLiteral("discInfoLabel"));
    auto *status = find<QLabel>(QStringLiteral("discInfoStatus"));
    QVERIFY(label && status);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("SPINDLETEST"), ReadTimeoutMs);
    QCOMPARE(status->text(), mediumStatusText(MediumStatus::Closed));
    QVERIFY(label->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("discInfoError"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoJoliet"))->text(), QStringLiteral("Yes"));
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoRockRidge"))->text(), QStringLiteral("Yes"));
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoUsed"))->text(),
             formatBytes(QFileInfo(m_iso).size()));
    auto *tracks = find<QTableWidget>(QStringLiteral("discInfoTracks"));
    QCOMPARE(tracks->rowCount(), 1);
    QCOMPARE(tracks->item(0, 4)->text(), QStringLiteral("Data"));
    QCOMPARE(tracks->item(0, 3)->text(), formatBytes(QFileInfo(m_iso).size()));
    QTRY_VERIFY(!find<QWidget>(QStringLiteral("discInfoBusy"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("disc-info-iso")));
}

void TestMainWindow::discInfoEmulatedMedium()
{
    // The same file as a written DVD-R: the profile and capacity follow the emulated medium.
    QVERIFY(!m_window->useDrive(m_iso, QStringLiteral("dvd-r")).has_value());
    openInfoPage();
    auto *picker = inInfoPage<DrivePicker>(QStringLiteral("drivePicker"));
    QCOMPARE(picker->currentMedium().key, QStringLiteral("dvd-r"));
    const auto dvd = MediumKind::parse(QStringLiteral("dvd-r"));
    QVERIFY(dvd.ok());
    auto *capacity = find<QLabel>(QStringLiteral("discInfoCapacity"));
    QTRY_COMPARE_WITH_TIMEOUT(capacity->text(), formatBytes(dvd->capacityBytes), ReadTimeoutMs);
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoProfile"))->text(), dvd->profileName);
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoLabel"))->text(), QStringLiteral("SPINDLETEST"));
    // A written write-once disc has no room left.
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoFree"))->text(), formatBytes(0));
}

void TestMainWindow::discInfoBlankVirtualDisc()
{
    const QString blank = m_dir.filePath(QStringLiteral("blank.iso"));
    QVERIFY(!QFile::exists(blank));
    QVERIFY(
        !m_window->useDrive(QStringLiteral("stdio:") + blank, QStringLiteral("cd-r")).has_value());
    openInfoPage();
    auto *status = find<QLabel>(QStringLiteral("discInfoStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), mediumStatusText(MediumStatus::Blank), ReadTimeoutMs);
    QTRY_VERIFY(find<QWidget>(QStringLiteral("discInfoView"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("discInfoNoFilesystem"))->isVisible());
    QVERIFY(!find<QLabel>(QStringLiteral("discInfoLabel"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("discInfoNoTracks"))->isVisible());
    QVERIFY(find<InlineMessage>(QStringLiteral("discInfoNotes"))
                ->text()
                .contains(QStringLiteral("does not exist yet")));
    QTRY_VERIFY(!find<QWidget>(QStringLiteral("discInfoBusy"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("disc-info-blank")));
}

void TestMainWindow::discInfoMissingFolderShowsError()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/disc.iso"));
    QVERIFY(!m_window->useDrive(QStringLiteral("stdio:") + missing).has_value());
    openInfoPage();
    auto *error = find<InlineMessage>(QStringLiteral("discInfoError"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ReadTimeoutMs);
    QCOMPARE(error->kind(), InlineMessage::Kind::Error);
    QVERIFY2(error->text().contains(QStringLiteral("does not exist")), qPrintable(error->text()));
    QVERIFY(error->text().contains(m_dir.filePath(QStringLiteral("no-such-folder"))));
    QVERIFY(!find<QWidget>(QStringLiteral("discInfoView"))->isVisible());
    // The technical detail hides behind the expander until asked for.
    QVERIFY(!error->detail().isEmpty());
    QVERIFY(!error->isDetailExpanded());
    auto *toggle = error->findChild<QToolButton *>(QStringLiteral("inlineMessageDetailToggle"));
    QVERIFY(toggle && toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(error->isDetailExpanded());
    QTRY_VERIFY(!find<QWidget>(QStringLiteral("discInfoBusy"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("disc-info-error")));
}

// An image file shows without a virtual drive: its size, not a disc's capacity, free space,
// erasing and writing; choosing a drive again shows the drive's disc.
void TestMainWindow::discInfoOpensAnImageFile()
{
    QVERIFY(
        !m_window->useDrive(QStringLiteral("stdio:") + m_iso, QStringLiteral("dvd-r")).has_value());
    openInfoPage();
    auto *page = find<DiscInfoPage>(QStringLiteral("discInfoPage"));
    auto *profile = find<QLabel>(QStringLiteral("discInfoProfile"));
    const QString dvdR = MediumKind::parse(QStringLiteral("dvd-r"))->profileName;
    QTRY_COMPARE_WITH_TIMEOUT(profile->text(), dvdR, ReadTimeoutMs);
    QTRY_VERIFY(!page->isReading());
    const int drivesBefore = int(m_window->driveList()->drives().size());

    page->openImage(m_iso);
    QTRY_COMPARE_WITH_TIMEOUT(profile->text(), QStringLiteral("Image file"), ReadTimeoutMs);
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoTitle"))->text(), QFileInfo(m_iso).fileName());
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoLabel"))->text(), QStringLiteral("SPINDLETEST"));
    QCOMPARE(find<QLabel>(QStringLiteral("discInfoUsed"))->text(),
             formatBytes(QFileInfo(m_iso).size()));
    for (const char *discOnly :
         {"discInfoCapacity", "discInfoFree", "discInfoErasable", "discInfoWritable"})
        QVERIFY2(!find<QLabel>(QLatin1String(discOnly))->isVisible(), discOnly);
    QCOMPARE(m_window->driveList()->drives().size(), drivesBefore); // no virtual drive added
    QTRY_VERIFY(!find<QWidget>(QStringLiteral("discInfoBusy"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("disc-info-image")));

    auto *picker = inInfoPage<DrivePicker>(QStringLiteral("drivePicker"));
    Q_EMIT picker->driveActivated(); // the person picks the drive again in the list
    QTRY_COMPARE_WITH_TIMEOUT(profile->text(), dvdR, ReadTimeoutMs);
    QVERIFY(page->imagePath().isEmpty());
    QVERIFY(find<QLabel>(QStringLiteral("discInfoCapacity"))->isVisible());

    page->openImage(m_dir.filePath(QStringLiteral("missing.iso")));
    auto *error = find<InlineMessage>(QStringLiteral("discInfoError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), ReadTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("does not exist")), qPrintable(error->text()));
    Q_EMIT picker->driveActivated();
    QTRY_COMPARE_WITH_TIMEOUT(profile->text(), dvdR, ReadTimeoutMs);
}

void TestMainWindow::addVirtualDriveDialog()
{
    openInfoPage();
    auto *add = inInfoPage<QToolButton>(QStringLiteral("drivePickerAdd"));
    QVERIFY(add);
    add->click();
    AddVirtualDriveDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddVirtualDriveDialog *>()) && dialog->isVisible());

    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no file chosen yet
    const QString newDisc = m_dir.filePath(QStringLiteral("new-disc.iso"));
    dialog->findChild<QLineEdit *>(QStringLiteral("virtualDrivePath"))->setText(newDisc);
    auto *medium = dialog->findChild<QComboBox *>(QStringLiteral("virtualDriveMedium"));
    medium->setCurrentIndex(medium->findData(QStringLiteral("dvd+rw")));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("virtualDriveFileState"))
                ->text()
                .contains(QStringLiteral("blank")));
    // A custom size that does not parse blocks OK with an explanation.
    medium->setCurrentIndex(medium->findData(QStringLiteral("custom")));
    dialog->findChild<QLineEdit *>(QStringLiteral("virtualDriveCustomSize"))
        ->setText(QStringLiteral("lots"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<InlineMessage *>(QStringLiteral("virtualDriveProblem"))->isVisible());
    QVERIFY(GuiTest::saveScreenshot(dialog, QStringLiteral("add-virtual-drive-dialog-invalid")));
    medium->setCurrentIndex(medium->findData(QStringLiteral("dvd+rw")));
    QVERIFY(ok->isEnabled());
    QVERIFY(GuiTest::saveScreenshot(dialog, QStringLiteral("add-virtual-drive-dialog")));

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<AddVirtualDriveDialog *>());
    auto *picker = inInfoPage<DrivePicker>(QStringLiteral("drivePicker"));
    const QString address = QStringLiteral("stdio:") + newDisc;
    QCOMPARE(picker->currentAddress(), address);
    QCOMPARE(picker->currentMedium().key, QStringLiteral("dvd+rw"));
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("discInfoStatus"))->text(),
                              mediumStatusText(MediumStatus::Blank), ReadTimeoutMs);

    // Added through the dialog, so remembered for the next run (unlike --drive ones).
    DriveList nextRun;
    const auto remembered = nextRun.find(address);
    QVERIFY(remembered.has_value());
    QCOMPARE(remembered->medium.key, QStringLiteral("dvd+rw"));
    QVERIFY(!nextRun.find(QStringLiteral("stdio:") + m_iso).has_value());
    QCOMPARE(QSettings().value(QStringLiteral("discInfo/drive")).toString(), address);
}

void TestMainWindow::aboutDialog()
{
    auto *action = find<QAction>(QStringLiteral("actionAbout"));
    QVERIFY(action);
    action->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    const LibraryVersions versions = BurnLibrary::versions();
    QVERIFY(!versions.libburn.isEmpty());
    QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutVersion_libburn"))->text(),
             versions.libburn);
    QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutVersion_libisofs"))->text(),
             versions.libisofs);
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutName"))
                ->text()
                .contains(QStringLiteral(SPINDLE_VERSION)));
    QVERIFY(GuiTest::saveScreenshot(about, QStringLiteral("about-dialog")));
    about->close();
    QTRY_VERIFY(!m_window->findChild<AboutDialog *>());
}

void TestMainWindow::backToStartPage()
{
    openInfoPage();
    find<QAction>(QStringLiteral("actionBack"))->trigger();
    QCOMPARE(m_window->currentTask(), QString());
    QVERIFY(find<QWidget>(QStringLiteral("startPage"))->isVisible());
    QVERIFY(!m_window->showTask(QStringLiteral("no-such-task")));
    QVERIFY(m_window->showTask(QStringLiteral("info")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Disc Info – Spindle"));
}

void TestMainWindow::useDriveRejectsBadInput()
{
    const auto badMedium = m_window->useDrive(m_iso, QStringLiteral("floppy"));
    QVERIFY(badMedium.has_value());
    QVERIFY2(badMedium->message.contains(QStringLiteral("floppy")), qPrintable(badMedium->message));
    const auto mediumForDevice =
        m_window->useDrive(QStringLiteral("/dev/sr7"), QStringLiteral("dvd-r"));
    QVERIFY(mediumForDevice.has_value());
}

void TestMainWindow::cleanupTestCase()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestMainWindow>(argc, argv);
}

#include "tst_mainwindow.moc"
