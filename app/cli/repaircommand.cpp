#include "repaircommand.h"

#include "jobs/repairjob.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Spindle::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject reportJson(const RepairReport &r, const JobResult &result, bool checkOnly)
{
    QJsonObject o{{QStringLiteral("result"), toJson(result)}};
    if (!r.ran)
        return o;
    o.insert(QStringLiteral("checkOnly"), checkOnly);
    const Rs03RepairReport &d = r.repair;
    o.insert(QStringLiteral("method"), QStringLiteral("RS03"));
    o.insert(QStringLiteral("roots"), d.layout.nroots);
    o.insert(QStringLiteral("sectorsPerLayer"), d.layout.sectorsPerLayer);
    o.insert(QStringLiteral("headerFromCrcLayer"), d.headerFromCrcLayer);
    o.insert(QStringLiteral("missingSectors"), d.missingSectors);
    o.insert(QStringLiteral("mapUnreadableSectors"), r.mapUnreadableSectors);
    o.insert(QStringLiteral("mapRebuiltSectors"), r.mapRebuiltSectors);
    o.insert(QStringLiteral("mapUpdated"), r.mapUpdated);
    o.insert(QStringLiteral("damagedSectors"), d.damagedSectors);
    o.insert(QStringLiteral("unreadableSectors"), d.unreadableSectors);
    o.insert(QStringLiteral("crcErrors"), d.crcErrors);
    o.insert(QStringLiteral("wrongEccSectors"), d.wrongEccSectors);
    o.insert(QStringLiteral("repairedSectors"), d.repairedSectors);
    o.insert(QStringLiteral("lostSectors"), d.lostSectors);
    o.insert(QStringLiteral("lostImageSectors"), d.lostImageSectors);
    o.insert(QStringLiteral("unrepairableBlocks"), d.unrepairableBlocks);
    QJsonArray lost;
    for (qint64 s : d.firstLost)
        lost.append(s);
    o.insert(QStringLiteral("firstLostSectors"), lost);
    return o;
}

} // namespace

QString RepairCommand::summary() const
{
    return Tr::tr("Repair an image that carries dvdisaster error-correction data (RS03).");
}

QString RepairCommand::epilog() const
{
    return Tr::tr("Damaged sectors of IMAGE are rebuilt in place from its RS03 error-correction\n"
                  "data (added by spindle-cli protect or dvdisaster -mRS03) and checked against\n"
                  "its CRC layer. Damaged are: sectors that do not match their CRC, dvdisaster's\n"
                  "dead sector markers, sectors past the file's end, and with --map the sectors\n"
                  "the rescue map of read --skip-unreadable does not mark as read. Read a\n"
                  "protected disc with --whole-track: its error-correction data lies past the\n"
                  "file system. Exit code 3 when sectors remain that cannot be rebuilt: read\n"
                  "the disc again with more retries, then repair again. Ecc sectors are\n"
                  "checked too: every block is encoded again and compared, and wrong ones are\n"
                  "rewritten. With --map the map then records the rebuilt sectors as finished\n"
                  "(\"# rebuilt\" comment lines list them). --check only reports what is\n"
                  "damaged and whether all of it can be rebuilt, and writes nothing.\n"
                  "Examples:\n"
                  "  spindle-cli repair backup.iso\n"
                  "  spindle-cli repair --check backup.iso\n"
                  "  spindle-cli read --drive /dev/sr0 --output backup.iso --whole-track \\\n"
                  "      --skip-unreadable --retries 5\n"
                  "  spindle-cli repair backup.iso --map backup.iso.map");
}

void RepairCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("The image file."));
    parser.addOptions({
        {QStringLiteral("map"),
         Tr::tr("A rescue map (ddrescue's format): its unread sectors are rebuilt."),
         Tr::tr("MAP")},
        {QStringLiteral("check"),
         Tr::tr("Only check: report the damage and whether it can be repaired; write nothing.")},
        {QStringLiteral("json"), Tr::tr("Print the final report as JSON.")},
        progressOption(),
        verboseOption(),
    });
}

int RepairCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, Tr::tr("IMAGE is required."), name());
    if (const auto problem = unexpectedArgument(args, 1))
        return usageError(context, *problem, name());
    RepairOptions o;
    o.imagePath = args.first();
    o.checkOnly = parser.isSet(QStringLiteral("check"));
    if (parser.isSet(QStringLiteral("map"))) {
        o.mapPath = parser.value(QStringLiteral("map"));
        if (!QFileInfo(o.mapPath).isFile())
            return usageError(context, Tr::tr("The rescue map %1 does not exist.").arg(o.mapPath),
                              name());
    }
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    RepairJob job(o);
    const int code = runJob(job, parser, context, mode);
    const RepairReport report = job.report();
    if (!printJsonReport(parser, context, mode, reportJson(report, job.result(), o.checkOnly)) &&
        report.ran) {
        const Rs03RepairReport &d = report.repair;
        auto line = [&context](const QString &key, const QString &value) {
            context.out << QStringLiteral("%1 %2\n").arg(key + QLatin1Char(':'), -16).arg(value);
        };
        line(Tr::tr("Method"), Tr::tr("RS03, %1 roots").arg(d.layout.nroots));
        line(Tr::tr("Damaged"), Tr::tr("%1 sectors (%2 unreadable, %3 CRC errors, %4 wrong ecc "
                                       "sectors, %5 past the end of the file)")
                                    .arg(d.damagedSectors)
                                    .arg(d.unreadableSectors)
                                    .arg(d.crcErrors)
                                    .arg(d.wrongEccSectors)
                                    .arg(d.missingSectors));
        if (o.checkOnly) {
            line(Tr::tr("Repairable"), QString::number(d.repairedSectors));
            line(Tr::tr("Not repairable"), QString::number(d.lostSectors));
        } else {
            line(Tr::tr("Repaired"), QString::number(d.repairedSectors));
            line(Tr::tr("Still lost"), QString::number(d.lostSectors));
            if (report.mapUpdated)
                line(Tr::tr("Rescue map"), Tr::tr("%1 rebuilt sectors marked finished in %2")
                                               .arg(report.mapRebuiltSectors)
                                               .arg(o.mapPath));
        }
    }
    context.out.flush();
    return code;
}

} // namespace Spindle::Cli
