#include "pagejob.h"

#include "jobprogresspanel.h"

#include <QWidget>

namespace Spindle {

// A child of the page, where MainWindow and the tests find it; a member of the page, so it is
// gone before the page deletes its children.
PageJob::PageJob(QWidget *page) : QObject(page), m_handler(page) {}

// The job's destructor cancels it and waits for its thread.
PageJob::~PageJob() = default;

void PageJob::setPanel(JobProgressPanel *panel)
{
    m_panel = panel;
}

bool PageJob::start(std::unique_ptr<Job> job)
{
    if (m_running || !job)
        return false;
    // The previous job has finished: deleting it does not wait.
    m_job = std::move(job);
    m_job->setHandler(&m_handler);
    // Queued from the job's thread, after the panel's own connection: the panel shows the
    // result before the page hears of it.
    if (m_panel) {
        m_panel->setJob(m_job.get());
        m_panel->setVisible(true);
    }
    connect(m_job.get(), &Job::finished, this, &PageJob::onFinished);
    m_running = true;
    m_job->start();
    Q_EMIT started();
    return true;
}

void PageJob::onFinished(const JobResult &result)
{
    // finished is the job's last signal; its thread ends right after it.
    m_job->wait();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Spindle
