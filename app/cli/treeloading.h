#pragma once

#include "clicontext.h"
#include "project/imagetreeloader.h"

#include <QStringList>
#include <optional>

namespace Spindle::Cli {

// Shared by ls, build and extract: turns SOURCE arguments (and --add values) into one tree,
// printing warnings; on failure prints the error and returns nothing.
std::optional<LoadedTree> loadSourcesForCli(const QStringList &sources, const QStringList &adds,
                                            CliContext &context);
void printError(CliContext &context, const QString &message, const QString &detail);

} // namespace Spindle::Cli
