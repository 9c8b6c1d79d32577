#include "uiformat.h"

#include "base/format.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)
};

} // namespace

QString mediumShortName(const QString &key)
{
    // Disc makers' own spelling; MediumKind keys are lower case for typing.
    static const QHash<QString, QString> names{
        {QStringLiteral("cd-r"), QStringLiteral("CD-R")},
        {QStringLiteral("cd-rw"), QStringLiteral("CD-RW")},
        {QStringLiteral("dvd-r"), QStringLiteral("DVD-R")},
        {QStringLiteral("dvd+r"), QStringLiteral("DVD+R")},
        {QStringLiteral("dvd-rw"), QStringLiteral("DVD-RW")},
        {QStringLiteral("dvd+rw"), QStringLiteral("DVD+RW")},
        {QStringLiteral("dvd-r-dl"), QStringLiteral("DVD-R DL")},
        {QStringLiteral("dvd+r-dl"), QStringLiteral("DVD+R DL")},
        {QStringLiteral("bd-r"), QStringLiteral("BD-R")},
        {QStringLiteral("bd-re"), QStringLiteral("BD-RE")},
    };
    if (key.isEmpty())
        return Tr::tr("Plain file");
    const auto it = names.constFind(key);
    if (it != names.cend())
        return it.value();
    const auto parsed = MediumKind::parse(key);
    if (parsed.ok() && parsed->capacityBytes > 0)
        return Tr::tr("%1 file").arg(formatBytes(parsed->capacityBytes));
    return key;
}

QString mediumDisplayName(const MediumKind &medium)
{
    if (medium.isPlainFile())
        return Tr::tr("Plain file (no size limit)");
    const QString name = mediumShortName(medium.key);
    if (medium.capacityBytes <= 0 || !MediumKind::knownKeys().contains(medium.key))
        return name;
    return Tr::tr("%1 (%2)").arg(name, formatBytes(medium.capacityBytes));
}

QString mediumProfileName(const MediaInfo &info)
{
    // libburn calls a file-backed drive's medium "stdio file"; people know it as an image file.
    // The Disc Info page's words, which it has always shown there.
    if (info.isVirtual && info.profileId == MediumKind{}.profileId)
        return QCoreApplication::translate("Spindle::DiscInfoPage", "Image file");
    return info.profileName;
}

QString shortProfileName(const QString &profileName)
{
    static const QRegularExpression mode(QStringLiteral(
        " (sequential recording|restricted overwrite|layer jump recording|random recording)$"));
    QString name = profileName;
    name.remove(mode);
    return name.replace(QStringLiteral("/DL"), QStringLiteral(" DL"));
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

} // namespace Spindle
