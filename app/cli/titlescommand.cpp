#include "titlescommand.h"

#include "base/format.h"
#include "dvd/dvdstreams.h"
#include "dvd/dvdtitlelist.h"
#include "exitcodes.h"
#include "jobrunner.h"
#include "jsonexport.h"
#include "streamsizesjob.h"
#include "terminaltext.h"
#include "tree/imagetree.h"
#include "treeloading.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Spindle::Cli {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString audioText(const DvdAudioStream &a)
{
    return QStringLiteral("%1 %2 %3ch").arg(a.language, a.format).arg(a.channels);
}

QJsonObject titleJson(const DvdTitle &t, bool mainFeature)
{
    QJsonArray audio;
    for (const DvdAudioStream &a : t.audio) {
        audio.append(QJsonObject{{QStringLiteral("language"), a.language},
                                 {QStringLiteral("format"), a.format},
                                 {QStringLiteral("channels"), a.channels},
                                 {QStringLiteral("sampleRate"), a.sampleRate}});
    }
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("titleSet"), t.titleSet},
            {QStringLiteral("seconds"), double(t.milliseconds) / 1000.0},
            {QStringLiteral("length"), formatDvdDuration(t.seconds)},
            {QStringLiteral("chapters"), t.chapters},
            {QStringLiteral("angles"), t.angles},
            {QStringLiteral("audio"), audio},
            {QStringLiteral("subtitles"), QJsonArray::fromStringList(t.subtitleLanguages)},
            {QStringLiteral("mainFeature"), mainFeature}};
}

// "title 2", "titles 2, 3": the existing words of the title set lines.
QString titlesText(const QList<int> &titles)
{
    QStringList numbers;
    for (int t : titles)
        numbers << QString::number(t);
    return numbers.size() == 1 ? Tr::tr("title %1").arg(numbers.first())
                               : Tr::tr("titles %1").arg(numbers.join(QStringLiteral(", ")));
}

// A stream's line under its title set; which titles play it when not all of the set's do.
QString streamLine(const QString &text, const QList<int> &streamTitles,
                   const DvdTitleSetStreams &set)
{
    QString line = QStringLiteral("  ") + text;
    if (streamTitles.isEmpty())
        line += QStringLiteral(" (%1)").arg(Tr::tr("no title plays it"));
    else if (streamTitles != set.titles)
        line += QStringLiteral(" (%1)").arg(titlesText(streamTitles));
    return line + QLatin1Char('\n');
}

// "English, AC-3 stereo — 1.2 MB"; no size when the streams were not measured.
QString withSize(const QString &text, const QMap<int, qint64> *sizes, int number)
{
    if (!sizes || !sizes->contains(number))
        return text;
    return text + QStringLiteral(" — ") + formatBytes(sizes->value(number));
}

const DvdTitleSetStreams *streamsOf(const QList<DvdTitleSetStreams> &sets, int number)
{
    for (const DvdTitleSetStreams &set : sets) {
        if (set.titleSet == number)
            return &set;
    }
    return nullptr;
}

} // namespace

QString TitlesCommand::summary() const
{
    return Tr::tr("List the titles of a DVD-Video (length, chapters, audio, subtitles).");
}

QString TitlesCommand::epilog() const
{
    return Tr::tr(
        "SOURCE is a DVD-Video image, a drive (/dev/sr0, stdio:FILE) or a folder holding\n"
        "VIDEO_TS. Titles are numbered as players and lsdvd number them, and as\n"
        "'spindle-cli build --keep-titles' takes them; \"*\" marks the main feature (the\n"
        "longest title). A title set's size is what leaving all its titles out saves.\n"
        "Each stream's size is what leaving it out saves; measuring it reads every\n"
        "title VOB once (--no-sizes skips that).\n"
        "Example:\n"
        "  spindle-cli titles /dev/sr0");
}

void TitlesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("DVD-Video image, drive or folder."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON instead of text.")});
    parser.addOption({QStringLiteral("no-sizes"),
                      Tr::tr("Do not measure each stream's size (saves reading the VOBs).")});
}

