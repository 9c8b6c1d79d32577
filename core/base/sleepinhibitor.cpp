#include "base/sleepinhibitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusUnixFileDescriptor>

#include <unistd.h>

namespace Spindle {

SleepInhibitor::SleepInhibitor(const QString &why)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        m_reason = QStringLiteral("no system D-Bus: %1").arg(bus.lastError().message());
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep:idle") << QStringLiteral("Spindle") << why
         << QStringLiteral("block");
    // A short timeout: a missing or hung logind must not delay the burn.
    const QDBusReply<QDBusUnixFileDescriptor> reply = bus.call(call, QDBus::Block, 3000);
    if (!reply.isValid()) {
        m_reason = reply.error().message();
        return;
    }
    // The lock lasts as long as a descriptor to it is open; the reply's copy closes with it.
    m_fd = ::dup(reply.value().fileDescriptor());
    if (m_fd < 0)
        m_reason = QStringLiteral("dup failed");
}

SleepInhibitor::~SleepInhibitor()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace Spindle
