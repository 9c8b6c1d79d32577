#include "buildcommand.h"

#include "burnoptionsparsing.h"
#include "device/mediumkind.h"
#include "dvd/dvdstreams.h"
#include "dvd/dvdtitlelist.h"
#include "dvd/dvdtrimsource.h"
#include "dvd/dvdvideo.h"
#include "dvd/streamchoice.h"
#include "exitcodes.h"
#include "interruptnotifier.h"
#include "iso/bootfiles.h"
#include "jobrunner.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "project/imagesourcefactory.h"
#include "streamsizesjob.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "treeloading.h"
#include "udf/udfbridgesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "1,3-4" -> {1, 3, 4}, sorted and without repeats; nothing for text that is no such list.
std::optional<QList<int>> parseTitleList(const QString &text)
{
    QList<int> titles;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = range.first().toInt(&okFirst);
        const int last = range.size() == 2 ? range.last().toInt(&okLast) : first;
        if (range.size() > 2 || !okFirst || (range.size() == 2 && !okLast) || first < 1 ||
            last < first || last > 99) // a DVD-Video holds at most 99 titles
            return std::nullopt;
        for (int t = first; t <= last; ++t) {
            if (!titles.contains(t))
                titles << t;
        }
    }
    std::sort(titles.begin(), titles.end());
    return titles;
}

struct TitleChoice
{
    std::optional<QList<int>> keep;
    std::optional<QList<int>> drop;
    bool mainFeatureOnly = false;
    QMap<int, DvdStreamChoice> streams; // per title set (as `titles` numbers them)
    DvdStreamRules rules;               // turned into `streams` once the disc's are known
    bool any() const
    {
        return keep || drop || mainFeatureOnly || !streams.isEmpty() || rules.any();
    }
};

// "en,FR" -> {"en", "fr"}: two-letter ISO 639 codes, in any case, and "original" where
// `original` allows it; nothing for anything else.
std::optional<QStringList> parseLanguageList(const QString &text, bool original)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
    QStringList languages;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString language = part.trimmed().toLower();
        if (!code.match(language).hasMatch() &&
            !(original && language == QLatin1String("original")))
            return std::nullopt;
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

// Checks a keep-languages rule against the languages the disc has. None of them there: the
// rule would leave out every stream of that kind but the ones kept for sound, which is a typo
// far more often than a wish, so it fails naming the disc's languages. Some missing: a list
// written for many discs ("en,de"), so only a note. Returns false when it printed an error.
bool checkLanguages(const QStringList &wanted, const QStringList &present, bool audio,
                    CliContext &context)
{
    QStringList missing;
    for (const QString &language : wanted) {
        if (language != QLatin1String("original") && !present.contains(language))
            missing << language;
    }
    if (missing.isEmpty() || present.isEmpty())
        return true;
    QStringList names;
    for (const QString &language : present) {
        names << (language.isEmpty()
                      ? dvdLanguageName(language)
                      : QStringLiteral("%1 (%2)").arg(language, dvdLanguageName(language)));
    }
    const QString list = names.join(QStringLiteral(", "));
    const QString text =
        audio ? Tr::tr("This DVD-Video has no audio in %1. Its audio languages: %2.")
                    .arg(missing.join(QStringLiteral(", ")), list)
              : Tr::tr("This DVD-Video has no subtitles in %1. Its subtitle languages: %2.")
                    .arg(missing.join(QStringLiteral(", ")), list);
    if (missing.size() == wanted.size()) {
        printError(context, text, {});
        return false;
    }
    context.err << Tr::tr("Note: %1").arg(text) << '\n';
    return true;
}

// Adds what the rules leave out to the streams named by number (a union), after checking the
// rules' languages against the disc's. Prints the problem and returns false when it fails.
bool applyRules(const std::shared_ptr<const ImageTree> &tree, TitleChoice &choice,
                CliContext &context)
{
    if (!choice.rules.any())
        return true;
    const auto streams = readDvdStreams(tree);
    if (!streams) {
        printError(context, streams.error().message, streams.error().detail);
        return false;
    }
    QStringList audio, subtitles;
    for (const DvdTitleSetStreams &set : streams.value()) {
        for (const DvdAudioAttributes &a : set.audio) {
            if (!audio.contains(a.language))
                audio << a.language;
        }
        for (const DvdSubpictureAttributes &s : set.subpictures) {
            if (!subtitles.contains(s.language))
                subtitles << s.language;
        }
    }
    if (!checkLanguages(choice.rules.keepAudioLanguages, audio, true, context) ||
        !checkLanguages(choice.rules.keepSubtitleLanguages, subtitles, false, context))
        return false;
    applyStreamRules(streams.value(), choice.rules, choice.streams);
    return true;
}

