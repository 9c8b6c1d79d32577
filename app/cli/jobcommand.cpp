#include "jobcommand.h"

#include "clijobhandler.h"
#include "jobrunner.h"
#include "jobs/job.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Not every job verb offers --yes and --verbose, and isSet() warns about an option the parser
// does not know; optionNames() lists only options that were given, hence known.
bool given(const QCommandLineParser &parser, const QString &name)
{
    return parser.optionNames().contains(name);
}
} // namespace

QCommandLineOption JobCommand::driveOption(const QString &description)
{
    return {QStringLiteral("drive"), description, Tr::tr("DRIVE")};
}

QCommandLineOption JobCommand::mediumOption()
{
    return {QStringLiteral("medium"), Tr::tr("For a virtual drive: the medium it emulates."),
            Tr::tr("KIND")};
}

QCommandLineOption JobCommand::yesOption()
{
    return yesOption(Tr::tr("Answer yes to every question."));
}

QCommandLineOption JobCommand::yesOption(const QString &description)
{
    return {QStringLiteral("yes"), description};
}

QCommandLineOption JobCommand::progressOption()
{
    return {QStringLiteral("progress"), Tr::tr("auto (default), bar, plain, json or none."),
            Tr::tr("MODE")};
}

QCommandLineOption JobCommand::verboseOption()
{
    return {QStringLiteral("verbose"), Tr::tr("Show every log message.")};
}

std::optional<QString> JobCommand::readMedium(const QCommandLineParser &parser, MediumKind *medium)
{
    const auto parsed = MediumKind::parse(parser.value(QStringLiteral("medium")));
    if (!parsed)
        return parsed.error().message;
    *medium = parsed.value();
    return std::nullopt;
}

std::optional<QString> JobCommand::readProgress(const QCommandLineParser &parser,
                                                const CliContext &context,
                                                ProgressPrinter::Mode *mode)
{
    if (!ProgressPrinter::parseMode(parser.value(QStringLiteral("progress")), context.stdoutIsTty,
                                    mode))
        return Tr::tr("--progress takes auto, bar, plain, json or none.");
    return std::nullopt;
}

int JobCommand::runJob(Job &job, const QCommandLineParser &parser, CliContext &context,
                       ProgressPrinter::Mode mode, bool *refused)
{
    QTextStream in(stdin);
    // The handler asks from the job's thread while the runner prints progress on this one:
    // a stream of its own, so the two never share one QTextStream's buffer.
    QTextStream questions(stderr);
    CliJobHandler handler(given(parser, QStringLiteral("yes")), context.stdinIsTty, in, questions);
    JobRunner runner(context, mode);
    runner.setHandler(&handler);
    runner.setVerbose(given(parser, QStringLiteral("verbose")));
    const int code = runner.run(job);
    job.setHandler(nullptr); // the job outlives this handler: a verb may read its report
    if (refused)
        *refused = handler.refusedNonInteractively();
    return code;
}

} // namespace Spindle::Cli

namespace Spindle::Cli {

bool JobCommand::printJsonReport(const QCommandLineParser &parser, CliContext &context,
                                 ProgressPrinter::Mode mode, QJsonObject report)
{
    if (mode == ProgressPrinter::Mode::Json) {
        report.insert(QStringLiteral("type"), QStringLiteral("report"));
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                    << '\n';
        return true;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return true;
    }
    return false;
}

} // namespace Spindle::Cli
