#pragma once

#include "task.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Spindle {

class JobProgressPanel;

// A bar along the bottom of the main window, on every page, the start page too: one row per
// job that runs while its page is not showing it, with the task, the phase, the progress and a
// button that leads back to it. The job's own page shows it in full, so the bar is hidden there.
// One row a job keeps it small: the window's size never depends on how much a job has to say.
class RunningJobsBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningJobsBar)

public:
    explicit RunningJobsBar(QWidget *parent = nullptr);

    // Follows the jobs `panel` shows; `task` is the page the panel is on.
    void addPanel(const Task &task, JobProgressPanel *panel);
    // Shows a row for each running job whose panel is not on screen (after a page change).
    void refresh();

Q_SIGNALS:
    void showRequested(const QString &taskId);

private:
    struct Row
    {
        QPointer<JobProgressPanel> panel;
        QWidget *row = nullptr;
        QLabel *phase = nullptr;
        QProgressBar *progress = nullptr;
    };
    void update(Row &row);

    QList<Row> m_rows;
};

} // namespace Spindle
