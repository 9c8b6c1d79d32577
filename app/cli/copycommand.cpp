#include "copycommand.h"

#include "burnoptionsparsing.h"
#include "clijobhandler.h"
#include "dvd/dvdvideo.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "jobs/copydiscjob.h"
#include "jsonexport.h"
#include "project/imagesourcefactory.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "treeloading.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The leave-out patterns of --exclude-from and --exclude, as `build` reads them; prints the
// problem and returns nothing when the file cannot be read.
std::optional<Selection> readSelection(const QCommandLineParser &parser, CliContext &context)
{
    Selection selection;
    if (parser.isSet(QStringLiteral("exclude-from"))) {
        QFile file(parser.value(QStringLiteral("exclude-from")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context,
                       Tr::tr("Spindle cannot read the pattern file %1: %2.")
                           .arg(file.fileName(), file.errorString()),
                       {});
            return std::nullopt;
        }
        auto parsed = Selection::parse(QString::fromUtf8(file.readAll()));
        if (!parsed) {
            printError(context, parsed.error().message, file.fileName());
            return std::nullopt;
        }
        selection = parsed.value();
    }
    for (const QString &pattern : parser.values(QStringLiteral("exclude")))
        selection.addRule(pattern, false);
    return selection;
}
} // namespace

QString CopyCommand::summary() const
{
    return Tr::tr("Copy a disc to another disc, with two drives or with one.");
}

QString CopyCommand::epilog() const
{
    return Tr::tr(
        "With --to the copy is burned as the disc is read, with no temporary file; it has\n"
        "the same bytes as an image made by 'spindle-cli read'. --exclude and\n"
        "--exclude-from leave files out (as 'build' does; for DVD-Video titles and\n"
        "streams use 'spindle-cli build SOURCE --drive DRIVE').\n"
        "Without --to the disc is read into a temporary image in the cache folder (its\n"
        "free space is checked first), ejected, and the copy waits for a blank disc:\n"
        "answer y once it is in (a script may write y to stdin after changing the disc;\n"
        "--yes does not wait). The temporary image is removed however the copy ends.\n"
        "--medium is the kind of disc written, for a virtual drive. Everything that can\n"
        "refuse (no disc, a disc with data, a copy that does not fit) is checked before\n"
        "the first byte is written.\n"
        "Examples:\n"
        "  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify\n"
        "  spindle-cli copy --drive /dev/sr0 --verify");
}

void CopyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        driveOption(Tr::tr("The drive holding the disc to copy (/dev/sr0 or stdio:FILE).")),
        {QStringLiteral("to"),
         Tr::tr("Burn the copy with this second drive, on the fly (default: --drive, through a "
                "temporary image)."),
         Tr::tr("DRIVE")},
        mediumOption(),
        {QStringLiteral("exclude"), Tr::tr("Leave out what PATTERN matches (repeatable)."),
         Tr::tr("PATTERN")},
        {QStringLiteral("exclude-from"), Tr::tr("Read patterns from FILE, one per line."),
         Tr::tr("FILE")},
    });
    addBurnOptions(parser);
    parser.addOptions({
        progressOption(),
        {QStringLiteral("json"), Tr::tr("Print the final report as JSON.")},
    });
}

int CopyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const auto problem = unexpectedArgument(parser.positionalArguments(), 0))
        return usageError(context, *problem, name());
    CopyDiscOptions o;
    o.sourceDrive = parser.value(QStringLiteral("drive"));
    if (o.sourceDrive.isEmpty())
        return usageError(context, Tr::tr("--drive is required."), name());
    o.burn.driveAddress = parser.value(QStringLiteral("to"));
    if (const auto problem = readMedium(parser, &o.burn.medium))
        return usageError(context, *problem, name());
    if (const auto problem = readBurnOptions(parser, &o.burn))
        return usageError(context, *problem, name());
    const bool leavesOut =
        parser.isSet(QStringLiteral("exclude")) || parser.isSet(QStringLiteral("exclude-from"));
    if (leavesOut && o.oneDrive())
        return usageError(context,
                          Tr::tr("--exclude and --exclude-from need --to: with one drive the "
                                 "disc is copied whole."),
                          name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    if (leavesOut) {
        const auto selection = readSelection(parser, context);
        if (!selection)
            return ExitFailure;
        const auto loaded = loadSourcesForCli({o.sourceDrive}, {}, context);
        if (!loaded)
            return ExitFailure;
        for (const QString &warning :
             dvdVideoWarnings(*loaded->tree, selection->evaluate(*loaded->tree)))
            context.err << Tr::tr("Warning: %1").arg(warning) << '\n';
        context.err.flush();
        o.sourceFactory = newImageSourceFactory(loaded->tree, *selection, ImageOptions{});
        const QString label = loaded->tree->sourceLabel();
        o.sourceName =
            label.isEmpty() ? Tr::tr("the new image") : Tr::tr("the new image \"%1\"").arg(label);
    }

    CopyDiscJob job(o);
    QTextStream in(stdin);
    // The handler asks from the job's thread while the runner prints progress on this one.
    QTextStream questions(stderr);
    const bool yes = parser.optionNames().contains(QStringLiteral("yes"));
    CliJobHandler handler(yes, context.stdinIsTty, in, questions);
    handler.setAnswerFromPipe(QuestionKind::InsertBlankMedium);
    JobRunner runner(context, mode);
    runner.setHandler(&handler);
    runner.setVerbose(parser.optionNames().contains(QStringLiteral("verbose")));
    const int code = runner.run(job);
    job.setHandler(nullptr);

    if (mode == ProgressPrinter::Mode::Json || parser.isSet(QStringLiteral("json"))) {
        QJsonObject report{
            {QStringLiteral("result"), toJson(job.result())},
            {QStringLiteral("source"), o.sourceDrive},
            {QStringLiteral("target"), o.oneDrive() ? o.sourceDrive : o.burn.driveAddress},
            {QStringLiteral("onTheFly"), !o.oneDrive()},
            {QStringLiteral("verified"), job.result().succeeded() && o.burn.verify},
        };
        if (mode == ProgressPrinter::Mode::Json) {
            // Every line on stdout is JSON: the report is the last line.
            report.insert(QStringLiteral("type"), QStringLiteral("report"));
            context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                        << '\n';
        } else {
            context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        }
        context.out.flush();
    }
    return code;
}

} // namespace Spindle::Cli
