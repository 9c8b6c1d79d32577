#include "dvdtitleoptions.h"

#include "dvd/dvdtitlelist.h"
#include "dvd/dvdtrimsource.h"
#include "dvd/dvdvideo.h"
#include "dvdplanjob.h"
#include "exitcodes.h"
#include "interruptnotifier.h"
#include "jobrunner.h"
#include "tree/imagetree.h"
#include "treeloading.h"
#include "udf/udfbridgesource.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Spindle::Cli {

namespace {
// One translation context for the CLI's files, which lupdate sees too.
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
bool applyRules(const std::shared_ptr<const ImageTree> &tree, DvdTitleChoice &choice,
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

// The trim of the DVD-Video in `tree` that the title options ask for. Prints the problem and
// returns nothing when a title number does not exist or no title would stay.
std::optional<DvdTrimOptions> trimOptions(const std::shared_ptr<const ImageTree> &tree,
                                          const DvdTitleChoice &choice, CliContext &context)
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
    return trim;
}

// The planner reads the VOBs of every title set that loses streams or cells (and of those
// whose buttons may keep a stream choice) before the first byte is written: from a disc that
// is a whole read, so it plans first as a job, with progress and Ctrl-C, and the plan that
// follows finds the scans in its cache. Only a trim that leaves something out can read VOBs.
// Returns the exit code of a cancel, or ExitSuccess; a failure is left to the plan that
// follows, which reports it as it always has.
int planAsAJob(const std::shared_ptr<const ImageTree> &tree, const DvdTrimOptions &trim,
               CliContext &context, ProgressPrinter::Mode mode)
{
    if (trim.streams.isEmpty() && trim.keepTitles.isEmpty() && trim.dropTitles.isEmpty())
        return ExitSuccess;
    // Its progress shows; its failure is the plan's that follows, and the one "result" line
    // of --progress json is the build's (or a cancel's).
    JobRunner runner(context, mode);
    runner.setReportsOutcome(false);
    DvdPlanJob job(tree, trim);
    const int code = runner.run(job);
    return code == ExitCancelled ? code : ExitSuccess;
}

} // namespace

void addDvdTitleOptions(QCommandLineParser &parser)
{
    parser.addOptions({
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
    });
}

std::optional<QString> readDvdTitleOptions(const QCommandLineParser &parser, DvdTitleChoice *choice)
{
    DvdTitleChoice &titles = *choice;
    titles.mainFeatureOnly = parser.isSet(QStringLiteral("main-feature-only"));
    for (const char *option : {"keep-titles", "drop-titles"}) {
        const QString key = QString::fromLatin1(option);
        if (!parser.isSet(key))
            continue;
        const auto list = parseTitleList(parser.value(key));
        if (!list)
            return Tr::tr("--%1 takes title numbers such as 1,3-4.").arg(key);
        (key == QLatin1String("keep-titles") ? titles.keep : titles.drop) = list;
    }
    for (const char *option : {"drop-audio", "drop-subtitles"}) {
        const QString key = QString::fromLatin1(option);
        for (const QString &value : parser.values(key)) {
            if (!parseStreamList(value, key == QLatin1String("drop-audio"), titles.streams))
                return Tr::tr("--%1 takes a title set and stream numbers as 'spindle-cli titles' "
                              "shows them, such as 1:2,3.")
                    .arg(key);
        }
    }
    if (parser.isSet(QStringLiteral("keep-audio"))) {
        const auto languages = parseLanguageList(parser.value(QStringLiteral("keep-audio")), true);
        if (!languages)
            return Tr::tr("--keep-audio takes two-letter language codes (ISO 639) or "
                          "original, such as en,original.");
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
            return Tr::tr("--keep-subtitles takes two-letter language codes (ISO 639), "
                          "such as en,de, or none.");
    }
    titles.rules.dropCommentary = parser.isSet(QStringLiteral("drop-commentary"));
    if (titles.keep && titles.drop)
        return Tr::tr("--keep-titles and --drop-titles cannot be combined: name the "
                      "titles to keep or those to leave out.");
    return std::nullopt;
}

DvdTitleSource makeDvdTitleSource(const std::shared_ptr<const ImageTree> &tree,
                                  const SelectionState &state, DvdTitleChoice &choice,
                                  const ImageOptions &options, CliContext &context,
                                  ProgressPrinter::Mode mode)
{
    DvdTitleSource made;
    made.exitCode = ExitFailure;
    if (!isDvdVideo(*tree)) {
        made.usageProblem =
            choice.rules.any()
                ? Tr::tr("--keep-audio, --keep-subtitles and --drop-commentary need a "
                         "DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).")
                : Tr::tr("--keep-titles, --drop-titles, --main-feature-only, "
                         "--drop-audio and --drop-subtitles need a DVD-Video source "
                         "(one with VIDEO_TS/VIDEO_TS.IFO).");
        return made;
    }
    if (!applyRules(tree, choice, context))
        return made;
    const auto trim = trimOptions(tree, choice, context);
    if (!trim)
        return made;
    if (const int code = planAsAJob(tree, *trim, context, mode); code != ExitSuccess) {
        made.exitCode = code;
        return made;
    }
    // Once the planning job has run, Ctrl-C no longer ends the process at once: from then
    // until the build's job starts, it cancels the command after planning (nothing is
    // written). Made after that job: two notifiers would share one signal.
    InterruptNotifier interrupt;
    const auto planned = planTrimmedDvd(tree, state, *trim);
    if (interrupt.signalled()) {
        context.err << JobResult::cancelled().message << '\n';
        made.exitCode = ExitCancelled;
        return made;
    }
    if (!planned) {
        printError(context, planned.error().message, planned.error().detail);
        return made;
    }
    for (const QString &note : planned->notes)
        context.err << Tr::tr("Note: %1").arg(note) << '\n';
    const FilePlan files = planned->files;
    made.factory = [tree, files, options]() -> std::unique_ptr<ImageSource> {
        return std::make_unique<UdfBridgeSource>(tree, files, options);
    };
    made.exitCode = ExitSuccess;
    return made;
}

} // namespace Spindle::Cli
