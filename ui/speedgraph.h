#pragma once

#include "base/format.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace Spindle {

// Speed over time for a running job, with grid lines at whole "×" steps of the medium's speed
// base: a burn that slows down or stalls shows as a dip. Paints from the palette, so it reads
// in light and dark themes alike.
class SpeedGraph final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedGraph)

public:
    explicit SpeedGraph(QWidget *parent = nullptr);

    void addSample(double seconds, double bytesPerSecond);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }
    void setSpeedBase(SpeedBase base);
    // When the job should end (seconds since start): the time axis spans to there, so the
    // curve advances across the graph like the progress bar.
    void setExpectedEnd(double seconds);
    // The job is over: an empty graph then says the job was too short to chart, not that
    // data is still to come.
    void setEnded();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_samples; // x: seconds since start, y: bytes per second
    SpeedBase m_base = SpeedBase::Dvd;
    double m_expectedEnd = 0;
    bool m_ended = false;
};

} // namespace Spindle
