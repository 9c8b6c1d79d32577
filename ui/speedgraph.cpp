#include "speedgraph.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Spindle {

namespace {

// A step of 1, 2 or 5 × 10^n that gives at most `maxLines` grid lines up to `top`.
double niceStep(double top, int maxLines)
{
    const double raw = top / maxLines;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

SpeedGraph::SpeedGraph(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("speedGraph"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SpeedGraph::addSample(double seconds, double bytesPerSecond)
{
    if (!m_samples.isEmpty() && seconds <= m_samples.constLast().x())
        return;
    m_samples.append({seconds, qMax(0.0, bytesPerSecond)});
    update();
}

void SpeedGraph::setExpectedEnd(double seconds)
{
    m_expectedEnd = seconds;
    update();
}

void SpeedGraph::clear()
{
    m_samples.clear();
    m_expectedEnd = 0;
    m_ended = false;
    update();
}

void SpeedGraph::setEnded()
{
    m_ended = true;
    update();
}

void SpeedGraph::setSpeedBase(SpeedBase base)
{
    m_base = base;
    update();
}

QSize SpeedGraph::sizeHint() const
{
    return {420, 120};
}

QSize SpeedGraph::minimumSizeHint() const
{
    return {160, 80};
}

void SpeedGraph::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(frame, 4, 4);

    const QFontMetrics metrics(font());
    const double oneX = bytesPerSecondForOneX(m_base);
    double peak = 0;
    for (const QPointF &p : std::as_const(m_samples))
        peak = qMax(peak, p.y());
    const double topX = qMax(1.0, std::ceil(peak / oneX * 1.15));
    const double stepX = niceStep(topX, 4);
    const double top = std::ceil(topX / stepX) * stepX * oneX;

    // Whole numbers from 10× up ("1,500×", never "1.5e+03×"); the widest label sets the margin.
    const auto axisLabel = [](double x) {
        return QStringLiteral("%1×").arg(x >= 10 ? QLocale().toString(x, 'f', 0)
                                                 : QLocale().toString(x, 'g', 3));
    };
    int labelWidth = metrics.horizontalAdvance(QStringLiteral("000×"));
    for (double x = 0; x <= top / oneX + 1e-9; x += stepX)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(axisLabel(x)));
    labelWidth += 8;
    const QRectF plot = frame.adjusted(labelWidth, 8, -8, -metrics.height() - 6);

    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.6f);
    for (double x = 0; x <= top / oneX + 1e-9; x += stepX) {
        const double y = plot.bottom() - (x * oneX / top) * plot.height();
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(label);
        painter.drawText(
            QRectF(frame.left(), y - metrics.height() / 2.0, labelWidth - 6, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(x));
    }

    if (m_samples.size() < 2) {
        painter.setPen(label);
        painter.drawText(plot, Qt::AlignCenter,
                         m_ended ? tr("Over too quickly to chart the speed.")
                                 : tr("The speed appears here once data flows."));
        return;
    }

    // Until an end is known, a ten-second minimum keeps the first samples from filling the
    // whole width.
    const double span = m_expectedEnd > 0
                            ? std::max({1.0, m_samples.constLast().x(), m_expectedEnd})
                            : std::max(10.0, m_samples.constLast().x());
    const auto toPoint = [&](const QPointF &sample) {
        return QPointF(plot.left() + sample.x() / span * plot.width(),
                       plot.bottom() - sample.y() / top * plot.height());
    };
    QPainterPath line;
    line.moveTo(toPoint(m_samples.constFirst()));
    for (qsizetype i = 1; i < m_samples.size(); ++i)
        line.lineTo(toPoint(m_samples.at(i)));
    QPainterPath area = line;
    area.lineTo(toPoint({m_samples.constLast().x(), 0}));
    area.lineTo(toPoint({m_samples.constFirst().x(), 0}));
    area.closeSubpath();

    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.22f);
    painter.fillPath(area, fill);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);

    painter.setPen(label);
    const QRectF axis(plot.left(), plot.bottom() + 3, plot.width(), metrics.height());
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0:00"));
    painter.drawText(axis, Qt::AlignRight | Qt::AlignTop, formatDuration(qint64(span)));
}

} // namespace Spindle
