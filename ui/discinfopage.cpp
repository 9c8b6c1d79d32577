#include "discinfopage.h"

#include "base/format.h"
#include "busyindicator.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "ecc/rs03image.h"
#include "icons.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/checkdiscjob.h"
#include "jobs/repairjob.h"
#include "messagebox.h"
#include "uiformat.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spindle {

namespace {

QLabel *centeredLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

QString profileText(const MediaInfo &info)
{
    const QString name = mediumProfileName(info);
    return name.isEmpty() ? DiscInfoPage::tr("—") : name;
}

void setBold(QLabel *label, double scale = 1.0)
{
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

} // namespace

DiscInfoPage::DiscInfoPage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_picker(new DrivePicker(drives, this)),
      m_openImage(new QPushButton(actionIcon(ActionIcon::Open), tr("Open &Image…"), this)),
      m_header(new QWidget(this)), m_headerIcon(new QLabel(m_header)),
      m_title(new QLabel(m_header)), m_subtitle(new QLabel(m_header)),
      m_busy(new BusyIndicator(m_header, 20)),
      m_refresh(new QPushButton(actionIcon(ActionIcon::Refresh), tr("&Refresh"), m_header)),
      m_check(new QPushButton(tr("&Check for Damage"), m_header)),
      m_repair(new QPushButton(tr("Re&pair Image"), m_header)), m_content(new QStackedWidget(this)),
      m_panel(new JobProgressPanel(this)), m_job(this)
{
    setObjectName(QStringLiteral("discInfoPage"));
    m_picker->setSettingsKey(QStringLiteral("discInfo/drive"));

    m_headerIcon->setPixmap(
        spindleIcon(QStringLiteral("disc")).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_title->setObjectName(QStringLiteral("discInfoTitle"));
    setBold(m_title, 1.25);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("discInfoSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setObjectName(QStringLiteral("discInfoBusy"));
    m_busy->setVisible(false);
    m_refresh->setObjectName(QStringLiteral("discInfoRefresh"));
    m_refresh->setToolTip(tr("Read the disc again"));
    m_check->setObjectName(QStringLiteral("discInfoCheck"));
    m_repair->setObjectName(QStringLiteral("discInfoRepair"));
    m_repair->setToolTip(tr("Rebuild the damaged sectors the check found from the image's "
                            "error-correction data, in the image file itself"));
    m_repair->setVisible(false);
    m_panel->setObjectName(QStringLiteral("discInfoProgress"));
    m_panel->setVisible(false);
    m_job.setPanel(m_panel);
    m_job.setForm({m_content});
    m_openImage->setObjectName(QStringLiteral("discInfoOpenImage"));
    m_openImage->setToolTip(tr("Show what an image file holds instead of a disc"));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(10);
    headerLayout->addWidget(m_headerIcon);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_busy);
    headerLayout->addWidget(m_repair);
    headerLayout->addWidget(m_check);
    headerLayout->addWidget(m_refresh);

    m_emptyState = createEmptyState();
    m_loadingState = createLoadingState();
    m_errorState = createErrorState();
    m_infoView = createInfoView();
    m_content->addWidget(m_emptyState);
    m_content->addWidget(m_loadingState);
    m_content->addWidget(m_errorState);
    m_content->addWidget(m_infoView);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setSpacing(6);
    sourceRow->addWidget(m_picker, 1);
    sourceRow->addWidget(m_openImage, 0, Qt::AlignTop);
    layout->addLayout(sourceRow);
    layout->addWidget(separator);
    layout->addWidget(m_header);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_panel, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DiscInfoPage::refresh);
    connect(m_openImage, &QPushButton::clicked, this, &DiscInfoPage::browseImage);
    connect(m_picker, &DrivePicker::currentDriveChanged, this, &DiscInfoPage::showDrive);
    connect(m_picker, &DrivePicker::driveActivated, this, &DiscInfoPage::showDrive);
    connect(m_picker, &DrivePicker::mediumChanged, this, [this] {
        if (m_imagePath.isEmpty())
            refresh();
    });
    connect(&m_reader, &MediaInfoReader::finished, this, &DiscInfoPage::onRead);
    connect(m_check, &QPushButton::clicked, this, &DiscInfoPage::checkDisc);
    connect(&m_job, &PageJob::started, this, [this] { setJobRunning(true); });
    connect(&m_job, &PageJob::finished, this, &DiscInfoPage::onJobFinished);
    connect(m_repair, &QPushButton::clicked, this, &DiscInfoPage::repairImage);

    updateHeader();
    m_content->setCurrentWidget(m_picker->hasDrive() ? m_loadingState : m_emptyState);
}

bool DiscInfoPage::isReading() const
{
    return m_reader.isRunning();
}

void DiscInfoPage::openImage(const QString &path)
{
    m_imagePath = QFileInfo(path).absoluteFilePath();
    m_lastImageFolder = QFileInfo(m_imagePath).absolutePath();
    refresh();
}

void DiscInfoPage::browseImage()
{
    const QString start = m_lastImageFolder.isEmpty() ? QDir::homePath() : m_lastImageFolder;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose an Image to Look At"), start,
        tr("Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz "
           "*.img.zst);;All files (*)"));
    if (!file.isEmpty())
        openImage(file);
}

