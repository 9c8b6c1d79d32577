#include "device/librarymessages.h"

#include "device/burnlibrary.h"

#include <QMutexLocker>
#include <QStringList>

#include <utility>

namespace Spindle {

LibraryMessages::LibraryMessages()
{
    BurnLibrary::instance().subscribe(this);
}

LibraryMessages::~LibraryMessages()
{
    BurnLibrary::instance().unsubscribe(this);
}

QList<LogEntry> LibraryMessages::take()
{
    BurnLibrary::instance().drainMessages();
    QMutexLocker lock(&m_lock);
    return std::exchange(m_entries, {});
}

QString LibraryMessages::text(const QList<LogEntry> &entries, Severity minimum)
{
    QStringList lines;
    for (const LogEntry &e : entries) {
        if (e.severity >= minimum)
            lines << e.text;
    }
    return lines.join(QLatin1Char('\n'));
}

void LibraryMessages::receive(const QList<LogEntry> &entries)
{
    QMutexLocker lock(&m_lock);
    m_entries += entries;
}

} // namespace Spindle
