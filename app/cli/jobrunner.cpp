#include "jobrunner.h"

#include "clijobhandler.h"
#include "exitcodes.h"
#include "interruptnotifier.h"
#include "jobs/job.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Spindle::Cli {

JobRunner::JobRunner(CliContext &context, ProgressPrinter::Mode mode, SpeedBase base)
    : m_context(context), m_mode(mode), m_base(base)
{}

int JobRunner::exitCodeFor(const JobResult &result)
{
    switch (result.status) {
    case JobResult::Status::Success:
        return ExitSuccess;
    case JobResult::Status::SuccessWithLoss:
        return ExitDataLoss;
    case JobResult::Status::Cancelled:
        return ExitCancelled;
    case JobResult::Status::Failed:
    case JobResult::Status::Declined: // exit code 1 as before it had a status of its own
        return ExitFailure;
    }
    return ExitFailure;
}

int JobRunner::run(Job &job)
{
    // JSON progress owns stdout; a bar or plain lines go to stderr so stdout stays clean for
    // a verb's own output.
    QTextStream &progressStream =
        m_mode == ProgressPrinter::Mode::Json ? m_context.out : m_context.err;
    ProgressPrinter printer(m_mode, progressStream, m_base);
    InterruptNotifier interrupt;
    QEventLoop loop;
    bool interrupted = false;

    job.setHandler(m_handler);
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &job, [&] {
        if (!interrupted) {
            interrupted = true;
            m_context.err << '\n' << QCoreApplication::translate("cli", "Cancelling…") << '\n';
            m_context.err.flush();
        }
        job.cancel();
    });
    QObject::connect(&job, &Job::progressChanged, &loop,
                     [&](const JobProgress &p) { printer.update(p); });
    QObject::connect(&job, &Job::logMessage, &loop, [&](Severity s, const QString &text) {
        if (s == Severity::Debug || (s == Severity::Info && !m_verbose))
            return;
        if (m_mode == ProgressPrinter::Mode::Bar)
            m_context.err << "\r\x1b[K";
        // Job messages name files read from discs and archives: no control character of
        // theirs reaches the terminal (JSON progress keeps them exact).
        m_context.err << severityName(s) << ": " << escapeControlCharacters(text) << '\n';
        m_context.err.flush();
    });
    JobResult result;
    QObject::connect(&job, &Job::finished, &loop, [&](const JobResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec(); // `finished` is queued to this thread, so it cannot be missed
    job.wait();
    const bool report = m_reportsOutcome || result.status == JobResult::Status::Cancelled;
    printer.finish(result, report);

    if (report && m_mode != ProgressPrinter::Mode::Json) {
        if (!result.succeeded()) {
            QString message = result.message;
            if (m_handler && m_handler->refusedNonInteractively())
                message += QLatin1Char(' ') +
                           QCoreApplication::translate("cli", "Run again with --yes to accept.");
            m_context.err << escapeControlCharacters(message) << '\n';
            if (!result.detail.isEmpty() && m_verbose)
                m_context.err << escapeControlCharactersPerLine(result.detail) << '\n';
        } else if (!result.message.isEmpty()) {
            m_context.err << escapeControlCharacters(result.message) << '\n';
        }
        m_context.err.flush();
    }
    // A job past its point of no return (a burn closing the disc) finishes whatever the
    // user asked: its success stands, but the user must not think the cancel worked.
    if (result.succeeded() && (interrupted || interrupt.signalled())) {
        m_context.err << QCoreApplication::translate(
                             "cli", "The cancel came too late: the job had already finished.")
                      << '\n';
        m_context.err.flush();
    }
    return exitCodeFor(result);
}

} // namespace Spindle::Cli
