#include "verifycommand.h"

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
        driveOption(Tr::tr("The drive holding the burned disc.")),
        mediumOption(),
        {QStringLiteral("checksum-file"),
         Tr::tr("Check against a SHA-256 checksum file instead of a disc.")},
        progressOption(),
        verboseOption(),
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
    if (const auto problem = unexpectedArgument(args, maxArgs))
        return usageError(context, *problem, name());
    if (o.useChecksumFile == !o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("give either --drive DRIVE or --checksum-file [FILE]."),
                          name());
    o.imagePath = args.first();
    if (args.size() > 1)
        o.checksumFile = args.at(1);
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    VerifyJob job(o);
    return runJob(job, parser, context, mode);
}

} // namespace Spindle::Cli
