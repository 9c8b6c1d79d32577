#include "readcommand.h"

#include "base/format.h"
#include "ecc/rs03image.h"
#include "exitcodes.h"
#include "jobs/readdiscjob.h"
#include "jobs/repairjob.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject reportJson(const ReadReport &r, const JobResult &result)
{
    QJsonArray bad;
    for (const RescueMap::Range &range : r.unreadable)
        bad.append(
            QJsonObject{{QStringLiteral("pos"), range.pos}, {QStringLiteral("size"), range.size}});
    return QJsonObject{
        {QStringLiteral("result"), toJson(result)},
        {QStringLiteral("output"), r.output},
        {QStringLiteral("imageBytes"), r.imageBytes},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("md5"), r.md5},
        {QStringLiteral("checksumFiles"), QJsonArray::fromStringList(r.checksumFiles)},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
        {QStringLiteral("averageBytesPerSecond"), r.averageBytesPerSecond},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("verified"), r.verified},
        {QStringLiteral("unreadable"), bad},
        {QStringLiteral("damagedFiles"), QJsonArray::fromStringList(r.damagedFiles)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
    };
}
} // namespace

QString ReadCommand::summary() const
{
    return Tr::tr(
        "Copy a disc into an image file, sized to its file system; rescue damaged discs.");
}

QString ReadCommand::epilog() const
{
    return Tr::tr(
        "Without --skip-unreadable the copy stops at the first sector that cannot be read\n"
        "after the retries. With it, unreadable sectors are filled with zeros and recorded\n"
        "in a GNU ddrescue map (OUTPUT.map); running the same command again reads only\n"
        "what is missing. Exit code 3: the image was saved but sectors remain unreadable.\n"
        "A disc that carries dvdisaster RS03 error-correction data is copied with it;\n"
        "--repair then rebuilds the unreadable sectors from it (exit code 0 when all\n"
        "are rebuilt, 3 when some remain lost).");
}

void ReadCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        driveOption(Tr::tr("The drive holding the disc (/dev/sr0 or stdio:FILE).")),
        mediumOption(),
        {QStringLiteral("output"), Tr::tr("The image file to write."), Tr::tr("FILE")},
        {QStringLiteral("speed"), Tr::tr("Read speed: max (default) or a number of ×, e.g. 8."),
         Tr::tr("S")},
        {QStringLiteral("retries"), Tr::tr("Retries for an unreadable sector (default 3)."),
         Tr::tr("N")},
        {QStringLiteral("skip-unreadable"),
         Tr::tr("Rescue mode: fill unreadable sectors with zeros and go on.")},
        {QStringLiteral("map"), Tr::tr("The rescue map file (default OUTPUT.map)."),
         Tr::tr("FILE")},
        {QStringLiteral("repair"),
         Tr::tr("With --skip-unreadable: when the disc carries dvdisaster RS03 error-correction "
                "data, rebuild the sectors it could not read from it after the copy.")},
        {QStringLiteral("checksum"), Tr::tr("sha256 (default), md5, both or none."),
         Tr::tr("KIND")},
        {QStringLiteral("checksum-file"),
         Tr::tr("Also write OUTPUT.sha256 / OUTPUT.md5 (sha256sum format).")},
        {QStringLiteral("verify"), Tr::tr("Read the disc again and compare it with the image.")},
        {QStringLiteral("whole-track"),
         Tr::tr("Copy the whole data track, not just the file system.")},
        {QStringLiteral("force"), Tr::tr("Replace an existing output file.")},
        yesOption(),
        progressOption(),
        {QStringLiteral("json"), Tr::tr("Print the final report as JSON.")},
        verboseOption(),
    });
}

int ReadCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const auto problem = unexpectedArgument(parser.positionalArguments(), 0))
        return usageError(context, *problem, name());
    ReadOptions o;
    o.drive = parser.value(QStringLiteral("drive"));
    o.output = parser.value(QStringLiteral("output"));
    if (o.drive.isEmpty() || o.output.isEmpty())
        return usageError(context, Tr::tr("--drive and --output are required."), name());
    if (const auto problem = readMedium(parser, &o.medium))
        return usageError(context, *problem, name());
    const QString speed = parser.value(QStringLiteral("speed")).toLower().remove(QLatin1Char('x'));
    if (!speed.isEmpty() && speed != QLatin1String("max")) {
        bool ok = false;
        o.speedX = speed.toDouble(&ok);
        if (!ok || o.speedX <= 0)
            return usageError(context, Tr::tr("--speed takes max or a positive number of ×."),
                              name());
    }
    if (parser.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        o.retries = parser.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || o.retries < 0 || o.retries > 100)
            return usageError(context, Tr::tr("--retries takes a number from 0 to 100."), name());
    }
    const QString checksum = parser.value(QStringLiteral("checksum"));
    if (checksum.isEmpty() || checksum == QLatin1String("sha256")) {
        o.sha256 = true;
    } else if (checksum == QLatin1String("md5")) {
        o.sha256 = false;
        o.md5 = true;
    } else if (checksum == QLatin1String("both")) {
        o.md5 = true;
    } else if (checksum == QLatin1String("none")) {
        o.sha256 = false;
    } else {
        return usageError(context, Tr::tr("--checksum takes sha256, md5, both or none."), name());
    }
    o.rescue = parser.isSet(QStringLiteral("skip-unreadable"));
    const bool repair = parser.isSet(QStringLiteral("repair"));
    if (repair && !o.rescue)
        return usageError(context, Tr::tr("--repair needs --skip-unreadable."), name());
    o.mapPath = parser.value(QStringLiteral("map"));
    o.checksumFiles = parser.isSet(QStringLiteral("checksum-file"));
    if (o.checksumFiles && !o.sha256 && !o.md5)
        return usageError(
            context, Tr::tr("--checksum-file needs a checksum (not --checksum none)."), name());
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.wholeTrack = parser.isSet(QStringLiteral("whole-track"));
    o.overwrite = parser.isSet(QStringLiteral("force"));
    ProgressPrinter::Mode mode;
    if (const auto problem = readProgress(parser, context, &mode))
        return usageError(context, *problem, name());

    ReadDiscJob job(o);
    int code = runJob(job, parser, context, mode);
    const ReadReport report = job.report();
    // Sectors the drive could not read, on a disc that carries RS03 data: rebuilt from it, as
    // `spindle-cli repair --map` would, and the map records them as rebuilt.
    std::optional<RepairReport> repaired;
    if (repair && code == ExitDataLoss) {
        const auto ecc = inspectRs03Image(o.output);
        if (ecc && ecc->state == Rs03ImageInfo::State::Augmented) {
            RepairOptions ro;
            ro.imagePath = o.output;
            ro.mapPath = o.effectiveMapPath();
            RepairJob repairJob(ro);
            code = runJob(repairJob, parser, context, mode);
            repaired = repairJob.report();
        } else {
            context.err << Tr::tr("The disc carries no dvdisaster RS03 error-correction data, so "
                                  "the sectors it could not read cannot be rebuilt.")
                        << '\n';
            context.err.flush();
        }
    }
    auto withRepair = [&repaired](QJsonObject object) {
        if (repaired)
            object.insert(QStringLiteral("repair"),
                          QJsonObject{
                              {QStringLiteral("repairedSectors"), repaired->repair.repairedSectors},
                              {QStringLiteral("lostSectors"), repaired->repair.lostSectors},
                              {QStringLiteral("mapRebuiltSectors"), repaired->mapRebuiltSectors},
                          });
        return object;
    };
    if (!printJsonReport(parser, context, mode, withRepair(reportJson(report, job.result()))) &&
        job.result().succeeded()) {
        if (!report.sha256.isEmpty())
            context.out << QStringLiteral("SHA-256: %1\n").arg(report.sha256);
        if (!report.md5.isEmpty())
            context.out << QStringLiteral("MD5:     %1\n").arg(report.md5);
        for (const RescueMap::Range &r : report.unreadable)
            context.out
                << Tr::tr("Unreadable: sectors %1–%2").arg(r.pos / 2048).arg((r.end() / 2048) - 1)
                << '\n';
        for (const QString &file : report.damagedFiles)
            context.out << Tr::tr("Damaged file: %1").arg(file) << '\n';
        if (repaired)
            context.out << Tr::tr("Rebuilt from the error-correction data: %1 sectors; still "
                                  "lost: %2")
                               .arg(repaired->repair.repairedSectors)
                               .arg(repaired->repair.lostSectors)
                        << '\n';
    }
    context.out.flush();
    return code;
}

} // namespace Spindle::Cli
