#pragma once

#include "clicontext.h"

#include <QStringList>

namespace Spindle::Cli {

// The whole of spindle-cli minus process set-up: dispatches `args` (without the program name)
// to a verb and returns the exit code. Kept out of main() so tests can call it.
int runCli(const QStringList &args, CliContext &context);

} // namespace Spindle::Cli
