#pragma once

#include <QString>

namespace Spindle::Cli {

// `text` (a name read from a disc or an archive) made safe to print on a terminal: control
// characters become C escapes (\n, \t, \x1b; \u0085 for C1 controls), so a name cannot start a
// line of its own or send the terminal a command. Other characters, backslash included, stay.
QString escapeControlCharacters(const QString &text);
// The same for text of several lines (a list of files, one a line): each line escaped, the
// line breaks kept.
QString escapeControlCharactersPerLine(const QString &text);

} // namespace Spindle::Cli
