#include "pagejob.h"

#include "jobprogresspanel.h"

#include <QApplication>
#include <QWidget>

namespace Spindle {

namespace {

bool takesFocus(const QWidget *w, const QWidget *within)
{
    return w->isVisibleTo(within) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

} // namespace

// A child of the page, where MainWindow and the tests find it; a member of the page, so it is
// gone before the page deletes its children.
PageJob::PageJob(QWidget *page) : QObject(page), m_handler(page) {}

// The job's destructor cancels it and waits for its thread.
PageJob::~PageJob() = default;

void PageJob::setPanel(JobProgressPanel *panel)
{
    m_panel = panel;
    m_panel->setOffersDone(!m_form.isEmpty());
    connect(m_panel, &JobProgressPanel::doneRequested, this, &PageJob::showForm);
}

void PageJob::setForm(const QList<QWidget *> &form)
{
    m_form.clear();
    for (QWidget *w : form)
        m_form << w;
    if (m_panel)
        m_panel->setOffersDone(!m_form.isEmpty());
}

void PageJob::showForm()
{
    if (m_running || !m_showingJob)
        return;
    m_showingJob = false;
    const bool focusInPanel = m_panel && m_panel->isAncestorOf(QApplication::focusWidget());
    if (m_panel)
        m_panel->setVisible(false);
    for (QWidget *w : std::as_const(m_form)) {
        if (w)
            w->setVisible(true);
    }
    // Focus on the form's first control, as when the page is opened, not lost with Done.
    if (focusInPanel) {
        for (QWidget *w : std::as_const(m_form)) {
            if (w && takesFocus(w, w)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
            QWidget *next = w ? w->nextInFocusChain() : nullptr;
            while (next && next != w && !(w->isAncestorOf(next) && takesFocus(next, w)))
                next = next->nextInFocusChain();
            if (next && next != w) {
                next->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    Q_EMIT formShown();
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
    if (!m_form.isEmpty()) {
        m_showingJob = true;
        bool focusInForm = false;
        for (QWidget *w : std::as_const(m_form)) {
            if (!w)
                continue;
            focusInForm = focusInForm || w->isAncestorOf(QApplication::focusWidget()) ||
                          w == QApplication::focusWidget();
            w->setVisible(false);
        }
        // Tab then leads from the panel's top to the log and Cancel, not from wherever Qt
        // moved the focus of the hidden Start button.
        if (focusInForm && m_panel)
            m_panel->setFocus(Qt::OtherFocusReason);
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
