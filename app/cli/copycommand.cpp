#include "copycommand.h"

#include "burnoptionsparsing.h"
#include "clijobhandler.h"
#include "dvd/dvdvideo.h"
#include "dvdtitleoptions.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "jobs/copydiscjob.h"
#include "jsonexport.h"
#include "project/imagesourcefactory.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "treeloading.h"

#include <QCoreApplication>
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

} // namespace

QString CopyCommand::summary() const
{
    return Tr::tr("Copy a disc to another disc, with two drives or with one.");
}

QString CopyCommand::epilog() const
{
    return Tr::tr(
        "With --to the copy is burned as the disc is read, with no temporary file; it has\n"
        "the same bytes as an image made by 'spindle-cli read'. Without --to the disc is\n"
        "read into a temporary image in the cache folder (its free space is checked\n"
        "first), ejected, and the copy waits for a blank disc: answer y once it is in (a\n"
        "script may write y to stdin after changing the disc; --yes does not wait). The\n"
        "temporary image is removed however the copy ends.\n"
        "--exclude and --exclude-from leave files out, and the DVD-Video options\n"
        "(--keep-titles, --drop-titles, --main-feature-only, --keep-audio, --drop-audio,\n"
        "--keep-subtitles, --drop-subtitles, --drop-commentary) leave titles and streams\n"
        "out, as 'build' does: the copy is then a new image of the disc, no longer the\n"
        "same bytes.\n"
        "--medium is the kind of disc written, for a virtual drive. Everything that can\n"
        "refuse (no disc, a disc with data, a copy that does not fit) is checked before\n"
        "the first byte is written.\n"
        "Examples:\n"
        "  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify\n"
        "  spindle-cli copy --drive /dev/sr0 --verify\n"
        "  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --keep-titles 1 --keep-audio en");
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
    addDvdTitleOptions(parser);
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
    DvdTitleChoice titles;
    if (const auto problem = readDvdTitleOptions(parser, &titles))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    const bool leavesOut = parser.isSet(QStringLiteral("exclude")) ||
                           parser.isSet(QStringLiteral("exclude-from")) || titles.any();
    if (leavesOut) {
        const auto selection = readSelection(parser, context);
        if (!selection)
            return ExitFailure;
        // Scoped: with one drive the tree holds the disc's drive until the temporary image is
        // made; then the job lets go of the factory, and with it the drive, to burn.
        auto loaded = loadSourcesForCli({o.sourceDrive}, {}, context);
        if (!loaded)
            return ExitFailure;
        const std::shared_ptr<const ImageTree> tree = std::move(loaded->tree);
        loaded.reset();
        const SelectionState state = selection->evaluate(*tree);
        if (titles.any()) {
            DvdTitleSource made =
                makeDvdTitleSource(tree, state, titles, ImageOptions{}, context, mode);
            if (made.usageProblem)
                return usageError(context, *made.usageProblem, name());
            if (!made.factory)
                return made.exitCode;
            o.sourceFactory = std::move(made.factory);
        } else {
            for (const QString &warning : dvdVideoWarnings(*tree, state))
                context.err << Tr::tr("Warning: %1").arg(warning) << '\n';
            o.sourceFactory = newImageSourceFactory(tree, *selection, ImageOptions{});
        }
        context.err.flush();
        const QString label = tree->sourceLabel();
        o.sourceName =
            label.isEmpty() ? Tr::tr("the new image") : Tr::tr("the new image \"%1\"").arg(label);
    }

    // Moved: the job alone holds the factory, so that it can let go of the source drive.
    CopyDiscJob job(std::move(o));
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
        const CopyDiscOptions &used = job.options();
        QJsonObject report{
            {QStringLiteral("result"), toJson(job.result())},
            {QStringLiteral("source"), used.sourceDrive},
            {QStringLiteral("target"), used.oneDrive() ? used.sourceDrive : used.burn.driveAddress},
            {QStringLiteral("onTheFly"), !used.oneDrive()},
            {QStringLiteral("verified"), job.result().succeeded() && used.burn.verify},
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
