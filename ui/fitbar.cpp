#include "fitbar.h"

#include "format.h"
#include "mediumpresets.h"
#include "tones.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>

namespace Spindle {

FitBar::FitBar(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_customMb(new QSpinBox(this)),
      m_bar(new QProgressBar(this)), m_text(new QLabel(this))
{
    m_preset->setObjectName(QStringLiteral("fitPreset"));
    m_bar->setObjectName(QStringLiteral("fitBar"));
    m_text->setObjectName(QStringLiteral("fitText"));
    for (const MediumPreset &p : mediumPresets())
        m_preset->addItem(p.name, p.bytes);
    m_preset->setCurrentIndex(1); // DVD
    m_customMb->setRange(1, 1000000);
    m_customMb->setValue(4700);
    m_customMb->setSuffix(tr(" MB"));
    m_customMb->setVisible(false);
    m_customMb->setAccessibleName(tr("Custom size in MB"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *target = new QLabel(tr("Target:"), this);
    target->setBuddy(m_preset);
    layout->addWidget(target);
    layout->addWidget(m_preset);
    layout->addWidget(m_customMb);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_text);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FitBar::onPresetChanged);
    connect(m_customMb, &QSpinBox::valueChanged, this, &FitBar::onPresetChanged);
}

qint64 FitBar::capacity() const
{
    const qint64 preset = m_preset->currentData().toLongLong();
    return preset > 0 ? preset : qint64(m_customMb->value()) * 1000 * 1000;
}

void FitBar::onPresetChanged()
{
    m_customMb->setVisible(m_preset->currentData().toLongLong() == 0);
    setUsage(m_used);
    Q_EMIT capacityChanged(capacity());
}

void FitBar::setUsage(qint64 estimatedBytes)
{
    m_used = estimatedBytes;
    const qint64 cap = capacity();
    const bool fits = estimatedBytes <= cap;
    m_bar->setValue(int(qMin<qint64>(1000, cap > 0 ? estimatedBytes * 1000 / cap : 0)));
    setBarTone(m_bar, fits ? std::nullopt : std::optional(Tone::Negative), palette());
    m_text->setText(fits
                        ? tr("about %1 of %2").arg(formatBytes(estimatedBytes), formatBytes(cap))
                        : tr("about %1 — %2 too much")
                              .arg(formatBytes(estimatedBytes), formatBytes(estimatedBytes - cap)));
}

void FitBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The "too much" shade differs between light and dark palettes.
    if (event->type() == QEvent::PaletteChange)
        setUsage(m_used);
}

} // namespace Spindle