// Choosing a drive (the one already chosen too) leaves the image for the drive's disc.
void DiscInfoPage::showDrive()
{
    m_imagePath.clear();
    refresh();
}

QString DiscInfoPage::currentSource() const
{
    return m_imagePath.isEmpty() ? m_picker->currentAddress() : m_imagePath;
}

bool DiscInfoPage::hasSource() const
{
    return !m_imagePath.isEmpty() || m_picker->hasDrive();
}

void DiscInfoPage::refresh()
{
    m_dirty = true;
    if (!hasSource()) {
        m_shownAddress.clear();
        m_hasInfo = false;
        m_content->setCurrentWidget(m_emptyState);
        updateHeader();
        return;
    }
    if (!isVisible() || m_job.isRunning())
        return; // read when shown (a hidden page must not spin a drive up), and after a check
    if (m_reader.isRunning()) {
        m_pending = true;
        return;
    }
    startReading();
}

void DiscInfoPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DiscInfoPage::startReading()
{
    m_dirty = false;
    const QString address = currentSource();
    if (address != m_shownAddress) {
        m_hasInfo = false;
        m_content->setCurrentWidget(m_loadingState);
    }
    if (m_imagePath.isEmpty())
        m_reader.readWithEcc(address, m_picker->currentMedium());
    else
        m_reader.readImage(address);
    updateHeader();
}

void DiscInfoPage::onRead()
{
    const MediaInfoReader::Reading reading = m_reader.result();
    if (reading.address == currentSource()) {
        m_shownAddress = reading.address;
        if (reading.ok)
            showInfo(reading.info);
        else
            showError(reading.error);
    }
    if (m_pending || reading.address != currentSource()) {
        m_pending = false;
        if (hasSource() && isVisible()) {
            startReading();
            return;
        }
    }
    updateHeader();
}

void DiscInfoPage::checkDisc()
{
    if (m_job.isRunning())
        return;
    m_repairableImage.clear();
    if (!m_imagePath.isEmpty()) {
        RepairOptions o;
        o.imagePath = m_imagePath;
        o.checkOnly = true;
        m_job.start(std::make_unique<RepairJob>(o));
        return;
    }
    if (!m_picker->hasDrive())
        return;
    CheckDiscOptions o;
    o.driveAddress = m_picker->currentAddress();
    o.medium = m_picker->currentMedium();
    m_job.start(std::make_unique<CheckDiscJob>(o));
}

