#include "base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Spindle {

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    // Parented to the application so they live as long as it does; a missing qtbase file is
    // normal (English, or qt6-translations-l10n not installed) and only costs Qt's own texts.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("spindle"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        const QString language = own->language();
        // LANGUAGE=de with LANG=C.UTF-8 (or en_US) gives German messages but the system
        // locale's numbers: "62.1 GB (62,054,666,240 Bytes)". Numbers follow the language
        // Spindle speaks, unless LANG already has that language (de_CH keeps its own
        // separators) or LC_ALL or LC_NUMERIC names a locale (formats chosen apart).
        const auto isLocale = [](const QString &name) {
            return !name.isEmpty() && name != QLatin1String("C") &&
                   !name.startsWith(QLatin1String("C.")) && name != QLatin1String("POSIX");
        };
        const QLocale spoken(language);
        if (!isLocale(qEnvironmentVariable("LC_ALL")) &&
            !isLocale(qEnvironmentVariable("LC_NUMERIC")) &&
            QLocale(qEnvironmentVariable("LANG")).language() != spoken.language())
            QLocale::setDefault(spoken);
        return language;
    }
    // A language Spindle has no file for (or the C locale) reads English, which still needs
    // its plural forms: "2 items", not the source's "2 item(s)".
    if (own->load(QStringLiteral(":/i18n/spindle_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return {};
}

} // namespace Spindle
