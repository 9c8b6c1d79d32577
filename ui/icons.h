#pragma once

#include <QIcon>
#include <QString>

namespace Spindle {

// Spindle's own icons from resources/icons (":/icons/NAME.svg"). Where the SVG image plugin is
// missing (libqt6svg6 not installed) the message and navigation icons fall back to the
// style's built-in ones so that no button ends up blank.
QIcon spindleIcon(const QString &name);

} // namespace Spindle
