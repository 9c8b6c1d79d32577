#include "testjob.h"

#include "jobs/jobhandler.h"

#include <QThread>

namespace Spindle::Test {

TestJob::TestJob(Outcome outcome, int steps, int stepMs, QObject *parent)
    : Job(parent), m_outcome(outcome), m_steps(steps), m_stepMs(stepMs)
{}

JobResult TestJob::run()
{
    setPhase(QStringLiteral("Working"));
    log(Severity::Warning, QStringLiteral("a warning from the test job"));
    if (m_outcome == Outcome::Ask) {
        Question q;
        q.kind = QuestionKind::OverwriteFile;
        q.title = QStringLiteral("Overwrite?");
        q.text = QStringLiteral("The file exists.");
        if (!handler() || !handler()->ask(q))
            return JobResult::failure(QStringLiteral("Not overwritten."));
    }
    const qint64 stepBytes = 1 << 20;
    for (int i = 0; m_outcome == Outcome::Forever || i < m_steps; ++i) {
        if (isCancelRequested())
            return JobResult::cancelled();
        QThread::msleep(m_stepMs);
        const qint64 total = m_outcome == Outcome::Forever ? 0 : m_steps * stepBytes;
        reportProgress((i + 1) * stepBytes, total);
    }
    switch (m_outcome) {
    case Outcome::Fail:
        return JobResult::failure(QStringLiteral("The test job failed on purpose."),
                                  QStringLiteral("detail: errno 5"));
    case Outcome::Lose:
        return {JobResult::Status::SuccessWithLoss, QStringLiteral("Some sectors skipped."), {}};
    default:
        return JobResult::success(QStringLiteral("Done."));
    }
}

} // namespace Spindle::Test
