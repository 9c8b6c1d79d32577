#pragma once

#include <QTimer>
#include <QWidget>

namespace Spindle {

// A small spinning arc for "working on it" where the length of the work is unknown
// (a drive scan, reading a disc); it animates only while visible.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr, int size = 16);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    int m_size;
    int m_angle = 0;
};

} // namespace Spindle
