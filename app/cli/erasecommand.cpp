#include "erasecommand.h"

#include "jobs/erasejob.h"

#include <QCoreApplication>

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
        driveOption(Tr::tr("The drive holding the disc (/dev/sr0 or stdio:FILE).")),
        mediumOption(),
        {QStringLiteral("full"), Tr::tr("Erase the whole disc (slow) instead of a quick erase.")},
        yesOption(Tr::tr("Erase without asking for confirmation.")),
        progressOption(),
        verboseOption(),
    });
}

int EraseCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const auto problem = unexpectedArgument(parser.positionalArguments(), 0))
        return usageError(context, *problem, name());
    EraseOptions o;
    o.driveAddress = parser.value(QStringLiteral("drive"));
    if (o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("--drive is required."), name());
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    o.full = parser.isSet(QStringLiteral("full"));
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    EraseJob job(o);
    return runJob(job, parser, context, mode);
}

} // namespace Spindle::Cli
