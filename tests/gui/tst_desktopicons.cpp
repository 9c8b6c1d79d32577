#include "guitest.h"

#include "icons.h"

#include <QFile>
#include <QImage>
#include <QPainter>

using namespace Spindle;

namespace {

const QList<ActionIcon> AllActionIcons{
    ActionIcon::Open, ActionIcon::OpenRecent,  ActionIcon::OpenFolder, ActionIcon::SaveAs,
    ActionIcon::Burn, ActionIcon::Clear,       ActionIcon::Undo,       ActionIcon::Refresh,
    ActionIcon::Back, ActionIcon::Information, ActionIcon::Warning,    ActionIcon::Error,
};

QImage render(const QIcon &icon, int size = 32)
{
    return icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

// The share of pixels that are not (nearly) transparent.
double coverage(const QImage &image)
{
    qint64 opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    }
    return double(opaque) / (qint64(image.width()) * image.height());
}

} // namespace

// Action icons: from the desktop's icon theme when it has them, else Spindle's bundled SVGs,
// which must then draw something (the offscreen platform and bare window managers have no
// theme). A theme made for the test shows which one actionIcon() took.
class TestDesktopIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutThemeTheBundledIconsDraw();
    void themeIconsWinOverBundledOnes();

private:
    QTemporaryDir m_dir;
};

void TestDesktopIcons::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDesktopIcons::withoutThemeTheBundledIconsDraw()
{
    QIcon::setThemeName(QString());
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("document-open")));
    QImage sheet(AllActionIcons.size() * 40, 40, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int x = 4;
    for (ActionIcon icon : AllActionIcons) {
        const QString name = themeIconName(icon);
        const QImage image = render(actionIcon(icon));
        QVERIFY2(!image.isNull(), qPrintable(name));
        // An icon, not a blank square or a dot.
        QVERIFY2(coverage(image) > 0.15, qPrintable(name));
        QCOMPARE(image, render(bundledActionIcon(icon)));
        painter.drawImage(x, 4, image);
        x += 40;
    }
    painter.end();
    QVERIFY(
        sheet.save(QStringLiteral(SPINDLE_SCREENSHOT_DIR) + QStringLiteral("/action-icons.png")));
}

void TestDesktopIcons::themeIconsWinOverBundledOnes()
{
    // A minimal freedesktop icon theme with one icon: a solid magenta document-open.
    const QString theme = m_dir.filePath(QStringLiteral("spindle-test-theme"));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/scalable/actions")));
    QFile index(theme + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Spindle test\nComment=test\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=32\nMinSize=8\nMaxSize=512\nType=Scalable\n"
                "Context=Actions\n");
    index.close();
    QFile svg(theme + QStringLiteral("/scalable/actions/document-open.svg"));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
              "<rect width=\"16\" height=\"16\" fill=\"#ff00ff\"/></svg>");
    svg.close();

    const QStringList previousPaths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths({m_dir.path()});
    QIcon::setThemeName(QStringLiteral("spindle-test-theme"));
    QVERIFY(QIcon::hasThemeIcon(QStringLiteral("document-open")));

    const QImage open = render(actionIcon(ActionIcon::Open));
    QCOMPARE(QColor(open.pixel(16, 16)), QColor(0xff, 0x00, 0xff));
    QVERIFY(open != render(bundledActionIcon(ActionIcon::Open)));
    // The theme lacks the burn icon: the bundled one stands in.
    QCOMPARE(render(actionIcon(ActionIcon::Burn)), render(bundledActionIcon(ActionIcon::Burn)));

    QIcon::setThemeName(QString());
    QIcon::setThemeSearchPaths(previousPaths);
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestDesktopIcons>(argc, argv);
}

#include "tst_desktopicons.moc"
