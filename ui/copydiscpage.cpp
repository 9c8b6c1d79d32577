#include "copydiscpage.h"

#include "burnsettingswidget.h"
#include "desktopnotifier.h"
#include "drivepicker.h"
#include "jobprogresspanel.h"
#include "jobs/copydiscjob.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spindle {

CopyDiscPage::CopyDiscPage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_source(new DrivePicker(drives, this)),
      m_target(new DrivePicker(drives, this)), m_mode(new QLabel(this)),
      m_settings(new BurnSettingsWidget(this)), m_start(new QPushButton(tr("&Copy"), this)),
      m_panel(new JobProgressPanel(this)), m_job(this)
{
    setObjectName(QStringLiteral("copyDiscPage"));
    m_source->setObjectName(QStringLiteral("copyDiscSource"));
    m_source->setSettingsKey(QStringLiteral("copydisc/source"));
    m_target->setObjectName(QStringLiteral("copyDiscTarget"));
    m_target->setSettingsKey(QStringLiteral("copydisc/target"));
    m_mode->setObjectName(QStringLiteral("copyDiscMode"));
    m_mode->setWordWrap(true);
    m_settings->setObjectName(QStringLiteral("copyDiscSettings"));
    m_start->setObjectName(QStringLiteral("copyDiscStart"));
    m_panel->setObjectName(QStringLiteral("copyDiscProgress"));
    m_panel->setVisible(false);
    m_job.setPanel(m_panel);

    auto *sourceGroup = new QGroupBox(tr("Disc to copy"), this);
    auto *sourceLayout = new QVBoxLayout(sourceGroup);
    sourceLayout->addWidget(m_source);
    auto *targetGroup = new QGroupBox(tr("Burn the copy with"), this);
    auto *targetLayout = new QVBoxLayout(targetGroup);
    targetLayout->addWidget(m_target);
    targetLayout->addWidget(m_mode);
    targetLayout->addWidget(m_settings);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceGroup);
    layout->addWidget(targetGroup);
    layout->addLayout(buttons);
    layout->addWidget(m_panel, 1);
    layout->addStretch();
    // While a copy runs its progress takes the page (the job view of the other pages), so the
    // window never grows to hold form and progress at once.
    m_job.setForm({sourceGroup, targetGroup, m_start});

    connect(m_source, &DrivePicker::currentDriveChanged, this, &CopyDiscPage::updateMode);
    connect(m_target, &DrivePicker::currentDriveChanged, this, &CopyDiscPage::updateMode);
    connect(m_start, &QPushButton::clicked, this, &CopyDiscPage::start);
    connect(&m_job, &PageJob::started, this, &CopyDiscPage::onStarted);
    connect(&m_job, &PageJob::finished, this, &CopyDiscPage::onFinished);
    updateMode();
}

bool CopyDiscPage::isRunning() const
{
    return m_job.isRunning();
}

void CopyDiscPage::updateMode()
{
    const bool ready = m_source->hasDrive() && m_target->hasDrive();
    m_start->setEnabled(ready && !isRunning());
    if (!ready)
        m_mode->clear();
    else if (m_source->currentAddress() == m_target->currentAddress())
        m_mode->setText(tr("One drive: the disc is read into a temporary image first; then "
                           "Spindle asks for a blank disc."));
    else
        m_mode->setText(tr("Two drives: the copy is burned while the disc is read."));
}

void CopyDiscPage::start()
{
    if (isRunning() || !m_source->hasDrive() || !m_target->hasDrive())
        return;
    CopyDiscOptions o;
    o.sourceDrive = m_source->currentAddress();
    o.sourceMedium = m_source->currentMedium();
    m_settings->applyTo(o.burn);
    o.burn.driveAddress = m_target->currentAddress();
    o.burn.medium = m_target->currentMedium();
    m_job.start(std::make_unique<CopyDiscJob>(o));
}

void CopyDiscPage::setEditing(bool editing)
{
    m_source->setEnabled(editing);
    m_target->setEnabled(editing);
    m_settings->setEditable(editing);
}

void CopyDiscPage::onStarted()
{
    setEditing(false);
    m_start->setEnabled(false);
}

void CopyDiscPage::onFinished(const JobResult &result)
{
    setEditing(true);
    updateMode();
    notifyJobEnd(this, result.succeeded() ? tr("Disc copied") : tr("Copy did not finish"),
                 result.forGui(), result.succeeded());
}

} // namespace Spindle
