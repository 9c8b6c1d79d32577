#include "buildcommand.h"

#include "burnoptionsparsing.h"
#include "device/mediumkind.h"
#include "dvd/dvdvideo.h"
#include "dvdtitleoptions.h"
#include "exitcodes.h"
#include "iso/bootfiles.h"
#include "jobrunner.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "jsonexport.h"
#include "project/imagesourcefactory.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "treeloading.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Before writing: what of the source's boot setup the new image cannot keep, and the boot files
// the patterns leave out (left out as asked). With --progress json also one line of type "boot".
void printBootWarnings(const BootInfo &boot, const ImageTree &tree, const SelectionState &state,
                       CliContext &context, ProgressPrinter::Mode mode)
{
    const QStringList leftOut = bootFilesLeftOut(boot, tree, state);
    if (boot.notKept.isEmpty() && leftOut.isEmpty())
        return;
    QStringList warnings;
    for (const QString &part : boot.notKept)
        warnings << Tr::tr("Not kept from the source's boot setup: %1.").arg(part);
    for (const QString &path : leftOut) {
        const BootFile *file = boot.find(path.toUtf8());
        warnings << Tr::tr("%1 (%2) is needed to start the computer from this disc; it is left "
                           "out as asked.")
                        .arg(path, file ? file->role : QString());
    }
    for (const QString &warning : std::as_const(warnings))
        context.err << Tr::tr("Warning: %1").arg(warning) << '\n';
    if (mode == ProgressPrinter::Mode::Json) {
        const QJsonObject line{
            {QStringLiteral("type"), QStringLiteral("boot")},
            {QStringLiteral("bootNotKept"), QJsonArray::fromStringList(boot.notKept)},
            {QStringLiteral("bootFilesLeftOut"), QJsonArray::fromStringList(leftOut)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        context.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                    << '\n';
        context.out.flush();
    }
}

// With --json (or --progress json and --ecc): what was written, and its error-correction data.
void printBuildReport(const BuildImageJob &job, const QString &output, bool ecc,
                      const QCommandLineParser &parser, CliContext &context,
                      ProgressPrinter::Mode mode)
{
    if (!parser.isSet(QStringLiteral("json")) && !(mode == ProgressPrinter::Mode::Json && ecc))
        return;
    const JobResult result = job.result();
    const EccReport eccReport = job.eccReport();
    QJsonObject report{
        {QStringLiteral("result"), toJson(result)},
        {QStringLiteral("output"), output},
        {QStringLiteral("imageBytes"), job.imageSize()},
        {QStringLiteral("fileBytes"),
         result.succeeded() ? job.imageSize() + eccReport.addedBytes : qint64(0)},
        {QStringLiteral("ecc"), toJson(eccReport)},
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

} // namespace

QString BuildCommand::summary() const
{
    return Tr::tr("Make a new image from an image, disc, folders or archives, leaving files out.");
}

QString BuildCommand::epilog() const
{
    return Tr::tr(
        "SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a folder or a zip/tar/7z\n"
        "archive; LOCAL=/PATH/IN/IMAGE places a folder or archive elsewhere than the root.\n"
        "Sources combine: one image or disc plus any folders and archives.\n"
        "PATTERN leaves out what it matches: with a \"/\" it matches whole paths\n"
        "(/VIDEO_TS/VTS_02_*), without one it matches names (*.bak); a trailing \"/\"\n"
        "matches folders only. In an --exclude-from file, one pattern per line, \"#\"\n"
        "starts a comment and \"!PATTERN\" takes back what earlier lines left out.\n"
        "A bootable image stays bootable (El Torito, system area, appended partitions);\n"
        "what cannot be kept, and boot files that PATTERN leaves out, are named before\n"
        "writing (with --progress json also as a line of type \"boot\").\n"
        "A DVD-Video (VIDEO_TS kept) becomes a UDF 1.02 + ISO 9660 bridge image, which\n"
        "players need; --level, --no-joliet and --no-rock-ridge do not apply to it.\n"
        "--keep-titles and --drop-titles take title numbers as 'spindle-cli titles'\n"
        "shows them (1,3-4); the IFO files are rewritten so that the disc still plays\n"
        "and its menus lead only to titles that stay. --main-feature-only writes a disc\n"
        "with no menus that plays the kept titles (alone: the longest) at once.\n"
        "--keep-audio LANGS, --keep-subtitles LANGS|none and --drop-commentary leave\n"
        "out audio and subtitle streams in every title set (a title set keeps at least\n"
        "one audio stream); --drop-audio and --drop-subtitles name them by number.\n"
        "With these, patterns still apply outside VIDEO_TS.\n"
        "--reproducible uses $SOURCE_DATE_EPOCH, or 2000-01-01, for every date the image\n"
        "records itself, so the same inputs give the same bytes.\n"
        "With --drive the new image is burned as it is made, with no temporary\n"
        "file; every check (disc present, writable, large enough) runs before writing.\n"
        "--ecc appends dvdisaster RS03 error-correction data: to the file before it\n"
        "gets its name (sized for --medium, else for the smallest disc that leaves room),\n"
        "or, with --drive, after the image on the disc; the data needs the whole image,\n"
        "so with --drive it is written to a temporary file in ~/.cache first (removed\n"
        "when the burn ends). A value is joined with \"=\": --ecc=20.\n"
        "Examples:\n"
        "  spindle-cli build debian.iso --exclude '/pool/main/l/*' --output small.iso\n"
        "  spindle-cli build /dev/sr0 --exclude /BONUS/ --drive /dev/sr1 --verify\n"
        "  spindle-cli build movie.iso --drop-titles 2-3 --output movie-only.iso\n"
        "  spindle-cli build movie.iso --keep-audio en,original --keep-subtitles none\n"
        "    --drop-commentary --output movie-en.iso\n"
        "  spindle-cli build ~/photos --output photos.iso --medium dvd-r --ecc");
}

QList<QPair<QString, QString>> BuildCommand::optionalValueOptions() const
{
    return {eccOptionDefault()};
}

void BuildCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Image, drive, folder or archive."),
                                 QStringLiteral("SOURCE..."));
    parser.addOptions({
        {QStringLiteral("output"), Tr::tr("Write the new image to FILE."), Tr::tr("FILE")},
        driveOption(Tr::tr("Burn the new image with DRIVE (/dev/sr0 or stdio:FILE) instead.")),
        {QStringLiteral("exclude"), Tr::tr("Leave out what PATTERN matches (repeatable)."),
         Tr::tr("PATTERN")},
        {QStringLiteral("exclude-from"), Tr::tr("Read patterns from FILE, one per line."),
         Tr::tr("FILE")},
        {QStringLiteral("add"),
         Tr::tr("Add a local file or folder, optionally at /PATH (repeatable)."),
         Tr::tr("LOCAL[=/PATH]")},
    });
    addDvdTitleOptions(parser);
    parser.addOptions({
        {QStringLiteral("label"), Tr::tr("Volume label (default: the source's)."), Tr::tr("LABEL")},
        {QStringLiteral("level"), Tr::tr("ISO 9660 level: 1, 2, 3 or auto (default)."),
         Tr::tr("LEVEL")},
        {QStringLiteral("no-joliet"), Tr::tr("Leave out the Joliet tree (Windows names).")},
        {QStringLiteral("no-rock-ridge"),
         Tr::tr("Leave out Rock Ridge (POSIX names, links, modes).")},
        {QStringLiteral("no-boot"), Tr::tr("Do not keep the source's boot records.")},
        {QStringLiteral("medium"),
         Tr::tr("With --output: refuse unless the image fits KIND (e.g. dvd-r, 700M). With a "
                "virtual --drive: the medium it emulates."),
         Tr::tr("KIND")},
        {QStringLiteral("reproducible"), Tr::tr("Same inputs give the same bytes.")},
        {QStringLiteral("force"), Tr::tr("Replace an existing output file.")},
        {QStringLiteral("skip-unreadable"),
         Tr::tr("With --output: go on when files of a source image cannot be read in full; "
                "the unreadable parts become zeros, the files are listed and the exit code is "
                "3. (A disc: copy it with 'read --skip-unreadable' first.)")},
    });
    addBurnOptions(parser);
    parser.addOption(progressOption());
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the final report as JSON.")});
}

int BuildCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList sources = parser.positionalArguments();
    const QStringList adds = parser.values(QStringLiteral("add"));
    if (sources.isEmpty() && adds.isEmpty())
        return usageError(context, Tr::tr("give at least one SOURCE."), name());
    const QString output = parser.value(QStringLiteral("output"));
    const QString drive = parser.value(QStringLiteral("drive"));
    if (output.isEmpty() == drive.isEmpty())
        return usageError(context,
                          drive.isEmpty() ? Tr::tr("give --output FILE or --drive DRIVE.")
                                          : Tr::tr("--output and --drive cannot be combined: write "
                                                   "a file or burn a disc."),
                          name());
    if (drive.isEmpty() && anyBurnOptionSet(parser))
        return usageError(context,
                          Tr::tr("burn options (--speed, --verify, --copies, ...) need "
                                 "--drive."),
                          name());
    if (!drive.isEmpty() && parser.isSet(QStringLiteral("skip-unreadable")))
        return usageError(context,
                          Tr::tr("--skip-unreadable needs --output: a disc is not burned with "
                                 "files that cannot be read. Write the image to a file, then "
                                 "burn it."),
                          name());
    BurnOptions burn;
    burn.driveAddress = drive;
    if (const auto problem = readBurnOptions(parser, &burn))
        return usageError(context, *problem, name());
    ImageOptions options;
    options.label = parser.value(QStringLiteral("label"));
    const QString level = parser.value(QStringLiteral("level"));
    if (level.isEmpty() || level == QLatin1String("auto"))
        options.isoLevel = 0;
    else if (level == QLatin1String("1") || level == QLatin1String("2") ||
             level == QLatin1String("3"))
        options.isoLevel = level.toInt();
    else
        return usageError(context, Tr::tr("--level takes 1, 2, 3 or auto."), name());
    options.joliet = !parser.isSet(QStringLiteral("no-joliet"));
    options.rockRidge = !parser.isSet(QStringLiteral("no-rock-ridge"));
    options.keepBoot = !parser.isSet(QStringLiteral("no-boot"));
    options.skipUnreadable = parser.isSet(QStringLiteral("skip-unreadable"));
    if (parser.isSet(QStringLiteral("reproducible"))) {
        bool ok = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        options.fixedTime = ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc())
                               : QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    }
    qint64 capacity = -1;
    if (!drive.isEmpty()) {
        if (const auto problem = readMedium(parser, &burn.medium))
            return usageError(context, *problem, name());
    } else if (parser.isSet(QStringLiteral("medium"))) {
        const auto medium = MediumKind::parse(parser.value(QStringLiteral("medium")));
        if (!medium || medium->capacityBytes <= 0)
            return usageError(context,
                              medium ? Tr::tr("--medium needs a disc kind or a size.")
                                     : medium.error().message,
                              name());
        capacity = medium->capacityBytes;
    }
    DvdTitleChoice titles;
    if (const auto problem = readDvdTitleOptions(parser, &titles))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    const auto selection = readSelection(parser, context);
    if (!selection)
        return ExitFailure;

    auto loaded = loadSourcesForCli(sources, adds, context, KeepBaseImport::ForBuild);
    if (!loaded)
        return ExitFailure;
    // The load's import of the base image, for the first stream (the image is read once).
    std::shared_ptr<IsoImportHandoff> handoff = std::move(loaded->baseImport);
    std::shared_ptr<const ImageTree> tree = loaded->tree;
    // Freed before the job runs: the job evaluates the patterns again on its own thread.
    auto state = std::make_unique<SelectionState>(selection->evaluate(*tree));
    // Each copy of a burn gets a stream of its own: a stream is read once.
    ImageSourceFactory factory;
    if (titles.any()) {
        handoff.reset(); // the DVD-Video writer reads the files itself
        DvdTitleSource made = makeDvdTitleSource(tree, *state, titles, options, context, mode);
        if (made.usageProblem)
            return usageError(context, *made.usageProblem, name());
        if (!made.factory)
            return made.exitCode;
        factory = made.factory;
    } else {
        for (const QString &warning : dvdVideoWarnings(*tree, *state))
            context.err << Tr::tr("Warning: %1").arg(warning) << '\n';
        if (options.keepBoot)
            printBootWarnings(loaded->boot, *tree, *state, context, mode);
        factory = newImageSourceFactory(tree, *selection, options, std::move(handoff));
    }
    state.reset();
    context.err.flush();

    if (!drive.isEmpty()) {
        burn.sourceFactory = factory;
        burn.timeStream = true;
        const QString label = options.label.isEmpty() ? tree->sourceLabel() : options.label;
        burn.sourceName =
            label.isEmpty() ? Tr::tr("the new image") : Tr::tr("the new image \"%1\"").arg(label);
        BurnJob job(burn);
        watchTemporaryFiles(job, context, mode);
        const int code = runJob(job, parser, context, mode);
        printBurnReport(job, parser, context, mode);
        return code;
    }

    // One file, one stream: the composer may free the tree once libisofs has its own, so
    // nothing here keeps it.
    BuildImageJob job({singleUse(std::move(factory)), output, capacity,
                       parser.isSet(QStringLiteral("force")), burn.ecc});
    tree.reset();
    loaded.reset();
    bool refused = false;
    const int code = runJob(job, parser, context, mode, &refused);
    if (code == ExitFailure && refused) {
        context.err << Tr::tr("Add --force to replace the existing file.") << '\n';
        context.err.flush();
    }
    printBuildReport(job, output, burn.ecc.enabled(), parser, context, mode);
    return code;
}

} // namespace Spindle::Cli
