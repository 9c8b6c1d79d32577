#include "burnoptionsparsing.h"

#include "jobcommand.h"
#include "jobs/burnjob.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spindle::Cli {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// --yes, --verbose and --progress are not here: `build --output` uses them too.
const char *const BurnOnlyOptions[] = {"speed",        "simulate",    "verify",
                                       "copies",       "eject",       "blank-if-needed",
                                       "multisession", "no-burnfree", "write-mode"};

} // namespace

void addBurnOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("speed"),
         Tr::tr("Write speed: max (default), a number of ×, e.g. 8, or kB/s "
                "with a k suffix, e.g. 11080k."),
         Tr::tr("S")},
        {QStringLiteral("simulate"),
         Tr::tr("Do everything but write (where the medium has a test mode).")},
        {QStringLiteral("verify"), Tr::tr("Read the disc back and compare it with the image.")},
        {QStringLiteral("copies"),
         Tr::tr("Burn N discs, asking for the next blank disc each time."), Tr::tr("N")},
        {QStringLiteral("eject"), Tr::tr("Eject the disc when done.")},
        {QStringLiteral("blank-if-needed"),
         Tr::tr("Erase a rewritable disc that holds data without asking.")},
        {QStringLiteral("multisession"),
         Tr::tr("Leave the disc appendable instead of closing it.")},
        {QStringLiteral("no-burnfree"), Tr::tr("Turn off buffer-underrun protection (BurnFree).")},
        {QStringLiteral("write-mode"), Tr::tr("auto (default), tao or sao."), Tr::tr("MODE")},
        {QStringLiteral("ecc"),
         Tr::tr("Add dvdisaster RS03 error-correction data after the image: --ecc or "
                "--ecc=fill fills the disc (a file: the medium of --medium, else the smallest "
                "that leaves room), --ecc=PERCENT gives that much redundancy (%1 to %2).")
             .arg(EccChoice::minPercent)
             .arg(EccChoice::maxPercent),
         Tr::tr("fill|PERCENT")},
        JobCommand::yesOption(),
        JobCommand::verboseOption(),
    });
}

QPair<QString, QString> eccOptionDefault()
{
    return {QStringLiteral("ecc"), QStringLiteral("fill")};
}

std::optional<QString> readEccOption(const QCommandLineParser &parser, EccChoice *choice)
{
    if (!parser.isSet(QStringLiteral("ecc")))
        return std::nullopt;
    const auto parsed = EccChoice::parse(parser.value(QStringLiteral("ecc")));
    if (!parsed)
        return Tr::tr("--ecc takes fill or a redundancy in percent from %1 to %2 (--ecc=20).")
            .arg(EccChoice::minPercent)
            .arg(EccChoice::maxPercent);
    *choice = *parsed;
    return std::nullopt;
}

void watchTemporaryFiles(BurnJob &job, CliContext &context, ProgressPrinter::Mode mode)
{
    // Queued to this thread (the job object lives here), where the runner prints progress.
    QObject::connect(
        &job, &BurnJob::temporaryFile, &job,
        [&context, mode](const QString &path, qint64 bytes, const QString &message) {
            if (mode == ProgressPrinter::Mode::Json) {
                const QJsonObject line{{QStringLiteral("type"), QStringLiteral("temporaryFile")},
                                       {QStringLiteral("path"), path},
                                       {QStringLiteral("bytes"), bytes},
                                       {QStringLiteral("message"), message}};
                context.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                            << '\n';
                context.out.flush();
                return;
            }
            if (mode == ProgressPrinter::Mode::Bar)
                context.err << "\r\x1b[K";
            context.err << message << '\n';
            context.err.flush();
        });
}

void printBurnReport(const BurnJob &job, const QCommandLineParser &parser, CliContext &context,
                     ProgressPrinter::Mode mode)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const BurnOptions &o = job.options();
    if (!json && !(mode == ProgressPrinter::Mode::Json && o.ecc.enabled()))
        return;
    const JobResult result = job.result();
    QJsonObject report{
        {QStringLiteral("result"), toJson(result)},
        {QStringLiteral("drive"), o.driveAddress},
        {QStringLiteral("simulated"), o.simulate},
        {QStringLiteral("copies"), qMax(1, o.copies)},
        {QStringLiteral("verified"), result.succeeded() && o.verify && !o.simulate},
        {QStringLiteral("ecc"), toJson(job.eccReport())},
    };
    if (mode == ProgressPrinter::Mode::Json) {
        // Every line on stdout is JSON: the report is the last line.
        report.insert(QStringLiteral("type"), QStringLiteral("report"));
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    context.out.flush();
}

bool anyBurnOptionSet(const QCommandLineParser &parser)
{
    for (const char *name : BurnOnlyOptions) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

std::optional<QString> readBurnOptions(const QCommandLineParser &parser, BurnOptions *options)
{
    BurnOptions &o = *options;
    const QString speed = parser.value(QStringLiteral("speed")).trimmed().toLower();
    if (!speed.isEmpty() && speed != QLatin1String("max")) {
        bool ok = false;
        if (speed.endsWith(QLatin1Char('k'))) {
            o.speedKBps = speed.chopped(1).toInt(&ok);
            ok = ok && o.speedKBps > 0;
        } else {
            o.speedX = QString(speed).remove(QLatin1Char('x')).toDouble(&ok);
            ok = ok && o.speedX > 0;
        }
        if (!ok)
            return Tr::tr("--speed takes max, a number of × (8) or kB/s (11080k).");
    }
    if (parser.isSet(QStringLiteral("copies"))) {
        bool ok = false;
        o.copies = parser.value(QStringLiteral("copies")).toInt(&ok);
        if (!ok || o.copies < 1 || o.copies > 99)
            return Tr::tr("--copies takes a number from 1 to 99.");
    }
    if (parser.isSet(QStringLiteral("write-mode")) &&
        !parseWriteMode(parser.value(QStringLiteral("write-mode")), &o.writeMode))
        return Tr::tr("--write-mode takes auto, tao or sao.");
    o.simulate = parser.isSet(QStringLiteral("simulate"));
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.eject = parser.isSet(QStringLiteral("eject"));
    o.blankIfNeeded = parser.isSet(QStringLiteral("blank-if-needed"));
    o.multisession = parser.isSet(QStringLiteral("multisession"));
    o.burnFree = !parser.isSet(QStringLiteral("no-burnfree"));
    if (const auto problem = readEccOption(parser, &o.ecc))
        return problem;
    if (o.simulate && o.verify)
        return Tr::tr("--verify needs a real burn; a simulation writes nothing.");
    // A test hook, not an option: makes the image a source slower than the drive on any machine.
    const QByteArray limit = qgetenv("SPINDLE_SOURCE_RATE_LIMIT");
    if (!limit.isEmpty()) {
        bool ok = false;
        o.sourceRateLimit = limit.trimmed().toLongLong(&ok);
        if (!ok || o.sourceRateLimit <= 0)
            return Tr::tr("SPINDLE_SOURCE_RATE_LIMIT takes a number of bytes per second.");
    }
    return std::nullopt;
}

} // namespace Spindle::Cli