// "2:1,3" -> title set 2, streams 1 and 3 (0-based in the result), added to `streams`; false
// for text that is no such list.
bool parseStreamList(const QString &text, bool audio, QMap<int, DvdStreamChoice> &streams)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok = false;
    const int set = parts.first().trimmed().toInt(&ok);
    if (parts.size() != 2 || !ok || set < 1 || set > 99)
        return false;
    const auto numbers = parseTitleList(parts.last());
    if (!numbers)
        return false;
    DvdStreamChoice &choice = streams[set];
    for (int n : *numbers) {
        if (n > (audio ? 8 : 32))
            return false;
        QList<int> &list = audio ? choice.dropAudio : choice.dropSubpictures;
        if (!list.contains(n - 1))
            list << n - 1;
    }
    return true;
}

// The trim of the DVD-Video in `tree` that the title options ask for, as the writer's plan.
// Prints the problem and returns nothing when it cannot be made.
std::optional<PlannedDisc> planTitles(const std::shared_ptr<const ImageTree> &tree,
                                      const SelectionState &state, const TitleChoice &choice,
                                      CliContext &context)
{
    DvdTrimOptions trim;
    trim.mainFeatureOnly = choice.mainFeatureOnly;
    trim.streams = choice.streams;
    if (choice.keep) {
        trim.keepTitles = *choice.keep;
    } else if (choice.drop) {
        // Every title of the source, as the trim numbers them.
        const auto all = planDvdTrim(tree, {});
        if (!all) {
            printError(context, all.error().message, all.error().detail);
            return std::nullopt;
        }
        QList<int> numbers;
        for (const auto &pair : all->titleNumbers)
            numbers << pair.first;
        const qsizetype count = numbers.size();
        for (int t : *choice.drop) {
            if (!numbers.contains(t)) {
                printError(
                    context,
                    Tr::tr("Title %1 does not exist: this DVD-Video has titles 1 to %2. Check "
                           "the numbers with \"spindle-cli titles\".")
                        .arg(t)
                        .arg(count),
                    {});
                return std::nullopt;
            }
            numbers.removeAll(t);
        }
        trim.keepTitles = numbers;
    } else if (choice.mainFeatureOnly) {
        // "Main feature only" by itself: the longest title, as players pick it.
        const auto list = readDvdTitleList(*tree);
        if (!list) {
            printError(context, list.error().message, list.error().detail);
            return std::nullopt;
        }
        trim.keepTitles = {list->info.longestTitle};
    }
    if (trim.keepTitles.isEmpty() && (choice.keep || choice.drop)) {
        printError(context,
                   Tr::tr("Every title would be left out. Keep at least one title "
                          "(--keep-titles, or fewer titles in --drop-titles)."),
                   {});
        return std::nullopt;
    }
    auto planned = planTrimmedDvd(tree, state, trim);
    if (!planned) {
        printError(context, planned.error().message, planned.error().detail);
        return std::nullopt;
    }
    return planned.value();
}

