#include "burnpage.h"

#include "base/format.h"
#include "burnsettingswidget.h"
#include "desktopnotifier.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "ecc/rs03image.h"
#include "eccoptionwidget.h"
#include "icons.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/burnjob.h"
#include "recentimagesbutton.h"
#include "tones.h"
#include "uiformat.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Spindle {

BurnPage::BurnPage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_picker(new DrivePicker(drives, this)), m_job(this)
{
    setObjectName(QStringLiteral("burnPage"));
    m_picker->setSettingsKey(QStringLiteral("burn/drive"));

    auto *content = new QWidget;
    auto *form = new QWidget(content);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createImageGroup());
    layout->addWidget(createTargetGroup());
    layout->addWidget(createOptionsGroup());

    m_message = new InlineMessage(content);
    m_message->setObjectName(QStringLiteral("burnMessage"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_start = new QPushButton(tr("&Burn"), content);
    m_start->setObjectName(QStringLiteral("burnStart"));
    m_start->setDefault(true);
    m_start->setIcon(actionIcon(ActionIcon::Burn));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    m_panel = new JobProgressPanel(content);
    m_panel->setObjectName(QStringLiteral("burnProgress"));
    m_panel->setVisible(false);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(form);
    contentLayout->addWidget(m_panel, 1);
    contentLayout->addStretch();
    m_job.setForm({form});
    m_job.setPanel(m_panel);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the controls; the area scrolls to whichever has focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_picker, &DrivePicker::currentDriveChanged, this, &BurnPage::readTarget);
    connect(m_picker, &DrivePicker::mediumChanged, this, &BurnPage::readTarget);
    connect(&m_reader, &MediaInfoReader::finished, this, &BurnPage::onTargetRead);
    connect(m_image, &QLineEdit::editingFinished, this, &BurnPage::inspectImage);
    connect(m_browse, &QPushButton::clicked, this, &BurnPage::browse);
    connect(m_recent, &RecentImagesButton::imageChosen, this, &BurnPage::setImagePath);
    connect(m_start, &QPushButton::clicked, this, &BurnPage::start);
    connect(&m_job, &PageJob::started, this, &BurnPage::onStarted);
    connect(&m_job, &PageJob::finished, this, &BurnPage::onFinished);
    inspectImage();
}

QWidget *BurnPage::createImageGroup()
{
    auto *group = new QGroupBox(tr("Image"));
    auto *layout = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    m_image = new QLineEdit(group);
    m_image->setObjectName(QStringLiteral("burnImage"));
    m_image->setPlaceholderText(tr("Drop an image here, or choose one"));
    m_image->setClearButtonEnabled(true);
    m_image->setAccessibleName(tr("Image to burn"));
    // A file dropped here goes to the main window, which checks that it is a disc image,
    // instead of landing in the field as a URL.
    m_image->setAcceptDrops(false);
    m_browse = new QPushButton(actionIcon(ActionIcon::Open), tr("Choose…"), group);
    m_browse->setObjectName(QStringLiteral("burnBrowse"));
    m_recent = new RecentImagesButton(QStringLiteral("burn/recentImages"), group);
    row->addWidget(m_image, 1);
    row->addWidget(m_browse);
    row->addWidget(m_recent);
    layout->addLayout(row);
    m_imageSummary = new QLabel(group);
    m_imageSummary->setObjectName(QStringLiteral("burnImageSummary"));
    m_imageSummary->setWordWrap(true);
    m_imageSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_imageSummary);
    m_editors << m_image << m_browse << m_recent;
    return group;
}

