#include "burncommand.h"

#include "burnoptionsparsing.h"
#include "clijobhandler.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "jobs/burnjob.h"

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

QString BurnCommand::summary() const
{
    return Tr::tr("Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.");
}

QString BurnCommand::epilog() const
{
    return Tr::tr("Everything that can refuse (no disc, a disc with data, an image that does not\n"
                  "fit, no test mode) is checked before the first byte is written.\n"
                  "Examples:\n"
                  "  spindle-cli burn debian.iso --drive /dev/sr0 --verify\n"
                  "  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r");
}

void BurnCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file to burn."));
    parser.addOptions({
        {QStringLiteral("drive"), Tr::tr("The drive to burn with (/dev/sr0 or stdio:FILE)."),
         Tr::tr("DRIVE")},
        {QStringLiteral("medium"), Tr::tr("For a virtual drive: the medium it emulates."),
         Tr::tr("KIND")},
    });
    addBurnOptions(parser);
    parser.addOption({QStringLiteral("progress"),
                      Tr::tr("auto (default), bar, plain, json or none."), Tr::tr("MODE")});
}

int BurnCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(context,
                          args.isEmpty() ? Tr::tr("IMAGE is required.")
                                         : Tr::tr("unexpected argument %1").arg(args.at(1)),
                          name());
    BurnOptions o;
    o.imagePath = args.first();
    o.driveAddress = parser.value(QStringLiteral("drive"));
    if (o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("--drive is required."), name());
    const auto medium = MediumKind::parse(parser.value(QStringLiteral("medium")));
    if (!medium)
        return usageError(context, medium.error().message, name());
    o.medium = medium.value();
    if (const auto problem = readBurnOptions(parser, &o))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (!ProgressPrinter::parseMode(parser.value(QStringLiteral("progress")), context.stdoutIsTty,
                                    &mode))
        return usageError(context, Tr::tr("--progress takes auto, bar, plain, json or none."),
                          name());

    BurnJob job(o);
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
