#include "guitest.h"

#include "burnpage.h"
#include "drivelist.h"
#include "fitbar.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "speedgraph.h"
#include "taskbutton.h"
#include "tones.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <cmath>
#include <memory>

using namespace Spindle;

namespace {

constexpr int ReadTimeoutMs = 30000;

QPalette lightPalette()
{
    static const QPalette light = [] {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }();
    return light;
}

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? GuiTest::darkPalette() : lightPalette();
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

double distance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

// The colour at logical point `p` of the widget's rendering (any pixel density).
QColor pixelAt(QWidget *w, QPoint p)
{
    const QPixmap pixmap = w->grab();
    const QImage image = pixmap.toImage();
    const qreal dpr = pixmap.devicePixelRatio();
    return QColor(image.pixel(qRound(p.x() * dpr), qRound(p.y() * dpr)));
}

QString densityPrefix()
{
    return qApp->devicePixelRatio() > 1.0 ? QStringLiteral("hidpi-") : QString();
}

} // namespace

// Dark themes and HiDPI: every page in a light and a dark palette (Fusion), screenshots of
// each for a person to look at (hidpi-* when QT_SCALE_FACTOR=2), icons drawn at the screen's
// pixel density, and the custom-painted widgets taking their colours from the palette.
class TestAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pages_data();
    void pages();
    void customWidgetsFollowThePalette_data();
    void customWidgetsFollowThePalette();
    void fitBarFollowsAThemeSwitch();
    void tonesKeepTheirContrast_data();
    void tonesKeepTheirContrast();
    void focusRingIsVisible_data();
    void focusRingIsVisible();

private:
    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppearance::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
    m_iso = Test::makeIso(m_dir.path(), QStringLiteral("holiday.iso"), QStringLiteral("HOLIDAY"),
                          {QStringLiteral("photos/beach.jpg=jpeg"),
                           QStringLiteral("photos/sunset.jpg=jpeg"),
                           QStringLiteral("notes.txt=hello")});
    QVERIFY2(!m_iso.isEmpty(), "xorriso is needed (installer/debian-packages.txt)");
    const QByteArray scale = qgetenv("QT_SCALE_FACTOR");
    if (!scale.isEmpty())
        QCOMPARE(qApp->devicePixelRatio(), scale.toDouble());

    m_window = std::make_unique<MainWindow>();
    // A 1 MB blank disc, so that the Burn page's fit bar is partly filled.
    QVERIFY(!m_window->useDrive(m_dir.filePath(QStringLiteral("blank.iso")), QStringLiteral("1M")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *drives = m_window->driveList();
    QTRY_VERIFY_WITH_TIMEOUT(drives->hasScanned() && !drives->isScanning(), ReadTimeoutMs);
    // Pages with something in them: an image on the Burn page, a tree on the New image page.
    m_window->openImage(m_iso);
    auto *newImage = m_window->findChild<NewImagePage *>();
    newImage->addSource(m_iso);
    QTRY_VERIFY_WITH_TIMEOUT(newImage->model()->rowCount() > 0, ReadTimeoutMs);
}

void TestAppearance::cleanupTestCase()
{
    m_window.reset();
    QApplication::setPalette(lightPalette());
}

void TestAppearance::pages_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("task");
    MainWindow window; // for the task ids: the test's own window is not made yet
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        QTest::newRow(qPrintable(palette + QStringLiteral("-start"))) << palette << QString();
        for (const QString &id : window.taskIds())
            QTest::newRow(qPrintable(palette + QLatin1Char('-') + id)) << palette << id;
    }
}

