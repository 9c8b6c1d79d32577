#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>
#include <QWidget>

namespace Spindle {

void notifyJobEnd(QWidget *window, const QString &title, const QString &text, bool success)
{
    if (!window || window->window()->isActiveWindow())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(success ? 1 : 2)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("spindle"));
    call << QStringLiteral("Spindle") << uint(0)
         << (success ? QStringLiteral("media-optical") : QStringLiteral("dialog-error")) << title
         << text << QStringList() << hints << int(-1);
    bus.asyncCall(call); // fire and forget: a missing service must not block the GUI
}

} // namespace Spindle
