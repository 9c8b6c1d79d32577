#include "ecc/eccplan.h"

#include <QLocale>
#include <QTest>

using namespace Spindle;

// The plan a burn or build makes before writing: sizes, roots and refusals.
class TestEccPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parsesTheOptionValues()
    {
        QCOMPARE(int(EccChoice::parse(QString())->mode), int(EccChoice::Mode::Fill));
        QCOMPARE(int(EccChoice::parse(QStringLiteral("FILL"))->mode), int(EccChoice::Mode::Fill));
        QCOMPARE(EccChoice::parse(QStringLiteral("20"))->percent, 20);
        QCOMPARE(EccChoice::parse(QStringLiteral("33%"))->percent, 33);
        QVERIFY(!EccChoice::parse(QStringLiteral("3")));
        QVERIFY(!EccChoice::parse(QStringLiteral("201")));
        QVERIFY(!EccChoice::parse(QStringLiteral("lots")));
    }

    // Without a disc, Fill sizes the data like `protect`: the smallest medium that holds it.
    void fillWithoutADiscTakesTheSmallestMedium()
    {
        const qint64 image = qint64(300) << 20;
        const auto plan = planEcc(image, EccChoice::fill());
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->mediumSectors, eccMediumSectors(EccMedium::Cd) / 255 * 255);
        QCOMPARE(plan->totalBytes(), plan->layout.totalSectors() * 2048);
        QCOMPARE(plan->addedBytes(), plan->totalBytes() - image);
        QVERIFY(plan->roots() > 100);
    }

    // A disc a little larger than dvdisaster's DVD is sized as its DVD, so that both name it.
    void fillUsesTheStandardMediumNearTheDiscsRoom()
    {
        const qint64 dvdMinus = 2298496; // a DVD-R's sectors
        const auto plan = planEcc(qint64(2) << 30, EccChoice::fill(), dvdMinus);
        QVERIFY(plan.ok());
        QCOMPARE(plan->layout.sectorsPerLayer, eccMediumSectors(EccMedium::Dvd) / 255);
        QCOMPARE(plan->layout.medium(), std::optional<EccMedium>(EccMedium::Dvd));
        // Some other room: taken as it is, and never exceeded.
        const auto odd = planEcc(qint64(100) << 20, EccChoice::fill(), 1000000);
        QVERIFY(odd.ok());
        QCOMPARE(odd->layout.sectorsPerLayer, qint64(1000000 / 255));
        QVERIFY(odd->layout.totalSectors() <= 1000000);
    }

    void percentGivesAtLeastTheRedundancyAsked()
    {
        for (int percent : {5, 10, 20, 50, 100, 200}) {
            const auto plan = planEcc(qint64(700) << 20, EccChoice::withPercent(percent));
            QVERIFY(plan.ok());
            QVERIFY2(plan->layout.redundancyPercent() >= percent - 0.5,
                     qPrintable(QString::number(plan->layout.redundancyPercent())));
            // ... and not much more: whole layers only round it up a little.
            QVERIFY2(plan->layout.redundancyPercent() <= percent * 1.1 + 1,
                     qPrintable(QString::number(plan->layout.redundancyPercent())));
            QVERIFY(plan->layout.dataSectors + 2 <=
                    qint64(plan->layout.ndata - 1) * plan->layout.sectorsPerLayer);
        }
    }

    void refusesWhatDoesNotFit()
    {
        const qint64 cd = eccMediumSectors(EccMedium::Cd);
        // 98% of a CD leaves fewer than 9 layers (95% still leaves room for 11 roots).
        const auto full = planEcc(cd * 2048 * 98 / 100, EccChoice::fill(), cd);
        QVERIFY(!full.ok());
        QVERIFY(full.error().message.contains(QLatin1String("larger disc")));
        // 50% redundancy for an image of 80% of the disc does not fit.
        const auto tooMuch = planEcc(cd * 2048 * 80 / 100, EccChoice::withPercent(50), cd);
        QVERIFY(!tooMuch.ok());
        QVERIFY(tooMuch.error().message.contains(QLatin1String("less redundancy")));
        QVERIFY(!planEcc(0, EccChoice::fill()).ok());
        QVERIFY(!planEcc(1 << 20, EccChoice{}).ok());
    }

    void describesSpaceAndStrength()
    {
        const auto plan = planEcc(qint64(700) << 20, EccChoice::withPercent(20));
        QVERIFY(plan.ok());
        const QString text = plan->describe();
        QVERIFY(text.contains(QString::number(plan->roots())));
        QVERIFY(text.contains(QLatin1String("MB")));
    }
};

QTEST_GUILESS_MAIN(TestEccPlan)
#include "tst_eccplan.moc"