void DiscInfoPage::repairImage()
{
    if (m_job.isRunning() || m_repairableImage.isEmpty() || m_repairableImage != m_imagePath)
        return;
    MessageBox::Request ask;
    ask.title = tr("Repair the Image?");
    ask.text = tr("The damaged sectors of %1 are rebuilt from its error-correction data and "
                  "written into the file. Sectors that cannot be rebuilt stay as they are.")
                   .arg(QFileInfo(m_imagePath).fileName());
    ask.yesText = tr("&Repair");
    ask.noText = tr("Cancel");
    if (!MessageBox::ask(this, ask))
        return;
    RepairOptions o;
    o.imagePath = m_imagePath;
    m_repairableImage.clear();
    m_job.start(std::make_unique<RepairJob>(o));
}

void DiscInfoPage::onJobFinished()
{
    // A check of the image that found sectors a repair rebuilds: offer the repair.
    if (const auto *repair = m_job.job<RepairJob>();
        repair && repair->options().checkOnly && repair->report().ran) {
        const Rs03RepairReport &d = repair->report().repair;
        if (d.repairedSectors > 0)
            m_repairableImage = repair->options().imagePath;
    }
    setJobRunning(false);
}

// The drive is the job's while it reads: no other source, no second read of the disc.
void DiscInfoPage::setJobRunning(bool running)
{
    m_picker->setEnabled(!running);
    m_openImage->setEnabled(!running);
    if (!running && m_dirty)
        refresh();
    updateHeader();
}

void DiscInfoPage::updateHeader()
{
    const auto drive = m_picker->currentDrive();
    const bool image = !m_imagePath.isEmpty();
    m_header->setVisible(image || drive.has_value());
    m_busy->setVisible(isReading());
    const bool jobRunning = m_job.isRunning();
    m_refresh->setEnabled((image || drive.has_value()) && !isReading() && !jobRunning);
    // A disc with data in a drive, or an image file with error-correction data to check it
    // against (a plain image has nothing that could tell a changed sector).
    const bool shown = m_hasInfo && !isReading() && m_content->currentWidget() == m_infoView;
    const bool discWithData = !image && drive.has_value() && m_lastInfo.filesystem.present &&
                              (m_lastInfo.status == MediumStatus::Closed ||
                               m_lastInfo.status == MediumStatus::Appendable);
    m_check->setEnabled(shown && !jobRunning && (discWithData || (image && m_imageHasEcc)));
    m_check->setToolTip(image ? tr("Check every sector of the image against its "
                                   "error-correction data: what is damaged and whether it can be "
                                   "repaired. Nothing is written.")
                              : tr("Read every sector of the disc and, when it carries "
                                   "error-correction data, check each one against it: what is "
                                   "damaged and whether a copy can be repaired. Nothing is "
                                   "written."));
    m_repair->setVisible(image && !m_repairableImage.isEmpty() && m_repairableImage == m_imagePath);
    m_repair->setEnabled(!jobRunning);
    m_refresh->setToolTip(image ? tr("Read the image file again") : tr("Read the disc again"));
    if (image) {
        m_title->setText(QFileInfo(m_imagePath).fileName());
        m_title->setToolTip(m_imagePath);
        if (isReading() && !m_hasInfo)
            m_subtitle->setText(tr("Reading the image file…"));
        else if (m_content->currentWidget() == m_errorState)
            m_subtitle->setText(tr("Could not read this image file"));
        else if (m_hasInfo)
            m_subtitle->setText(
                tr("%1 · %2").arg(profileText(m_lastInfo), formatBytes(m_lastInfo.usedBytes)));
        return;
    }
    if (!drive)
        return;
    m_title->setText(drive->info.displayName());
    m_title->setToolTip({});
    if (isReading() && !m_hasInfo) {
        m_subtitle->setText(tr("Reading the disc…"));
    } else if (m_content->currentWidget() == m_errorState) {
        m_subtitle->setText(tr("Could not read this drive"));
    } else if (m_hasInfo) {
        const MediaInfo &info = m_lastInfo;
        const QString status = mediumStatusText(info.status);
        if (info.isVirtual && !drive->medium.isPlainFile())
            m_subtitle->setText(
                tr("%1 · emulated %2").arg(status, mediumDisplayName(drive->medium)));
        else if (info.status != MediumStatus::NoMedium)
            m_subtitle->setText(tr("%1 · %2").arg(profileText(info), status));
        else
            m_subtitle->setText(status);
    }
}

