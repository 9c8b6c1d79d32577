#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Spindle {

// The languages Spindle ships, as the suffixes of translations/spindle_LANG.ts. English is the
// source language; its file only holds plural forms.
QStringList shippedLanguages();

// Installs Qt's own translations (qtbase: the buttons of standard dialogs, QCommandLineParser's
// help) and Spindle's for the system locale, which follows LANGUAGE, LC_ALL, LC_MESSAGES and
// LANG. Spindle's come from ":/i18n", linked in by the spindle_translations library. Returns the
// language that was loaded ("de"), or an empty string when the messages stay English (with
// English plural forms). Numbers and dates then follow that language too (QLocale::setDefault)
// when the system locale speaks another one, as with LANGUAGE=de and LANG=C.UTF-8.
QString installTranslations(QCoreApplication *app);

} // namespace Spindle