void TestAppearance::pages()
{
    QFETCH(QString, palette);
    QFETCH(QString, task);
    QApplication::setPalette(paletteNamed(palette));
    if (task.isEmpty())
        m_window->showStartPage();
    else
        QVERIFY(m_window->showTask(task));
    auto *drives = m_window->driveList();
    QTRY_VERIFY_WITH_TIMEOUT(!drives->isScanning(), ReadTimeoutMs);
    QTest::qWait(200); // a page reads its disc when shown
    const QString name = densityPrefix() + palette + QLatin1Char('-') +
                         (task.isEmpty() ? QStringLiteral("start") : task);
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), name));

    // Icons in labels are drawn for the screen's pixel density, not scaled up and blurred.
    const qreal dpr = m_window->devicePixelRatioF();
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(m_window.get()))
            continue;
        const QPixmap pixmap = label->pixmap();
        if (!pixmap.isNull())
            QVERIFY2(pixmap.devicePixelRatio() >= dpr, qPrintable(label->objectName()));
    }
    // Window backgrounds follow the palette (nothing paints a fixed white or black page).
    const QColor background =
        pixelAt(m_window.get(), QPoint(m_window->width() - 3, m_window->height() - 3));
    if (palette == QLatin1String("dark"))
        QVERIFY2(background.lightnessF() < 0.3, qPrintable(background.name()));
    else
        QVERIFY2(background.lightnessF() > 0.7, qPrintable(background.name()));
}

void TestAppearance::customWidgetsFollowThePalette_data()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestAppearance::customWidgetsFollowThePalette()
{
    QFETCH(QString, palette);
    const QPalette pal = paletteNamed(palette);
    QApplication::setPalette(pal);
    const bool dark = palette == QLatin1String("dark");
    // A background as dark as the palette's, or as light.
    const auto matches = [dark](const QColor &c) {
        return dark ? c.lightnessF() < 0.3 : c.lightnessF() > 0.7;
    };

    TaskButton card({QStringLiteral("burn"), QIcon(), QStringLiteral("Burn Image"),
                     QStringLiteral("Write an image to a disc.")});
    card.resize(380, 90);
    const QColor cardBackground = pixelAt(&card, QPoint(card.width() / 2, 4));
    QVERIFY2(matches(cardBackground), qPrintable(cardBackground.name()));

    SpeedGraph graph;
    graph.resize(420, 120);
    for (int s = 0; s < 20; ++s)
        graph.addSample(s, 4.0e6 + 1.0e5 * s);
    const QColor graphBackground = pixelAt(&graph, QPoint(graph.width() - 4, graph.height() / 2));
    QVERIFY2(matches(graphBackground), qPrintable(graphBackground.name()));

    for (auto kind : {InlineMessage::Kind::Info, InlineMessage::Kind::Success,
                      InlineMessage::Kind::Warning, InlineMessage::Kind::Error}) {
        InlineMessage message;
        message.setMessage(kind, QStringLiteral("The image fits."));
        message.resize(420, 48);
        const QColor tint = pixelAt(&message, QPoint(6, 24));
        QVERIFY2(matches(tint), qPrintable(tint.name()));
        // Its text (the palette's window text) stays readable on the tint.
        QVERIFY2(contrast(tint, pal.color(QPalette::WindowText)) >= 4.5, qPrintable(tint.name()));
    }
}

void TestAppearance::fitBarFollowsAThemeSwitch()
{
    QApplication::setPalette(lightPalette());
    QWidget holder;
    auto *fit = new FitBar(&holder);
    fit->resize(520, 30);
    fit->setUsage(fit->capacity() * 2); // "too much": the bar full and in the negative tone
    holder.resize(520, 30);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    auto *bar = fit->findChild<QProgressBar *>(QStringLiteral("fitBar"));
    QVERIFY(bar);
    const QPoint middle = bar->geometry().center();
    const QColor light = toneColor(Tone::Negative, lightPalette());
    const QColor dark = toneColor(Tone::Negative, GuiTest::darkPalette());
    QColor chunk = pixelAt(fit, middle);
    QVERIFY2(distance(chunk, light) < distance(chunk, dark), qPrintable(chunk.name()));
    QVERIFY2(distance(chunk, light) < 60, qPrintable(chunk.name()));
    QVERIFY(
        GuiTest::saveScreenshot(&holder, densityPrefix() + QStringLiteral("light-fit-too-much")));

    // The desktop switches to a dark theme while Spindle runs.
    QApplication::setPalette(GuiTest::darkPalette());
    QApplication::processEvents();
    chunk = pixelAt(fit, middle);
    QVERIFY2(distance(chunk, dark) < distance(chunk, light), qPrintable(chunk.name()));
    QVERIFY2(distance(chunk, dark) < 60, qPrintable(chunk.name()));
    QVERIFY(
        GuiTest::saveScreenshot(&holder, densityPrefix() + QStringLiteral("dark-fit-too-much")));

    // Back under the capacity, the bar is the palette's highlight again.
    fit->setUsage(fit->capacity() / 2);
    const QPoint filled(bar->geometry().left() + bar->width() / 4, middle.y());
    chunk = pixelAt(fit, filled);
    QVERIFY2(distance(chunk, GuiTest::darkPalette().color(QPalette::Highlight)) < 60,
             qPrintable(chunk.name()));
    QApplication::setPalette(lightPalette());
}

