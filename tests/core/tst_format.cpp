#include "base/format.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace Spindle;

class TestFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void bytes()
    {
        QCOMPARE(formatBytes(512), QStringLiteral("512 bytes"));
        QCOMPARE(formatBytes(4700372992), QStringLiteral("4.70 GB"));
        QCOMPARE(formatBytes(737280000), QStringLiteral("737 MB"));
    }

    void durations()
    {
        QCOMPARE(formatDuration(5), QStringLiteral("0:05"));
        QCOMPARE(formatDuration(125), QStringLiteral("2:05"));
        QCOMPARE(formatDuration(3723), QStringLiteral("1:02:03"));
    }

    void speeds()
    {
        QCOMPARE(formatSpeedX(1385000.0 * 16, SpeedBase::Dvd), QStringLiteral("16.0×"));
        QCOMPARE(formatSpeedX(153600.0 * 48, SpeedBase::Cd), QStringLiteral("48.0×"));
        // A virtual drive runs at thousands of "×": no decimal (the C locale groups no digits).
        QCOMPARE(formatSpeedX(153600.0 * 5800, SpeedBase::Cd), QStringLiteral("5800×"));
        QCOMPARE(formatRate(22160000.0), QStringLiteral("22.2 MB/s"));
        // Rated drive speeds in libburn's kB/s: a CD drive's 1× is 176.4 kB/s.
        QCOMPARE(formatDriveSpeedX(2822, SpeedBase::Cd), QStringLiteral("16×"));
        QCOMPARE(formatDriveSpeedX(8467, SpeedBase::Cd), QStringLiteral("48×"));
        QCOMPARE(formatDriveSpeedX(22160, SpeedBase::Dvd), QStringLiteral("16×"));
        QCOMPARE(formatDriveSpeedX(3324, SpeedBase::Dvd), QStringLiteral("2.4×"));
        QCOMPARE(formatDriveSpeedX(53946, SpeedBase::Bd), QStringLiteral("12×"));
        QCOMPARE(speedBaseForProfile(0x43), SpeedBase::Bd);
        QCOMPARE(speedBaseForProfile(0x09), SpeedBase::Cd);
        QCOMPARE(speedBaseForProfile(0x1a), SpeedBase::Dvd);
    }

    // Numbers follow the default locale, which installTranslations() sets to the language
    // Spindle speaks: German groups with '.' and has a decimal comma. (The words stay English
    // here: no translation is loaded.)
    void germanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QCOMPARE(formatBytes(62054666240), QStringLiteral("62,1 GB"));
        QCOMPARE(formatBytesExact(62054666240), QStringLiteral("62.054.666.240 bytes"));
        QCOMPARE(formatBytes(4700372992), QStringLiteral("4,70 GB"));
        QCOMPARE(formatRate(22160000.0), QStringLiteral("22,2 MB/s"));
        QCOMPARE(formatSpeedX(153600.0 * 5800, SpeedBase::Cd), QStringLiteral("5.800×"));
        QCOMPARE(formatSpeedX(1385000.0 * 16, SpeedBase::Dvd), QStringLiteral("16,0×"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
