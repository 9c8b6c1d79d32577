#include "taskbutton.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace Spindle {

namespace {
constexpr int Padding = 14;
constexpr int IconSize = 48;
constexpr int Gap = 14;
} // namespace

TaskButton::TaskButton(const Task &task, QWidget *parent) : QAbstractButton(parent), m_task(task)
{
    setObjectName(QStringLiteral("task_") + task.id);
    setText(task.title);
    setToolTip(task.description);
    setAccessibleName(task.title);
    setAccessibleDescription(task.description);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QFont TaskButton::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    return f;
}

QRect TaskButton::textRect(const QRect &bounds) const
{
    return bounds.adjusted(Padding + IconSize + Gap, Padding, -Padding, -Padding);
}

int TaskButton::heightForWidth(int width) const
{
    const QRect text = textRect(QRect(0, 0, width, 1000));
    const int titleHeight = QFontMetrics(titleFont()).height();
    const int descriptionHeight =
        fontMetrics()
            .boundingRect(QRect(0, 0, text.width(), 1000), Qt::TextWordWrap, m_task.description)
            .height();
    return qMax(IconSize, titleHeight + 4 + descriptionHeight) + 2 * Padding;
}

QSize TaskButton::sizeHint() const
{
    return {360, heightForWidth(360)};
}

QSize TaskButton::minimumSizeHint() const
{
    return {260, heightForWidth(260)};
}

void TaskButton::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor background = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (isDown()) {
        background = pal.color(QPalette::Highlight);
        background.setAlphaF(0.18f);
    } else if (m_hovered || hasFocus()) {
        border = pal.color(QPalette::Highlight);
    }
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter.fillPath(path, pal.color(QPalette::Base));
    painter.fillPath(path, background);
    painter.setPen(QPen(border, m_hovered || hasFocus() ? 1.5 : 1.0));
    painter.drawPath(path);

    const QRect iconRect(Padding, (height() - IconSize) / 2, IconSize, IconSize);
    m_task.icon.paint(&painter, iconRect, Qt::AlignCenter,
                      isEnabled() ? QIcon::Normal : QIcon::Disabled);

    const QRect text = textRect(rect());
    const int titleHeight = QFontMetrics(titleFont()).height();
    const int descriptionHeight =
        fontMetrics()
            .boundingRect(QRect(0, 0, text.width(), 1000), Qt::TextWordWrap, m_task.description)
            .height();
    const int top = (height() - titleHeight - 4 - descriptionHeight) / 2;
    painter.setPen(pal.color(QPalette::Text));
    painter.setFont(titleFont());
    painter.drawText(QRect(text.left(), top, text.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_task.title);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.7f);
    painter.setPen(muted);
    painter.setFont(font());
    painter.drawText(QRect(text.left(), top + titleHeight + 4, text.width(), descriptionHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_task.description);
}

void TaskButton::keyPressEvent(QKeyEvent *event)
{
    // A card opens its task like a link or a default button does: Return and Enter as well as
    // Space (which QAbstractButton already handles).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void TaskButton::enterEvent(QEnterEvent *event)
{
    QAbstractButton::enterEvent(event);
    m_hovered = true;
    update();
}

void TaskButton::leaveEvent(QEvent *event)
{
    QAbstractButton::leaveEvent(event);
    m_hovered = false;
    update();
}

} // namespace Spindle
