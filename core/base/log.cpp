#include "base/log.h"

namespace Spindle {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Debug:
        return QStringLiteral("debug");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

} // namespace Spindle
