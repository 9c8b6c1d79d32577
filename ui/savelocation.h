#pragma once

#include <QString>

class QWidget;

namespace Spindle {

// Where save dialogs start and what they add to a name typed without a suffix, kept apart from
// the dialog so that tests can check the choice without driving a native dialog.
namespace SaveLocation {

// The folder a save dialog for `key` ("newImage/writeFolder") starts in: the folder last used
// for it while it exists and Spindle may write there, else the user's documents folder, else
// home. Never the working directory, which is /root or / when started from a menu as root.
QString startFolder(const QString &key);
// Remembers the folder of `path` as the last one used for `key`.
void remember(const QString &key, const QString &path);
// Writing `path` failed and its folder cannot be written (a read-only mount): the folder is not
// proposed for `key` again until a save there succeeds.
void failed(const QString &key, const QString &path);
// `path` with ".`suffix`" added when its file name has no suffix ("disc" -> "disc.iso"); the
// dialogs of some desktops (and a typed name in Qt's own) do not add it.
QString withSuffix(const QString &path, const QString &suffix);

// A file name for an image whose volume label is `label`: letters, digits and a few safe signs,
// spaces as "_", then ".`suffix`" ("MY DISC" -> "MY_DISC.iso"; "disc.iso" for an empty label).
QString nameFor(const QString &label, const QString &suffix);

// A save dialog starting in startFolder(key) (with `name` proposed there), whose answer has the
// suffix added and its folder remembered; empty when cancelled. `overwriteAsked` tells whether
// the dialog asked about replacing the file returned (not when the suffix was added here).
QString ask(QWidget *parent, const QString &title, const QString &filter, const QString &key,
            const QString &suffix, bool *overwriteAsked = nullptr, const QString &name = {});

} // namespace SaveLocation

} // namespace Spindle
