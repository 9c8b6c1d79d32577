#include "terminaltext.h"

#include <QStringList>

namespace Spindle::Cli {

QString escapeControlCharacters(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control) {
            escaped += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\a':
            escaped += QStringLiteral("\\a");
            break;
        case u'\b':
            escaped += QStringLiteral("\\b");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\v':
            escaped += QStringLiteral("\\v");
            break;
        case u'\f':
            escaped += QStringLiteral("\\f");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            // \xNN is a byte to a shell's $'...'; C1 controls are characters, hence \u.
            escaped += c.unicode() < 0x80
                           ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                           : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        }
    }
    return escaped;
}

QString escapeControlCharactersPerLine(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escapeControlCharacters(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Spindle::Cli
