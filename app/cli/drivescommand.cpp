#include "drivescommand.h"

#include "device/drivecontents.h"
#include "device/drivescanner.h"
#include "exitcodes.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>
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

QString DrivesCommand::summary() const
{
    return Tr::tr("List optical drives, and the virtual drives given with --drive.");
}

void DrivesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON instead of text.")});
    parser.addOption({QStringLiteral("drive"),
                      Tr::tr("Also list this virtual drive (stdio:FILE). May be repeated."),
                      Tr::tr("DRIVE")});
}

int DrivesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const DriveScanResult scan = DriveScanner::scan();
    QList<DriveInfo> drives = scan.drives;
    for (const QString &address : parser.values(QStringLiteral("drive"))) {
        if (!isVirtualAddress(address) && address.startsWith(QLatin1String("/dev/")))
            continue; // real drives come from the scan
        drives << DriveScanner::describeVirtual(address);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DriveInfo &d : std::as_const(drives)) {
            QJsonObject drive = toJson(d);
            drive.insert(QStringLiteral("contents"), describeDriveContents(d.address, {}));
            list.append(drive);
        }
        QJsonObject root{{QStringLiteral("drives"), list}};
        if (!scan.problem.isEmpty())
            root.insert(QStringLiteral("problem"), scan.problem);
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitSuccess;
    }

    for (const DriveInfo &d : std::as_const(drives)) {
        context.out << d.address << QLatin1Char('\n');
        if (d.isVirtual) {
            context.out << QStringLiteral("    ")
                        << Tr::tr("virtual drive (a file that acts as a disc)")
                        << QLatin1Char('\n');
        } else {
            context.out
                << QStringLiteral("    ")
                << QStringLiteral("%1 %2 %3").arg(d.vendor, d.model, d.revision).simplified()
                << QLatin1Char('\n');
            context.out << QStringLiteral("    ")
                        << Tr::tr("reads: %1").arg(d.readableMedia.join(QStringLiteral(", ")))
                        << QLatin1Char('\n');
            context.out << QStringLiteral("    ")
                        << Tr::tr("writes: %1")
                               .arg(d.writableMedia.isEmpty()
                                        ? Tr::tr("nothing")
                                        : d.writableMedia.join(QStringLiteral(", ")))
                        << QLatin1Char('\n');
        }
        if (const QString contents = describeDriveContents(d.address, {}); !contents.isEmpty())
            context.out << QStringLiteral("    ") << Tr::tr("medium: %1").arg(contents)
                        << QLatin1Char('\n');
    }
    context.out.flush();
    if (!scan.problem.isEmpty()) {
        context.err << scan.problem << QLatin1Char('\n');
        context.err.flush();
    }
    return ExitSuccess;
}

} // namespace Spindle::Cli
