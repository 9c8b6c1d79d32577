#pragma once

#include "task.h"

#include <QAbstractButton>

namespace Spindle {

// A start-page card: big icon, bold title and a one-line description, all of it clickable.
class TaskButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskButton)

public:
    explicit TaskButton(const Task &task, QWidget *parent = nullptr);

    const Task &task() const { return m_task; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect textRect(const QRect &bounds) const;
    QFont titleFont() const;

    Task m_task;
    bool m_hovered = false;
};

} // namespace Spindle
