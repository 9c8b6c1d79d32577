#include "copypage.h"

#include "base/format.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/repairjob.h"
#include "messagebox.h"
#include "repairoffer.h"
#include "savelocation.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Spindle {

CopyPage::CopyPage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_picker(new DrivePicker(drives, this)), m_job(this)
{
    setObjectName(QStringLiteral("copyPage"));
    m_picker->setSettingsKey(QStringLiteral("copy/drive"));

    auto *content = new QWidget;
    auto *form = new QWidget(content);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSourceGroup());
    layout->addWidget(createDestinationGroup());
    layout->addWidget(createOptionsGroup());

    m_message = new InlineMessage(content);
    m_message->setObjectName(QStringLiteral("copyMessage"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_start = new QPushButton(tr("&Start Copy"), content);
    m_start->setObjectName(QStringLiteral("copyStart"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    m_panel = new JobProgressPanel(content);
    m_panel->setObjectName(QStringLiteral("copyProgress"));
    m_panel->setVisible(false);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(form);
    contentLayout->addWidget(m_panel, 1);
    contentLayout->addWidget(createResultGroup());
    contentLayout->addStretch();
    m_job.setForm({form});
    m_job.setPanel(m_panel);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the controls; the area scrolls to whichever has focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_picker, &DrivePicker::currentDriveChanged, this, &CopyPage::readSource);
    connect(m_picker, &DrivePicker::mediumChanged, this, &CopyPage::readSource);
    connect(&m_reader, &MediaInfoReader::finished, this, &CopyPage::onSourceRead);
    connect(m_start, &QPushButton::clicked, this, &CopyPage::start);
    connect(&m_job, &PageJob::started, this, &CopyPage::onStarted);
    connect(&m_job, &PageJob::finished, this, &CopyPage::onFinished);
    connect(&m_job, &PageJob::formShown, m_resultGroup, &QWidget::hide);
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });
    connect(m_output, &QLineEdit::textChanged, this, &CopyPage::updateStartButton);
    connect(m_rescue, &QCheckBox::toggled, m_retries, &QWidget::setEnabled);
    connect(m_output, &QLineEdit::textChanged, this, &CopyPage::checkFormOffer);
    connect(&m_job, &PageJob::formShown, this, &CopyPage::checkFormOffer);
    connect(m_formOffer, &RepairOffer::repairRequested, this, [this] { startRepair(m_formOffer); });
    connect(m_resultOffer, &RepairOffer::repairRequested, this,
            [this] { startRepair(m_resultOffer); });
    loadSettings();
    updateStartButton();
}

QGroupBox *CopyPage::createSourceGroup()
{
    auto *group = new QGroupBox(tr("Disc to copy"));
    auto *form = new QVBoxLayout(group);
    form->addWidget(m_picker);
    m_sourceSummary = new QLabel(group);
    m_sourceSummary->setObjectName(QStringLiteral("copySourceSummary"));
    m_sourceSummary->setWordWrap(true);
    m_sourceSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addWidget(m_sourceSummary);
    return group;
}

