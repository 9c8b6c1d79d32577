#pragma once

#include "clicontext.h"
#include "jobs/burnoptions.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace Spindle::Cli {

// The options of a burn, shared by `burn` (an image file) and `build --drive` (a new image):
// speed, simulate, verify, copies, eject, blank-if-needed, multisession, BurnFree, write mode,
// yes, verbose. --drive, --medium and --progress are added by each verb where its --help lists
// them.
void addBurnOptions(QCommandLineParser &parser);
// True if any option that only means something for a burn was given.
bool anyBurnOptionSet(const QCommandLineParser &parser);
// Fills `options` from the parser; returns the usage error to print, if any.
std::optional<QString> readBurnOptions(const QCommandLineParser &parser, BurnOptions *options);

} // namespace Spindle::Cli
