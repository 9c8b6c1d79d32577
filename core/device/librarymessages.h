#pragma once

#include "base/log.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace Spindle {

// A subscription to libburn's and libisofs' messages for as long as it exists. Their queues
// are process-global and their messages name no drive or job, so BurnLibrary drains them in
// one place and hands a copy of every message to every capture alive at that moment: a job,
// or an operation that needs its own messages to explain a failure, holds one and cannot have
// its messages taken by a drive scan or another job. Messages queued before a capture was made
// are not delivered to it. Thread-safe.
class LibraryMessages final
{
public:
    LibraryMessages();
    ~LibraryMessages();
    Q_DISABLE_COPY_MOVE(LibraryMessages)

    // Drains the libraries' queues first, so that everything produced until now is included,
    // then hands over what this capture received since the last take().
    QList<LogEntry> take();

    // The texts of `entries` of at least `minimum` severity, one per line.
    static QString text(const QList<LogEntry> &entries, Severity minimum = Severity::Debug);

private:
    friend class BurnLibrary;
    void receive(const QList<LogEntry> &entries);

    QMutex m_lock;
    QList<LogEntry> m_entries;
};

} // namespace Spindle