QGroupBox *CopyPage::createDestinationGroup()
{
    auto *group = new QGroupBox(tr("Image file"));
    auto *column = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    // An earlier rescue copy named here that carries RS03 data can be repaired instead.
    m_formOffer = new RepairOffer(group);
    m_formOffer->setObjectName(QStringLiteral("copyFormRepairOffer"));
    column->addWidget(m_formOffer);
    m_output = new QLineEdit(group);
    m_output->setObjectName(QStringLiteral("copyOutput"));
    m_output->setPlaceholderText(tr("Where to save the image (.iso)"));
    m_output->setAccessibleName(tr("Image file"));
    m_browse = new QPushButton(tr("&Browse…"), group);
    m_browse->setObjectName(QStringLiteral("copyBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &CopyPage::browse);
    row->addWidget(m_output, 1);
    row->addWidget(m_browse);
    m_editors << m_output << m_browse;
    return group;
}

QGroupBox *CopyPage::createOptionsGroup()
{
    auto *group = new QGroupBox(tr("Options"));
    auto *form = new QFormLayout(group);

    m_speed = new QComboBox(group);
    m_speed->setObjectName(QStringLiteral("copySpeed"));
    m_speed->addItem(tr("Maximum"), 0.0);
    for (int x : {1, 2, 4, 8, 16, 24, 48})
        m_speed->addItem(QStringLiteral("%1×").arg(x), double(x));
    form->addRow(tr("Read &speed:"), m_speed);

    m_checksum = new QComboBox(group);
    m_checksum->setObjectName(QStringLiteral("copyChecksum"));
    m_checksum->addItem(tr("SHA-256"), QStringLiteral("sha256"));
    m_checksum->addItem(tr("MD5"), QStringLiteral("md5"));
    m_checksum->addItem(tr("SHA-256 and MD5"), QStringLiteral("both"));
    m_checksum->addItem(tr("None"), QStringLiteral("none"));
    form->addRow(tr("&Checksum:"), m_checksum);

    m_checksumFile =
        new QCheckBox(tr("Save the checksum next to the image (.sha256 / .md5)"), group);
    m_checksumFile->setObjectName(QStringLiteral("copyChecksumFile"));
    form->addRow(QString(), m_checksumFile);

    m_verify = new QCheckBox(tr("&Verify: read the disc again and compare"), group);
    m_verify->setObjectName(QStringLiteral("copyVerify"));
    form->addRow(QString(), m_verify);

    m_wholeTrack = new QCheckBox(tr("Copy the &whole track, not just the file system"), group);
    m_wholeTrack->setObjectName(QStringLiteral("copyWholeTrack"));
    m_wholeTrack->setToolTip(tr("Normally the copy stops where the disc's file system ends, so "
                                "that padding the drive cannot read is left out."));
    form->addRow(QString(), m_wholeTrack);

    m_rescue = new QCheckBox(tr("&Rescue mode: skip unreadable sectors and keep the rest"), group);
    m_rescue->setObjectName(QStringLiteral("copyRescue"));
    m_rescue->setToolTip(tr("Unreadable sectors are filled with zeros and recorded in a map "
                            "file next to the image. Copying again to the same file reads only "
                            "what is still missing."));
    form->addRow(QString(), m_rescue);

    m_retries = new QSpinBox(group);
    m_retries->setObjectName(QStringLiteral("copyRetries"));
    m_retries->setRange(0, 100);
    m_retries->setValue(3);
    // A spin box as wide as the form looks like a text field; a few digits need little room.
    m_retries->setMaximumWidth(m_retries->sizeHint().width() + 40);
    form->addRow(tr("Retries per bad sector:"), m_retries);

    m_editors << m_speed << m_checksum << m_checksumFile << m_verify << m_wholeTrack << m_rescue
              << m_retries;
    return group;
}

QGroupBox *CopyPage::createResultGroup()
{
    m_resultGroup = new QGroupBox(tr("Result"));
    m_resultGroup->setObjectName(QStringLiteral("copyResult"));
    auto *layout = new QVBoxLayout(m_resultGroup);
    m_resultSummary = new QLabel(m_resultGroup);
    m_resultSummary->setObjectName(QStringLiteral("copyResultSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultSummary);
    m_damaged = new QPlainTextEdit(m_resultGroup);
    m_damaged->setObjectName(QStringLiteral("copyDamagedFiles"));
    m_damaged->setReadOnly(true);
    m_damaged->setAccessibleName(tr("Files on unreadable sectors"));
    m_damaged->setMaximumHeight(140);
    m_damaged->setVisible(false);
    layout->addWidget(m_damaged);
    m_resultOffer = new RepairOffer(m_resultGroup);
    m_resultOffer->setObjectName(QStringLiteral("copyRepairOffer"));
    layout->addWidget(m_resultOffer);
    m_resultGroup->setVisible(false);
    return m_resultGroup;
}

void CopyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_source && !m_reader.isRunning())
        readSource();
}

void CopyPage::readSource()
{
    m_source.reset();
    if (!m_picker->hasDrive()) {
        m_sourceSummary->setText(tr("Choose the drive holding the disc, or add a virtual drive."));
        updateStartButton();
        return;
    }
    if (!isVisible() || m_reader.isRunning() || isRunning())
        return;
    m_sourceSummary->setText(tr("Reading the disc…"));
    m_reader.read(m_picker->currentAddress(), m_picker->currentMedium());
}

void CopyPage::onSourceRead()
{
    const MediaInfoReader::Reading r = m_reader.result();
    if (r.address != m_picker->currentAddress()) { // the user moved on meanwhile
        readSource();
        return;
    }
    if (!r.ok) {
        m_sourceSummary->setText(r.error.forGui());
    } else {
        const MediaInfo &info = r.info;
        m_source = info;
        const FilesystemInfo &fs = info.filesystem;
        if (info.status == MediumStatus::NoMedium || info.status == MediumStatus::Blank) {
            m_sourceSummary->setText(info.status == MediumStatus::Blank
                                         ? tr("The disc is blank: there is nothing to copy.")
                                         : tr("No disc in this drive."));
        } else {
            QStringList parts;
            parts << (fs.label.isEmpty()
                          ? tr("No label")
                          : QStringLiteral("<b>%1</b>").arg(fs.label.toHtmlEscaped()));
            parts << (fs.present ? formatBytes(qMax(fs.sizeBytes, fs.udfEndBytes))
                                 : formatBytes(info.usedBytes));
            QStringList kinds;
            if (fs.dvdVideo)
                kinds << tr("DVD-Video");
            if (fs.elTorito)
                kinds << tr("bootable");
            if (fs.udf)
                kinds << tr("UDF");
            if (!fs.present)
                kinds << tr("no file system recognised");
            if (!kinds.isEmpty())
                parts << kinds.join(QStringLiteral(", "));
            if (!mediumProfileName(info).isEmpty())
                parts << mediumProfileName(info);
            m_sourceSummary->setText(parts.join(QStringLiteral(" · ")));
            if (!m_outputEdited || m_output->text().isEmpty()) {
                const QString folder = QFileInfo(m_output->text()).absolutePath();
                const QString base = m_output->text().isEmpty()
                                         ? SaveLocation::startFolder(QStringLiteral("copy/folder"))
                                         : folder;
                m_output->setText(
                    QDir(base).filePath(SaveLocation::nameFor(fs.label, QStringLiteral("iso"))));
            }
        }
    }
    updateStartButton();
}

void CopyPage::browse()
{
    const QString current = m_output->text();
    // Start() asks about replacing a file, also one the added suffix names.
    const QString path = SaveLocation::withSuffix(
        QFileDialog::getSaveFileName(
            this, tr("Save Image As"),
            current.isEmpty() ? SaveLocation::startFolder(QStringLiteral("copy/folder")) : current,
            tr("Disc images (*.iso);;All files (*)")),
        QStringLiteral("iso"));
    if (!path.isEmpty()) {
        m_outputEdited = true;
        m_output->setText(path);
    }
}

void CopyPage::setOutputPath(const QString &path)
{
    m_outputEdited = true;
    m_output->setText(path);
}

QString CopyPage::outputPath() const
{
    return m_output->text().trimmed();
}

ReadOptions CopyPage::options() const
{
    ReadOptions o;
    o.drive = m_picker->currentAddress();
    o.medium = m_picker->currentMedium();
    o.output = outputPath();
    o.rescue = m_rescue->isChecked();
    o.retries = m_retries->value();
    o.wholeTrack = m_wholeTrack->isChecked();
    o.verify = m_verify->isChecked();
    o.checksumFiles = m_checksumFile->isChecked();
    o.speedX = m_speed->currentData().toDouble();
    const QString sum = m_checksum->currentData().toString();
    o.sha256 = sum == QLatin1String("sha256") || sum == QLatin1String("both");
    o.md5 = sum == QLatin1String("md5") || sum == QLatin1String("both");
    return o;
}

bool CopyPage::isRunning() const
{
    return m_job.isRunning();
}

void CopyPage::updateStartButton()
{
    const bool sourceOk = m_source && (m_source->status == MediumStatus::Closed ||
                                       m_source->status == MediumStatus::Appendable);
    m_start->setEnabled(!isRunning() && sourceOk && !outputPath().isEmpty());
}

void CopyPage::setEditing(bool editing)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editing);
    m_picker->setEnabled(editing);
    m_retries->setEnabled(editing && m_rescue->isChecked());
}

