#include "tones.h"

#include <QPalette>
#include <QProgressBar>

namespace Spindle {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    // Light shades are dark enough for text on white (WCAG AA, 4.5:1 and more), dark-palette
    // shades light enough for text on #2b2b2b-like windows.
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x5f, 0xc4, 0x6f) : QColor(0x23, 0x7a, 0x36);
    case Tone::Warning:
        return dark ? QColor(0xe8, 0xa9, 0x3a) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Negative:
        return dark ? QColor(0xf0, 0x70, 0x6a) : QColor(0xc0, 0x39, 0x2b);
    case Tone::Muted:
        return dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6e, 0x6e, 0x6e);
    }
    return palette.color(QPalette::Text);
}

void setBarTone(QProgressBar *bar, std::optional<Tone> tone, const QPalette &around)
{
    // Only the highlight is set on the bar; every other role stays inherited, and without a
    // tone nothing is, so that a theme switch reaches the whole bar.
    QPalette palette;
    if (tone)
        palette.setColor(QPalette::Highlight, toneColor(*tone, around));
    bar->setPalette(palette);
}

} // namespace Spindle
