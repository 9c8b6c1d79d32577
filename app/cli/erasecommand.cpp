#include "erasecommand.h"

#include "clijobhandler.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "jobs/erasejob.h"

#include <QCoreApplication>

#include <cstdio>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString EraseCommand::summary() const
{
    return Tr::tr("Erase a rewritable disc (CD-RW, DVD±RW, DVD-RAM, BD-RE) or a virtual disc.");
}

void EraseCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("drive"), Tr::tr("The drive holding the disc (/dev/sr0 or stdio:FILE)."),
         Tr::tr("DRIVE")},
        {QStringLiteral("medium"), Tr::tr("For a virtual drive: the medium it emulates."),
         Tr::tr("KIND")},
        {QStringLiteral("full"), Tr::tr("Erase the whole disc (slow) instead of a quick erase.")},
        {QStringLiteral("yes"), Tr::tr("Erase without asking for confirmation.")},
        {QStringLiteral("progress"), Tr::tr("auto (default), bar, plain, json or none."),
         Tr::tr("MODE")},
        {QStringLiteral("verbose"), Tr::tr("Show every log message.")},
    });
}

int EraseCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            context, Tr::tr("unexpected argument %1").arg(parser.positionalArguments().first()),
            name());
    EraseOptions o;
    o.driveAddress = parser.value(QStringLiteral("drive"));
    if (o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("--drive is required."), name());
    const auto medium = MediumKind::parse(parser.value(QStringLiteral("medium")));
    if (!medium)
        return usageError(context, medium.error().message, name());
    o.medium = medium.value();
    o.full = parser.isSet(QStringLiteral("full"));
    ProgressPrinter::Mode mode;
    if (!ProgressPrinter::parseMode(parser.value(QStringLiteral("progress")), context.stdoutIsTty,
                                    &mode))
        return usageError(context, Tr::tr("--progress takes auto, bar, plain, json or none."),
                          name());

    EraseJob job(o);
    QTextStream in(stdin);
    // The handler writes from the job's thread while the runner prints progress on this one:
    // a stream of its own, so the two never share one QTextStream's buffer.
    QTextStream questions(stderr);
    CliJobHandler handler(parser.isSet(QStringLiteral("yes")), context.stdinIsTty, in, questions);
    JobRunner runner(context, mode);
    runner.setHandler(&handler);
    runner.setVerbose(parser.isSet(QStringLiteral("verbose")));
    return runner.run(job);
}

} // namespace Spindle::Cli
