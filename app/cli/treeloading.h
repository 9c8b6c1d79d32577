#pragma once

#include "clicontext.h"
#include "project/imagetreeloader.h"
#include "tree/selection.h"

#include <QCommandLineParser>

#include <QStringList>
#include <optional>

namespace Spindle::Cli {

// Shared by ls, build and extract: turns SOURCE arguments (and --add values) into one tree,
// printing warnings; on failure prints the error and returns nothing.
std::optional<LoadedTree> loadSourcesForCli(const QStringList &sources, const QStringList &adds,
                                            CliContext &context,
                                            KeepBaseImport keep = KeepBaseImport::No);
// The error on stderr, and on stdout as JSON when the verb was asked for JSON.
void printError(CliContext &context, const QString &message, const QString &detail);
// Only the JSON part: the failure in the shape of a job's result, as context.jsonFailure says.
void printJsonFailure(CliContext &context, const QString &message, const QString &detail);
// The leave-out patterns of --exclude-from and --exclude (build and copy); prints the
// problem and returns nothing when the pattern file cannot be read.
std::optional<Selection> readSelection(const QCommandLineParser &parser, CliContext &context);

} // namespace Spindle::Cli
