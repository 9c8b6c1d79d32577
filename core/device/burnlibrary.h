#pragma once

#include "base/log.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace Spindle {

struct LibraryVersions
{
    QString spindle;
    QString qt;
    QString libburn;
    QString libisofs;
    QString libarchive;
    QString libdvdread;
};

// The one owner of libburn and libisofs initialisation and shutdown. libburn's message queue
// is switched to "collect everything, print nothing" so that its messages reach Spindle's log
// with their severity instead of stderr.
class BurnLibrary final
{
public:
    // Initialises both libraries on first use; safe from any thread.
    static BurnLibrary &instance();

    bool isInitialised() const { return m_ok; }
    QString initError() const { return m_initError; }

    // Messages libburn and libisofs queued since the last call (libisofs routes its messages
    // through libburn's queue once both are initialised).
    QList<LogEntry> takeMessages();

    // libburn's drive list (scan, grab, release) is not safe against concurrent use: every
    // caller that scans, grabs or releases holds this lock for the duration of that call.
    QMutex &driveListLock() { return m_driveListLock; }

    static LibraryVersions versions();

    ~BurnLibrary();

private:
    BurnLibrary();
    Q_DISABLE_COPY_MOVE(BurnLibrary)

    bool m_ok = false;
    QString m_initError;
    QMutex m_driveListLock;
};

} // namespace Spindle
