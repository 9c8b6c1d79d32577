#include "runningjobsbar.h"

#include "jobprogresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Spindle {

RunningJobsBar::RunningJobsBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("runningJobs"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 4, 9, 4);
    layout->setSpacing(2);
    setVisible(false);
}

void RunningJobsBar::addPanel(const Task &task, JobProgressPanel *panel)
{
    Row row;
    row.panel = panel;
    row.row = new QWidget(this);
    row.row->setObjectName(QStringLiteral("runningJob_") + task.id);
    auto *icon = new QLabel(row.row);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(task.icon.pixmap(iconSize, iconSize));
    auto *title = new QLabel(task.title, row.row);
    title->setObjectName(QStringLiteral("runningJobTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    row.phase = new QLabel(row.row);
    row.phase->setObjectName(QStringLiteral("runningJobPhase"));
    // A long phase is cut, never widens the window; the panel has it in full.
    row.phase->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.progress = new QProgressBar(row.row);
    row.progress->setObjectName(QStringLiteral("runningJobProgress"));
    row.progress->setAccessibleName(task.title);
    row.progress->setFixedWidth(180);
    auto *show = new QPushButton(tr("Show Progress"), row.row);
    show->setObjectName(QStringLiteral("runningJobShow"));
    show->setAccessibleDescription(task.title);
    const QString id = task.id;
    connect(show, &QPushButton::clicked, this, [this, id] { Q_EMIT showRequested(id); });

    auto *layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(row.phase, 1);
    layout->addWidget(row.progress);
    layout->addWidget(show);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(row.row);
    row.row->setVisible(false);
    m_rows << row;
    connect(panel, &JobProgressPanel::stateChanged, this, &RunningJobsBar::refresh);
    refresh();
}

void RunningJobsBar::refresh()
{
    bool any = false;
    for (Row &row : m_rows) {
        update(row);
        any = any || !row.row->isHidden();
    }
    setVisible(any);
}

void RunningJobsBar::update(Row &row)
{
    const JobProgressPanel *panel = row.panel;
    // A job shows here while it runs and its panel is not on screen, where its page shows it.
    const bool shown = panel && panel->job() && panel->job()->isRunning() && !panel->isVisible();
    row.row->setVisible(shown);
    if (!shown)
        return;
    row.phase->setText(panel->phaseText());
    row.phase->setToolTip(panel->phaseText());
    const double fraction = panel->fraction();
    if (fraction < 0) {
        row.progress->setRange(0, 0);
    } else {
        row.progress->setRange(0, 1000);
        row.progress->setValue(int(fraction * 1000));
    }
}

} // namespace Spindle
