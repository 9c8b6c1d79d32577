#include "eccoptionwidget.h"

#include "fitbar.h"
#include "inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Spindle {

namespace {
// The redundancies offered besides Fill: dvdisaster's "normal" (about 20%) and "high" (about
// 33%) among them, and a light and a heavy one.
constexpr int kPercents[] = {10, 20, 33, 50};
} // namespace

EccOptionWidget::EccOptionWidget(Shape shape, QWidget *parent)
    : QWidget(parent), m_enable(new QCheckBox(tr("&Add error correction"), this)),
      m_mode(new QComboBox(this)), m_summary(new QLabel(this)), m_message(new InlineMessage(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("eccOption"));
    m_enable->setObjectName(QStringLiteral("eccEnable"));
    m_mode->setObjectName(QStringLiteral("eccMode"));
    m_mode->setAccessibleName(tr("Error-correction data"));
    m_mode->addItem(tr("Fill the disc"), 0);
    for (int percent : kPercents)
        m_mode->addItem(tr("%1% redundancy").arg(percent), percent);
    m_summary->setObjectName(QStringLiteral("eccSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("eccMessage"));
    m_message->hide();
    m_note->setObjectName(QStringLiteral("eccNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    // What follows the check box lines up with its text, as a description of the option.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_enable);
    if (shape == Shape::Column) {
        layout->addLayout(row);
        row = new QHBoxLayout;
        row->addSpacing(indent);
    }
    row->addWidget(m_mode);
    row->addStretch();
    layout->addLayout(row);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addSpacing(indent);
    summaryRow->addWidget(m_summary, 1);
    layout->addLayout(summaryRow);
    layout->addWidget(m_message);
    layout->addWidget(m_note);

    connect(m_enable, &QCheckBox::toggled, this, [this] {
        update();
        save();
    });
    connect(m_mode, &QComboBox::activated, this, [this] {
        update();
        save();
    });
    update();
}

void EccOptionWidget::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    // Off unless remembered otherwise ("fill" or a percentage, as spindle-cli's --ecc takes).
    const QString value = QSettings().value(key, QStringLiteral("off")).toString();
    const auto remembered = EccChoice::parse(value);
    setSelection(value != QLatin1String("off") && remembered ? *remembered : EccChoice{});
}

void EccOptionWidget::save() const
{
    if (m_settingsKey.isEmpty())
        return;
    const EccChoice c = selection();
    QSettings().setValue(m_settingsKey, !c.enabled() ? QStringLiteral("off")
                                        : c.mode == EccChoice::Mode::Fill
                                            ? QStringLiteral("fill")
                                            : QString::number(c.percent));
}

int EccOptionWidget::indexFor(EccChoice choice)
{
    const int percent = choice.mode == EccChoice::Mode::Percent ? choice.percent : 0;
    int index = m_mode->findData(percent);
    if (index < 0) { // a redundancy chosen elsewhere (spindle-cli --ecc=25)
        m_mode->addItem(tr("%1% redundancy").arg(percent), percent);
        index = m_mode->count() - 1;
    }
    return index;
}

void EccOptionWidget::setSelection(EccChoice choice)
{
    {
        const QSignalBlocker blocker(m_enable);
        m_enable->setChecked(choice.enabled());
    }
    if (choice.enabled())
        m_mode->setCurrentIndex(indexFor(choice));
    update();
}

EccChoice EccOptionWidget::selection() const
{
    if (!m_enable->isChecked())
        return {};
    const int percent = m_mode->currentData().toInt();
    return percent > 0 ? EccChoice::withPercent(percent) : EccChoice::fill();
}

EccChoice EccOptionWidget::choice() const
{
    if (!m_unavailable.isEmpty() || m_existingRoots > 0)
        return {};
    return selection();
}

void EccOptionWidget::setImageBytes(qint64 bytes)
{
    if (bytes == m_imageBytes)
        return;
    m_imageBytes = bytes;
    update();
}

void EccOptionWidget::setCapacitySectors(qint64 sectors)
{
    if (sectors == m_capacitySectors)
        return;
    m_capacitySectors = sectors;
    update();
}

void EccOptionWidget::followFitBar(FitBar *fit)
{
    m_fit = fit;
    connect(fit, &FitBar::capacityChanged, this,
            [this](qint64 bytes) { setCapacitySectors(bytes / 2048); });
    setCapacitySectors(fit->capacity() / 2048);
    fit->setExtraUsage(addedBytes());
}

void EccOptionWidget::setUnavailableReason(const QString &reason)
{
    if (reason == m_unavailable)
        return;
    m_unavailable = reason;
    update();
}

void EccOptionWidget::setPreparationNote(const QString &note)
{
    if (note == m_preparation)
        return;
    m_preparation = note;
    update();
}

void EccOptionWidget::setExistingRoots(int roots)
{
    if (roots == m_existingRoots)
        return;
    m_existingRoots = roots;
    update();
}

void EccOptionWidget::setEditable(bool editable)
{
    m_editable = editable;
    update();
}

std::optional<EccPlan> EccOptionWidget::plan() const
{
    return m_plan;
}

qint64 EccOptionWidget::addedBytes() const
{
    return m_plan ? m_plan->addedBytes() : 0;
}

QString EccOptionWidget::refusal() const
{
    return m_refusal;
}

void EccOptionWidget::update()
{
    m_plan.reset();
    m_refusal.clear();
    const bool existing = m_existingRoots > 0;
    const bool usable = m_unavailable.isEmpty();
    const EccChoice c = choice();
    m_enable->setVisible(!existing);
    m_mode->setVisible(!existing);
    m_note->setVisible(existing);
    m_enable->setEnabled(m_editable && usable);
    m_mode->setEnabled(m_editable && usable && c.enabled());
    m_enable->setToolTip(usable ? tr("dvdisaster RS03 data after the file system: a later copy "
                                     "of a scratched disc rebuilds the sectors the drive can no "
                                     "longer read. Every reader still sees the same files.")
                                : m_unavailable);
    QString summary;
    if (existing) {
        // Roots are 8 at the least: no singular.
        m_note->setText(tr("This image already carries error-correction data (%1 roots).")
                            .arg(m_existingRoots));
    } else if (!usable) {
        summary = m_unavailable;
    } else if (!c.enabled()) {
        summary = tr("Lets a later copy of a scratched disc rebuild the sectors the drive can no "
                     "longer read (dvdisaster RS03).");
    } else if (m_imageBytes <= 0) {
        summary = tr("The space it takes is shown once the image's size is known.");
    } else {
        const auto planned = planEcc(m_imageBytes, c, m_capacitySectors);
        if (planned)
            m_plan = planned.value();
        else
            m_refusal = planned.error().forGui();
        summary = planned ? planned->describe() : QString();
        if (planned && !m_preparation.isEmpty())
            summary += QLatin1Char(' ') + m_preparation;
    }
    m_summary->setText(summary);
    m_summary->setVisible(!existing && !summary.isEmpty());
    // The description of an option not taken reads as a hint, not as a result.
    m_summary->setForegroundRole(c.enabled() && usable ? QPalette::WindowText
                                                       : QPalette::PlaceholderText);
    if (!m_refusal.isEmpty())
        m_message->setMessage(InlineMessage::Kind::Error, m_refusal);
    m_message->setVisible(!m_refusal.isEmpty() && !existing);
    if (m_fit)
        m_fit->setExtraUsage(addedBytes());
    Q_EMIT changed();
}

} // namespace Spindle
