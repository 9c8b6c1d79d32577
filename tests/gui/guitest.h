#pragma once

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Shared set-up for the GUI tests: the offscreen platform unless the caller chose one (set
// QT_QPA_PLATFORM=xcb to watch), and settings in a throw-away folder so a test run never
// touches the user's configuration.
namespace GuiTest {

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(SPINDLE_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QApplication::processEvents();
    return widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template <typename Test> int run(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spindle"));
    QApplication::setApplicationName(QStringLiteral("Spindle"));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace GuiTest
