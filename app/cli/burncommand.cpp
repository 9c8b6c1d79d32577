#include "burncommand.h"

#include "burnoptionsparsing.h"
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
} // namespace

QString BurnCommand::summary() const
{
    return Tr::tr("Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.");
}

QString BurnCommand::epilog() const
{
    return Tr::tr("Everything that can refuse (no disc, a disc with data, an image that does not\n"
                  "fit, no test mode) is checked before the first byte is written.\n"
                  "--ecc adds dvdisaster RS03 error-correction data after the image on the\n"
                  "disc (the image file stays as it is): computed once the blank disc says how\n"
                  "much room it has, into a temporary file in ~/.cache that is removed when the\n"
                  "burn ends, and refused before writing when it cannot fit. An image that\n"
                  "already carries RS03 data is burned as it is. A compressed image must be\n"
                  "decompressed first. A value is joined with \"=\": --ecc=20.\n"
                  "Examples:\n"
                  "  spindle-cli burn debian.iso --drive /dev/sr0 --verify\n"
                  "  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r\n"
                  "  spindle-cli burn backup.iso --drive /dev/sr0 --ecc --verify");
}

QList<QPair<QString, QString>> BurnCommand::optionalValueOptions() const
{
    return {eccOptionDefault()};
}

void BurnCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file to burn."));
    parser.addOptions({
        driveOption(Tr::tr("The drive to burn with (/dev/sr0 or stdio:FILE).")),
        mediumOption(),
    });
    addBurnOptions(parser);
    parser.addOption(progressOption());
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the final report as JSON.")});
}

int BurnCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, Tr::tr("IMAGE is required."), name());
    if (const auto problem = unexpectedArgument(args, 1))
        return usageError(context, *problem, name());
    BurnOptions o;
    o.imagePath = args.first();
    o.driveAddress = parser.value(QStringLiteral("drive"));
    if (o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("--drive is required."), name());
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    if (const auto problem = readBurnOptions(parser, &o))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    BurnJob job(o);
    // The warning itself reaches stderr as the job's log message; scripts get it as an event.
    QObject events; // on this thread, where the runner prints
    if (mode == ProgressPrinter::Mode::Json) {
        QObject::connect(
            &job, &BurnJob::sourceTooSlow, &events,
            [&context](qint64 rate, int speedKBps, const QString &message) {
                const QJsonObject line{{QStringLiteral("type"), QStringLiteral("sourceTooSlow")},
                                       {QStringLiteral("sourceRate"), rate},
                                       {QStringLiteral("speed"), speedKBps},
                                       {QStringLiteral("message"), message}};
                context.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                            << '\n';
                context.out.flush();
            });
    }
    watchTemporaryFiles(job, context, mode);
    const int code = runJob(job, parser, context, mode);
    printBurnReport(job, parser, context, mode);
    return code;
}

} // namespace Spindle::Cli
