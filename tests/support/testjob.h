#pragma once

#include "jobs/job.h"

#include <QString>

namespace Spindle::Test {

// A job with scripted behaviour, to test the job engine and everything that shows jobs.
class TestJob final : public Job
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Succeed,
        Fail,
        Lose,   // succeed with data loss
        Ask,    // ask the handler; fail when it says no
        Forever // run until cancelled
    };
    explicit TestJob(Outcome outcome, int steps = 20, int stepMs = 10, QObject *parent = nullptr);
    QString title() const override { return QStringLiteral("Test job"); }

protected:
    JobResult run() override;

private:
    Outcome m_outcome;
    int m_steps;
    int m_stepMs;
};

} // namespace Spindle::Test
