#pragma once

#include <QTextStream>

namespace Spindle::Cli {

// Where a command writes, and what kind of terminal it talks to. Tests give it buffers.
struct CliContext
{
    // What a script that asked for JSON on stdout expects there when a verb fails.
    enum class JsonFailure
    {
        None,     // text output: failures go to stderr only
        Document, // --json: one object, {"result": {...}}
        Line      // --progress json: one line, {"type": "result", ...}
    };

    QTextStream &out;
    QTextStream &err;
    bool stdoutIsTty = false;
    bool stdinIsTty = false;
    JsonFailure jsonFailure = JsonFailure::None;
};

} // namespace Spindle::Cli
