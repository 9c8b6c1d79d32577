#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QImageReader>
#include <QStyle>

// Q_INIT_RESOURCE must sit outside any namespace. The resources live in the static spindle_ui
// library, where the linker would drop their unreferenced static initialiser.
static void initSpindleResources()
{
    Q_INIT_RESOURCE(spindle);
}

namespace Spindle {

namespace {

QIcon styleFallback(const QString &name)
{
    static const QHash<QString, QStyle::StandardPixmap> fallbacks{
        {QStringLiteral("message-error"), QStyle::SP_MessageBoxCritical},
        {QStringLiteral("message-warning"), QStyle::SP_MessageBoxWarning},
        {QStringLiteral("message-info"), QStyle::SP_MessageBoxInformation},
        {QStringLiteral("message-success"), QStyle::SP_DialogApplyButton},
        {QStringLiteral("go-back"), QStyle::SP_ArrowBack},
        {QStringLiteral("refresh"), QStyle::SP_BrowserReload},
        {QStringLiteral("drive-optical"), QStyle::SP_DriveCDIcon},
        {QStringLiteral("drive-virtual"), QStyle::SP_FileIcon},
        {QStringLiteral("disc"), QStyle::SP_DriveDVDIcon},
        {QStringLiteral("disc-info"), QStyle::SP_DriveDVDIcon},
        {QStringLiteral("spindle"), QStyle::SP_DriveDVDIcon},
    };
    const auto it = fallbacks.constFind(name);
    if (it == fallbacks.cend() || !QApplication::style())
        return {};
    return QApplication::style()->standardIcon(it.value());
}

} // namespace

QIcon spindleIcon(const QString &name)
{
    static const bool svgSupported = [] {
        initSpindleResources();
        return QImageReader::supportedImageFormats().contains("svg");
    }();
    if (!svgSupported)
        return styleFallback(name);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace Spindle
