#include "burnsettingswidget.h"

#include "base/format.h"
#include "device/mediainfo.h"
#include "jobs/burnoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Spindle {

BurnSettingsWidget::BurnSettingsWidget(QWidget *parent)
    : QWidget(parent), m_speed(new QComboBox(this)), m_copies(new QSpinBox(this)),
      m_simulate(new QCheckBox(tr("S&imulate (test mode: nothing is written)"), this)),
      m_verify(new QCheckBox(tr("&Verify the disc after burning"), this)),
      m_eject(new QCheckBox(tr("&Eject when done"), this))
{
    m_column = new QVBoxLayout(this);
    m_column->setContentsMargins(0, 0, 0, 0);
    auto *form = m_form = new QFormLayout;
    m_column->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_speed->setObjectName(QStringLiteral("burnSpeed"));
    m_speed->addItem(tr("Maximum"), 0);
    form->addRow(tr("&Speed:"), m_speed);
    m_copies->setObjectName(QStringLiteral("burnCopies"));
    m_copies->setRange(1, 99);
    m_copies->setToolTip(
        tr("After each copy the disc is ejected and Spindle asks for the next one."));
    form->addRow(tr("&Copies:"), m_copies);
    m_simulate->setObjectName(QStringLiteral("burnSimulate"));
    m_verify->setObjectName(QStringLiteral("burnVerify"));
    m_verify->setChecked(true);
    m_eject->setObjectName(QStringLiteral("burnEject"));
    form->addRow(QString(), m_simulate);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_eject);
    connect(m_simulate, &QCheckBox::toggled, m_verify, [this](bool on) {
        m_verify->setEnabled(!on); // a simulation writes nothing to verify
    });
}

void BurnSettingsWidget::setMedium(const MediaInfo *info)
{
    const int previous = m_speed->currentData().toInt();
    m_speed->clear();
    m_speed->addItem(tr("Maximum"), 0);
    if (info) {
        const SpeedBase base = speedBaseForProfile(info->profileId);
        for (int kbps : info->writeSpeedsKBps)
            m_speed->addItem(formatDriveSpeedX(kbps, base), kbps);
    }
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(previous)));
}

void BurnSettingsWidget::applyTo(BurnOptions &options) const
{
    options.speedKBps = m_speed->currentData().toInt();
    options.copies = m_copies->value();
    options.simulate = m_simulate->isChecked();
    options.verify = m_verify->isChecked() && !options.simulate;
    options.eject = m_eject->isChecked();
}

void BurnSettingsWidget::addOption(QWidget *widget)
{
    // Under the form, not in it: QFormLayout gives a field whose height depends on its width
    // (a wrapped summary, an inline message) the height of a narrower one, with blank space.
    int labels = 0;
    for (QWidget *field : {static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_copies)})
        labels = qMax(labels, m_form->labelForField(field)->sizeHint().width());
    auto *row = new QHBoxLayout;
    row->addSpacing(labels + m_form->horizontalSpacing());
    row->addWidget(widget, 1);
    m_column->addLayout(row);
}

void BurnSettingsWidget::setEditable(bool editable)
{
    for (QWidget *w : {static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_copies),
                       static_cast<QWidget *>(m_simulate), static_cast<QWidget *>(m_eject)})
        w->setEnabled(editable);
    m_verify->setEnabled(editable && !m_simulate->isChecked());
}

} // namespace Spindle
