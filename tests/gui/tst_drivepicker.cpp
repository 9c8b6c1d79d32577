#include "guitest.h"

#include "device/drivemonitor.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "fixtures.h"
#include "inlinemessage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

using namespace Spindle;
using Spindle::Test::makeIso;

namespace {

constexpr int ScanTimeoutMs = 10000;
const QString NoDrive = QStringLiteral("No optical drive was found (test scan).");

} // namespace

// The drive pickers of several pages over one DriveList whose scans a test decides (the
// setScanFunction seam): the "no drive" note closed once is closed on every page until the
// drive situation changes; the virtual drive actions behind the arrow button.
class TestDrivePicker final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // What the next scan finds: a drive, or none (and the note says so).
    static void useScan(DriveList &drives, const std::shared_ptr<std::atomic_bool> &found)
    {
        drives.setScanFunction([found] {
            DriveScanResult result;
            if (*found) {
                DriveInfo drive;
                drive.address = QStringLiteral("/dev/sr0");
                drive.vendor = QStringLiteral("TEST");
                drive.model = QStringLiteral("Writer");
                result.drives << drive;
            } else {
                result.problem = NoDrive;
                result.noDevice = true;
            }
            return result;
        });
    }

    // Until the scan's result is in: the list says it stopped scanning when it took it.
    static bool scan(DriveList &drives)
    {
        QSignalSpy scanning(&drives, &DriveList::scanningChanged);
        drives.refresh();
        return QTest::qWaitFor(
            [&] { return !scanning.isEmpty() && !scanning.last().first().toBool(); },
            ScanTimeoutMs);
    }

    static InlineMessage *note(DrivePicker *picker)
    {
        return picker->findChild<InlineMessage *>(QStringLiteral("drivePickerHint"));
    }

