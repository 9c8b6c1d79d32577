#include "erasepage.h"

#include "base/format.h"
#include "desktopnotifier.h"
#include "drivelist.h"
#include "drivepicker.h"
#include "jobprogresspanel.h"
#include "jobs/erasejob.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spindle {

ErasePage::ErasePage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_picker(new DrivePicker(drives, this)), m_summary(new QLabel(this)),
      m_full(new QCheckBox(tr("&Full erase (slow: overwrites the whole disc)"), this)),
      m_start(new QPushButton(tr("&Erase…"), this)), m_panel(new JobProgressPanel(this)),
      m_job(this)
{
    setObjectName(QStringLiteral("erasePage"));
    m_picker->setSettingsKey(QStringLiteral("erase/drive"));
    m_summary->setObjectName(QStringLiteral("eraseSummary"));
    m_summary->setWordWrap(true);
    m_full->setObjectName(QStringLiteral("eraseFull"));
    m_full->setToolTip(tr("A quick erase is enough to burn the disc again. A full erase also "
                          "removes the old data for good, and for DVD+RW, DVD-RAM and BD-RE "
                          "formats the disc anew."));
    m_start->setObjectName(QStringLiteral("eraseStart"));
    m_panel->setObjectName(QStringLiteral("eraseProgress"));
    m_panel->setVisible(false);
    m_job.setPanel(m_panel);

    auto *group = new QGroupBox(tr("Disc to erase"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_picker);
    groupLayout->addWidget(m_summary);
    groupLayout->addWidget(m_full);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addLayout(buttons);
    layout->addWidget(m_panel, 1);
    layout->addStretch();
    m_job.setForm({group, m_start});

    connect(m_picker, &DrivePicker::currentDriveChanged, this, &ErasePage::readDisc);
    connect(m_picker, &DrivePicker::mediumChanged, this, &ErasePage::readDisc);
    connect(&m_reader, &MediaInfoReader::finished, this, &ErasePage::onDiscRead);
    connect(m_start, &QPushButton::clicked, this, &ErasePage::start);
    connect(&m_job, &PageJob::started, this, &ErasePage::onStarted);
    connect(&m_job, &PageJob::finished, this, &ErasePage::onFinished);
    m_start->setEnabled(false);
}

bool ErasePage::isRunning() const
{
    return m_job.isRunning();
}

void ErasePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_read && !m_reader.isRunning())
        readDisc();
}

void ErasePage::readDisc()
{
    m_erasable = false;
    m_start->setEnabled(false);
    if (!m_picker->hasDrive()) {
        m_summary->setText(tr("Choose the drive holding a rewritable disc."));
        return;
    }
    if (!isVisible() || m_reader.isRunning() || isRunning())
        return;
    m_summary->setText(tr("Reading the disc…"));
    m_reader.read(m_picker->currentAddress(), m_picker->currentMedium());
}

void ErasePage::onDiscRead()
{
    const MediaInfoReader::Reading r = m_reader.result();
    if (r.address != m_picker->currentAddress()) {
        readDisc();
        return;
    }
    m_read = true;
    if (!r.ok) {
        m_summary->setText(r.error.forGui());
        return;
    }
    const MediaInfo &info = r.info;
    QString text = tr("%1 — %2").arg(mediumProfileName(info).isEmpty() ? tr("no disc")
                                                                       : mediumProfileName(info),
                                     mediumStatusText(info.status));
    if (info.usedBytes > 0)
        text += QLatin1String(", ") + tr("%1 used").arg(formatBytes(info.usedBytes));
    if (!info.filesystem.label.isEmpty())
        text += QLatin1String(", ") + tr("label “%1”").arg(info.filesystem.label);
    if (info.status == MediumStatus::Blank)
        text += QStringLiteral("<br>") + tr("The disc is already blank.");
    else if (!info.erasable)
        text += QStringLiteral("<br>") +
                tr("This disc cannot be erased (it is write-once or read-only).");
    m_summary->setText(text);
    m_erasable = info.erasable;
    m_start->setEnabled(m_erasable && !isRunning());
}

void ErasePage::start()
{
    if (isRunning())
        return;
    EraseOptions o;
    o.driveAddress = m_picker->currentAddress();
    o.medium = m_picker->currentMedium();
    o.full = m_full->isChecked();
    m_job.start(std::make_unique<EraseJob>(o));
}

void ErasePage::onStarted()
{
    m_picker->setEnabled(false);
    m_full->setEnabled(false);
    m_start->setEnabled(false);
}

void ErasePage::onFinished(const JobResult &result)
{
    m_picker->setEnabled(true);
    m_full->setEnabled(true);
    notifyJobEnd(this, result.succeeded() ? tr("Disc erased") : tr("Erase did not finish"),
                 result.forGui(), result.succeeded());
    readDisc();
}

} // namespace Spindle
