#include "burnnewimagedialog.h"

#include "base/format.h"
#include "burnsettingswidget.h"
#include "drivepicker.h"
#include "eccoptionwidget.h"
#include "uiformat.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spindle {

BurnNewImageDialog::BurnNewImageDialog(DriveList *drives, qint64 estimatedBytes, QWidget *parent)
    : QDialog(parent), m_picker(new DrivePicker(drives, this)), m_target(new QLabel(this)),
      m_fit(new QLabel(this)), m_settings(new BurnSettingsWidget(this)),
      m_ecc(new EccOptionWidget(EccOptionWidget::Shape::Row, this)), m_estimate(estimatedBytes)
{
    setObjectName(QStringLiteral("burnNewImageDialog"));
    setWindowTitle(tr("Burn the New Image"));
    m_picker->setSettingsKey(QStringLiteral("burn/drive")); // the Burn image page's drive too
    m_picker->setLabelText(tr("Burn &to:"));
    m_target->setObjectName(QStringLiteral("burnDialogTarget"));
    m_target->setWordWrap(true);
    m_fit->setObjectName(QStringLiteral("burnDialogFit"));
    m_fit->setWordWrap(true);

    auto *targetBox = new QGroupBox(tr("Target disc"), this);
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_picker);
    targetLayout->addWidget(m_target);
    targetLayout->addWidget(m_fit);
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(m_settings);
    // The New image page's choice, which this one changes too (the page takes it back).
    m_ecc->setSettingsKey(QStringLiteral("newImage/ecc"));
    m_ecc->setImageBytes(estimatedBytes);
    m_settings->addOption(m_ecc);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Burn"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("burnDialogStart"));
    m_start->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The new image is burned as it is made, with no temporary file. "
                                "Spindle checks the disc before writing anything."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(targetBox);
    layout->addWidget(optionsBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &DrivePicker::currentDriveChanged, this, &BurnNewImageDialog::readTarget);
    connect(m_picker, &DrivePicker::mediumChanged, this, &BurnNewImageDialog::readTarget);
    connect(&m_reader, &QFutureWatcher<Reading>::finished, this, &BurnNewImageDialog::onTargetRead);
    connect(m_ecc, &EccOptionWidget::changed, this, &BurnNewImageDialog::updateState);
    resize(520, sizeHint().height());
    updateState();
}

BurnNewImageDialog::~BurnNewImageDialog()
{
    m_reader.waitForFinished();
}

BurnOptions BurnNewImageDialog::options() const
{
    BurnOptions o;
    o.driveAddress = m_picker->currentAddress();
    o.medium = m_picker->currentMedium();
    m_settings->applyTo(o);
    o.ecc = m_ecc->choice();
    return o;
}

SpeedBase BurnNewImageDialog::speedBase() const
{
    return speedBaseForProfile(m_info ? m_info->profileId : MediumKind{}.profileId);
}

void BurnNewImageDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_info && !m_reading)
        readTarget();
}

void BurnNewImageDialog::readTarget()
{
    m_info.reset();
    if (!m_picker->hasDrive() || !isVisible() || m_reading) {
        updateState();
        return;
    }
    m_target->setText(tr("Reading the disc…"));
    const QString address = m_picker->currentAddress();
    const MediumKind medium = m_picker->currentMedium();
    m_reading = true;
    m_reader.setFuture(QtConcurrent::run([address, medium] {
        return Reading{address, queryMediaInfo(address, medium)};
    }));
    updateState();
}

void BurnNewImageDialog::onTargetRead()
{
    m_reading = false;
    const Reading r = m_reader.result();
    if (r.address != m_picker->currentAddress()) {
        readTarget();
        return;
    }
    if (r.info)
        m_info = r.info.value();
    else
        m_target->setText(r.info.error().forGui());
    m_settings->setMedium(m_info ? &*m_info : nullptr);
    updateState();
}

void BurnNewImageDialog::updateState()
{
    bool fits = true;
    if (!m_picker->hasDrive()) {
        m_target->setText(tr("Choose a drive with a blank disc, or add a virtual drive."));
        m_fit->clear();
    } else if (m_info) {
        const MediaInfo &info = *m_info;
        const bool holdsData =
            info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed;
        QString text = tr("%1 — %2").arg(
            mediumProfileName(info).isEmpty() ? tr("no disc") : mediumProfileName(info),
            mediumStatusText(info.status));
        if (holdsData)
            text += QLatin1Char(' ') + (info.erasable
                                            ? tr("(it will be erased first, after you confirm)")
                                            : tr("(holds data)"));
        m_target->setText(text);
        // A rewritable disc with data is erased first: then its whole capacity counts.
        const qint64 room = holdsData && info.erasable ? info.capacityBytes : info.freeBytes;
        fits = info.status != MediumStatus::NoMedium && m_estimate <= room;
        if (info.status == MediumStatus::NoMedium)
            m_fit->setText(tr("Insert a blank disc."));
        else if (holdsData && !info.erasable)
            m_fit->setText(tr("The disc already holds data: insert a blank disc."));
        else
            m_fit->setText(fits ? tr("The new image (about %1) should fit: %2 available.")
                                      .arg(formatBytes(m_estimate), formatBytes(room))
                                : tr("The new image (about %1) does not fit: only %2 available. "
                                     "Leave out more files or use a larger disc.")
                                      .arg(formatBytes(m_estimate), formatBytes(room)));
        fits = fits && !(holdsData && !info.erasable);
        m_ecc->setCapacitySectors(room / 2048);
    } else {
        m_ecc->setCapacitySectors(0);
    }
    const QString eccRefusal = m_ecc->refusal();
    m_start->setEnabled(m_picker->hasDrive() && fits && !m_reading && eccRefusal.isEmpty());
    m_start->setToolTip(eccRefusal);
}

} // namespace Spindle
