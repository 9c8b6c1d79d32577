#include "progressprinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Cli;

class TestProgressPrinter final : public QObject
{
    Q_OBJECT

    static JobProgress sample()
    {
        JobProgress p;
        p.phase = QStringLiteral("Writing");
        p.bytesDone = 50;
        p.bytesTotal = 100;
        p.fraction = 0.5;
        p.bytesPerSecond = 1385000.0 * 8;
        p.secondsLeft = 65;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void modes()
    {
        ProgressPrinter::Mode mode;
        QVERIFY(ProgressPrinter::parseMode(QStringLiteral("auto"), true, &mode));
        QCOMPARE(mode, ProgressPrinter::Mode::Bar);
        QVERIFY(ProgressPrinter::parseMode(QString(), false, &mode));
        QCOMPARE(mode, ProgressPrinter::Mode::Plain);
        QVERIFY(ProgressPrinter::parseMode(QStringLiteral("json"), true, &mode));
        QCOMPARE(mode, ProgressPrinter::Mode::Json);
        QVERIFY(!ProgressPrinter::parseMode(QStringLiteral("fancy"), true, &mode));
    }

    void barShowsSpeedAndTimeLeft()
    {
        const QString line = ProgressPrinter::barLine(sample(), SpeedBase::Dvd, 10);
        QVERIFY2(line.contains(QLatin1String("[#####-----]")), qPrintable(line));
        QVERIFY(line.contains(QLatin1String("50%")));
        QVERIFY(line.contains(QLatin1String("11.1 MB/s")));
        QVERIFY(line.contains(QStringLiteral("8.0×")));
        QVERIFY(line.contains(QLatin1String("1:05 left")));
    }

    void jsonLines()
    {
        QString buffer;
        QTextStream out(&buffer);
        ProgressPrinter printer(ProgressPrinter::Mode::Json, out);
        printer.update(sample());
        printer.finish(JobResult::success());
        const QStringList lines = buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject progress = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(progress.value(QStringLiteral("type")).toString(), QStringLiteral("progress"));
        QCOMPARE(progress.value(QStringLiteral("bytesDone")).toInteger(), qint64(50));
        QCOMPARE(progress.value(QStringLiteral("secondsLeft")).toInteger(), qint64(65));
        const QJsonObject result = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    }

    void plainLinesAreThrottled()
    {
        QString buffer;
        QTextStream out(&buffer);
        ProgressPrinter printer(ProgressPrinter::Mode::Plain, out);
        JobProgress p = sample();
        for (int i = 0; i <= 100; ++i) {
            p.bytesDone = i;
            p.fraction = i / 100.0;
            printer.update(p);
        }
        const int lines = int(buffer.count(QLatin1Char('\n')));
        QVERIFY2(lines >= 20 && lines <= 22, qPrintable(buffer)); // every 5%, not every update
        QVERIFY(!buffer.contains(QLatin1Char('\r')));
    }

    // A second pass (read, then verify) prints its own steps up to 100%, although the first
    // pass already reached 100%.
    void plainStepsStartAgainInANewPhase()
    {
        QString buffer;
        QTextStream out(&buffer);
        ProgressPrinter printer(ProgressPrinter::Mode::Plain, out);
        JobProgress p = sample();
        for (const QString &phase : {QStringLiteral("Reading"), QStringLiteral("Verifying")}) {
            p.phase = phase;
            p.fraction = -1.0; // a pass starts before its size is known
            printer.update(p);
            for (int i = 0; i <= 100; i += 50) {
                p.bytesDone = i;
                p.fraction = i / 100.0;
                printer.update(p);
            }
        }
        QVERIFY2(buffer.contains(QStringLiteral("Verifying 50%")), qPrintable(buffer));
        QVERIFY2(buffer.contains(QStringLiteral("Verifying 100%")), qPrintable(buffer));
    }
};

QTEST_GUILESS_MAIN(TestProgressPrinter)
#include "tst_progressprinter.moc"