void CopyPage::start()
{
    if (isRunning())
        return;
    ReadOptions o = options();
    m_message->setVisible(false);
    const bool resumable = o.rescue && QFileInfo::exists(o.effectiveMapPath());
    if (QFileInfo::exists(o.output) && !resumable) {
        MessageBox::Request q;
        q.title = tr("Replace the existing file?");
        q.text = tr("%1 already exists. Replace it with the copy of this disc?").arg(o.output);
        q.yesText = tr("Replace");
        q.noText = tr("Cancel");
        q.dangerous = true;
        if (!MessageBox::ask(this, q))
            return;
        o.overwrite = true;
    }
    saveSettings();
    m_mapPath = o.effectiveMapPath();
    m_resultGroup->setVisible(false);
    if (m_source)
        m_panel->setSpeedBase(speedBaseForProfile(m_source->profileId));
    m_job.start(std::make_unique<ReadDiscJob>(o));
}

void CopyPage::onStarted()
{
    setEditing(false);
    updateStartButton();
}

void CopyPage::onFinished(const JobResult &result)
{
    setEditing(true);
    if (const ReadDiscJob *job = m_job.job<ReadDiscJob>())
        showReport(result, job->report());
    if (const RepairJob *job = m_job.job<RepairJob>())
        showRepairReport(result, job->report());
    updateStartButton();
}

