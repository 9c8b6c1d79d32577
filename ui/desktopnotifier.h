#pragma once

#include <QString>

class QWidget;

namespace Spindle {

// Tells the user how a long job ended when they are looking at another window: a desktop
// notification (org.freedesktop.Notifications on the session bus). Does nothing when the
// window is active or there is no notification service.
void notifyJobEnd(QWidget *window, const QString &title, const QString &text, bool success);

} // namespace Spindle
