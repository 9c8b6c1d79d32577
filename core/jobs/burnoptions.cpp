#include "jobs/burnoptions.h"

namespace Spindle {

QString writeModeName(WriteMode mode)
{
    switch (mode) {
    case WriteMode::Auto:
        return QStringLiteral("auto");
    case WriteMode::Tao:
        return QStringLiteral("tao");
    case WriteMode::Sao:
        return QStringLiteral("sao");
    }
    return {};
}

bool parseWriteMode(const QString &text, WriteMode *mode)
{
    for (WriteMode m : {WriteMode::Auto, WriteMode::Tao, WriteMode::Sao}) {
        if (text.compare(writeModeName(m), Qt::CaseInsensitive) == 0 ||
            (m == WriteMode::Sao && text.compare(QLatin1String("dao"), Qt::CaseInsensitive) == 0)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace Spindle
