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
        {QStringLiteral("document-open"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("document-open-recent"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon},
        {QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("media-optical-burn"), QStyle::SP_DriveCDIcon},
        {QStringLiteral("edit-clear"), QStyle::SP_DialogResetButton},
        {QStringLiteral("edit-undo"), QStyle::SP_ArrowBack},
    };
    const auto it = fallbacks.constFind(name);
    if (it == fallbacks.cend() || !QApplication::style())
        return {};
    return QApplication::style()->standardIcon(it.value());
}

struct ActionIconNames
{
    QString theme;
    QString bundled; // a file in resources/icons
};

ActionIconNames namesOf(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::Open:
        return {QStringLiteral("document-open"), QStringLiteral("document-open")};
    case ActionIcon::OpenRecent:
        return {QStringLiteral("document-open-recent"), QStringLiteral("document-open-recent")};
    case ActionIcon::OpenFolder:
        return {QStringLiteral("folder-open"), QStringLiteral("folder-open")};
    case ActionIcon::SaveAs:
        return {QStringLiteral("document-save-as"), QStringLiteral("document-save-as")};
    case ActionIcon::Burn:
        return {QStringLiteral("media-optical-burn"), QStringLiteral("media-optical-burn")};
    case ActionIcon::Clear:
        return {QStringLiteral("edit-clear"), QStringLiteral("edit-clear")};
    case ActionIcon::Undo:
        return {QStringLiteral("edit-undo"), QStringLiteral("edit-undo")};
    case ActionIcon::Refresh:
        return {QStringLiteral("view-refresh"), QStringLiteral("refresh")};
    case ActionIcon::Back:
        return {QStringLiteral("go-previous"), QStringLiteral("go-back")};
    case ActionIcon::Information:
        return {QStringLiteral("dialog-information"), QStringLiteral("message-info")};
    case ActionIcon::Warning:
        return {QStringLiteral("dialog-warning"), QStringLiteral("message-warning")};
    case ActionIcon::Error:
        return {QStringLiteral("dialog-error"), QStringLiteral("message-error")};
    }
    Q_UNREACHABLE();
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

QString themeIconName(ActionIcon icon)
{
    return namesOf(icon).theme;
}

QIcon bundledActionIcon(ActionIcon icon)
{
    return spindleIcon(namesOf(icon).bundled);
}

QIcon actionIcon(ActionIcon icon)
{
    return QIcon::fromTheme(themeIconName(icon), bundledActionIcon(icon));
}

} // namespace Spindle
