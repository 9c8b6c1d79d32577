#pragma once

#include "clicontext.h"
#include "jobs/burnoptions.h"
#include "progressprinter.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace Spindle {
class BurnJob;
}

namespace Spindle::Cli {

// The options of a burn, shared by `burn` (an image file) and `build --drive` (a new image):
// speed, simulate, verify, copies, eject, blank-if-needed, multisession, BurnFree, write mode,
// error-correction data, yes, verbose. --drive, --medium and --progress are added by each verb
// where its --help lists them.
void addBurnOptions(QCommandLineParser &parser);
// --ecc: error-correction data, for a burn and for a new image file alike (addBurnOptions adds
// it, readBurnOptions reads it into BurnOptions::ecc). Its value may be left out (fill).
std::optional<QString> readEccOption(const QCommandLineParser &parser, EccChoice *choice);
QPair<QString, QString> eccOptionDefault();
// Prints BurnJob::temporaryFile()'s message on stderr as the job writes a temporary file (with
// --progress json a line of type "temporaryFile" on stdout instead). Call before running it.
void watchTemporaryFiles(BurnJob &job, CliContext &context, ProgressPrinter::Mode mode);
// After a burn: the report as JSON with --json (a line of type "report" with --progress json,
// also without --json when --ecc was given): result, drive, verified, and the "ecc" object.
void printBurnReport(const BurnJob &job, const QCommandLineParser &parser, CliContext &context,
                     ProgressPrinter::Mode mode);
// True if any option that only means something for a burn was given.
bool anyBurnOptionSet(const QCommandLineParser &parser);
// Fills `options` from the parser; returns the usage error to print, if any.
std::optional<QString> readBurnOptions(const QCommandLineParser &parser, BurnOptions *options);

} // namespace Spindle::Cli
