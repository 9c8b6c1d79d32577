#pragma once

#include <QTextStream>

namespace Spindle::Cli {

// Where a command writes, and what kind of terminal it talks to. Tests give it buffers.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    bool stdoutIsTty = false;
    bool stdinIsTty = false;
};

} // namespace Spindle::Cli
