#include "device/burnlibrary.h"

#include "device/librarymessages.h"

#include <cstdint>
#include <libburn/libburn.h>
#include <libisofs/libisofs.h>

#include <archive.h>
#include <dvdread/version.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <atomic>
#include <cstring>

namespace Spindle {

namespace {

Q_LOGGING_CATEGORY(lcLibraries, "spindle.libraries", QtWarningMsg)

std::atomic_bool failStart{false};

// libburnia severities, from most to least severe, mapped onto ours.
Severity mapSeverity(const char *name)
{
    const QByteArray s(name);
    if (s == "ABORT" || s == "FATAL" || s == "FAILURE" || s == "MISHAP" || s == "SORRY")
        return Severity::Error;
    if (s == "WARNING")
        return Severity::Warning;
    if (s == "HINT" || s == "NOTE" || s == "UPDATE")
        return Severity::Info;
    return Severity::Debug;
}

} // namespace

BurnLibrary &BurnLibrary::instance()
{
    static BurnLibrary library;
    return library;
}

void BurnLibrary::failStartForTests()
{
    failStart = true;
}

BurnLibrary::BurnLibrary()
{
    if (failStart || !burn::burn_initialize()) {
        m_initError = QCoreApplication::translate(
            "BurnLibrary", "The disc burning library (libburn) could not be started.");
        return;
    }
    // Queue everything, print nothing: messages go to Spindle's log, not stderr.
    burn::burn_msgs_set_severities(const_cast<char *>("ALL"), const_cast<char *>("NEVER"),
                                   const_cast<char *>("libburn: "));
    if (iso_init() < 0) {
        m_initError = QCoreApplication::translate(
            "BurnLibrary", "The ISO image library (libisofs) could not be started.");
        burn::burn_finish();
        return;
    }
    // libisofs queues one DEBUG line per file ("Added file ...") while importing or adding a
    // tree: 70,000 files made 71,000 queued messages and ~20 MiB of log entries that nobody
    // reads. Its diagnostics worth keeping are UPDATE and above.
    iso_set_msgs_severities(const_cast<char *>("UPDATE"), const_cast<char *>("NEVER"),
                            const_cast<char *>("libisofs: "));
    m_ok = true;
}

BurnLibrary::~BurnLibrary()
{
    if (m_ok) {
        iso_finish();
        burn::burn_finish();
    }
}

void BurnLibrary::subscribe(LibraryMessages *capture)
{
    QMutexLocker lock(&m_messagesLock);
    drainLocked(); // what is queued now belongs to the captures that already exist
    m_captures.append(capture);
}

void BurnLibrary::unsubscribe(LibraryMessages *capture)
{
    QMutexLocker lock(&m_messagesLock);
    drainLocked(); // the other captures get what is queued, even if this was the last one
    m_captures.removeOne(capture);
}

void BurnLibrary::drainMessages()
{
    QMutexLocker lock(&m_messagesLock);
    drainLocked();
}

void BurnLibrary::drainLocked()
{
    if (!m_ok)
        return;
    QList<LogEntry> entries;
    char text[BURN_MSGS_MESSAGE_LEN + 1];
    char severity[81];
    int code = 0, osErrno = 0, imageId = 0;
    while (burn::burn_msgs_obtain(const_cast<char *>("ALL"), &code, text, &osErrno, severity) > 0) {
        QString t = QString::fromLocal8Bit(text).trimmed();
        if (osErrno != 0)
            t += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(strerror(osErrno)));
        entries.append(
            {QDateTime::currentDateTime(), mapSeverity(severity), QStringLiteral("libburn: ") + t});
    }
    while (iso_obtain_msgs(const_cast<char *>("ALL"), &code, &imageId, text, severity) > 0) {
        entries.append({QDateTime::currentDateTime(), mapSeverity(severity),
                        QStringLiteral("libisofs: ") + QString::fromLocal8Bit(text).trimmed()});
    }
    if (entries.isEmpty())
        return;
    for (LibraryMessages *capture : std::as_const(m_captures))
        capture->receive(entries);
    if (!m_captures.isEmpty())
        return;
    for (const LogEntry &e : std::as_const(entries)) {
        if (e.severity >= Severity::Warning)
            qCInfo(lcLibraries, "%s: %s", qUtf8Printable(severityName(e.severity)),
                   qUtf8Printable(e.text));
        else
            qCDebug(lcLibraries, "%s: %s", qUtf8Printable(severityName(e.severity)),
                    qUtf8Printable(e.text));
    }
}

LibraryVersions BurnLibrary::versions()
{
    LibraryVersions v;
    v.spindle = QStringLiteral(SPINDLE_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    int major = 0, minor = 0, micro = 0;
    burn::burn_version(&major, &minor, &micro);
    v.libburn = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
    iso_lib_version(&major, &minor, &micro);
    v.libisofs = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
    v.libarchive =
        QString::fromLatin1(archive_version_string()).remove(QStringLiteral("libarchive "));
    v.libdvdread = QStringLiteral(DVDREAD_VERSION_STRING);
    return v;
}

} // namespace Spindle
