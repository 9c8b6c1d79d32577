#include "badsectordisc.h"
#include "fixtures.h"
#include "guitest.h"

#include "copydiscpage.h"
#include "drivelist.h"
#include "drivepicker.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Spindle;
using namespace Spindle::Test;

// The Copy disc page on virtual drives: with two drives the copy is burned as the disc is read;
// with one, the page's question for a blank disc is answered after the virtual disc was
// emptied, and the temporary image is gone afterwards. Copies are compared with cmp.
class TestCopyDiscPage final : public QObject
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
    static QStringList temporaryImages()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .entryList({QStringLiteral("copy-*")}, QDir::AllEntries | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString content = QStringLiteral("line of text\n").repeated(80000);
        m_iso = makeIso(m_dir.path(), QStringLiteral("original.iso"), QStringLiteral("ORIGINAL"),
                        {QStringLiteral("notes.txt=") + content});
        QVERIFY2(!m_iso.isEmpty(),
                 "xorriso could not make the image (installer/debian-packages.txt)");
        m_drives = std::make_unique<DriveList>();
    }

    void twoDrives()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.iso"));
        const QString target = m_dir.filePath(QStringLiteral("target.iso"));
        QVERIFY(QFile::copy(m_iso, source));
        QVERIFY(m_drives->addVirtualDrive(source, QStringLiteral("cd-r"), false).ok());
        QVERIFY(m_drives->addVirtualDrive(target, QStringLiteral("cd-r"), false).ok());
        CopyDiscPage page(m_drives.get());
        page.resize(900, 800);
        page.show();
        page.sourcePicker()->setCurrentAddress(QStringLiteral("stdio:") + source);
        page.targetPicker()->setCurrentAddress(QStringLiteral("stdio:") + target);
        auto *mode = page.findChild<QLabel *>(QStringLiteral("copyDiscMode"));
        QTRY_VERIFY_WITH_TIMEOUT(mode->text().contains(QLatin1String("Two drives")), 20000);
        auto *start = page.findChild<QPushButton *>(QStringLiteral("copyDiscStart"));
        QVERIFY(start->isEnabled());
        QVERIFY2(page.minimumSizeHint().width() <= 880,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
        GuiTest::saveScreenshot(&page, QStringLiteral("copy-disc-page"));
        page.findChild<QCheckBox *>(QStringLiteral("burnVerify"))->setChecked(true);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY(same(m_iso, target));
    }

    // A scratched source ends the copy; the page says what to do in the GUI's words: never a
    // spindle-cli command or option (Error::guiMessage reaches the job's result).
    void unreadableSourceAdvisesInGuiWords()
    {
        const qint64 sector = fileStartBlock(m_iso, QStringLiteral("/notes.txt"));
        QVERIFY(sector > 0);
        BadSectorDisc scratched(m_iso, {sector + 2});
        QVERIFY2(scratched.isMounted(), qPrintable(scratched.errorText()));
        const QString target = m_dir.filePath(QStringLiteral("scratched-target.iso"));
        QVERIFY(m_drives->addVirtualDrive(scratched.path(), QStringLiteral("cd-r"), false).ok());
        QVERIFY(m_drives->addVirtualDrive(target, QStringLiteral("cd-r"), false).ok());
        CopyDiscPage page(m_drives.get());
        page.resize(900, 800);
        page.show();
        page.sourcePicker()->setCurrentAddress(scratched.address());
        page.targetPicker()->setCurrentAddress(QStringLiteral("stdio:") + target);
        auto *mode = page.findChild<QLabel *>(QStringLiteral("copyDiscMode"));
        QTRY_VERIFY_WITH_TIMEOUT(mode->text().contains(QLatin1String("Two drives")), 20000);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyDiscStart")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QString shown;
        for (const QLabel *label : page.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&page))
                shown += label->text() + QLatin1Char('\n');
        }
        QVERIFY2(shown.contains(QLatin1String("could not be read at sector")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Copy Disc to Image")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("spindle-cli")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String(" --")), qPrintable(shown));
    }

    void oneDrive()
    {
        const QStringList before = temporaryImages();
        const QString disc = m_dir.filePath(QStringLiteral("one.iso"));
        QVERIFY(QFile::copy(m_iso, disc));
        QVERIFY(m_drives->addVirtualDrive(disc, QStringLiteral("cd-r"), false).ok());
        CopyDiscPage page(m_drives.get());
        page.resize(900, 800);
        page.show();
        page.sourcePicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        page.targetPicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        auto *mode = page.findChild<QLabel *>(QStringLiteral("copyDiscMode"));
        QTRY_VERIFY_WITH_TIMEOUT(mode->text().contains(QLatin1String("One drive")), 20000);
        // The question is a modal dialog: answered from a timer inside its event loop, once
        // the virtual disc has been "changed" for a blank one.
        bool asked = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text().contains(QLatin1String("blank disc"));
            QFile blank(disc);
            if (asked && temporaryImages().size() == before.size() + 1 &&
                blank.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                blank.close();
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::YesRole)
                        button->click();
                }
            }
        });
        answer.start(50);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyDiscStart")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        answer.stop();
        QVERIFY(asked);
        QVERIFY(same(m_iso, disc));
        QCOMPARE(temporaryImages(), before);
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestCopyDiscPage>(argc, argv);
}

#include "tst_copydiscpage.moc"
