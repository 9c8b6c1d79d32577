#include "verifycommand.h"

#include "jobs/checkdiscjob.h"
#include "jobs/verifyjob.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject reportJson(const CheckDiscReport &r, const JobResult &result)
{
    QJsonObject o{{QStringLiteral("result"), toJson(result)}};
    if (!r.ran)
        return o;
    o.insert(QStringLiteral("checkedBytes"), r.checkedBytes);
    o.insert(QStringLiteral("unreadableSectors"), r.unreadableSectors);
    QJsonArray ranges;
    for (const RescueMap::Range &range : r.unreadable)
        ranges.append(QJsonObject{{QStringLiteral("firstSector"), range.pos / 2048},
                                  {QStringLiteral("sectors"), range.size / 2048}});
    o.insert(QStringLiteral("unreadable"), ranges);
    if (!r.ecc) {
        o.insert(QStringLiteral("ecc"), QJsonValue::Null);
        return o;
    }
    const Rs03RepairReport &d = *r.ecc;
    QJsonArray lost;
    for (qint64 s : d.firstLost)
        lost.append(s);
    o.insert(QStringLiteral("ecc"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("RS03")},
                         {QStringLiteral("roots"), d.layout.nroots},
                         {QStringLiteral("sectorsPerLayer"), d.layout.sectorsPerLayer},
                         {QStringLiteral("damagedSectors"), d.damagedSectors},
                         {QStringLiteral("unreadableSectors"), d.unreadableSectors},
                         {QStringLiteral("missingSectors"), d.missingSectors},
                         {QStringLiteral("crcErrors"), d.crcErrors},
                         {QStringLiteral("repairableSectors"), d.damagedSectors - d.lostSectors},
                         {QStringLiteral("lostSectors"), d.lostSectors},
                         {QStringLiteral("lostImageSectors"), d.lostImageSectors},
                         {QStringLiteral("unrepairableBlocks"), d.unrepairableBlocks},
                         {QStringLiteral("firstLostSectors"), lost}});
    return o;
}
} // namespace

QString VerifyCommand::summary() const
{
    return Tr::tr("Compare an image with a disc, or with its published SHA-256 checksum.");
}

QString VerifyCommand::epilog() const
{
    return Tr::tr("With --drive, exactly the image's bytes are read back from the disc (never the\n"
                  "drive's padding) and the first differing sector is named.\n"
                  "With --drive and no IMAGE, the disc is read through once and checked on its\n"
                  "own: the sectors the drive cannot read are listed and, when the disc carries\n"
                  "dvdisaster RS03 error-correction data, every data sector is checked against\n"
                  "its CRC and the damage is weighed against what the data can rebuild (the\n"
                  "prognosis of dvdisaster -t). Exit code 3 when it finds damage, repairable or\n"
                  "not (the report says which). Nothing is written.\n"
                  "With --checksum-file, FILE may follow IMAGE; without it Spindle looks for\n"
                  "IMAGE.sha256, IMAGE.sha256sum, SHA256SUMS and sha256sum.txt next to the image.\n"
                  "Examples:\n"
                  "  spindle-cli verify debian.iso --drive /dev/sr0\n"
                  "  spindle-cli verify --drive /dev/sr0\n"
                  "  spindle-cli verify debian.iso --checksum-file SHA256SUMS");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        Tr::tr("The image file (with --drive it may be left out: the disc is checked alone)."));
    parser.addPositionalArgument(QStringLiteral("[FILE]"),
                                 Tr::tr("With --checksum-file: the checksum file."));
    parser.addOptions({
        driveOption(Tr::tr("The drive holding the burned disc.")),
        mediumOption(),
        {QStringLiteral("checksum-file"),
         Tr::tr("Check against a SHA-256 checksum file instead of a disc.")},
        {QStringLiteral("json"), Tr::tr("Print the final report as JSON.")},
        progressOption(),
        verboseOption(),
    });
}

int VerifyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    VerifyOptions o;
    o.useChecksumFile = parser.isSet(QStringLiteral("checksum-file"));
    o.driveAddress = parser.value(QStringLiteral("drive"));
    const int maxArgs = o.useChecksumFile ? 2 : 1;
    if (o.useChecksumFile == !o.driveAddress.isEmpty())
        return usageError(context, Tr::tr("give either --drive DRIVE or --checksum-file [FILE]."),
                          name());
    if (args.isEmpty() && o.useChecksumFile)
        return usageError(context, Tr::tr("IMAGE is required."), name());
    if (const auto problem = unexpectedArgument(args, maxArgs))
        return usageError(context, *problem, name());
    if (args.isEmpty())
        return checkDisc(parser, context, o);
    o.imagePath = args.first();
    if (args.size() > 1)
        o.checksumFile = args.at(1);
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    VerifyJob job(o);
    const int code = runJob(job, parser, context, mode);
    if (mode != ProgressPrinter::Mode::Json)
        printJsonReport(parser, context, mode,
                        QJsonObject{{QStringLiteral("result"), toJson(job.result())}});
    context.out.flush();
    return code;
}

int VerifyCommand::checkDisc(const QCommandLineParser &parser, CliContext &context,
                             const VerifyOptions &verify)
{
    CheckDiscOptions o;
    o.driveAddress = verify.driveAddress;
    o.medium = verify.medium;
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    CheckDiscJob job(o);
    const int code = runJob(job, parser, context, mode);
    const CheckDiscReport report = job.report();
    if (!printJsonReport(parser, context, mode, reportJson(report, job.result())) && report.ran) {
        auto line = [&context](const QString &key, const QString &value) {
            context.out << QStringLiteral("%1 %2\n").arg(key + QLatin1Char(':'), -16).arg(value);
        };
        line(Tr::tr("Unreadable"), Tr::tr("%1 sectors").arg(report.unreadableSectors));
        if (report.ecc) {
            const Rs03RepairReport &d = *report.ecc;
            line(Tr::tr("Method"), Tr::tr("RS03, %1 roots").arg(d.layout.nroots));
            line(Tr::tr("Damaged"), Tr::tr("%1 sectors (%2 unreadable, %3 CRC errors, %4 past "
                                           "the end of the disc)")
                                        .arg(d.damagedSectors)
                                        .arg(d.unreadableSectors)
                                        .arg(d.crcErrors)
                                        .arg(d.missingSectors));
            line(Tr::tr("Repairable"), QString::number(d.damagedSectors - d.lostSectors));
            line(Tr::tr("Not repairable"), QString::number(d.lostSectors));
        } else {
            line(Tr::tr("Method"), Tr::tr("none (no error-correction data on the disc)"));
        }
    }
    context.out.flush();
    return code;
}

} // namespace Spindle::Cli
