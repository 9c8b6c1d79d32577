#pragma once

#include "clicontext.h"
#include "dvd/dvdstreams.h"
#include "dvd/streamchoice.h"
#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "progressprinter.h"
#include "tree/selection.h"

#include <QCommandLineParser>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace Spindle {
class ImageTree;
}

namespace Spindle::Cli {

// Which titles and streams of a DVD-Video a new image keeps: the DVD-Video options that `build`
// and `copy` share (--keep-titles, --drop-titles, --main-feature-only, --drop-audio,
// --drop-subtitles, --keep-audio, --keep-subtitles, --drop-commentary), parsed in one place.
struct DvdTitleChoice
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

void addDvdTitleOptions(QCommandLineParser &parser);
// Fills `choice` from the parser; returns the usage error to print, if any.
std::optional<QString> readDvdTitleOptions(const QCommandLineParser &parser,
                                           DvdTitleChoice *choice);

// The stream of the new image that `choice` asks for, made from the DVD-Video in `tree`
// (`state`: what patterns leave out beside VIDEO_TS), or why not.
struct DvdTitleSource
{
    ImageSourceFactory factory;          // set when it could be made
    std::optional<QString> usageProblem; // the source is no DVD-Video: a usage error to print
    int exitCode = 0;                    // otherwise, when no factory: printed, end with this
};
// Checks the languages, scans the VOBs of title sets that lose streams (a job with progress
// and Ctrl-C) and plans the trim; prints notes and problems on the way.
DvdTitleSource makeDvdTitleSource(const std::shared_ptr<const ImageTree> &tree,
                                  const SelectionState &state, DvdTitleChoice &choice,
                                  const ImageOptions &options, CliContext &context,
                                  ProgressPrinter::Mode mode);

} // namespace Spindle::Cli
