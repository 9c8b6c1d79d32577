#pragma once

#include "task.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;

namespace Spindle {

class TaskButton;

// The first thing the window shows: one card per task that works today, and nothing for
// tasks still to come.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    TaskButton *addTask(const Task &task);

Q_SIGNALS:
    void taskChosen(const QString &id);

private:
    QGridLayout *m_grid;
    QWidget *m_column;
    QHBoxLayout *m_header;
    int m_count = 0;
};

} // namespace Spindle
