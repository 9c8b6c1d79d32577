#pragma once

#include "base/log.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace Spindle {

class LibraryMessages;

struct LibraryVersions
{
    QString spindle;
    QString qt;
    QString libburn;
    QString libisofs;
    QString libarchive;
    QString libdvdread;
};

// The one owner of libburn and libisofs initialisation and shutdown, and the one reader of
// their message queues. Both queues are switched to "collect everything, print nothing" and
// drained here only, into every LibraryMessages capture alive at that moment, so that each job
// gets its messages with their severity instead of stderr. Messages drained while no capture
// exists go to the logging category "spindle.libraries" (debug/info, off by default).
class BurnLibrary final
{
public:
    // Initialises both libraries on first use; safe from any thread.
    static BurnLibrary &instance();

    bool isInitialised() const { return m_ok; }
    QString initError() const { return m_initError; }

    // libburn's drive list (scan, grab, release) is not safe against concurrent use: every
    // caller that scans, grabs or releases holds this lock for the duration of that call.
    QMutex &driveListLock() { return m_driveListLock; }
    // How many drives GrabbedDrive holds now; changed and read under driveListLock(). libburn
    // refuses to scan while any drive is grabbed, so a scan then must not ask it.
    int grabbedDrives() const { return m_grabbedDrives; }
    void setGrabbedDrives(int count) { m_grabbedDrives = count; }

    static LibraryVersions versions();

    // Test seam: call before the first instance() to make the libraries' start-up fail, as on
    // a system without usable libburn: isInitialised() is then false and initError() the
    // usual text. Affects the whole process, so a test using it needs an executable of its own.
    static void failStartForTests();

    ~BurnLibrary();

private:
    friend class LibraryMessages;

    BurnLibrary();
    Q_DISABLE_COPY_MOVE(BurnLibrary)

    void subscribe(LibraryMessages *capture);
    void unsubscribe(LibraryMessages *capture);
    // Empties both queues into every capture; the only caller of burn_msgs_obtain() and
    // iso_obtain_msgs() in Spindle.
    void drainMessages();
    void drainLocked();

    bool m_ok = false;
    QString m_initError;
    QMutex m_driveListLock;
    int m_grabbedDrives = 0; // guarded by m_driveListLock
    QMutex m_messagesLock;   // guards m_captures and the draining
    QList<LibraryMessages *> m_captures;
};

} // namespace Spindle
