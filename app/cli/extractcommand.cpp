#include "extractcommand.h"

#include "exitcodes.h"
#include "jobs/extractjob.h"
#include "treeloading.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString ExtractCommand::summary() const
{
    return Tr::tr("Copy files out of an image, disc, archive or folder.");
}

QString ExtractCommand::epilog() const
{
    return Tr::tr(
        "PATH is a file or folder in SOURCE (/boot/grub); each lands in DIR under its own\n"
        "name. Without PATH everything is extracted. Names and dates are kept. Nothing\n"
        "is written outside DIR: entries named \"..\", absolute archive names and links\n"
        "pointing out of DIR make the extraction stop before it writes anything.");
}

void ExtractCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Image, drive, archive or folder."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("What to extract."),
                                 QStringLiteral("[PATH...]"));
    parser.addOptions({
        {QStringLiteral("output"), Tr::tr("The folder to extract to."), Tr::tr("DIR")},
        {QStringLiteral("force"), Tr::tr("Replace existing files in DIR.")},
        progressOption(),
    });
}

int ExtractCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, Tr::tr("give a SOURCE."), name());
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(context, Tr::tr("--output is required."), name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());
    const auto loaded = loadSourcesForCli({args.first()}, {}, context);
    if (!loaded)
        return ExitFailure;
    QList<QByteArray> paths;
    for (const QString &p : args.mid(1)) {
        auto normalized = normalizeImagePath(p);
        if (!normalized) {
            printError(context, normalized.error().message, {});
            return ExitFailure;
        }
        paths << normalized.value();
    }
    ExtractJob job({loaded->tree, paths, output, parser.isSet(QStringLiteral("force"))});
    return runJob(job, parser, context, mode);
}

} // namespace Spindle::Cli
