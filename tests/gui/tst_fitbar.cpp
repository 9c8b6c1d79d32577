#include "guitest.h"

#include "base/format.h"
#include "fitbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>

using namespace Spindle;

namespace {

// How far apart two colours are, 0 to 3.
double distance(const QColor &a, const QColor &b)
{
    return qAbs(a.redF() - b.redF()) + qAbs(a.greenF() - b.greenF()) + qAbs(a.blueF() - b.blueF());
}

} // namespace

// The fit bar of the New image page: the target names agree with what the bar says, and a
// nearly empty bar still looks like a bar (not like the text field beside it).
class TestFitBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetNamesMatchTheBar()
    {
        FitBar bar;
        bar.show();
        auto *preset = bar.findChild<QComboBox *>(QStringLiteral("fitPreset"));
        auto *text = bar.findChild<QLabel *>(QStringLiteral("fitText"));
        QVERIFY(preset && text);
        QSignalSpy capacity(&bar, &FitBar::capacityChanged);
        int named = 0;
        for (int i = 0; i < preset->count(); ++i) {
            preset->setCurrentIndex(i);
            const qint64 bytes = preset->itemData(i).toLongLong();
            if (bytes == 0)
                continue; // Custom…: the size is typed in MB beside it
            ++named;
            QCOMPARE(bar.capacity(), bytes);
            bar.setUsage(100'000'000);
            const QString shown = formatBytes(bytes);
            // "CD 737 MB" and "about 100 MB of 737 MB": one capacity, in the same units.
            QVERIFY2(text->text().endsWith(QStringLiteral(" ") + shown), qPrintable(text->text()));
            QVERIFY2(preset->itemText(i).contains(shown),
                     qPrintable(preset->itemText(i) + QStringLiteral(" vs ") + text->text()));
        }
        QCOMPARE(named, 4);
        QVERIFY(!capacity.isEmpty());
        // Nothing to write yet: no "about 0 bytes".
        bar.setUsage(0);
        QCOMPARE(text->text(),
                 QStringLiteral("nothing added yet; %1 free").arg(formatBytes(bar.capacity())));
        // A CD is sold as "700 MB", which is 700 MiB: in the decimal units shown, 737 MB.
        QVERIFY(preset->findText(QStringLiteral("CD 737 MB")) >= 0);
    }

    void emptyBarShowsItsTrack()
    {
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *field = new QLineEdit(&window);
        auto *fit = new FitBar(&window);
        layout->addWidget(field);
        layout->addWidget(fit);
        window.show();
        auto *bar = fit->findChild<QProgressBar *>(QStringLiteral("fitBar"));
        QVERIFY(bar);
        for (const bool dark : {false, true}) {
            QPalette palette = window.palette();
            if (dark) {
                palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
                palette.setColor(QPalette::WindowText, Qt::white);
                palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
            }
            window.setPalette(palette);
            fit->setUsage(1'000'000); // a sliver of a DVD
            QVERIFY(bar->value() < 5);
            // The empty part is painted in the bar's Base colour: it must stand out from the
            // text field's Base and from the window around it.
            const QColor track = bar->palette().color(QPalette::Base);
            QVERIFY2(distance(track, field->palette().color(QPalette::Base)) > 0.15,
                     qPrintable(track.name()));
            QVERIFY2(distance(track, window.palette().color(QPalette::Window)) > 0.15,
                     qPrintable(track.name()));
            GuiTest::saveScreenshot(&window, dark ? QStringLiteral("fitbar-empty-dark")
                                                  : QStringLiteral("fitbar-empty"));
        }
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestFitBar>(argc, argv);
}

#include "tst_fitbar.moc"
