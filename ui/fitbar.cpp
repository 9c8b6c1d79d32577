#include "fitbar.h"

#include "base/format.h"
#include "device/mediumpresets.h"
#include "tones.h"
#include "uiformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>

namespace Spindle {

namespace {

// The empty part of the bar. Styles such as Fusion paint a progress bar's groove in the Base
// colour of text fields, so a nearly empty bar with its text beside it read as a blank text
// box; a shade between the window and its text reads as a track in light and dark palettes.
QColor trackColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    constexpr double TextShare = 0.15;
    return QColor::fromRgbF(float(window.redF() * (1 - TextShare) + text.redF() * TextShare),
                            float(window.greenF() * (1 - TextShare) + text.greenF() * TextShare),
                            float(window.blueF() * (1 - TextShare) + text.blueF() * TextShare));
}

} // namespace

FitBar::FitBar(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_customMb(new QSpinBox(this)),
      m_bar(new QProgressBar(this)), m_text(new QLabel(this))
{
    m_preset->setObjectName(QStringLiteral("fitPreset"));
    m_bar->setObjectName(QStringLiteral("fitBar"));
    m_text->setObjectName(QStringLiteral("fitText"));
    for (const MediumPreset &p : mediumPresets())
        m_preset->addItem(p.name, p.bytes);
    m_presetCount = m_preset->count();
    m_preset->setCurrentIndex(m_chosenPreset);
    // The disc's name comes later and is longer than the presets'.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    connect(m_preset, &QComboBox::activated, this, &FitBar::onActivated);
    connect(m_customMb, &QSpinBox::valueChanged, this, &FitBar::onPresetChanged);
}

qint64 FitBar::capacity() const
{
    const qint64 preset = m_preset->currentData().toLongLong();
    return preset > 0 ? preset : qint64(m_customMb->value()) * 1000 * 1000;
}

bool FitBar::hasDisc() const
{
    return m_preset->count() > m_presetCount;
}

void FitBar::setDisc(const MediaInfo *disc)
{
    if (!disc) {
        clearDisc();
        return;
    }
    // What can be burned there, as the Burn dialog counts it: a blank disc's room, an
    // appendable one's free room, a rewritable disc's whole capacity (it is erased first).
    // A disc that takes nothing (pressed, closed write-once, read-only file) leaves the size
    // the person chose.
    const MediaInfo &info = *disc;
    const bool holdsData =
        info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed;
    const bool erasedFirst = holdsData && info.erasable;
    const qint64 room = erasedFirst ? info.capacityBytes : info.freeBytes;
    if (!(info.status == MediumStatus::Blank || info.status == MediumStatus::Appendable ||
          erasedFirst) ||
        room <= 0) {
        clearDisc();
        return;
    }
    const QString name = shortProfileName(mediumProfileName(info));
    setDiscItem(room < info.capacityBytes && !erasedFirst
                    ? tr("%1, %2 free").arg(name, formatBytes(room))
                    : tr("%1 %2").arg(name, formatBytes(room)),
                room);
}

void FitBar::setDiscItem(const QString &name, qint64 bytes)
{
    const QString text = tr("%1 (disc to burn to)").arg(name);
    if (hasDisc() && m_preset->itemText(0) == text && m_preset->itemData(0).toLongLong() == bytes)
        return; // read again, unchanged: the person's choice stays
    {
        const QSignalBlocker blocker(m_preset);
        if (!hasDisc())
            m_preset->insertItem(0, text, bytes);
        m_preset->setItemText(0, text);
        m_preset->setItemData(0, bytes);
        m_preset->setItemData(
            0,
            tr("The disc in the drive chosen under Burn to. Choose a size to measure against "
               "another medium."),
            Qt::ToolTipRole);
        m_preset->setCurrentIndex(0);
    }
    onPresetChanged();
}

void FitBar::clearDisc()
{
    if (!hasDisc())
        return;
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->removeItem(0);
        m_preset->setCurrentIndex(m_chosenPreset);
    }
    onPresetChanged();
}

void FitBar::onActivated(int index)
{
    const int preset = hasDisc() ? index - 1 : index;
    if (preset >= 0)
        m_chosenPreset = preset;
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
    const qint64 used = estimatedBytes + m_extra;
    const bool fits = used <= cap;
    m_bar->setValue(int(qMin<qint64>(1000, cap > 0 ? used * 1000 / cap : 0)));
    setBarTone(m_bar, fits ? std::nullopt : std::optional(Tone::Negative), palette());
    QPalette bar = m_bar->palette();
    bar.setColor(QPalette::Base, trackColor(palette()));
    m_bar->setPalette(bar);
    if (used <= 0)
        m_text->setText(tr("nothing added yet; %1 free").arg(formatBytes(cap)));
    else if (fits)
        m_text->setText(tr("about %1 of %2").arg(formatBytes(used), formatBytes(cap)));
    else
        m_text->setText(
            tr("about %1 — %2 too much").arg(formatBytes(used), formatBytes(used - cap)));
    // The count includes the data; said in the tooltip, as a longer text beside the bar took
    // the bar's room at 1024 px (the option itself says what the data adds).
    const QString share = m_extra > 0
                              ? tr("%1 of it is error-correction data.").arg(formatBytes(m_extra))
                              : QString();
    m_text->setToolTip(share);
    m_bar->setToolTip(share);
}

void FitBar::setExtraUsage(qint64 bytes)
{
    if (bytes == m_extra)
        return;
    m_extra = bytes;
    setUsage(m_used);
}

void FitBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The "too much" shade differs between light and dark palettes.
    if (event->type() == QEvent::PaletteChange)
        setUsage(m_used);
}

} // namespace Spindle