private Q_SLOTS:
    void closedNoteStaysClosedOnEveryPage()
    {
        DriveList drives;
        auto found = std::make_shared<std::atomic_bool>(false);
        useScan(drives, found);
        // Two pages, each with its own picker, as in the main window.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *first = new DrivePicker(&drives, &window);
        auto *second = new DrivePicker(&drives, &window);
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        QVERIFY(scan(drives));
        QVERIFY(note(first)->isVisible());
        QVERIFY(note(second)->isVisible());
        QCOMPARE(note(first)->text(), NoDrive);
        GuiTest::saveScreenshot(&window, QStringLiteral("drivepicker-no-drive"));

        auto *close = note(first)->findChild<QToolButton *>(QStringLiteral("inlineMessageClose"));
        QVERIFY(close && close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!note(first)->isVisible());
        QVERIFY(!note(second)->isVisible());
        QVERIFY(drives.isProblemDismissed());
        // A page made later (the main window makes pages as they are first shown) too.
        auto *later = new DrivePicker(&drives, &window);
        layout->addWidget(later);
        QVERIFY(!note(later)->isVisible());
        // The same finding again does not bring it back.
        QVERIFY(scan(drives));
        QVERIFY(!note(first)->isVisible());
        QVERIFY(!note(later)->isVisible());

        // A drive comes, then goes: that is news, on every page.
        *found = true;
        QVERIFY(scan(drives));
        QVERIFY(!note(first)->isVisible());
        QCOMPARE(first->currentAddress(), QStringLiteral("/dev/sr0"));
        *found = false;
        QVERIFY(scan(drives));
        QVERIFY(note(first)->isVisible());
        QVERIFY(note(second)->isVisible());
        QVERIFY(note(later)->isVisible());
        QVERIFY(!drives.isProblemDismissed());
    }

    // "No optical drive" is answered by a virtual drive: the note goes while one is listed.
    // A drive Spindle may not use is still worth saying with a virtual drive listed.
    void noDriveNoteGoesWithAVirtualDrive()
    {
        QVERIFY(m_dir.isValid());
        DriveList drives;
        auto found = std::make_shared<std::atomic_bool>(false);
        useScan(drives, found);
        DrivePicker picker(&drives);
        picker.show();
        QVERIFY(scan(drives));
        QVERIFY(note(&picker)->isVisible());
        const QString disc = m_dir.filePath(QStringLiteral("virtual.iso"));
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("dvd-r"), false).ok());
        QVERIFY(!note(&picker)->isVisible());
        QVERIFY(scan(drives));
        QVERIFY(!note(&picker)->isVisible());
        drives.removeVirtualDrive(QStringLiteral("stdio:") + disc);
        QVERIFY(note(&picker)->isVisible());

        const QString denied = QStringLiteral("Spindle may not use /dev/sr0 (test scan).");
        drives.setScanFunction([denied] {
            DriveScanResult result;
            result.problem = denied;
            return result;
        });
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("dvd-r"), false).ok());
        QVERIFY(scan(drives));
        QVERIFY(note(&picker)->isVisible());
        QCOMPARE(note(&picker)->text(), denied);
    }

    // Each drive in the list says what is in it, and says it again when the disc changes.
    void listSaysWhatIsInEachDrive()
    {
        QVERIFY(m_dir.isValid());
        DriveList drives;
        auto found = std::make_shared<std::atomic_bool>(false);
        useScan(drives, found);
        DrivePicker picker(&drives);
        picker.show();
        const QString disc = m_dir.filePath(QStringLiteral("contents.iso"));
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("cd-r"), false).ok());
        picker.setCurrentAddress(disc);
        auto *combo = picker.findChild<QComboBox *>();
        QVERIFY(combo);
        QTRY_VERIFY2(combo->currentText().endsWith(QStringLiteral("Blank CD-R")),
                     qPrintable(combo->currentText()));
        drives.startMonitoring(100);
        // The monitor's first poll only learns how things are: change the disc after it.
        auto *monitor = drives.findChild<DriveMonitor *>();
        QVERIFY(monitor);
        QTRY_VERIFY(monitor->hasBaseline());
        QVERIFY(QFile::copy(makeIso(m_dir.path(), QStringLiteral("src.iso"),
                                    QStringLiteral("PICNIC"), {QStringLiteral("a.txt=a")}),
                            disc));
        QTRY_VERIFY2(combo->currentText().endsWith(QStringLiteral("CD-R PICNIC")),
                     qPrintable(combo->currentText()));
    }

    void moreButtonRemovesTheVirtualDrive()
    {
        QVERIFY(m_dir.isValid());
        DriveList drives;
        auto found = std::make_shared<std::atomic_bool>(true);
        useScan(drives, found);
        const QString disc = m_dir.filePath(QStringLiteral("disc.iso"));
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("dvd-r"), false).ok());
        DrivePicker picker(&drives);
        picker.show();
        QVERIFY(scan(drives));
        auto *add = picker.findChild<QToolButton *>(QStringLiteral("drivePickerAdd"));
        auto *more = picker.findChild<QToolButton *>(QStringLiteral("drivePickerMore"));
        auto *refresh = picker.findChild<QToolButton *>(QStringLiteral("drivePickerRefresh"));
        QVERIFY(add && more && refresh);
        // The arrow is a whole button beside Add, not a split part of it, as tall as its
        // neighbours.
        QVERIFY(!add->menu());
        QCOMPARE(more->height(), add->height());
        QVERIFY(more->width() >= more->sizeHint().width());
        QVERIFY(more->geometry().left() >= add->geometry().right());

        auto *menu = picker.findChild<QMenu *>(QStringLiteral("drivePickerMenu"));
        auto *remove = picker.findChild<QAction *>(QStringLiteral("drivePickerRemove"));
        QVERIFY(menu && remove);
        // A real drive is chosen: nothing to remove.
        picker.setCurrentAddress(QStringLiteral("/dev/sr0"));
        QCOMPARE(picker.currentAddress(), QStringLiteral("/dev/sr0"));
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!remove->isEnabled());
        menu->hide();

        picker.setCurrentAddress(disc);
        QCOMPARE(picker.currentAddress(), QStringLiteral("stdio:") + disc);
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(remove->isEnabled());
        GuiTest::saveScreenshot(&picker, QStringLiteral("drivepicker-more"));
        remove->trigger();
        menu->hide();
        QVERIFY(!drives.find(QStringLiteral("stdio:") + disc).has_value());
        QCOMPARE(picker.currentAddress(), QStringLiteral("/dev/sr0"));
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestDrivePicker>(argc, argv);
}

#include "tst_drivepicker.moc"