QWidget *BurnPage::createTargetGroup()
{
    auto *group = new QGroupBox(tr("Target disc"));
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_picker);
    m_targetSummary = new QLabel(group);
    m_targetSummary->setObjectName(QStringLiteral("burnTargetSummary"));
    m_targetSummary->setWordWrap(true);
    layout->addWidget(m_targetSummary);
    m_fit = new QProgressBar(group);
    m_fit->setObjectName(QStringLiteral("burnFitBar"));
    m_fit->setRange(0, 1000);
    m_fit->setTextVisible(false);
    m_fit->setMaximumHeight(12);
    m_fit->setAccessibleName(tr("Room the image takes on the disc"));
    layout->addWidget(m_fit);
    m_fitText = new QLabel(group);
    m_fitText->setObjectName(QStringLiteral("burnFitText"));
    layout->addWidget(m_fitText);
    return group;
}

QWidget *BurnPage::createOptionsGroup()
{
    auto *group = new QGroupBox(tr("Options"));
    auto *layout = new QVBoxLayout(group);
    m_settings = new BurnSettingsWidget(group);
    layout->addWidget(m_settings);
    m_ecc = new EccOptionWidget(EccOptionWidget::Shape::Row, group);
    m_ecc->setSettingsKey(QStringLiteral("burn/ecc"));
    m_settings->addOption(m_ecc);
    connect(m_ecc, &EccOptionWidget::changed, this, [this] {
        updateFit();
        updateStartButton();
    });
    return group;
}

bool BurnPage::isDiscImageName(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *image : {".iso", ".img"}) {
        for (const char *compression : {"", ".gz", ".xz", ".bz2", ".zst"}) {
            if (name.endsWith(QLatin1String(image) + QLatin1String(compression)))
                return true;
        }
    }
    return false;
}

void BurnPage::setImagePath(const QString &path)
{
    m_job.showForm(); // the image is seen where it was put
    m_image->setText(path);
    inspectImage();
}

QString BurnPage::imagePath() const
{
    return m_image->text().trimmed();
}

bool BurnPage::isRunning() const
{
    return m_job.isRunning();
}

BurnOptions BurnPage::options() const
{
    BurnOptions o;
    o.imagePath = imagePath();
    o.driveAddress = m_picker->currentAddress();
    o.medium = m_picker->currentMedium();
    m_settings->applyTo(o);
    o.ecc = m_ecc->choice();
    // The test hook spindle-cli reads too: a source slower than the drive on any machine.
    o.sourceRateLimit = qEnvironmentVariableIntValue("SPINDLE_SOURCE_RATE_LIMIT");
    return o;
}

void BurnPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_target && !m_reader.isRunning())
        readTarget();
}

void BurnPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The fit bar's green and red have one shade for light and one for dark palettes.
    if (event->type() == QEvent::PaletteChange)
        updateFit();
}

void BurnPage::browse()
{
    const QString start =
        imagePath().isEmpty() ? QDir::homePath() : QFileInfo(imagePath()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose an Image to Burn"), start,
        tr("Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz "
           "*.img.zst);;All files (*)"));
    if (!file.isEmpty())
        setImagePath(file);
}

void BurnPage::inspectImage()
{
    m_imageInfo.reset();
    const QString path = imagePath();
    if (path.isEmpty()) {
        m_imageSummary->setText(tr("Burns an .iso or .img file, also compressed (.gz, .xz, .bz2, "
                                   ".zst) without unpacking it first."));
    } else {
        // Reads at most the first MiB (decoded), quick enough for the GUI thread.
        const auto inspected = inspectImageFile(path);
        if (!inspected) {
            m_imageSummary->setText(inspected.error().forGui());
        } else {
            m_imageInfo = inspected.value();
            // Offered again under Recent: what inspects as, or is named as, a disc image.
            if (m_imageInfo->isDiscImage() || isDiscImageName(path))
                m_recent->remember(path);
            const ImageFileInfo &info = *m_imageInfo;
            const FilesystemInfo &fs = info.filesystem;
            QStringList parts;
            if (!fs.label.isEmpty())
                parts << tr("<b>%1</b>").arg(fs.label.toHtmlEscaped());
            parts << (info.imageBytes >= 0 ? formatBytes(info.imageBytes)
                                           : tr("size known after decompressing"));
            if (info.isCompressed())
                parts << tr("%1-compressed (%2 on disk)")
                             .arg(info.compressionName(), formatBytes(info.fileBytes));
            if (fs.elTorito)
                parts << tr("bootable");
            if (fs.dvdVideo)
                parts << tr("DVD-Video");
            if (fs.udf)
                parts << tr("UDF");
            QString text = parts.join(QStringLiteral(" · "));
            if (!info.isDiscImage())
                text += QStringLiteral("<br>") +
                        tr("No ISO 9660 or UDF file system found: this may not be a disc image.");
            if (auto problem = checkImageSize(info))
                text += QStringLiteral("<br>") + problem->forGui().toHtmlEscaped();
            m_imageSummary->setText(text);
        }
    }
    updateEccForImage();
    updateFit();
    updateStartButton();
}

