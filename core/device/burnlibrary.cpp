#include "device/burnlibrary.h"

#include <cstdint>
#include <libburn/libburn.h>
#include <libisofs/libisofs.h>

#include <archive.h>
#include <dvdread/version.h>

#include <QCoreApplication>
#include <QMutexLocker>

#include <cstring>

namespace Spindle {

namespace {

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

BurnLibrary::BurnLibrary()
{
    if (!burn::burn_initialize()) {
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
    iso_set_msgs_severities(const_cast<char *>("ALL"), const_cast<char *>("NEVER"),
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

QList<LogEntry> BurnLibrary::takeMessages()
{
    QList<LogEntry> entries;
    if (!m_ok)
        return entries;
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
    return entries;
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
