#include "guitest.h"

#include "burnnewimagedialog.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "messagebox.h"
#include "newimagepage.h"
#include "tree/imagetree.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Spindle;

// The "New image" page driven through its widgets (found by objectName), on the ipxe fixture.
class TestNewImagePage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A folder of files of the given sizes (sparse), and optionally links.
    QString makeFolder(const QString &name, const QList<std::pair<QString, qint64>> &files,
                       const QList<std::pair<QString, QString>> &links = {})
    {
        const QString root = m_dir.filePath(name);
        for (const auto &[path, size] : files) {
            QFile file(root + QLatin1Char('/') + path);
            if (!QDir().mkpath(QFileInfo(file).absolutePath()) ||
                !file.open(QIODevice::WriteOnly) || !file.resize(size))
                return {};
        }
        for (const auto &[link, target] : links) {
            if (!QFile::link(target, root + QLatin1Char('/') + link))
                return {};
        }
        return root;
    }

    // Adds `source` and waits for the tree that holds it (a new tree: the one before may
    // hold the same path).
    static bool load(NewImagePage &page, const QString &source, const QByteArray &expected)
    {
        const auto before = page.model()->tree();
        return page.addSource(source) && QTest::qWaitFor([&] {
                   const auto tree = page.model()->tree();
                   return !page.isLoading() && tree && tree != before && tree->find(expected) >= 0;
               });
    }

    static bool untick(NewImagePage &page, const QByteArray &path)
    {
        const int entry = page.model()->tree()->find(path);
        return entry >= 0 && page.model()->setData(page.model()->indexForEntry(entry),
                                                   Qt::Unchecked, Qt::CheckStateRole);
    }

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
        // ISOLINUX's configuration loads it, so the tree asks first; no boot message before.
        auto *bootMessage = page.findChild<InlineMessage *>(QStringLiteral("bootMessage"));
        QVERIFY(bootMessage && bootMessage->isHidden());
        const QModelIndex krn =
            page.model()->indexForEntry(page.model()->tree()->find("/ipxe.krn"));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(view->model()->setData(krn, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("/ipxe.krn is needed")),
                 qPrintable(MessageBox::lastQuestion()));
        // The page names it above Write image… and Burn….
        QVERIFY(bootMessage->isVisible());
        QVERIFY2(bootMessage->text().contains(QStringLiteral("/ipxe.krn")),
                 qPrintable(bootMessage->text()));
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

    // What boot replay cannot keep of the source (here xorriso's MIPS volume header) is named
    // above Write image… as soon as the image is open; Clear takes the message away.
    void bootNotKeptShownBeforeWriting()
    {
        const QString iso = Test::makeIso(
            m_dir.path(), QStringLiteral("mips.iso"), QStringLiteral("MIPS"),
            {QStringLiteral("mips.boot=m")},
            {QStringLiteral("-R"), QStringLiteral("-mips-boot"), QStringLiteral("/mips.boot")});
        QVERIFY(!iso.isEmpty());
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1100, 700);
        page.show();
        QVERIFY(page.addSource(iso));
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->tree());
        auto *bootMessage = page.findChild<InlineMessage *>(QStringLiteral("bootMessage"));
        QVERIFY(bootMessage);
        QTRY_VERIFY(bootMessage->isVisible());
        QCOMPARE(bootMessage->text(),
                 QStringLiteral("The new image cannot keep all of the source's boot setup. Not "
                                "kept: the MIPS volume header in the system area."));
        QCOMPARE(bootMessage->kind(), InlineMessage::Kind::Warning);
        page.clearSources();
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(bootMessage->isHidden());
    }

    // Clear starts over: the next source comes with none of the previous one's patterns.
    // Adding a source to another keeps them.
    void clearResetsPatterns()
    {
        const QString first =
            makeFolder(QStringLiteral("first"),
                       {{QStringLiteral("keep.txt"), 10}, {QStringLiteral("drop/big.bin"), 5000}});
        const QString second =
            makeFolder(QStringLiteral("second"), {{QStringLiteral("drop/other.bin"), 7000},
                                                  {QStringLiteral("notes.txt"), 20}});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        DriveList drives;
        NewImagePage page(&drives);
        page.show();
        auto *patterns = page.findChild<QPlainTextEdit *>(QStringLiteral("patterns"));
        QVERIFY(load(page, first, "/drop/big.bin"));
        QVERIFY(untick(page, "/drop"));
        QCOMPARE(patterns->toPlainText().trimmed(), QStringLiteral("/drop"));
        // A second source joins the first: the pattern still applies to the whole.
        QVERIFY(load(page, second, "/drop/other.bin"));
        QCOMPARE(patterns->toPlainText().trimmed(), QStringLiteral("/drop"));
        QCOMPARE(page.model()->selectedFiles(), 2);

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("clearSources")),
                          Qt::LeftButton);
        QVERIFY(patterns->toPlainText().isEmpty());
        QTRY_VERIFY(!page.isLoading() && page.model()->tree() &&
                    page.model()->tree()->find("/drop") < 0);
        QVERIFY(load(page, second, "/drop/other.bin"));
        QVERIFY(patterns->toPlainText().isEmpty());
        QCOMPARE(page.model()->selectedFiles(), 2); // all of it
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("undoSelection"))->isEnabled());
    }

    // "Write image…" with a name typed without a suffix writes NAME.iso, and the next save
    // dialog starts in that folder.
    void writeAddsIsoSuffix()
    {
        const QString source =
            makeFolder(QStringLiteral("suffix"), {{QStringLiteral("a.txt"), 10}});
        QVERIFY(!source.isEmpty());
        const QString target = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        DriveList drives;
        NewImagePage page(&drives);
        page.show();
        QVERIFY(load(page, source, "/a.txt"));
        NewImagePage::setNextFileName(target + QStringLiteral("/plain"));
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        QTRY_VERIFY(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target + QStringLiteral("/plain.iso")), 30000);
        QTRY_VERIFY(write->isEnabled());
        QVERIFY(!QFile::exists(target + QStringLiteral("/plain")));
        QCOMPARE(QSettings().value(QStringLiteral("newImage/writeFolder")).toString(), target);
    }

    // The save dialog of "Write image…" proposes a name made of the image's label.
    void writeProposesTheLabel()
    {
        const QString source = makeFolder(QStringLiteral("label"), {{QStringLiteral("a.txt"), 10}});
        QVERIFY(!source.isEmpty());
        DriveList drives;
        NewImagePage page(&drives);
        page.show();
        QVERIFY(load(page, source, "/a.txt"));
        page.findChild<QLineEdit *>(QStringLiteral("imageLabel"))
            ->setText(QStringLiteral("MY DISC"));
        QString proposed;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
                dialog->reject();
            }
        });
        poll.start(50);
        auto *write = page.findChild<QPushButton *>(QStringLiteral("writeImage"));
        QTRY_VERIFY(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_COMPARE(proposed, QStringLiteral("MY_DISC.iso"));
    }

    // Image… with a source open asks whether to replace it or add to it; a second image goes
    // in as a file. No error on the page cites spindle-cli's options.
    void imageAsksReplaceOrAdd()
    {
        const QString ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        const QString folder =
            makeFolder(QStringLiteral("replaceadd"), {{QStringLiteral("notes.txt"), 10}});
        QVERIFY(!folder.isEmpty());
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1100, 700);
        page.show();
        auto *image = page.findChild<QPushButton *>(QStringLiteral("addImage"));
        auto *patterns = page.findChild<QPlainTextEdit *>(QStringLiteral("patterns"));
        auto *message = page.findChild<InlineMessage *>(QStringLiteral("newImageMessage"));
        QVERIFY(load(page, folder, "/notes.txt"));
        QVERIFY(untick(page, "/notes.txt"));
        auto waitFor = [&](const QByteArray &path) {
            return QTest::qWaitFor([&] {
                return !page.isLoading() && page.model()->tree() &&
                       page.model()->tree()->find(path) >= 0;
            });
        };

        // Added to the folder: the image is the base, the folder's file stays.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        NewImagePage::setNextFileName(ipxe);
        QTest::mouseClick(image, Qt::LeftButton);
        QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("replaceadd")));
        QVERIFY(waitFor("/ipxe.krn"));
        QVERIFY(page.model()->tree()->find("/notes.txt") >= 0);
        QCOMPARE(patterns->toPlainText().trimmed(), QStringLiteral("/notes.txt"));

        // A second image goes in as a file, asked through a real box (for its screenshot).
        QString asked;
        QTimer::singleShot(0, &page, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box->text();
            GuiTest::saveScreenshot(box, QStringLiteral("newimage-replace-or-add"));
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Add as a file"))
                    b->click();
        });
        NewImagePage::setNextFileName(ipxe);
        QTest::mouseClick(image, Qt::LeftButton);
        QVERIFY2(asked.contains(QLatin1String("as a file")), qPrintable(asked));
        QVERIFY(waitFor("/ipxe.iso"));
        QVERIFY(page.model()->tree()->find("/ipxe.krn") >= 0);
        QVERIFY(page.model()->tree()->find("/notes.txt") >= 0);
        QVERIFY(message->isHidden());

        // Cancel changes nothing.
        const auto tree = page.model()->tree();
        MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
        NewImagePage::setNextFileName(ipxe);
        QTest::mouseClick(image, Qt::LeftButton);
        QVERIFY(!page.isLoading());
        QCOMPARE(page.model()->tree(), tree);

        // Replace starts over from the image, without the patterns written for the folder.
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        NewImagePage::setNextFileName(ipxe);
        QTest::mouseClick(image, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] {
            return !page.isLoading() && page.model()->tree() != tree &&
                   page.model()->tree()->find("/notes.txt") < 0;
        }));
        QVERIFY(page.model()->tree()->find("/ipxe.krn") >= 0);
        QVERIFY(patterns->toPlainText().isEmpty());

        // A second image given another way (a disc, a drop) is refused in the GUI's words.
        QVERIFY(page.addSource(ipxe));
        QTRY_VERIFY(!page.isLoading() && message->isVisible());
        QVERIFY2(!message->text().contains(QLatin1String("spindle-cli")) &&
                     !message->text().contains(QLatin1String("--add")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("Only one image or disc")));
        // So is a file named as an image that is none.
        const QString fake = m_dir.filePath(QStringLiteral("fake.iso"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(70000, 'x')) == 70000);
        f.close();
        QVERIFY(!page.addSource(fake));
        QVERIFY(message->text().contains(QLatin1String("not a disc image")));
        QVERIFY2(!message->text().contains(QLatin1String("--add")), qPrintable(message->text()));
    }

    // Every size in the tree fits its column; the Info column shows only when a row has
    // something for it (here a link's target).
    void columnsFitTheirContent()
    {
        const QString plain = makeFolder(
            QStringLiteral("plain"), {{QStringLiteral("Software/setup-tools.tar.gz"), 3'170'000},
                                      {QStringLiteral("Photos/Lake/IMG_0412.jpg"), 2'660'000},
                                      {QStringLiteral("Photos/Lake/IMG_0413.jpg"), 2'510'000},
                                      {QStringLiteral("Photos/Garden/IMG_0502.jpg"), 4'620'000},
                                      {QStringLiteral("Videos/raw/lake-drone-4k.mov"), 64'000'000},
                                      {QStringLiteral("Videos/lake-drone.mp4"), 144'000'000}});
        QVERIFY(!plain.isEmpty());
        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1000, 700);
        page.show();
        QVERIFY(load(page, plain, "/Photos/Lake/IMG_0413.jpg"));
        for (const char *path :
             {"/Software/setup-tools.tar.gz", "/Photos/Lake/IMG_0413.jpg", "/Videos/raw"})
            QVERIFY(untick(page, path));
        auto *view = page.findChild<QTreeView *>(QStringLiteral("imageTree"));
        view->expandAll();
        QTest::qWait(50);
        QVERIFY(view->isColumnHidden(ImageTreeModel::InfoColumn));
        const QFontMetrics metrics(view->font());
        const int sizeWidth = view->columnWidth(ImageTreeModel::SizeColumn);
        QStringList seen;
        std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
            for (int row = 0; row < page.model()->rowCount(parent); ++row) {
                const QModelIndex index = page.model()->index(row, 0, parent);
                const QString text =
                    index.siblingAtColumn(ImageTreeModel::SizeColumn).data().toString();
                seen << text;
                QVERIFY2(metrics.horizontalAdvance(text) + 6 <= sizeWidth,
                         qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(sizeWidth)));
                check(index);
            }
        };
        check({});
        QVERIFY2(seen.contains(QStringLiteral("0 bytes of 3.17 MB")), qPrintable(seen.join(u'|')));
        QVERIFY(seen.contains(QStringLiteral("2.66 MB of 5.17 MB")));
        QVERIFY(seen.contains(QStringLiteral("0 bytes of 64.0 MB")));
        // The names keep most of the room.
        QVERIFY(view->columnWidth(ImageTreeModel::NameColumn) > sizeWidth);
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-columns"));

        const QString linked =
            makeFolder(QStringLiteral("linked"), {{QStringLiteral("data/file.txt"), 10}},
                       {{QStringLiteral("latest"), QStringLiteral("data")}});
        QVERIFY(!linked.isEmpty());
        page.clearSources();
        QVERIFY(load(page, linked, "/latest"));
        QVERIFY(!view->isColumnHidden(ImageTreeModel::InfoColumn));
        QCOMPARE(page.model()
                     ->indexForEntry(page.model()->tree()->find("/latest"))
                     .siblingAtColumn(ImageTreeModel::InfoColumn)
                     .data()
                     .toString(),
                 QStringLiteral("→ data"));
        QVERIFY(view->columnWidth(ImageTreeModel::InfoColumn) > 0);
    }

    // Without an optical drive the picker's note takes a row of its own under the drive row,
    // as wide as the page, and the drive list has room for its text.
    void driveRowHasRoom()
    {
        const QString disc = m_dir.filePath(QStringLiteral("projects.iso"));
        QVERIFY(QFile::copy(QStringLiteral("/usr/lib/ipxe/ipxe.iso"), disc));
        DriveList drives;
        drives.setScanFunction([] {
            DriveScanResult result;
            result.problem = QStringLiteral("No optical drive was found. Connect a drive, or "
                                            "add a virtual drive to work with image files.");
            return result;
        });
        QVERIFY(drives.addVirtualDrive(disc, QStringLiteral("dvd-r"), false).ok());
        NewImagePage page(&drives);
        page.resize(1000, 700);
        page.show();
        drives.refresh();
        QTRY_VERIFY(drives.hasScanned() && !drives.isScanning());
        auto *picker = page.findChild<DrivePicker *>(QStringLiteral("newImageDrivePicker"));
        auto *note = picker->findChild<InlineMessage *>(QStringLiteral("drivePickerHint"));
        auto *combo = picker->findChild<QComboBox *>(QStringLiteral("drivePickerCombo"));
        auto *useDisc = page.findChild<QPushButton *>(QStringLiteral("addDisc"));
        QVERIFY(note && combo && useDisc);
        QTRY_VERIFY(note->isVisible());
        QTest::qWait(50);
        auto inPage = [&page](const QWidget *w) {
            return QRect(w->mapTo(&page, QPoint(0, 0)), w->size());
        };
        QVERIFY2(inPage(note).width() >= page.width() * 9 / 10,
                 qPrintable(QString::number(inPage(note).width())));
        QVERIFY(inPage(note).top() > inPage(combo).bottom());
        QVERIFY(inPage(note).top() > inPage(useDisc).bottom());
        // One line: the note is not squeezed into a narrow box.
        QVERIFY(note->height() < 3 * note->fontMetrics().height() + 20);

        // The drive, then what is in it once looked at.
        QTRY_VERIFY2(
            combo->currentText().startsWith(QStringLiteral("Virtual drive: projects.iso — DVD-R ")),
            qPrintable(combo->currentText()));
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()) +
                             combo->iconSize().width() + 4,
                         combo->fontMetrics().height());
        const int needed =
            combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
        QVERIFY2(combo->width() >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(combo->width()).arg(needed)));
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-no-drive"));
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

    // The page names the drive roles: the disc read from ("Source disc") and the drive Burn…
    // writes to ("Burn to"). The fit bar measures against the blank CD-R in the Burn to drive
    // (737 MB, not the DVD preset), gives back the size the person chose when that drive holds
    // nothing to burn to, the Burn dialog opens on the Burn to drive, and the burn's speeds are
    // in CD × (153.6 kB/s of data), not DVD × (1385 kB/s).
    void burnToDriveRoles()
    {
        if (QStorageInfo(m_dir.path()).bytesAvailable() < qint64(1) << 30)
            QSKIP("A virtual CD-R offers the file system's free space when that is less.");
        const QString ipxe = QStringLiteral("/usr/lib/ipxe/ipxe.iso");
        const QString written = m_dir.filePath(QStringLiteral("roles-written.iso"));
        const QString cd = m_dir.filePath(QStringLiteral("roles-blank-cd.iso"));
        QVERIFY(QFile::copy(ipxe, written));
        DriveList drives;
        QVERIFY(drives.addVirtualDrive(written, QStringLiteral("dvd-r"), false).ok());
        QVERIFY(drives.addVirtualDrive(cd, QStringLiteral("cd-r"), false).ok());
        NewImagePage page(&drives);
        page.resize(1024, 700);
        page.show();

        auto *source = page.findChild<DrivePicker *>(QStringLiteral("newImageDrivePicker"));
        auto *burnTo = page.findChild<DrivePicker *>(QStringLiteral("burnToDrivePicker"));
        QVERIFY(source && burnTo);
        auto labelOf = [](DrivePicker *picker) {
            return picker->findChild<QLabel *>(QStringLiteral("drivePickerLabel"))->text();
        };
        QCOMPARE(labelOf(source), QStringLiteral("Source &disc:"));
        QCOMPARE(labelOf(burnTo), QStringLiteral("Burn &to:"));

        auto *preset = page.findChild<QComboBox *>(QStringLiteral("fitPreset"));
        auto *fitText = page.findChild<QLabel *>(QStringLiteral("fitText"));
        QVERIFY(preset && fitText);
        // The person measures against a BD while no disc to burn to is known.
        burnTo->setCurrentAddress(QStringLiteral("stdio:") + written); // closed DVD-R: no room
        const int bd = preset->findText(QStringLiteral("BD "), Qt::MatchStartsWith);
        QVERIFY(bd >= 0);
        preset->setCurrentIndex(bd);
        Q_EMIT preset->activated(bd);
        QTest::qWait(300);
        QVERIFY2(preset->currentText().startsWith(QStringLiteral("BD ")),
                 qPrintable(preset->currentText()));

        // A blank CD-R to burn to: the fit bar measures against it.
        burnTo->setCurrentAddress(QStringLiteral("stdio:") + cd);
        QTRY_VERIFY2(preset->currentText().startsWith(QStringLiteral("CD-R 737 MB")),
                     qPrintable(preset->currentText()));
        QTRY_VERIFY2(fitText->text().endsWith(QStringLiteral("; 737 MB free")), // nothing added
                     qPrintable(fitText->text()));
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-burn-to"));

        // Back to a drive with nothing to burn to: the BD the person chose.
        burnTo->setCurrentAddress(QStringLiteral("stdio:") + written);
        QTRY_VERIFY2(preset->currentText().startsWith(QStringLiteral("BD ")),
                     qPrintable(preset->currentText()));
        QVERIFY(fitText->text().contains(QStringLiteral(" GB")));
        burnTo->setCurrentAddress(QStringLiteral("stdio:") + cd);
        QTRY_VERIFY(preset->currentText().startsWith(QStringLiteral("CD-R 737 MB")));

        // Burn…: the dialog offers the Burn to drive, named so.
        QVERIFY(load(page, ipxe, "/ipxe.krn"));
        auto *burn = page.findChild<QPushButton *>(QStringLiteral("burnNewImage"));
        QTRY_VERIFY(burn->isEnabled());
        QTest::mouseClick(burn, Qt::LeftButton);
        auto *dialog = page.findChild<BurnNewImageDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->drivePicker()->currentAddress(), QStringLiteral("stdio:") + cd);
        QCOMPARE(labelOf(dialog->drivePicker()), QStringLiteral("Burn &to:"));
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("burnDialogStart"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        QVERIFY2(
            dialog->speedBase() == SpeedBase::Cd,
            qPrintable(dialog->findChild<QLabel *>(QStringLiteral("burnDialogTarget"))->text()));
        dialog->findChild<QCheckBox *>(QStringLiteral("burnVerify"))->setChecked(false);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(!burn->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(burn->isEnabled(), 60000);
        QVERIFY(QFileInfo(cd).size() > 1000000);

        // "174.8 MB/s (1138×) on average": × of 153.6 kB/s, a CD's data rate.
        auto *speed =
            page.findChild<JobProgressPanel *>()->findChild<QLabel *>(QStringLiteral("jobSpeed"));
        static const QRegularExpression rate(QStringLiteral("([0-9.]+) MB/s \\(([0-9.]+)×\\)"));
        const QString text = speed->text().remove(QLatin1Char(','));
        const QRegularExpressionMatch m = rate.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const double mbps = m.captured(1).toDouble();
        const double x = m.captured(2).toDouble();
        QVERIFY2(mbps > 0 && qAbs(x * 0.1536 / mbps - 1.0) < 0.1, qPrintable(text));
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestNewImagePage>(argc, argv);
}
#include "tst_newimagepage.moc"
