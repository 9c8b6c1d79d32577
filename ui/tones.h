#pragma once

#include <QColor>
#include <optional>

class QPalette;
class QProgressBar;

namespace Spindle {

// Colours that carry a meaning QPalette has no role for: done or fits (positive), careful
// (warning), failed or too big (negative), less important (muted). Each has one shade for
// light palettes and one for dark ones, so that it keeps its contrast against the window and
// base colours of either; callers pass the palette they paint on.
enum class Tone
{
    Positive,
    Warning,
    Negative,
    Muted
};

bool isDarkPalette(const QPalette &palette);
QColor toneColor(Tone tone, const QPalette &palette);

// Colours a progress bar's filled part with `tone` in the shade for `around` (the palette
// of the widget the bar sits in), or with the inherited highlight again for std::nullopt.
// Through the palette, not a style sheet, so that the bar keeps the style's look. Call it
// again when that palette changes (a theme switch).
void setBarTone(QProgressBar *bar, std::optional<Tone> tone, const QPalette &around);

} // namespace Spindle
