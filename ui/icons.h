#pragma once

#include <QIcon>
#include <QString>

namespace Spindle {

// Spindle's own icons from resources/icons (":/icons/NAME.svg"): the task tiles, drives and
// the application. Where the SVG image plugin is missing (libqt6svg6 not installed) the
// message and navigation icons fall back to the style's built-in ones so that no button ends
// up blank.
QIcon spindleIcon(const QString &name);

// Standard actions. They come from the desktop's icon theme so that Spindle's buttons look
// like every other application's there; where the theme lacks one, or there is no theme (a bare
// window manager, the offscreen platform), a bundled SVG of the same meaning stands in.
enum class ActionIcon
{
    Open,        // document-open
    OpenRecent,  // document-open-recent
    OpenFolder,  // folder-open
    SaveAs,      // document-save-as
    Burn,        // media-optical-burn
    Clear,       // edit-clear
    Undo,        // edit-undo
    Refresh,     // view-refresh
    Back,        // go-previous
    Information, // dialog-information
    Warning,     // dialog-warning
    Error,       // dialog-error
};

QIcon actionIcon(ActionIcon icon);
// The freedesktop icon naming specification's name for `icon`.
QString themeIconName(ActionIcon icon);
// The bundled stand-in (what actionIcon() gives without a theme).
QIcon bundledActionIcon(ActionIcon icon);

} // namespace Spindle