void TestAppearance::tonesKeepTheirContrast_data()
{
    customWidgetsFollowThePalette_data();
}

void TestAppearance::tonesKeepTheirContrast()
{
    // The tones colour log text (on Base) and bars (on Window): WCAG AA for text, 4.5:1.
    QFETCH(QString, palette);
    const QPalette pal = paletteNamed(palette);
    for (Tone tone : {Tone::Positive, Tone::Warning, Tone::Negative, Tone::Muted}) {
        const QColor c = toneColor(tone, pal);
        QVERIFY2(contrast(c, pal.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
        QVERIFY2(contrast(c, pal.color(QPalette::Window)) >= 3.0, qPrintable(c.name()));
    }
}

void TestAppearance::focusRingIsVisible_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("control");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const QString &control : {QStringLiteral("allTasks"), QStringLiteral("tabs")})
            QTest::newRow(qPrintable(palette + QLatin1Char('-') + control)) << palette << control;
    }
}

// Keyboard focus on All Tasks and on the Files tab shows: the focused control looks different
// from the unfocused one, and what changes stands out from the background (WCAG's 3:1 for
// focus indicators). Screenshots focus-PALETTE-CONTROL.png show it.
void TestAppearance::focusRingIsVisible()
{
    QFETCH(QString, palette);
    QFETCH(QString, control);
    const QPalette pal = paletteNamed(palette);
    QApplication::setPalette(pal);
    QVERIFY(m_window->showTask(QStringLiteral("newimage")));
    QWidget *w = nullptr;
    if (control == QLatin1String("allTasks")) {
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
        w = toolBar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("actionBack")));
    } else {
        w = m_window->findChild<QTabWidget *>(QStringLiteral("newImageTabs"))->tabBar();
    }
    QVERIFY(w);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    const QImage before = w->grab().toImage();
    // By Tab presses: styles draw the ring only after focus moved by the keyboard.
    for (int presses = 0; QApplication::focusWidget() != w && presses < 100; ++presses)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                        Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w);
    QApplication::processEvents();
    const QImage after = w->grab().toImage();
    QVERIFY(GuiTest::saveScreenshot(w, densityPrefix() + QStringLiteral("focus-") + palette +
                                           QLatin1Char('-') + control));
    QCOMPARE(after.size(), before.size());
    const QColor background = pal.color(QPalette::Window);
    int changed = 0;
    int standingOut = 0;
    for (int y = 0; y < after.height(); ++y) {
        for (int x = 0; x < after.width(); ++x) {
            if (after.pixel(x, y) == before.pixel(x, y))
                continue;
            ++changed;
            if (contrast(QColor(after.pixel(x, y)), background) >= 3.0)
                ++standingOut;
        }
    }
    const qreal dpr = w->devicePixelRatioF();
    // At least a line around the control's text: a ring, not a dot.
    QVERIFY2(standingOut >= qRound(20 * dpr), qPrintable(QStringLiteral("%1 of %2 changed pixels "
                                                                        "stand out")
                                                             .arg(standingOut)
                                                             .arg(changed)));
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestAppearance>(argc, argv);
}

#include "tst_appearance.moc"
