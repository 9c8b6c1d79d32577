#pragma once

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QPalette>
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

// A dark palette as a dark desktop theme (Breeze Dark, Adwaita-dark) gives Qt: every role,
// PlaceholderText included, and dimmed disabled text.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x95, 0x95, 0x95));
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
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