int TitlesCommand::runOn(const LoadedTree &loaded, const QCommandLineParser &parser,
                         CliContext &context)
{
    const auto list = readDvdTitleList(*loaded.tree);
    if (!list) {
        printError(context, list.error().message, list.error().detail);
        return ExitFailure;
    }
    const DvdVideoInfo &info = list->info;
    const auto streams = readDvdStreams(loaded.tree);
    if (!streams) {
        printError(context, streams.error().message, streams.error().detail);
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<DvdStreamSizes> sizes;
    if (!parser.isSet(QStringLiteral("no-sizes"))) {
        // A bar on a terminal (on stderr, as for every job); elsewhere the scan is silent,
        // so stdout holds only the listing or the JSON.
        JobRunner runner(context, context.stdoutIsTty ? ProgressPrinter::Mode::Bar
                                                      : ProgressPrinter::Mode::None);
        StreamSizesJob job(loaded.tree, streams.value());
        const int code = runner.run(job);
        if (code != ExitSuccess) {
            if (json) {
                context.out << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("result"), toJson(job.result())}})
                        .toJson(QJsonDocument::Indented));
                context.out.flush();
            }
            return code;
        }
        sizes = job.sizes();
    }
    const auto audioSizes = [&](int set) {
        return sizes && sizes->audio.contains(set) ? &*sizes->audio.find(set) : nullptr;
    };
    const auto subtitleSizes = [&](int set) {
        return sizes && sizes->subpictures.contains(set) ? &*sizes->subpictures.find(set) : nullptr;
    };

    if (json) {
        QJsonArray titles;
        for (const DvdTitle &t : info.titles)
            titles.append(titleJson(t, t.number == info.longestTitle));
        QJsonArray sets;
        for (auto it = list->titleSetBytes.cbegin(); it != list->titleSetBytes.cend(); ++it) {
            QJsonObject set{{QStringLiteral("number"), it.key()},
                            {QStringLiteral("bytes"), it.value()}};
            if (const DvdTitleSetStreams *s = streamsOf(streams.value(), it.key())) {
                QJsonArray audio, subtitles;
                // "bytes" only when measured: a script tells "not measured" from 0.
                for (const DvdAudioAttributes &a : s->audio) {
                    QJsonObject o = toJson(a);
                    if (const auto *bytes = audioSizes(s->titleSet))
                        o.insert(QStringLiteral("bytes"), bytes->value(a.number));
                    audio.append(o);
                }
                for (const DvdSubpictureAttributes &sp : s->subpictures) {
                    QJsonObject o = toJson(sp);
                    if (const auto *bytes = subtitleSizes(s->titleSet))
                        o.insert(QStringLiteral("bytes"), bytes->value(sp.number));
                    subtitles.append(o);
                }
                set.insert(QStringLiteral("audio"), audio);
                set.insert(QStringLiteral("subtitles"), subtitles);
            }
            sets.append(set);
        }
        const QJsonObject root{{QStringLiteral("source"), parser.positionalArguments().first()},
                               {QStringLiteral("label"), loaded.tree->sourceLabel()},
                               {QStringLiteral("mainFeature"), info.longestTitle},
                               {QStringLiteral("menuBytes"), list->menuBytes},
                               {QStringLiteral("titleSets"), sets},
                               {QStringLiteral("titles"), titles}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitSuccess;
    }

    // One line per title; audio and subtitles last since their width varies.
    context.out << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
                       .arg(Tr::tr("Title"), 6)
                       .arg(Tr::tr("Length"), 9)
                       .arg(Tr::tr("Chapters"), 8)
                       .arg(Tr::tr("Angles"), 6)
                       .arg(Tr::tr("Set"), 3)
                       .arg(Tr::tr("Audio"), -28)
                       .arg(Tr::tr("Subtitles"));
    for (const DvdTitle &t : info.titles) {
        QStringList audio;
        for (const DvdAudioStream &a : t.audio)
            audio << audioText(a);
        const QString number =
            QString::number(t.number) +
            (t.number == info.longestTitle ? QLatin1Char('*') : QLatin1Char(' '));
        context.out << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
                           .arg(number, 6)
                           .arg(formatDvdDuration(t.seconds), 9)
                           .arg(t.chapters, 8)
                           .arg(t.angles, 6)
                           .arg(t.titleSet, 3)
                           .arg(audio.isEmpty()
                                    ? QStringLiteral("-")
                                    : escapeControlCharacters(audio.join(QStringLiteral(", "))),
                                -28)
                           .arg(t.subtitleLanguages.isEmpty()
                                    ? QStringLiteral("-")
                                    : escapeControlCharacters(
                                          t.subtitleLanguages.join(QStringLiteral(", "))));
    }
    context.out << '\n';
    for (auto it = list->titleSetBytes.cbegin(); it != list->titleSetBytes.cend(); ++it) {
        QStringList numbers;
        for (const DvdTitle &t : info.titles) {
            if (t.titleSet == it.key())
                numbers << QString::number(t.number);
        }
        const QString titles = numbers.size() == 1
                                   ? Tr::tr("title %1").arg(numbers.first())
                                   : Tr::tr("titles %1").arg(numbers.join(QStringLiteral(", ")));
        context.out
            << Tr::tr("Title set %1: %2 (%3)").arg(it.key()).arg(formatBytes(it.value()), titles)
            << '\n';
        // Numbered as the title set's stream tables number them (`SET:N`).
        if (const DvdTitleSetStreams *s = streamsOf(streams.value(), it.key())) {
            for (const DvdAudioAttributes &a : s->audio)
                context.out << streamLine(
                    withSize(
                        Tr::tr("Audio %1: %2").arg(QString::number(a.number), describeDvdAudio(a)),
                        audioSizes(s->titleSet), a.number),
                    a.titles, *s);
            for (const DvdSubpictureAttributes &sp : s->subpictures)
                context.out << streamLine(
                    withSize(Tr::tr("Subtitles %1: %2")
                                 .arg(QString::number(sp.number), describeDvdSubpicture(sp)),
                             subtitleSizes(s->titleSet), sp.number),
                    sp.titles, *s);
        }
    }
    context.out << Tr::tr("Menus (VIDEO_TS): %1").arg(formatBytes(list->menuBytes)) << '\n';
    if (info.longestTitle > 0)
        context.out << Tr::tr("* main feature (the longest title)") << '\n';
    context.out.flush();
    return ExitSuccess;
}

} // namespace Spindle::Cli