void CopyPage::checkFormOffer()
{
    const QString image = outputPath();
    const QFileInfo file(image);
    if (isRunning() || (m_repaired.contains(file.absoluteFilePath()) &&
                        m_repaired.value(file.absoluteFilePath()) == file.lastModified())) {
        m_formOffer->hide();
        return;
    }
    m_formOffer->check(image, options().effectiveMapPath(), false);
}

void CopyPage::startRepair(const RepairOffer *offer)
{
    if (isRunning())
        return;
    RepairOptions o;
    o.imagePath = offer->imagePath();
    o.mapPath = offer->mapPath();
    m_repairImage = o.imagePath;
    m_resultGroup->setVisible(false);
    m_panel->setSpeedBase(SpeedBase::Dvd); // a file, not a disc: the usual scale
    m_job.start(std::make_unique<RepairJob>(o));
}

void CopyPage::showRepairReport(const JobResult &result, const RepairReport &report)
{
    const QFileInfo image(m_repairImage);
    const Rs03RepairReport &d = report.repair;
    QStringList lines;
    QStringList lost;
    if (!report.ran) {
        lines << result.forGui().toHtmlEscaped(); // it failed or was cancelled: the panel's why
    } else {
        lines << tr("<b>%1</b> checked and repaired with its error-correction data (%2 roots).")
                     .arg(image.absoluteFilePath().toHtmlEscaped())
                     .arg(d.layout.nroots);
        lines << tr("Damaged sectors: %1 (%2 unreadable, %3 with CRC errors).")
                     .arg(d.damagedSectors)
                     .arg(d.unreadableSectors)
                     .arg(d.crcErrors);
        lines << tr("Rebuilt: %1. Still lost: %2.").arg(d.repairedSectors).arg(d.lostSectors);
        if (d.lostSectors > 0) {
            lines << (qint64(d.firstLost.size()) < d.lostSectors
                          ? tr("The first %1 lost sectors:").arg(d.firstLost.size())
                          : tr("The lost sectors:"));
            for (qint64 sector : d.firstLost)
                lost << QString::number(sector);
        } else {
            // The map still lists what the drive could not read: no offer for those again.
            m_repaired.insert(image.absoluteFilePath(), image.lastModified());
        }
    }
    m_resultSummary->setText(lines.join(QStringLiteral("<br>")));
    m_damaged->setPlainText(lost.join(QStringLiteral(", ")));
    m_damaged->setAccessibleName(tr("Sectors still lost"));
    m_damaged->setVisible(!lost.isEmpty());
    m_resultOffer->hide();
    m_resultGroup->setVisible(true);
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_resultGroup); });
}

