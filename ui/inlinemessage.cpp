#include "inlinemessage.h"

#include "icons.h"
#include "tones.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spindle {

namespace {

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_detailToggle(new QToolButton(this)), m_detail(new QLabel(this)),
      m_close(new QToolButton(this))
{
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_icon->setFixedWidth(24);

    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailToggle->setObjectName(QStringLiteral("inlineMessageDetailToggle"));
    m_detailToggle->setText(tr("Details"));
    m_detailToggle->setCheckable(true);
    m_detailToggle->setAutoRaise(true);
    m_detailToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailToggle->setArrowType(Qt::RightArrow);
    m_detailToggle->setVisible(false);
    connect(m_detailToggle, &QToolButton::toggled, this, &InlineMessage::setDetailExpanded);

    m_detail->setObjectName(QStringLiteral("inlineMessageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setVisible(false);

    m_close->setObjectName(QStringLiteral("inlineMessageClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message")); // not "multiplication sign"
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_detailToggle, 0, Qt::AlignLeft);
    textColumn->addWidget(m_detail);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    updateIcon();
}

void InlineMessage::setMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detailToggle->setVisible(!detail.isEmpty());
    setDetailExpanded(false);
    updateIcon();
    update();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

QString InlineMessage::detail() const
{
    return m_detail->text();
}

bool InlineMessage::isDetailExpanded() const
{
    return m_detail->isVisibleTo(this);
}

void InlineMessage::setDetailExpanded(bool expanded)
{
    expanded = expanded && !m_detail->text().isEmpty();
    m_detail->setVisible(expanded);
    m_detailToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_detailToggle->isChecked() != expanded)
        m_detailToggle->setChecked(expanded);
}

void InlineMessage::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void InlineMessage::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // A tint of the accent over the window colour stays readable in light and dark palettes.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    painter.fillPath(path, mix(palette().color(QPalette::Window), accent(), 0.12));
    painter.setPen(QPen(mix(palette().color(QPalette::Window), accent(), 0.55), 1));
    painter.drawPath(path);
    painter.fillRect(QRectF(box.left(), box.top() + 4, 3, box.height() - 8), accent());
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

void InlineMessage::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Kind::Info:
        icon = actionIcon(ActionIcon::Information);
        break;
    case Kind::Success:
        icon = spindleIcon(QStringLiteral("message-success")); // the theme spec has no such icon
        break;
    case Kind::Warning:
        icon = actionIcon(ActionIcon::Warning);
        break;
    case Kind::Error:
        icon = actionIcon(ActionIcon::Error);
        break;
    }
    m_icon->setPixmap(icon.pixmap(QSize(20, 20), devicePixelRatioF()));
}

QColor InlineMessage::accent() const
{
    switch (m_kind) {
    case Kind::Info:
        return palette().color(QPalette::Highlight);
    case Kind::Success:
        return toneColor(Tone::Positive, palette());
    case Kind::Warning:
        return toneColor(Tone::Warning, palette());
    case Kind::Error:
        return toneColor(Tone::Negative, palette());
    }
    return palette().color(QPalette::Highlight);
}

} // namespace Spindle