void DiscInfoPage::showInfo(const MediaInfo &info)
{
    m_lastInfo = info;
    m_hasInfo = true;
    // Two sectors read after the file system: quick enough for the GUI thread.
    const auto ecc = info.isImageFile && !m_imagePath.isEmpty() ? inspectRs03Image(m_imagePath)
                                                                : Result<Rs03ImageInfo>(Error{});
    m_imageHasEcc = ecc && ecc->state == Rs03ImageInfo::State::Augmented;
    const QString none = tr("—");
    const bool hasMedium = info.status != MediumStatus::NoMedium;

    m_profile->setText(profileText(info));
    m_status->setText(mediumStatusText(info.status));
    // A file has a size (the Used row); capacity, free space, erasing and writing are a disc's.
    for (QLabel *discOnly : {m_capacity, m_free, m_erasable, m_writable, m_speeds})
        m_mediumForm->setRowVisible(discOnly, !info.isImageFile);
    if (auto *usedLabel = qobject_cast<QLabel *>(m_mediumForm->labelForField(m_used)))
        usedLabel->setText(info.isImageFile ? tr("Size:") : tr("Used:"));
    const auto bytes = [&](qint64 value, QLabel *label) {
        label->setText(hasMedium ? formatBytes(value) : none);
        label->setToolTip(hasMedium ? formatBytesExact(value) : QString());
    };
    bytes(info.capacityBytes, m_capacity);
    if (info.isVirtual && info.profileId == MediumKind{}.profileId) {
        m_capacity->setToolTip(tr("%1. A plain image file can grow until its file system is "
                                  "full.")
                                   .arg(formatBytesExact(info.capacityBytes)));
    }
    bytes(info.usedBytes, m_used);
    bytes(info.freeBytes, m_free);
    const QString blank = blankRewritableText(info);
    m_erasable->setText(!hasMedium ? none : blank.isEmpty() ? yesNo(info.erasable) : blank);
    m_writable->setText(hasMedium ? yesNo(info.writable) : none);

    QStringList speeds;
    const SpeedBase base = speedBaseForProfile(info.profileId);
    for (int kbps : info.writeSpeedsKBps)
        speeds << formatDriveSpeedX(kbps, base);
    if (!speeds.isEmpty())
        m_speeds->setText(speeds.join(QStringLiteral(", ")));
    else if (info.isVirtual)
        m_speeds->setText(tr("As fast as the disk allows (image file)"));
    else
        m_speeds->setText(hasMedium ? tr("Not reported by the drive") : none);

    const FilesystemInfo &fs = info.filesystem;
    m_fsDetails->setVisible(fs.present);
    m_noFilesystem->setVisible(!fs.present);
    if (!hasMedium)
        m_noFilesystem->setText(tr("There is no disc in the drive."));
    else if (info.status == MediumStatus::Blank)
        m_noFilesystem->setText(tr("The disc is blank: there is no file system yet."));
    else
        m_noFilesystem->setText(tr("No data file system was found. This may be an audio CD or "
                                   "a format Spindle does not recognise."));
    m_label->setText(fs.present ? (fs.label.isEmpty() ? tr("(no label)") : fs.label) : none);
    m_created->setText(fs.created.isValid()
                           ? QLocale().toString(fs.created.toLocalTime(), QLocale::ShortFormat)
                           : tr("Unknown"));
    m_fsSize->setText(fs.sizeBytes > 0 ? formatBytes(fs.sizeBytes) : tr("Unknown"));
    m_fsSize->setToolTip(fs.sizeBytes > 0 ? formatBytesExact(fs.sizeBytes) : QString());
    m_joliet->setText(yesNo(fs.joliet));
    m_rockRidge->setText(yesNo(fs.rockRidge));
    m_udf->setText(yesNo(fs.udf));
    m_elTorito->setText(yesNo(fs.elTorito));
    m_dvdVideo->setText(yesNo(fs.dvdVideo));

    int rows = 0;
    for (const SessionInfo &session : info.sessions)
        rows += int(session.tracks.size());
    m_tracks->setRowCount(rows);
    int row = 0;
    for (const SessionInfo &session : info.sessions) {
        for (const TrackInfo &track : session.tracks) {
            const QStringList cells{QString::number(session.number), QString::number(track.number),
                                    QLocale().toString(track.startLba),
                                    formatBytes(track.sizeBytes),
                                    track.audio ? tr("Audio") : tr("Data")};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                if (column == 3)
                    item->setToolTip(formatBytesExact(track.sizeBytes));
                m_tracks->setItem(row, column, item);
            }
            ++row;
        }
    }
    // Fit the table to its rows (up to eight) instead of leaving an empty grid.
    const int visibleRows = qBound(1, rows, 8);
    m_tracks->setFixedHeight(m_tracks->horizontalHeader()->sizeHint().height() +
                             visibleRows * m_tracks->verticalHeader()->defaultSectionSize() +
                             2 * m_tracks->frameWidth());
    m_tracks->setVisible(rows > 0);
    m_noTracks->setVisible(rows == 0);
    m_noTracks->setText(hasMedium ? tr("No sessions have been written yet.")
                                  : tr("There is no disc in the drive."));

    m_notes->setVisible(!info.notes.isEmpty());
    if (!info.notes.isEmpty()) {
        m_notes->setMessage(InlineMessage::Kind::Info,
                            info.notes.size() == 1
                                ? info.notes.constFirst()
                                : QStringLiteral("• ") + info.notes.join(QStringLiteral("\n• ")));
    }
    m_content->setCurrentWidget(m_infoView);
}

