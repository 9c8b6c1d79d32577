#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Spindle {

// One severity scale for Spindle's own messages and libburn/libisofs messages.
enum class Severity
{
    Debug,
    Info,
    Warning,
    Error
};

QString severityName(Severity severity);

struct LogEntry
{
    QDateTime time;
    Severity severity = Severity::Info;
    QString text;
};

} // namespace Spindle

Q_DECLARE_METATYPE(Spindle::Severity)
Q_DECLARE_METATYPE(Spindle::LogEntry)
