#include "badsectordisc.h"
#include "fixtures.h"
#include "guitest.h"

#include "base/format.h"
#include "burnnewimagedialog.h"
#include "burnpage.h"
#include "copypage.h"
#include "device/mediainfo.h"
#include "discinfopage.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "ecc/eccplan.h"
#include "ecc/rs03image.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "jobs/eccreport.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newimagepage.h"
#include "readback/rescuemap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include <memory>

using namespace Spindle;
using namespace Spindle::Test;

// Error correction (dvdisaster RS03) in the GUI, in the real main window: the "Add error
// correction" option of the Burn image and New image pages (its line follows the image and
// the disc, a refusal disables the button, an augmented image gets a note, a compressed one is
// offered as a plain one is), the Copy page's repair offer (only for an image with RS03 data; its
// repair gives the original bytes back, checked by SHA-256), and Disc Info's line for a protected
// disc in a virtual drive. Screenshots of every state at 1280×800 and 1024×700.
class TestEccGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;       // a plain image, about 1 MB
    QString m_protected; // m_iso with RS03 data appended (170 roots, 80 sectors a layer)
    QByteArray m_protectedSha;
    std::unique_ptr<MainWindow> m_window;

    // In the page on show: several pages have an eccEnable or a jobDoneButton.
    template <typename T> T *find(const QString &name) const
    {
        QWidget *page = nullptr;
        for (const char *id : {"burnPage", "newImagePage", "copyPage", "discInfoPage"}) {
            auto *candidate = m_window->findChild<QWidget *>(QLatin1String(id));
            if (candidate && candidate->isVisible())
                page = candidate;
        }
        T *widget = page ? page->findChild<T *>(name) : nullptr;
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    // The window at the two sizes the task names; a page that does not fit 1024×700 would
    // keep the window larger, which the size check catches.
    void shoot(const QString &name)
    {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            m_window->resize(size);
            QTest::qWait(50);
            QCOMPARE(m_window->size(), size);
            QVERIFY(GuiTest::saveScreenshot(
                m_window.get(), QStringLiteral("ecc-%1-%2").arg(name).arg(size.width())));
        }
    }

    QString copyOf(const QString &source, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(source, path) ? path : QString();
    }

    // Fills `sectors` of `image` with zeros, as an unreadable sector comes out of a rescue read.
    static bool zeroSectors(const QString &image, const QList<qint64> &sectors)
    {
        QFile file(image);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        for (qint64 sector : sectors) {
            if (!file.seek(sector * 2048) || file.write(QByteArray(2048, '\0')) != 2048)
                return false;
        }
        return true;
    }

    // The map `read --skip-unreadable` leaves: everything read but `bad`.
    static bool writeMap(const QString &image, const QList<qint64> &bad)
    {
        RescueMap map(QFileInfo(image).size());
        map.mark(0, map.size(), RescueMap::Status::Finished);
        for (qint64 sector : bad)
            map.mark(sector * 2048, 2048, RescueMap::Status::Bad);
        return !map.save(image + QStringLiteral(".map"));
    }

    static qint64 capacitySectorsOf(const QString &address, const QString &medium)
    {
        const auto info = queryMediaInfo(address, MediumKind::parse(medium).value());
        return info ? info->freeBytes / 2048 : -1;
    }

    BurnPage *showBurnPage(const QString &disc, const QString &medium)
    {
        const QString address = QStringLiteral("stdio:") + disc;
        if (m_window->useDrive(address, medium))
            return nullptr;
        m_window->showTask(QStringLiteral("burn"));
        auto *page = m_window->findChild<BurnPage *>(QStringLiteral("burnPage"));
        page->drivePicker()->setCurrentAddress(address);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString content = QStringLiteral("line of text\n").repeated(80000);
        m_iso = makeIso(m_dir.path(), QStringLiteral("archive.iso"), QStringLiteral("ARCHIVE_2026"),
                        {QStringLiteral("notes.txt=") + content});
        QVERIFY2(!m_iso.isEmpty(), "xorriso could not make the image");
        // 80 sectors a layer: past the file system lie 170 × 80 sectors of ecc data, more than
        // `read` needs to see before it looks for a header there (mayHoldRs03Data).
        m_protected = copyOf(m_iso, QStringLiteral("protected.iso"));
        bool cancelled = false;
        const auto augmented = augmentRs03Image(
            m_protected, 255 * 80, [](qint64, qint64) { return true; }, &cancelled);
        QVERIFY2(augmented.ok(), qPrintable(augmented.error().message));
        m_protectedSha = sha256Of(m_protected);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
    }

    void burnOptionFollowsImageAndDisc()
    {
        const QString disc = m_dir.filePath(QStringLiteral("blank-cd.iso"));
        BurnPage *page = showBurnPage(disc, QStringLiteral("cd-r"));
        QVERIFY(page);
        page->setImagePath(m_iso);
        auto *fitText = find<QLabel>(QStringLiteral("burnFitText"));
        QTRY_VERIFY_WITH_TIMEOUT(fitText->text().contains(QLatin1String("fits")), 20000);
        auto *enable = find<QCheckBox>(QStringLiteral("eccEnable"));
        auto *mode = find<QComboBox>(QStringLiteral("eccMode"));
        auto *summary = find<QLabel>(QStringLiteral("eccSummary"));
        QVERIFY(enable->isVisible() && enable->isEnabled());
        QVERIFY(!enable->isChecked()); // off by default
        QCOMPARE(page->options().ecc.mode, EccChoice::Mode::Off);
        shoot(QStringLiteral("burn-off"));

        enable->click();
        QVERIFY(mode->isEnabled());
        const qint64 isoBytes = QFileInfo(m_iso).size();
        const qint64 capacity =
            capacitySectorsOf(QStringLiteral("stdio:") + disc, QStringLiteral("cd-r"));
        QVERIFY(capacity > 0);
        // Fill: the data as large as the CD-R holds.
        const auto fill = planEcc(isoBytes, EccChoice::fill(), capacity);
        QVERIFY(fill.ok());
        QCOMPARE(summary->text(), fill->describe());
        QCOMPARE(page->options().ecc.mode, EccChoice::Mode::Fill);
        QVERIFY2(fitText->text().contains(QLatin1String("error-correction")),
                 qPrintable(fitText->text()));
        QVERIFY(find<QPushButton>(QStringLiteral("burnStart"))->isEnabled());
        shoot(QStringLiteral("burn-fill"));

        // A redundancy: the line follows the choice.
        mode->setCurrentIndex(mode->findData(20));
        Q_EMIT mode->activated(mode->currentIndex());
        const auto twenty = planEcc(isoBytes, EccChoice::withPercent(20), capacity);
        QCOMPARE(summary->text(), twenty->describe());
        QVERIFY(summary->text() != fill->describe());
        QCOMPARE(page->options().ecc.percent, 20);

        // Another image: the line follows its size.
        const QString bigger =
            makeIso(m_dir.path(), QStringLiteral("bigger.iso"), QStringLiteral("BIGGER"),
                    {QStringLiteral("a.txt=") + QStringLiteral("more text\n").repeated(400000)});
        page->setImagePath(bigger);
        const auto biggerPlan =
            planEcc(QFileInfo(bigger).size(), EccChoice::withPercent(20), capacity);
        QCOMPARE(summary->text(), biggerPlan->describe());
        QVERIFY(summary->text() != twenty->describe());

        // Remembered for the next start, as the person left it.
        QCOMPARE(QSettings().value(QStringLiteral("burn/ecc")).toString(), QStringLiteral("20"));
        enable->click();
        QCOMPARE(QSettings().value(QStringLiteral("burn/ecc")).toString(), QStringLiteral("off"));
        enable->click();
    }

    void refusalDisablesBurn()
    {
        // A disc 20 sectors larger than the image: the image fits, error correction does not.
        const qint64 isoBytes = QFileInfo(m_iso).size();
        const QString disc = m_dir.filePath(QStringLiteral("tight.iso"));
        const QString size = QString::number(isoBytes + 20 * 2048);
        BurnPage *page = showBurnPage(disc, size);
        QVERIFY(page);
        page->setImagePath(m_iso);
        auto *enable = find<QCheckBox>(QStringLiteral("eccEnable"));
        auto *start = find<QPushButton>(QStringLiteral("burnStart"));
        auto *message = find<InlineMessage>(QStringLiteral("eccMessage"));
        if (!enable->isChecked())
            enable->click();
        auto *mode = find<QComboBox>(QStringLiteral("eccMode"));
        mode->setCurrentIndex(0); // Fill
        Q_EMIT mode->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        const auto refused = planEcc(isoBytes, EccChoice::fill(),
                                     capacitySectorsOf(QStringLiteral("stdio:") + disc, size));
        QVERIFY(!refused.ok());
        QCOMPARE(message->text(), refused.error().forGui());
        QVERIFY(!start->isEnabled());
        QCOMPARE(start->toolTip(), refused.error().forGui());
        shoot(QStringLiteral("burn-refused"));
        // Without error correction the same burn may start.
        enable->click();
        QVERIFY(!message->isVisible());
        QTRY_VERIFY(start->isEnabled());
        enable->click();
    }

    // A burn with error correction from the Burn page, as a person runs it: running (the
    // source held back by the test hook so that the state can be seen), finished (the disc is
    // the image followed by RS03 data for 20%), and cancelled half-way (nothing left behind in
    // the temporary folder).
    void burnWithErrorCorrection()
    {
        const QString disc = m_dir.filePath(QStringLiteral("ecc-burn.iso"));
        BurnPage *page = showBurnPage(disc, QStringLiteral("dvd-r"));
        QVERIFY(page);
        page->setImagePath(m_iso);
        auto *enable = find<QCheckBox>(QStringLiteral("eccEnable"));
        auto *mode = find<QComboBox>(QStringLiteral("eccMode"));
        auto *start = find<QPushButton>(QStringLiteral("burnStart"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        if (!enable->isChecked())
            enable->click();
        mode->setCurrentIndex(mode->findData(20));
        Q_EMIT mode->activated(mode->currentIndex());
        auto *result = page->findChild<InlineMessage *>(QStringLiteral("jobResult"));
        auto *phase = page->findChild<QLabel *>(QStringLiteral("jobPhase"));

        qputenv("SPINDLE_SOURCE_RATE_LIMIT", "300000");
        start->click();
        qunsetenv("SPINDLE_SOURCE_RATE_LIMIT");
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(phase->text().contains(QLatin1String("Writing")), 20000);
        shoot(QStringLiteral("burn-running"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        QVERIFY2(result->isVisible() && result->kind() == InlineMessage::Kind::Success,
                 qPrintable(result->text()));
        shoot(QStringLiteral("burn-finished"));
        const auto ecc = inspectRs03Image(disc);
        QVERIFY(ecc && ecc->state == Rs03ImageInfo::State::Augmented);
        const auto planned = planEcc(QFileInfo(m_iso).size(), EccChoice::withPercent(20), 0);
        QCOMPARE(ecc->layout.nroots, planned->layout.nroots);
        QFile written(disc);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(QFileInfo(m_iso).size()), [this] {
            QFile f(m_iso);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        written.close();
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();

        // Cancelled while the slow source feeds the disc: said so, and the temporary
        // error-correction data is gone.
        const QString second = m_dir.filePath(QStringLiteral("ecc-cancel.iso"));
        page = showBurnPage(second, QStringLiteral("dvd-r"));
        page->setImagePath(m_iso);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        qputenv("SPINDLE_SOURCE_RATE_LIMIT", "100000");
        start->click();
        qunsetenv("SPINDLE_SOURCE_RATE_LIMIT");
        QTRY_VERIFY_WITH_TIMEOUT(phase->text().contains(QLatin1String("Writing")), 20000);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        find<QPushButton>(QStringLiteral("jobCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        QVERIFY2(result->isVisible() && result->text().contains(QLatin1String("ancel")),
                 qPrintable(result->text()));
        shoot(QStringLiteral("burn-cancelled"));
        const QString cache = jobTempFolder({});
        const QStringList left = QDir(cache).entryList({QStringLiteral("ecc-*")},
                                                       QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
    }

    void augmentedImageGetsANote()
    {
        BurnPage *page =
            showBurnPage(m_dir.filePath(QStringLiteral("blank-cd.iso")), QStringLiteral("cd-r"));
        QVERIFY(page);
        page->setImagePath(m_protected);
        const auto info = inspectRs03Image(m_protected);
        QVERIFY(info && info->state == Rs03ImageInfo::State::Augmented);
        auto *note = find<QLabel>(QStringLiteral("eccNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 QStringLiteral("This image already carries error-correction data (%1 roots).")
                     .arg(info->layout.nroots));
        QVERIFY(!find<QCheckBox>(QStringLiteral("eccEnable"))->isVisible());
        QCOMPARE(page->options().ecc.mode, EccChoice::Mode::Off); // never augmented twice
        shoot(QStringLiteral("burn-augmented"));

        // A compressed image whose size is known: offered as for a plain one (the burn
        // decompresses it to a temporary file first and says where).
        const QString gz =
            compressFile(m_iso, QStringLiteral("gzip"), m_iso + QStringLiteral(".gz"));
        QVERIFY(!gz.isEmpty());
        page->setImagePath(gz);
        auto *enable = find<QCheckBox>(QStringLiteral("eccEnable"));
        QVERIFY(enable->isVisible() && enable->isEnabled());
        enable->setChecked(true);
        QVERIFY(page->options().ecc.enabled());
        QVERIFY2(find<QLabel>(QStringLiteral("eccSummary"))
                     ->text()
                     .contains(QLatin1String("first decompressed to a temporary file")),
                 qPrintable(find<QLabel>(QStringLiteral("eccSummary"))->text()));
        shoot(QStringLiteral("burn-compressed"));
        enable->setChecked(false);

        // Damaged dvdisaster data (the file cut short): no second layer of data after it.
        const QString cut = copyOf(m_protected, QStringLiteral("cut-short.iso"));
        QVERIFY(QFile::resize(cut, QFileInfo(cut).size() - 100 * 2048));
        const auto damaged = inspectRs03Image(cut);
        QVERIFY(damaged && damaged->state == Rs03ImageInfo::State::Damaged);
        page->setImagePath(cut);
        QVERIFY(enable->isVisible() && !enable->isEnabled());
        QCOMPARE(find<QLabel>(QStringLiteral("eccSummary"))->text(), damaged->problem);
        QCOMPARE(page->options().ecc.mode, EccChoice::Mode::Off);

        page->setImagePath(m_iso);
        QVERIFY(enable->isEnabled());
    }

    void newImagePageOption()
    {
        m_window->showTask(QStringLiteral("newimage"));
        auto *page = m_window->findChild<NewImagePage *>(QStringLiteral("newImagePage"));
        QVERIFY(page->addSource(m_iso));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->tree(), 20000);
        auto *enable = page->findChild<QCheckBox *>(QStringLiteral("eccEnable"));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("eccSummary"));
        auto *write = page->findChild<QPushButton *>(QStringLiteral("writeImage"));
        QVERIFY(enable && !enable->isChecked());
        QTRY_VERIFY(write->isEnabled());
        shoot(QStringLiteral("newimage-off"));
        enable->click();
        // Against the fit bar's target (a DVD at first, or the disc in the Burn to drive).
        auto *preset = page->findChild<QComboBox *>(QStringLiteral("fitPreset"));
        // A DVD (the disc in the Burn to drive is the tight one of refusalDisablesBurn).
        preset->setCurrentIndex(preset->findData(qint64(2295104) * 2048));
        QVERIFY(preset->currentIndex() >= 0);
        const auto plan = [&] {
            return planEcc(page->model()->estimatedImageBytes(), EccChoice::fill(),
                           preset->currentData().toLongLong() / 2048);
        };
        QVERIFY(plan().ok());
        QTRY_COMPARE(summary->text(), plan()->describe());
        auto *fitText = page->findChild<QLabel *>(QStringLiteral("fitText"));
        // The fit bar counts the data (its tooltip says how much of it that is).
        QVERIFY2(fitText->toolTip().startsWith(formatBytes(plan()->addedBytes())),
                 qPrintable(fitText->toolTip()));
        QVERIFY2(
            fitText->text().startsWith(
                QStringLiteral("about %1 of")
                    .arg(formatBytes(page->model()->estimatedImageBytes() + plan()->addedBytes()))),
            qPrintable(fitText->text()));
        QVERIFY(write->isEnabled());
        shoot(QStringLiteral("newimage-on"));

        // A target too small for the data: Write and Burn say no.
        preset->setCurrentIndex(preset->findData(0)); // Custom…
        page->findChild<QSpinBox *>()->setValue(1);   // 1 MB
        auto *message = page->findChild<InlineMessage *>(QStringLiteral("eccMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!write->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("burnNewImage"))->isEnabled());
        shoot(QStringLiteral("newimage-refused"));
        preset->setCurrentIndex(preset->findData(qint64(2295104) * 2048));
        QTRY_VERIFY(write->isEnabled());

        // The burn dialog offers it too, against the disc in the drive chosen there.
        const QString disc = m_dir.filePath(QStringLiteral("newimage-cd.iso"));
        QVERIFY(!m_window->useDrive(QStringLiteral("stdio:") + disc, QStringLiteral("cd-r")));
        page->findChild<QPushButton *>(QStringLiteral("burnNewImage"))->click();
        BurnNewImageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<BurnNewImageDialog *>()) != nullptr);
        dialog->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + disc);
        auto *dialogEnable = dialog->findChild<QCheckBox *>(QStringLiteral("eccEnable"));
        QVERIFY(dialogEnable->isChecked()); // the page's choice
        auto *dialogSummary = dialog->findChild<QLabel *>(QStringLiteral("eccSummary"));
        const qint64 cd =
            capacitySectorsOf(QStringLiteral("stdio:") + disc, QStringLiteral("cd-r"));
        const auto onCd = planEcc(page->model()->estimatedImageBytes(), EccChoice::fill(), cd);
        QTRY_COMPARE_WITH_TIMEOUT(dialogSummary->text(), onCd->describe(), 20000);
        QCOMPARE(dialog->options().ecc.mode, EccChoice::Mode::Fill);
        dialog->resize(dialog->width(), dialog->sizeHint().height());
        QVERIFY(GuiTest::saveScreenshot(dialog, QStringLiteral("ecc-newimage-burndialog")));
        dialog->reject();
        enable->click();
    }

    // An image picked on the Copy page that has a rescue map and RS03 data: the page offers
    // the repair, and the repair gives back the protected image's bytes.
    void copyPageRepairsPickedImage()
    {
        m_window->showTask(QStringLiteral("copy"));
        auto *page = m_window->findChild<CopyPage *>(QStringLiteral("copyPage"));
        auto *offer = find<QWidget>(QStringLiteral("copyFormRepairOffer"));

        // Without RS03 data there is nothing to offer.
        const QString plain = copyOf(m_iso, QStringLiteral("plain-damaged.iso"));
        QVERIFY(zeroSectors(plain, {40, 41}) && writeMap(plain, {40, 41}));
        page->setOutputPath(plain);
        QVERIFY(!offer->isVisible());

        const QString damaged = copyOf(m_protected, QStringLiteral("damaged.iso"));
        // Sectors of the file system's data, of the CRC layer and of the ecc layers.
        const auto info = inspectRs03Image(damaged);
        QVERIFY(info.ok());
        const QList<qint64> bad{30, 31, 200, info->layout.firstCrcSector() + 3,
                                info->layout.firstEccSector() + 100};
        QVERIFY(zeroSectors(damaged, bad) && writeMap(damaged, bad));
        QVERIFY(sha256Of(damaged) != m_protectedSha);
        page->setOutputPath(damaged);
        QVERIFY(offer->isVisible());
        auto *text = offer->findChild<InlineMessage *>(QStringLiteral("repairOfferText"));
        QVERIFY2(text->text().contains(QStringLiteral("%1 roots").arg(info->layout.nroots)) &&
                     text->text().contains(QLatin1String("5 sector")),
                 qPrintable(text->text()));
        shoot(QStringLiteral("copy-offer-picked"));

        offer->findChild<QPushButton *>(QStringLiteral("repairStart"))->click();
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        auto *summary = find<QLabel>(QStringLiteral("copyResultSummary"));
        QVERIFY(find<QWidget>(QStringLiteral("copyResult"))->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("Damaged sectors: 5 (5 unreadable")) &&
                     summary->text().contains(QLatin1String("Rebuilt: 5. Still lost: 0.")),
                 qPrintable(summary->text()));
        QCOMPARE(sha256Of(damaged), m_protectedSha);
        shoot(QStringLiteral("copy-repaired"));
        // Back to the form: the repaired image is not offered again.
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
        QVERIFY(!offer->isVisible());
    }

    // A rescue copy of a damaged protected disc (unreadable sectors through the FUSE disc)
    // keeps the RS03 data; the result offers the repair, and repair gives the original back.
    void copyPageOffersRepairAfterRescue()
    {
        m_window->showTask(QStringLiteral("copy"));
        auto *page = m_window->findChild<CopyPage *>(QStringLiteral("copyPage"));
        const auto info = inspectRs03Image(m_protected);
        const QList<qint64> bad{60, 61, 62, info->layout.firstEccSector() + 7};
        BadSectorDisc disc(m_protected, bad);
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        QVERIFY(!m_window->useDrive(disc.address(), QStringLiteral("dvd-r")));
        page->drivePicker()->setCurrentAddress(disc.address());
        auto *source = find<QLabel>(QStringLiteral("copySourceSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(source->text().contains(QLatin1String("ARCHIVE_2026")), 20000);
        const QString output = m_dir.filePath(QStringLiteral("rescued.iso"));
        page->setOutputPath(output);
        find<QCheckBox>(QStringLiteral("copyVerify"))->setChecked(false);
        find<QCheckBox>(QStringLiteral("copyRescue"))->setChecked(true);
        find<QSpinBox>(QStringLiteral("copyRetries"))->setValue(0);
        page->start();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        auto *offer = find<QWidget>(QStringLiteral("copyRepairOffer"));
        QVERIFY(offer->isVisible());
        shoot(QStringLiteral("copy-offer-rescued"));

        offer->findChild<QPushButton *>(QStringLiteral("repairStart"))->click();
        QVERIFY(page->isRunning());
        shoot(QStringLiteral("copy-repair-running"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        const QString summary = find<QLabel>(QStringLiteral("copyResultSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Damaged sectors: 4 (4 unreadable")) &&
                     summary.contains(QLatin1String("Still lost: 0.")),
                 qPrintable(summary));
        QCOMPARE(sha256Of(output), m_protectedSha);
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
    }

    // More damage in one ecc block than its roots rebuild: the outcome lists what is lost.
    void copyPageListsWhatStaysLost()
    {
        m_window->showTask(QStringLiteral("copy"));
        auto *page = m_window->findChild<CopyPage *>(QStringLiteral("copyPage"));
        const QString damaged = copyOf(m_protected, QStringLiteral("too-damaged.iso"));
        const auto info = inspectRs03Image(damaged);
        // Sector i of every layer belongs to ecc block i: 171 of its 255 sectors gone.
        QList<qint64> bad;
        for (int layer = 0; layer < 171; ++layer)
            bad << layer * info->layout.sectorsPerLayer + 5;
        QVERIFY(zeroSectors(damaged, bad) && writeMap(damaged, bad));
        page->setOutputPath(damaged);
        auto *offer = find<QWidget>(QStringLiteral("copyFormRepairOffer"));
        QVERIFY(offer->isVisible());
        offer->findChild<QPushButton *>(QStringLiteral("repairStart"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);
        const QString summary = find<QLabel>(QStringLiteral("copyResultSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Still lost: 171.")), qPrintable(summary));
        const QString list =
            page->findChild<QPlainTextEdit *>(QStringLiteral("copyDamagedFiles"))->toPlainText();
        QVERIFY2(list.startsWith(QStringLiteral("5, %1, ").arg(info->layout.sectorsPerLayer + 5)),
                 qPrintable(list));
        // Still damaged: the page offers no "repaired" and the bytes are not the original's.
        QVERIFY(sha256Of(damaged) != m_protectedSha);
        shoot(QStringLiteral("copy-still-lost"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
    }

    void discInfoShowsRs03Data()
    {
        const QString disc = copyOf(m_protected, QStringLiteral("protected-disc.iso"));
        const QString address = QStringLiteral("stdio:") + disc;
        QVERIFY(!m_window->useDrive(address, QStringLiteral("dvd-r")));
        m_window->showTask(QStringLiteral("info"));
        auto *page = m_window->findChild<DiscInfoPage *>(QStringLiteral("discInfoPage"));
        page->drivePicker()->setCurrentAddress(address);
        auto *notes = find<InlineMessage>(QStringLiteral("discInfoNotes"));
        const auto info = inspectRs03Image(m_protected);
        QTRY_VERIFY_WITH_TIMEOUT(notes->isVisible() && notes->text().contains(QLatin1String(
                                                           "RS03 error-correction data")),
                                 20000);
        QVERIFY2(notes->text().contains(QStringLiteral("%1 roots").arg(info->layout.nroots)),
                 qPrintable(notes->text()));
        shoot(QStringLiteral("discinfo-protected"));

        // Check for Damage reads the whole disc on the page's progress panel: intact, then,
        // with two data sectors of the disc changed, damaged but repairable (their CRCs tell).
        auto *check = find<QPushButton>(QStringLiteral("discInfoCheck"));
        QTRY_VERIFY(check->isEnabled());
        auto *result = m_window->findChild<DiscInfoPage *>(QStringLiteral("discInfoPage"))
                           ->findChild<InlineMessage *>(QStringLiteral("jobResult"));
        QVERIFY(result);
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
        QString said = result->text();
        QVERIFY2(said.contains(QLatin1String("is intact")), qPrintable(said));
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("discInfoNotes"))->isVisible());
        shoot(QStringLiteral("discinfo-check-intact"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
        QTRY_VERIFY(notes->isVisible());
        {
            QFile file(disc);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(20 * 2048) && file.write("damage") == 6);
            QVERIFY(file.seek(21 * 2048) && file.write("damage") == 6);
        }
        QTRY_VERIFY(check->isEnabled());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
        said = result->text();
        QVERIFY2(said.contains(QLatin1String("2 damaged sectors")) &&
                     said.contains(QLatin1String("all of which can be rebuilt")) &&
                     said.contains(QLatin1String("Copy Disc to Image")) &&
                     !said.contains(QLatin1String("spindle-cli")),
                 qPrintable(said));
        shoot(QStringLiteral("discinfo-check-damaged"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();

        // A plain disc has no such line.
        const QString plain = makeIso(m_dir.path(), QStringLiteral("plain-disc.iso"),
                                      QStringLiteral("PLAIN_DISC"), {QStringLiteral("a.txt=a")});
        QVERIFY(!m_window->useDrive(QStringLiteral("stdio:") + plain, QStringLiteral("dvd-r")));
        page->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + plain);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() &&
                                     find<QLabel>(QStringLiteral("discInfoLabel"))->text() ==
                                         QLatin1String("PLAIN_DISC"),
                                 20000);
        QVERIFY(!notes->isVisible() || !notes->text().contains(QLatin1String("RS03")));
    }

    // An image file opened in Disc Info: Check for Damage checks it against its RS03 data, and
    // Repair Image, offered when the check found sectors to rebuild, gives the original bytes
    // back. A plain image cannot be checked (nothing could tell a changed sector).
    void discInfoChecksAndRepairsAnImage()
    {
        m_window->showTask(QStringLiteral("info"));
        auto *page = m_window->findChild<DiscInfoPage *>(QStringLiteral("discInfoPage"));
        const QString image = copyOf(m_protected, QStringLiteral("damaged-image.iso"));
        QVERIFY(zeroSectors(image, {100, 101, 102}));
        page->openImage(image);
        auto *check = find<QPushButton>(QStringLiteral("discInfoCheck"));
        auto *repair = find<QPushButton>(QStringLiteral("discInfoRepair"));
        auto *result = page->findChild<InlineMessage *>(QStringLiteral("jobResult"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 20000);
        QVERIFY(!repair->isVisible());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
        QVERIFY2(result->text().contains(QLatin1String("3 damaged sectors")) &&
                     result->text().contains(QLatin1String("Repair Image")) &&
                     !result->text().contains(QLatin1String("spindle-cli")),
                 qPrintable(result->text()));
        QTRY_VERIFY(repair->isVisible());
        shoot(QStringLiteral("discinfo-image-checked"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
        QVERIFY(repair->isVisible());

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        repair->click();
        QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("damaged-image.iso")));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
        QVERIFY2(result->text().contains(QLatin1String("repaired")), qPrintable(result->text()));
        QCOMPARE(sha256Of(image), m_protectedSha);
        QVERIFY(!repair->isVisible());
        shoot(QStringLiteral("discinfo-image-repaired"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();

        page->openImage(m_iso);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() &&
                                     find<QLabel>(QStringLiteral("discInfoLabel"))->text() ==
                                         QLatin1String("ARCHIVE_2026"),
                                 20000);
        QVERIFY(!check->isEnabled());
    }

    // Check for Damage on a slow disc (every read takes 10 ms): the page shows the check
    // running with its progress; Cancel stops it and says so; a disc taken out during the check
    // fails it with a message that says what to do, and the page can check again.
    void discInfoCheckRunningCancelledAndDiscRemoved()
    {
        BadSectorDisc disc(m_protected, {}, 10);
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));
        QVERIFY(!m_window->useDrive(disc.address(), QStringLiteral("dvd-r")));
        m_window->showTask(QStringLiteral("info"));
        auto *page = m_window->findChild<DiscInfoPage *>(QStringLiteral("discInfoPage"));
        page->drivePicker()->setCurrentAddress(disc.address());
        auto *check = find<QPushButton>(QStringLiteral("discInfoCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() && check->isEnabled(), 30000);
        auto *result = page->findChild<InlineMessage *>(QStringLiteral("jobResult"));
        auto *cancel = page->findChild<QPushButton *>(QStringLiteral("jobCancel"));
        auto *bar = page->findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
        QVERIFY(result && cancel && bar);

        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && cancel->isEnabled() && bar->maximum() > 0 &&
                                     bar->value() >= bar->maximum() / 5,
                                 20000);
        QVERIFY(!check->isEnabled());
        shoot(QStringLiteral("discinfo-check-running"));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 20000);
        QVERIFY2(result->text().contains(QLatin1String("ancel")), qPrintable(result->text()));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();

        QTRY_VERIFY(check->isEnabled());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && bar->value() > 0, 20000);
        disc.eject();
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        QVERIFY2(result->text().contains(QLatin1String("taken out")) &&
                     result->text().contains(QLatin1String("check it again")),
                 qPrintable(result->text()));
        shoot(QStringLiteral("discinfo-check-failed"));
        find<QPushButton>(QStringLiteral("jobDoneButton"))->click();
        // Back in the tray, then another drive before the virtual disc goes away.
        disc.setBadSectors({});
        page->drivePicker()->setCurrentAddress(QStringLiteral("stdio:") + m_iso);
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestEccGui>(argc, argv);
}
#include "tst_eccgui.moc"
