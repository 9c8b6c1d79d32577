#include "jobprogresspanel.h"

#include "inlinemessage.h"
#include "messagebox.h"
#include "speedgraph.h"
#include "tones.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spindle {

namespace {

QProgressBar *bufferBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 100);
    bar->setMaximumHeight(14);
    bar->setTextVisible(false);
    return bar;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

JobProgressPanel::JobProgressPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_phase(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_speed(new QLabel(this)), m_timeLeft(new QLabel(this)),
      m_done(new QLabel(this)), m_fifoLabel(caption(tr("FIFO buffer:"), this)),
      m_fifo(bufferBar(this, QStringLiteral("jobFifo"))),
      m_driveBufferLabel(caption(tr("Drive buffer:"), this)),
      m_driveBuffer(bufferBar(this, QStringLiteral("jobDriveBuffer"))),
      m_graph(new SpeedGraph(this)), m_logToggle(new QToolButton(this)),
      m_log(new QPlainTextEdit(this)), m_notice(new InlineMessage(this)),
      m_result(new InlineMessage(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_doneButton(new QPushButton(tr("Done"), this))
{
    setObjectName(QStringLiteral("jobProgressPanel"));
    m_title->setObjectName(QStringLiteral("jobTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    // Wrapped, so that a long title or phase (German) never widens the window.
    m_title->setWordWrap(true);
    m_phase->setObjectName(QStringLiteral("jobPhase"));
    m_phase->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("jobProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_speed->setObjectName(QStringLiteral("jobSpeed"));
    m_timeLeft->setObjectName(QStringLiteral("jobTimeLeft"));
    m_done->setObjectName(QStringLiteral("jobDone"));
    m_graph->setObjectName(QStringLiteral("jobSpeedGraph"));

    m_logToggle->setObjectName(QStringLiteral("jobLogToggle"));
    m_logToggle->setText(tr("Log"));
    m_logToggle->setCheckable(true);
    m_logToggle->setAutoRaise(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    connect(m_logToggle, &QToolButton::toggled, this, &JobProgressPanel::setLogExpanded);

    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMinimumHeight(110);
    m_log->setVisible(false);

    m_notice->setObjectName(QStringLiteral("jobNotice"));
    m_notice->setVisible(false);
    m_result->setObjectName(QStringLiteral("jobResult"));
    m_result->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressPanel::requestCancel);
    m_doneButton->setObjectName(QStringLiteral("jobDoneButton"));
    m_doneButton->setVisible(false);
    connect(m_doneButton, &QPushButton::clicked, this, &JobProgressPanel::doneRequested);

    auto *stats = new QGridLayout;
    stats->setHorizontalSpacing(8);
    stats->setVerticalSpacing(4);
    stats->addWidget(caption(tr("Speed:"), this), 0, 0);
    stats->addWidget(m_speed, 0, 1);
    stats->addWidget(caption(tr("Time left:"), this), 0, 2);
    stats->addWidget(m_timeLeft, 0, 3);
    stats->addWidget(caption(tr("Done:"), this), 0, 4);
    stats->addWidget(m_done, 0, 5);
    stats->addWidget(m_fifoLabel, 1, 0);
    stats->addWidget(m_fifo, 1, 1);
    stats->addWidget(m_driveBufferLabel, 1, 2);
    stats->addWidget(m_driveBuffer, 1, 3);
    stats->setColumnStretch(1, 2);
    stats->setColumnStretch(3, 2);
    stats->setColumnStretch(5, 3);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_logToggle);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_doneButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addLayout(stats);
    layout->addWidget(m_notice);
    layout->addWidget(m_graph, 1);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
    layout->addWidget(m_log, 2);

    reset();
}

void JobProgressPanel::setJob(Job *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    reset();
    if (!job)
        return;
    m_title->setText(job->title());
    connect(job, &Job::started, this, &JobProgressPanel::onStarted);
    connect(job, &Job::progressChanged, this, &JobProgressPanel::onProgress);
    connect(job, &Job::logMessage, this, &JobProgressPanel::onLog);
    connect(job, &Job::finished, this, &JobProgressPanel::onFinished);
    if (job->isRunning())
        onStarted();
    Q_EMIT stateChanged();
}

void JobProgressPanel::setSpeedBase(SpeedBase base)
{
    m_base = base;
    m_graph->setSpeedBase(base);
}

void JobProgressPanel::setLogExpanded(bool expanded)
{
    m_log->setVisible(expanded);
    m_logToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_logToggle->isChecked() != expanded)
        m_logToggle->setChecked(expanded);
}

bool JobProgressPanel::isLogExpanded() const
{
    return m_log->isVisibleTo(this);
}

void JobProgressPanel::setOffersDone(bool offers)
{
    m_offersDone = offers;
    m_doneButton->setVisible(offers && m_result->isVisibleTo(this)); // the job has ended
}

void JobProgressPanel::showNotice(const QString &text)
{
    m_notice->setMessage(InlineMessage::Kind::Warning, text);
    m_notice->setVisible(!text.isEmpty());
}

QString JobProgressPanel::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString JobProgressPanel::phaseText() const
{
    return m_phase->text();
}

double JobProgressPanel::fraction() const
{
    if (m_progress->maximum() == 0)
        return -1;
    return double(m_progress->value() - m_progress->minimum()) /
           (m_progress->maximum() - m_progress->minimum());
}

bool JobProgressPanel::isJobRunning() const
{
    return m_job && m_job->isRunning() && !m_job->isCancelRequested();
}

MessageBox::Request JobProgressPanel::stopQuestion(bool quitting) const
{
    MessageBox::Request request;
    request.dangerous = true; // going on is the default
    if (m_job && m_job->cancelHarmsMedium()) {
        request.title = quitting ? tr("Stop Writing and Quit?") : tr("Stop Writing?");
        request.text = tr("The disc is being written. If you stop now, a write-once disc "
                          "(CD-R, DVD±R, BD-R) stays unusable and cannot be written again. "
                          "A rewritable disc must be erased before its next use.");
        request.yesText = quitting ? tr("Stop Writing and Quit") : tr("Stop Writing");
        request.noText = tr("Continue Writing");
    } else {
        request.title = tr("Stop and Quit?");
        request.text =
            tr("%1 is still running. Quitting stops it.").arg(m_job ? m_job->title() : QString());
        request.yesText = tr("Stop and Quit");
        request.noText = tr("Continue");
    }
    return request;
}

void JobProgressPanel::requestCancel()
{
    if (!isJobRunning())
        return;
    if (m_job->cancelHarmsMedium()) {
        if (!MessageBox::ask(this, stopQuestion(false)))
            return;
        if (!m_job || !m_job->isRunning())
            return; // it finished while the question was open
    }
    stop();
}

void JobProgressPanel::stop()
{
    if (!m_job || !m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_phase->setText(tr("Cancelling…"));
    Q_EMIT stateChanged();
}

void JobProgressPanel::reset()
{
    m_phase->setText(tr("Waiting to start…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_speed->setText(tr("–"));
    m_timeLeft->setText(tr("–"));
    m_done->setText(tr("–"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_fifoLabel), static_cast<QWidget *>(m_fifo),
          static_cast<QWidget *>(m_driveBufferLabel), static_cast<QWidget *>(m_driveBuffer)})
        w->setVisible(false);
    m_graph->clear();
    m_graph->setVisible(true);
    m_log->clear();
    m_notice->setVisible(false);
    m_result->setVisible(false);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(m_job && m_job->isRunning());
    m_cancel->setText(tr("Cancel"));
    m_doneButton->setVisible(false);
    m_elapsed.invalidate();
}

void JobProgressPanel::onStarted()
{
    if (m_elapsed.isValid())
        return;
    m_elapsed.start();
    // Queued from the job's thread: a stop (quitting) may have come first.
    if (m_job && m_job->isCancelRequested())
        return;
    m_cancel->setEnabled(true);
    m_phase->setText(tr("Starting…"));
    Q_EMIT stateChanged();
}

void JobProgressPanel::onProgress(const JobProgress &progress)
{
    if (!m_elapsed.isValid())
        onStarted();
    if (!progress.phase.isEmpty() && !(m_job && m_job->isCancelRequested())) {
        m_phase->setText(progress.stageCount > 1 ? tr("%1 (step %2 of %3)")
                                                       .arg(progress.phase)
                                                       .arg(progress.stage + 1)
                                                       .arg(progress.stageCount)
                                                 : progress.phase);
    }
    // The bar and the time left cover the whole job, all its passes.
    if (progress.jobFraction < 0) {
        m_progress->setRange(0, 0); // busy: the total is not known
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.jobFraction * 1000));
    }
    if (progress.bytesPerSecond > 0) {
        m_speed->setText(tr("%1 (%2)").arg(formatRate(progress.bytesPerSecond),
                                           formatSpeedX(progress.bytesPerSecond, m_base)));
        const double now = m_elapsed.elapsed() / 1000.0;
        m_graph->addSample(now, progress.bytesPerSecond);
        if (progress.jobSecondsLeft >= 0)
            m_graph->setExpectedEnd(now + double(progress.jobSecondsLeft));
    }
    m_timeLeft->setText(formatDuration(progress.jobSecondsLeft));
    if (!progress.countsBytes)
        m_done->setText(tr("–")); // erasing: no size to tell
    else
        m_done->setText(progress.bytesTotal > 0 ? tr("%1 of %2")
                                                      .arg(formatBytes(progress.bytesDone),
                                                           formatBytes(progress.bytesTotal))
                                                : formatBytes(progress.bytesDone));

    const bool fifo = progress.fifoPercent >= 0;
    m_fifoLabel->setVisible(fifo);
    m_fifo->setVisible(fifo);
    if (fifo)
        m_fifo->setValue(progress.fifoPercent);
    const bool driveBuffer = progress.driveBufferPercent >= 0;
    m_driveBufferLabel->setVisible(driveBuffer);
    m_driveBuffer->setVisible(driveBuffer);
    if (driveBuffer)
        m_driveBuffer->setValue(progress.driveBufferPercent);
    Q_EMIT stateChanged();
}

void JobProgressPanel::onLog(Severity severity, const QString &text)
{
    // Colour and a word both mark the severity: colour alone fails colour-blind users. The
    // shades are those for the log's palette, light or dark.
    QString color;
    QString prefix;
    const QPalette &palette = m_log->palette();
    switch (severity) {
    case Severity::Debug:
        color = toneColor(Tone::Muted, palette).name();
        break;
    case Severity::Info:
        break;
    case Severity::Warning:
        color = toneColor(Tone::Warning, palette).name();
        prefix = tr("Warning: ");
        break;
    case Severity::Error:
        color = toneColor(Tone::Negative, palette).name();
        prefix = tr("Error: ");
        break;
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const QString line = (prefix + text).toHtmlEscaped();
    m_log->appendHtml(
        color.isEmpty()
            ? QStringLiteral("%1  %2").arg(time, line)
            : QStringLiteral("%1  <span style=\"color:%2\">%3</span>").arg(time, color, line));
}

void JobProgressPanel::onFinished(const JobResult &result)
{
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->setVisible(false);
    m_doneButton->setVisible(m_offersDone);
    if (m_offersDone && cancelHadFocus)
        m_doneButton->setFocus(Qt::OtherFocusReason);
    m_graph->setEnded();
    m_timeLeft->setText(tr("–"));
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    // The last sample says little (a burn's final flush, a cached read): the job's average does.
    if (const double average = m_job ? m_job->lastProgress().averageBytesPerSecond : 0.0;
        average > 0)
        m_speed->setText(
            tr("%1 (%2) on average").arg(formatRate(average), formatSpeedX(average, m_base)));
    InlineMessage::Kind kind = InlineMessage::Kind::Error;
    QString fallback;
    switch (result.status) {
    case JobResult::Status::Success:
        kind = InlineMessage::Kind::Success;
        fallback = tr("Done.");
        m_progress->setValue(m_progress->maximum());
        m_phase->setText(tr("Finished"));
        break;
    case JobResult::Status::SuccessWithLoss:
        kind = InlineMessage::Kind::Warning;
        fallback = tr("Done, but some data could not be read.");
        m_progress->setValue(m_progress->maximum());
        m_phase->setText(tr("Finished"));
        break;
    case JobResult::Status::Failed:
        kind = InlineMessage::Kind::Error;
        fallback = tr("The task failed.");
        m_phase->setText(tr("Failed"));
        setLogExpanded(true); // the log tells what led up to it
        break;
    case JobResult::Status::Cancelled:
        kind = InlineMessage::Kind::Warning;
        fallback = tr("Cancelled.");
        m_phase->setText(tr("Cancelled"));
        break;
    case JobResult::Status::Declined: // by a choice, before anything was done
        kind = InlineMessage::Kind::Info;
        fallback = m_job ? m_job->declinedText() : QString();
        m_phase->setText(fallback);
        m_done->setText(tr("–"));
        m_graph->setVisible(false); // no speed to chart
        break;
    }
    m_result->setMessage(kind, result.forGui().isEmpty() ? fallback : result.forGui(),
                         result.detail);
    m_result->setVisible(true);
    Q_EMIT stateChanged();
    Q_EMIT finished(result);
}

} // namespace Spindle