void BurnPage::updateEccForImage()
{
    const ImageFileInfo *info = m_imageInfo ? &*m_imageInfo : nullptr;
    m_ecc->setImageBytes(info ? info->imageBytes : -1);
    // The data needs the image in any order: a compressed image is decompressed to a temporary
    // file first (the burn says where), which needs its size to plan the data beforehand.
    QString unavailable;
    if (info && info->isCompressed() && info->imageBytes < 0)
        unavailable = tr("The size of this compressed image is known only after decompressing "
                         "it. Decompress it first to add error correction.");
    int roots = 0;
    if (info && !info->isCompressed()) {
        const auto ecc = inspectRs03Image(info->path);
        if (ecc && ecc->state == Rs03ImageInfo::State::Augmented)
            roots = ecc->layout.nroots;
        // Damaged or half-written dvdisaster data: adding more after it would protect the
        // wreck; the problem says what to do instead.
        else if (ecc && ecc->state != Rs03ImageInfo::State::Plain)
            unavailable = ecc->problem;
    }
    m_ecc->setUnavailableReason(unavailable);
    m_ecc->setPreparationNote(
        info && info->isCompressed() && info->imageBytes > 0
            ? tr("The image is first decompressed to a temporary file (%1), removed after the "
                 "burn.")
                  .arg(formatBytes(info->imageBytes))
            : QString());
    m_ecc->setExistingRoots(roots);
}

qint64 BurnPage::targetRoom() const
{
    if (!m_target)
        return 0;
    const bool holdsData =
        m_target->status == MediumStatus::Appendable || m_target->status == MediumStatus::Closed;
    return holdsData && m_target->erasable ? m_target->capacityBytes : m_target->freeBytes;
}

void BurnPage::readTarget()
{
    m_target.reset();
    m_ecc->setCapacitySectors(0);
    if (!m_picker->hasDrive()) {
        m_targetSummary->setText(tr("Choose a drive with a blank disc, or add a virtual drive."));
        updateFit();
        updateStartButton();
        return;
    }
    if (!isVisible() || m_reader.isRunning() || isRunning())
        return;
    m_targetSummary->setText(tr("Reading the disc…"));
    m_reader.read(m_picker->currentAddress(), m_picker->currentMedium());
}

void BurnPage::onTargetRead()
{
    const MediaInfoReader::Reading r = m_reader.result();
    if (r.address != m_picker->currentAddress()) {
        readTarget();
        return;
    }
    if (!r.ok) {
        m_settings->setMedium(nullptr);
        m_targetSummary->setText(r.error.forGui());
    } else {
        m_target = r.info;
        const MediaInfo &info = r.info;
        QString text = tr("%1 — %2").arg(
            mediumProfileName(info).isEmpty() ? tr("no disc") : mediumProfileName(info),
            mediumStatusText(info.status));
        if (info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed)
            text += QLatin1Char(' ') + (info.erasable
                                            ? tr("(it will be erased first, after you confirm)")
                                            : tr("(holds data)"));
        m_targetSummary->setText(text);
        m_settings->setMedium(&info);
        m_panel->setSpeedBase(speedBaseForProfile(info.profileId));
    }
    m_ecc->setCapacitySectors(targetRoom() / 2048);
    updateFit();
    updateStartButton();
}

