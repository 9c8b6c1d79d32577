#include "verifycommand.h"

#include "exitcodes.h"
#include "jobrunner.h"
#include "jobs/verifyjob.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString VerifyCommand::summary() const
{
    return Tr::tr("Compare an image with a disc, or with its published SHA-256 checksum.");
}

QString VerifyCommand::epilog() const
{
    return Tr::tr("With --drive, exactly the image's bytes are read back from the disc (never the\n"
                  "drive's padding) and the first differing sector is named.\n"
                  "With --checksum-file, FILE may follow IMAGE; without it Spindle looks for\n"
                  "IMAGE.sha256, IMAGE.sha256sum, SHA256SUMS and sha256sum.txt next to the image.\n"
                  "Examples:\n"
                  "  spindle-cli verify debian.iso --drive /dev/sr0\n"
                  "  spindle-cli verify debian.iso --checksum-file SHA256SUMS");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file."));
    parser.addPositionalArgument(QStringLiteral("[FILE]"),
                                 Tr::tr("With --checksum-file: the checksum file."));
    parser.addOptions({
        {QStringLiteral("drive"), Tr::tr("The drive holding the burned disc."), Tr::tr("DRIVE")},
        {QStringLiteral("medium"), Tr::tr("For a virtual drive: the medium it emulates."),
         Tr::tr("KIND")},
        {QStringLiteral("checksum-file"),
         Tr::tr("Check against a SHA-256 checksum file instead of a disc.")},
        {QStringLiteral("progress"), Tr::tr("auto (default), bar, plain, json or none."),
         Tr::tr("MODE")},
        {QStringLiteral("verbose"), Tr::tr("Show every log message.")},
    });
}

int VerifyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    VerifyOptions o;
    o.useChecksumFile = parser.isSet(QStringLiteral("checksum-file"));
    o.driveAddress = parser.value(QStringLiteral("drive"));
    const int maxArgs = o.useChecksumFile ? 2 : 1;
    if (args.isEmpty())
        return usageError(context, Tr::tr("IMAGE is required."), name());
    if (args.size() > maxArgs)
        return usageError(context, Tr::tr("unexpected argument %1").arg(args.at(maxArgs)), name());
    if (o.useChecksumFile == !o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("give either --drive DRIVE or --checksum-file [FILE]."),
                          name());
    o.imagePath = args.first();
    if (args.size() > 1)
        o.checksumFile = args.at(1);
    const auto medium = MediumKind::parse(parser.value(QStringLiteral("medium")));
    if (!medium)
        return usageError(context, medium.error().message, name());
    o.medium = medium.value();
    ProgressPrinter::Mode mode;
    if (!ProgressPrinter::parseMode(parser.value(QStringLiteral("progress")), context.stdoutIsTty,
                                    &mode))
        return usageError(context, Tr::tr("--progress takes auto, bar, plain, json or none."),
                          name());

    VerifyJob job(o);
    JobRunner runner(context, mode);
    runner.setVerbose(parser.isSet(QStringLiteral("verbose")));
    return runner.run(job);
}

} // namespace Spindle::Cli
