#include "protectcommand.h"

#include "base/format.h"
#include "ecc/eccplan.h"
#include "jobs/protectjob.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject reportJson(const ProtectReport &r, const JobResult &result)
{
    QJsonObject o{{QStringLiteral("result"), toJson(result)}};
    if (!r.augmented)
        return o;
    o.insert(QStringLiteral("method"), QStringLiteral("RS03"));
    o.insert(QStringLiteral("medium"),
             r.medium ? QJsonValue(eccMediumOptionName(*r.medium)) : QJsonValue());
    o.insert(QStringLiteral("mediumSectors"), r.mediumSectors);
    o.insert(QStringLiteral("sectorsPerLayer"), r.layout.sectorsPerLayer);
    o.insert(QStringLiteral("dataLayers"), r.layout.ndata);
    o.insert(QStringLiteral("roots"), r.layout.nroots);
    o.insert(QStringLiteral("redundancyPercent"), r.layout.redundancyPercent());
    o.insert(QStringLiteral("imageSectors"), r.layout.dataSectors);
    o.insert(QStringLiteral("originalBytes"), r.originalBytes);
    o.insert(QStringLiteral("augmentedBytes"), r.augmentedBytes);
    o.insert(QStringLiteral("repairableSectorsPer255"), r.layout.nroots);
    return o;
}

} // namespace

QString ProtectCommand::summary() const
{
    return Tr::tr("Add dvdisaster error-correction data (RS03) to an image before burning it.");
}

QString ProtectCommand::epilog() const
{
    return Tr::tr("The data is appended to IMAGE in place (an RS03 \"augmented image\") and fills\n"
                  "the medium; burn the whole file. dvdisaster checks it (dvdisaster -t -i IMAGE)\n"
                  "and repairs the image or a damaged disc read with read --skip-unreadable\n"
                  "(dvdisaster -f -i IMAGE). Without --medium the smallest disc that leaves room\n"
                  "for it is chosen. --redundancy sizes the data by the redundancy instead (as\n"
                  "burn --ecc=PERCENT does), for an image kept as a file or burned to a disc\n"
                  "with room to spare. An interrupted run leaves IMAGE as it was.\n"
                  "Examples:\n"
                  "  spindle-cli protect backup.iso\n"
                  "  spindle-cli protect backup.iso --medium dvd\n"
                  "  spindle-cli protect photos.iso --redundancy 20");
}

void ProtectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file."));
    parser.addOptions({
        {QStringLiteral("medium"),
         Tr::tr("The disc the image will be burned to: cd, dvd, dvd-dl, bd or bd-dl."),
         Tr::tr("MEDIUM")},
        {QStringLiteral("redundancy"),
         Tr::tr("Instead of --medium: this much redundancy, from 4 to 200 percent."),
         Tr::tr("PERCENT")},
        {QStringLiteral("json"), Tr::tr("Print the final report as JSON.")},
        progressOption(),
        verboseOption(),
    });
}

int ProtectCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, Tr::tr("IMAGE is required."), name());
    if (const auto problem = unexpectedArgument(args, 1))
        return usageError(context, *problem, name());
    ProtectOptions o;
    o.imagePath = args.first();
    if (parser.isSet(QStringLiteral("medium"))) {
        o.medium = eccMediumFromName(parser.value(QStringLiteral("medium")));
        if (!o.medium)
            return usageError(context, Tr::tr("--medium takes cd, dvd, dvd-dl, bd or bd-dl."),
                              name());
    }
    if (parser.isSet(QStringLiteral("redundancy"))) {
        if (o.medium)
            return usageError(context, Tr::tr("give either --medium or --redundancy."), name());
        const auto choice = EccChoice::parse(parser.value(QStringLiteral("redundancy")));
        if (!choice || choice->mode != EccChoice::Mode::Percent)
            return usageError(context,
                              Tr::tr("--redundancy takes a percentage from %1 to %2.")
                                  .arg(EccChoice::minPercent)
                                  .arg(EccChoice::maxPercent),
                              name());
        o.redundancyPercent = choice->percent;
    }
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    ProtectJob job(o);
    const int code = runJob(job, parser, context, mode);
    const ProtectReport report = job.report();
    if (!printJsonReport(parser, context, mode, reportJson(report, job.result())) &&
        report.augmented) {
        const Rs03Layout &l = report.layout;
        auto line = [&context](const QString &key, const QString &value) {
            context.out << QStringLiteral("%1 %2\n").arg(key + QLatin1Char(':'), -16).arg(value);
        };
        if (report.medium)
            line(Tr::tr("Medium"), Tr::tr("%1 (%2 sectors)")
                                       .arg(eccMediumName(*report.medium))
                                       .arg(report.mediumSectors));
        else
            line(Tr::tr("Medium"),
                 Tr::tr("none: sized for the redundancy (%1 sectors)").arg(report.mediumSectors));
        line(Tr::tr("Method"), Tr::tr("RS03, %1 roots, %2% redundancy")
                                   .arg(l.nroots)
                                   .arg(l.redundancyPercent(), 0, 'f', 1));
        line(Tr::tr("Image"),
             Tr::tr("%1 before, %2 now (%3 sectors)")
                 .arg(formatBytes(report.originalBytes), formatBytes(report.augmentedBytes))
                 .arg(report.augmentedBytes / 2048));
        if (report.medium)
            line(Tr::tr("Space used"), Tr::tr("%1% of the %2")
                                           .arg(100.0 * double(report.augmentedBytes) /
                                                    (double(report.mediumSectors) * 2048),
                                                0, 'f', 1)
                                           .arg(eccMediumName(*report.medium)));
        line(Tr::tr("Survives"),
             Tr::tr("any %1 damaged sectors in each group of 255").arg(l.nroots));
    }
    context.out.flush();
    return code;
}

} // namespace Spindle::Cli