void BurnPage::updateFit()
{
    const qint64 ecc = m_ecc->addedBytes();
    const qint64 size =
        m_imageInfo && m_imageInfo->imageBytes >= 0 ? m_imageInfo->imageBytes + ecc : -1;
    setBarTone(m_fit, std::nullopt, palette());
    if (!m_target || size < 0) {
        m_fit->setValue(0);
        m_fitText->setText(m_target ? tr("%1 free").arg(formatBytes(m_target->freeBytes))
                                    : QString());
        return;
    }
    const bool written =
        m_target->status == MediumStatus::Appendable || m_target->status == MediumStatus::Closed;
    if (written && m_target->freeBytes <= 0) {
        m_fit->setValue(0);
        m_fitText->setText(m_target->erasable
                               ? tr("The disc holds data; it will be erased before burning.")
                               : tr("The disc already holds data: insert a blank disc."));
        return;
    }
    const qint64 room = qMax<qint64>(m_target->freeBytes, 1);
    m_fit->setValue(int(qMin<qint64>(1000, size * 1000 / room)));
    const bool fits = size <= m_target->freeBytes;
    setBarTone(m_fit, fits ? Tone::Positive : Tone::Negative, palette());
    if (ecc > 0)
        m_fitText->setText(
            fits ? tr("The image with its error-correction data (%1) fits: %2 free.")
                       .arg(formatBytes(size), formatBytes(m_target->freeBytes))
                 : tr("The image with its error-correction data (%1) does not fit: only %2 "
                      "free.")
                       .arg(formatBytes(size), formatBytes(m_target->freeBytes)));
    else
        m_fitText->setText(fits ? tr("The image (%1) fits: %2 free.")
                                      .arg(formatBytes(size), formatBytes(m_target->freeBytes))
                                : tr("The image (%1) does not fit: only %2 free.")
                                      .arg(formatBytes(size), formatBytes(m_target->freeBytes)));
}

void BurnPage::updateStartButton()
{
    const bool imageOk = m_imageInfo && !checkImageSize(*m_imageInfo);
    bool fits = !m_target || !m_imageInfo || m_imageInfo->imageBytes < 0 ||
                m_imageInfo->imageBytes <= m_target->freeBytes;
    // A rewritable disc with data is erased first (after a question): its capacity counts.
    if (m_target && !fits && m_target->erasable && m_target->status != MediumStatus::Blank)
        fits = m_imageInfo->imageBytes <= m_target->capacityBytes;
    const QString eccRefusal = m_ecc->refusal();
    m_start->setEnabled(!isRunning() && imageOk && m_picker->hasDrive() && fits &&
                        eccRefusal.isEmpty());
    // The refusal shows under the option; the button says it too, where the person looks.
    m_start->setToolTip(eccRefusal);
}

void BurnPage::setEditing(bool editing)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editing);
    m_picker->setEnabled(editing);
    m_settings->setEditable(editing);
    m_ecc->setEditable(editing);
}

void BurnPage::start()
{
    if (isRunning())
        return;
    m_message->setVisible(false);
    auto job = std::make_unique<BurnJob>(options());
    // Queued from the job's thread to the panel, which shows the job from start() on.
    connect(job.get(), &BurnJob::sourceTooSlow, m_panel,
            [panel = m_panel](qint64, int, const QString &message) { panel->showNotice(message); });
    m_job.start(std::move(job));
}

void BurnPage::onStarted()
{
    setEditing(false);
    updateStartButton();
}

void BurnPage::onFinished(const JobResult &result)
{
    setEditing(true);
    notifyJobEnd(this, result.succeeded() ? tr("Burn finished") : tr("Burn did not finish"),
                 result.forGui(), result.succeeded());
    readTarget();
    updateStartButton();
}

} // namespace Spindle