void DiscInfoPage::showError(const Error &error)
{
    m_hasInfo = false;
    m_error->setMessage(InlineMessage::Kind::Error, error.forGui(), error.detail);
    m_content->setCurrentWidget(m_errorState);
}

QWidget *DiscInfoPage::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("discInfoEmpty"));
    auto *icon = new QLabel(page);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(spindleIcon(QStringLiteral("disc")).pixmap(QSize(64, 64), devicePixelRatioF()));
    auto *title = centeredLabel(tr("Choose a drive or open an image file"), page);
    title->setObjectName(QStringLiteral("discInfoEmptyTitle"));
    setBold(title, 1.2);
    auto *text = centeredLabel(tr("Spindle shows what is on the disc in the chosen drive, or "
                                  "what an image file holds."),
                               page);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setMaximumWidth(460);
    // A wrapped label given an alignment gets its one-line height: centre it with stretches.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 100);
    textRow->addStretch(1);
    auto *add = new QPushButton(spindleIcon(QStringLiteral("drive-virtual")),
                                tr("Add Virtual Drive…"), page);
    add->setObjectName(QStringLiteral("discInfoEmptyAdd"));
    connect(add, &QPushButton::clicked, m_picker, &DrivePicker::addVirtualDrive);
    auto *open = new QPushButton(actionIcon(ActionIcon::Open), tr("Open Image…"), page);
    open->setObjectName(QStringLiteral("discInfoEmptyOpen"));
    connect(open, &QPushButton::clicked, this, &DiscInfoPage::browseImage);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(add);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addLayout(textRow);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QWidget *DiscInfoPage::createLoadingState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("discInfoLoading"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(new BusyIndicator(page, 24));
    row->addWidget(new QLabel(tr("Reading the disc…"), page));
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

QWidget *DiscInfoPage::createErrorState()
{
    auto *page = new QWidget(this);
    m_error = new InlineMessage(page);
    m_error->setObjectName(QStringLiteral("discInfoError"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addStretch(1);
    return page;
}

QWidget *DiscInfoPage::createInfoView()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("discInfoView"));
    // Focusable so that the keyboard can scroll through details that do not fit.
    scroll->setAccessibleName(tr("Disc details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->addWidget(createMediumGroup(), 0, 0);
    grid->addWidget(createFilesystemGroup(), 0, 1);
    grid->addWidget(createTracksGroup(), 1, 0, 1, 2);
    m_notes = new InlineMessage(body);
    m_notes->setObjectName(QStringLiteral("discInfoNotes"));
    grid->addWidget(m_notes, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    scroll->setWidget(body);
    return scroll;
}

QLabel *DiscInfoPage::addValueRow(QFormLayout *form, const QString &label,
                                  const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QGroupBox *DiscInfoPage::createMediumGroup()
{
    auto *group = new QGroupBox(tr("Medium"), this);
    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight);
    m_mediumForm = form;
    m_profile = addValueRow(form, tr("Type:"), QStringLiteral("discInfoProfile"));
    m_status = addValueRow(form, tr("Status:"), QStringLiteral("discInfoStatus"));
    m_capacity = addValueRow(form, tr("Capacity:"), QStringLiteral("discInfoCapacity"));
    m_used = addValueRow(form, tr("Used:"), QStringLiteral("discInfoUsed"));
    m_free = addValueRow(form, tr("Free:"), QStringLiteral("discInfoFree"));
    m_erasable = addValueRow(form, tr("Erasable:"), QStringLiteral("discInfoErasable"));
    m_writable = addValueRow(form, tr("Writable:"), QStringLiteral("discInfoWritable"));
    m_speeds = addValueRow(form, tr("Write speeds:"), QStringLiteral("discInfoSpeeds"));
    return group;
}

QGroupBox *DiscInfoPage::createFilesystemGroup()
{
    auto *group = new QGroupBox(tr("File System"), this);
    m_fsDetails = new QWidget(group);
    auto *form = new QFormLayout(m_fsDetails);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    m_label = addValueRow(form, tr("Label:"), QStringLiteral("discInfoLabel"));
    m_created = addValueRow(form, tr("Created:"), QStringLiteral("discInfoCreated"));
    m_fsSize = addValueRow(form, tr("Size:"), QStringLiteral("discInfoFsSize"));
    m_joliet = addValueRow(form, tr("Joliet:"), QStringLiteral("discInfoJoliet"));
    m_rockRidge = addValueRow(form, tr("Rock Ridge:"), QStringLiteral("discInfoRockRidge"));
    m_udf = addValueRow(form, tr("UDF:"), QStringLiteral("discInfoUdf"));
    m_elTorito = addValueRow(form, tr("Bootable (El Torito):"), QStringLiteral("discInfoElTorito"));
    m_dvdVideo = addValueRow(form, tr("DVD-Video:"), QStringLiteral("discInfoDvdVideo"));
    m_noFilesystem = new QLabel(group);
    m_noFilesystem->setObjectName(QStringLiteral("discInfoNoFilesystem"));
    m_noFilesystem->setWordWrap(true);
    m_noFilesystem->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_fsDetails);
    layout->addWidget(m_noFilesystem);
    layout->addStretch(1);
    return group;
}

QGroupBox *DiscInfoPage::createTracksGroup()
{
    auto *group = new QGroupBox(tr("Sessions and Tracks"), this);
    m_tracks = new QTableWidget(0, 5, group);
    m_tracks->setObjectName(QStringLiteral("discInfoTracks"));
    m_tracks->setAccessibleName(tr("Sessions and Tracks"));
    m_tracks->setHorizontalHeaderLabels(
        {tr("Session"), tr("Track"), tr("Start (sector)"), tr("Size"), tr("Type")});
    m_tracks->verticalHeader()->setVisible(false);
    m_tracks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracks->setAlternatingRowColors(true);
    m_tracks->setShowGrid(false);
    // Numbers in columns as wide as their header; the type column takes the rest.
    m_tracks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tracks->horizontalHeader()->setStretchLastSection(true);
    m_tracks->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tracks->horizontalHeader()->setMinimumSectionSize(90);
    m_noTracks = new QLabel(group);
    m_noTracks->setObjectName(QStringLiteral("discInfoNoTracks"));
    m_noTracks->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_tracks);
    layout->addWidget(m_noTracks);
    return group;
}

} // namespace Spindle
