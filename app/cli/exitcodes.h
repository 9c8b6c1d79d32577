#pragma once

namespace Spindle::Cli {

// spindle-cli's exit codes are part of its scripting contract.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitDataLoss = 3, // finished, with data the user accepted to lose (skipped sectors)
    ExitCancelled = 130
};

} // namespace Spindle::Cli
