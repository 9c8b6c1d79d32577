#pragma once

#include <QJsonObject>

#include "command.h"
#include "device/mediumkind.h"
#include "progressprinter.h"

#include <QCommandLineOption>
#include <optional>

namespace Spindle {
class Job;
}

namespace Spindle::Cli {

// A verb that runs one Job (read, burn, erase, verify, build, extract): the options these verbs
// share, read one way, and the one way to run the job on the terminal. Each verb adds the shared
// options itself, at the place its --help lists them.
class JobCommand : public Command
{
public:
    // --drive's help differs by verb (what the drive is for), so each verb says it.
    static QCommandLineOption driveOption(const QString &description);
    static QCommandLineOption mediumOption();
    static QCommandLineOption yesOption();
    static QCommandLineOption yesOption(const QString &description);
    static QCommandLineOption progressOption();
    static QCommandLineOption verboseOption();

    // Each reads its option; returns the usage error to print, if any.
    static std::optional<QString> readMedium(const QCommandLineParser &parser, MediumKind *medium);
    static std::optional<QString> readProgress(const QCommandLineParser &parser,
                                               const CliContext &context,
                                               ProgressPrinter::Mode *mode);

protected:
    // Runs `job` to its end: progress as `mode` says, log messages as --verbose asks, questions
    // answered by --yes or on the terminal. Returns the exit code; `refused` tells whether a
    // question was answered no because nobody could be asked.
    static int runJob(Job &job, const QCommandLineParser &parser, CliContext &context,
                      ProgressPrinter::Mode mode, bool *refused = nullptr);
    // The final report where JSON was asked for: with --progress json every line on stdout is
    // JSON, so it is the last line (type "report"), with or without --json; with --json alone,
    // an indented document. False when neither was asked: print the report as text.
    static bool printJsonReport(const QCommandLineParser &parser, CliContext &context,
                                ProgressPrinter::Mode mode, QJsonObject report);
};

} // namespace Spindle::Cli