void CopyPage::showReport(const JobResult &result, const ReadReport &report)
{
    if (!result.succeeded()) {
        m_resultGroup->setVisible(false);
        return;
    }
    QStringList lines;
    lines << tr("Saved <b>%1</b> (%2).")
                 .arg(report.output.toHtmlEscaped(), formatBytes(report.imageBytes));
    lines << tr("Time: %1, average speed %2.")
                 .arg(formatDuration(report.elapsedMs / 1000),
                      formatRate(report.averageBytesPerSecond));
    if (!report.sha256.isEmpty())
        lines << tr("SHA-256: <tt>%1</tt>").arg(report.sha256);
    if (!report.md5.isEmpty())
        lines << tr("MD5: <tt>%1</tt>").arg(report.md5);
    if (report.verified)
        lines << tr("Verified: the image matches the disc.");
    if (report.resumed)
        lines << tr("This copy resumed an earlier rescue.");
    if (!report.unreadable.isEmpty()) {
        QStringList ranges;
        for (const RescueMap::Range &r : report.unreadable)
            ranges << (r.size == 2048
                           ? QString::number(r.pos / 2048)
                           : QStringLiteral("%1–%2").arg(r.pos / 2048).arg(r.end() / 2048 - 1));
        lines << tr("Unreadable sectors (filled with zeros): %1")
                     .arg(ranges.join(QStringLiteral(", ")));
        if (!report.damagedFilesProblem.isEmpty())
            lines << report.damagedFilesProblem.toHtmlEscaped();
        else
            lines << tr("Damaged files: %1").arg(report.damagedFiles.size());
    }
    m_resultSummary->setText(lines.join(QStringLiteral("<br>")));
    m_damaged->setPlainText(report.damagedFiles.join(QLatin1Char('\n')));
    m_damaged->setAccessibleName(tr("Files on unreadable sectors"));
    m_damaged->setVisible(!report.damagedFiles.isEmpty());
    // A protected disc's copy keeps its RS03 data: what the drive could not read can be rebuilt.
    if (!report.unreadable.isEmpty())
        m_resultOffer->check(report.output, m_mapPath, true);
    else
        m_resultOffer->hide();
    m_resultGroup->setVisible(true);
    // The result is what the user waited for: bring it into view once the layout has grown (down
    // to the repair offer, the next step, when there is one).
    QTimer::singleShot(0, this, [this] {
        m_scroll->ensureWidgetVisible(
            m_resultOffer->isVisible() ? static_cast<QWidget *>(m_resultOffer) : m_resultGroup);
    });
}

void CopyPage::loadSettings()
{
    QSettings s;
    m_verify->setChecked(s.value(QStringLiteral("copy/verify"), false).toBool());
    m_checksumFile->setChecked(s.value(QStringLiteral("copy/checksumFile"), false).toBool());
    m_rescue->setChecked(s.value(QStringLiteral("copy/rescue"), false).toBool());
    m_retries->setValue(s.value(QStringLiteral("copy/retries"), 3).toInt());
    m_retries->setEnabled(m_rescue->isChecked());
    const int sum =
        m_checksum->findData(s.value(QStringLiteral("copy/checksum"), QStringLiteral("sha256")));
    m_checksum->setCurrentIndex(qMax(0, sum));
    const QString folder = s.value(QStringLiteral("copy/folder")).toString();
    // Not a folder that has become read-only since (a mounted disc, a share).
    if (!folder.isEmpty() && SaveLocation::startFolder(QStringLiteral("copy/folder")) == folder)
        m_output->setText(QDir(folder).filePath(QStringLiteral("disc.iso")));
}

void CopyPage::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("copy/verify"), m_verify->isChecked());
    s.setValue(QStringLiteral("copy/checksumFile"), m_checksumFile->isChecked());
    s.setValue(QStringLiteral("copy/rescue"), m_rescue->isChecked());
    s.setValue(QStringLiteral("copy/retries"), m_retries->value());
    s.setValue(QStringLiteral("copy/checksum"), m_checksum->currentData());
    s.setValue(QStringLiteral("copy/folder"), QFileInfo(outputPath()).absolutePath());
}

} // namespace Spindle