// The planner scans the VOBs of every title set that loses streams before the first byte is
// written: from a disc that is a whole read, so it runs first as a job, with progress and
// Ctrl-C, and the planner finds the scan in its cache. Returns the exit code of a cancel, or
// ExitSuccess; a failure is left to the planner, which reports it as it always has.
int scanStreams(const std::shared_ptr<const ImageTree> &tree, const TitleChoice &choice,
                CliContext &context, ProgressPrinter::Mode mode)
{
    if (choice.streams.isEmpty())
        return ExitSuccess;
    const auto streams = readDvdStreams(tree);
    if (!streams)
        return ExitSuccess;
    QList<DvdTitleSetStreams> scanned;
    for (const DvdTitleSetStreams &set : streams.value()) {
        if (choice.streams.contains(set.titleSet))
            scanned << set;
    }
    // One "result" line per run for --progress json: the build's own.
    JobRunner runner(context,
                     mode == ProgressPrinter::Mode::Json ? ProgressPrinter::Mode::None : mode);
    StreamSizesJob job(tree, scanned);
    const int code = runner.run(job);
    return code == ExitCancelled ? code : ExitSuccess;
}

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
        "Examples:\n"
        "  spindle-cli build debian.iso --exclude '/pool/main/l/*' --output small.iso\n"
        "  spindle-cli build /dev/sr0 --exclude /BONUS/ --drive /dev/sr1 --verify\n"
        "  spindle-cli build movie.iso --drop-titles 2-3 --output movie-only.iso\n"
        "  spindle-cli build movie.iso --keep-audio en,original --keep-subtitles none\n"
        "    --drop-commentary --output movie-en.iso");
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
        {QStringLiteral("keep-titles"),
         Tr::tr("DVD-Video: keep only these titles (e.g. 1,3-4), the disc stays playable."),
         Tr::tr("LIST")},
        {QStringLiteral("drop-titles"), Tr::tr("DVD-Video: leave out these titles."),
         Tr::tr("LIST")},
        {QStringLiteral("main-feature-only"),
         Tr::tr("DVD-Video: no menus; the kept titles (default: the longest) play at once.")},
        {QStringLiteral("drop-audio"),
         Tr::tr("DVD-Video: leave out these audio streams of title set SET (e.g. 1:2,3; "
                "repeatable)."),
         Tr::tr("SET:LIST")},
        {QStringLiteral("drop-subtitles"),
         Tr::tr("DVD-Video: leave out these subtitle streams of title set SET (repeatable)."),
         Tr::tr("SET:LIST")},
        {QStringLiteral("keep-audio"),
         Tr::tr("DVD-Video: keep only audio in these languages (e.g. en,fr; original: each "
                "title set's first language)."),
         Tr::tr("LANGS")},
        {QStringLiteral("keep-subtitles"),
         Tr::tr("DVD-Video: keep only subtitles in these languages (e.g. en), or none."),
         Tr::tr("LANGS")},
        {QStringLiteral("drop-commentary"),
         Tr::tr("DVD-Video: leave out director's comments (audio and subtitles).")},
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
    TitleChoice titles;
    titles.mainFeatureOnly = parser.isSet(QStringLiteral("main-feature-only"));
    for (const char *option : {"keep-titles", "drop-titles"}) {
        const QString key = QString::fromLatin1(option);
        if (!parser.isSet(key))
            continue;
        const auto list = parseTitleList(parser.value(key));
        if (!list)
            return usageError(context, Tr::tr("--%1 takes title numbers such as 1,3-4.").arg(key),
                              name());
        (key == QLatin1String("keep-titles") ? titles.keep : titles.drop) = list;
    }
    for (const char *option : {"drop-audio", "drop-subtitles"}) {
        const QString key = QString::fromLatin1(option);
        for (const QString &value : parser.values(key)) {
            if (!parseStreamList(value, key == QLatin1String("drop-audio"), titles.streams))
                return usageError(
                    context,
                    Tr::tr("--%1 takes a title set and stream numbers as 'spindle-cli titles' "
                           "shows them, such as 1:2,3.")
                        .arg(key),
                    name());
        }
    }
    if (parser.isSet(QStringLiteral("keep-audio"))) {
        const auto languages = parseLanguageList(parser.value(QStringLiteral("keep-audio")), true);
        if (!languages)
            return usageError(context,
                              Tr::tr("--keep-audio takes two-letter language codes (ISO 639) or "
                                     "original, such as en,original."),
                              name());
        titles.rules.keepAudioLanguages = *languages;
    }
    if (parser.isSet(QStringLiteral("keep-subtitles"))) {
        const QString value = parser.value(QStringLiteral("keep-subtitles")).trimmed();
        const auto languages = parseLanguageList(value, false);
        if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            titles.rules.keepNoSubtitles = true;
        else if (languages)
            titles.rules.keepSubtitleLanguages = *languages;
        else
            return usageError(context,
                              Tr::tr("--keep-subtitles takes two-letter language codes (ISO 639), "
                                     "such as en,de, or none."),
                              name());
    }
    titles.rules.dropCommentary = parser.isSet(QStringLiteral("drop-commentary"));
    if (titles.keep && titles.drop)
        return usageError(context,
                          Tr::tr("--keep-titles and --drop-titles cannot be combined: name the "
                                 "titles to keep or those to leave out."),
                          name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    Selection selection;
    if (parser.isSet(QStringLiteral("exclude-from"))) {
        QFile file(parser.value(QStringLiteral("exclude-from")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context,
                       Tr::tr("Spindle cannot read the pattern file %1: %2.")
                           .arg(file.fileName(), file.errorString()),
                       {});
            return ExitFailure;
        }
        auto parsed = Selection::parse(QString::fromUtf8(file.readAll()));
        if (!parsed) {
            printError(context, parsed.error().message, file.fileName());
            return ExitFailure;
        }
        selection = parsed.value();
    }
    for (const QString &pattern : parser.values(QStringLiteral("exclude")))
        selection.addRule(pattern, false);

    const auto loaded = loadSourcesForCli(sources, adds, context);
    if (!loaded)
        return ExitFailure;
    const std::shared_ptr<const ImageTree> tree = loaded->tree;
    const SelectionState state = selection.evaluate(*tree);
    // Each copy of a burn gets a stream of its own: a stream is read once.
    ImageSourceFactory factory;
    if (titles.any()) {
        if (!isDvdVideo(*tree) && titles.rules.any())
            return usageError(context,
                              Tr::tr("--keep-audio, --keep-subtitles and --drop-commentary need a "
                                     "DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO)."),
                              name());
        if (!isDvdVideo(*tree))
            return usageError(context,
                              Tr::tr("--keep-titles, --drop-titles, --main-feature-only, "
                                     "--drop-audio and --drop-subtitles need a DVD-Video source "
                                     "(one with VIDEO_TS/VIDEO_TS.IFO)."),
                              name());
        if (!applyRules(tree, titles, context))
            return ExitFailure;
        // Once the scan has run, Ctrl-C no longer ends the process at once: from then until
        // the build's job starts, it cancels the build after planning (nothing is written).
        // Made after the scan's job: two notifiers would share one signal.
        std::unique_ptr<InterruptNotifier> interrupt;
        if (!titles.streams.isEmpty()) {
            if (const int code = scanStreams(tree, titles, context, mode); code != ExitSuccess)
                return code;
            interrupt = std::make_unique<InterruptNotifier>();
        }
        const auto planned = planTitles(tree, state, titles, context);
        if (interrupt && interrupt->signalled()) {
            context.err << JobResult::cancelled().message << '\n';
            return ExitCancelled;
        }
        if (!planned)
            return ExitFailure;
        for (const QString &note : planned->notes)
            context.err << Tr::tr("Note: %1").arg(note) << '\n';
        const FilePlan files = planned->files;
        factory = [tree, files, options]() -> std::unique_ptr<ImageSource> {
            return std::make_unique<UdfBridgeSource>(tree, files, options);
        };
    } else {
        for (const QString &warning : dvdVideoWarnings(*tree, state))
            context.err << Tr::tr("Warning: %1").arg(warning) << '\n';
        if (options.keepBoot)
            printBootWarnings(loaded->boot, *tree, state, context, mode);
        factory = newImageSourceFactory(tree, selection, options);
    }
    context.err.flush();

    if (!drive.isEmpty()) {
        burn.sourceFactory = factory;
        const QString label = options.label.isEmpty() ? tree->sourceLabel() : options.label;
        burn.sourceName =
            label.isEmpty() ? Tr::tr("the new image") : Tr::tr("the new image \"%1\"").arg(label);
        BurnJob job(burn);
        return runJob(job, parser, context, mode);
    }

    BuildImageJob job({factory, output, capacity, parser.isSet(QStringLiteral("force"))});
    bool refused = false;
    const int code = runJob(job, parser, context, mode, &refused);
    if (code == ExitFailure && refused) {
        context.err << Tr::tr("Add --force to replace the existing file.") << '\n';
        context.err.flush();
    }
    return code;
}

} // namespace Spindle::Cli
