#include "infocommand.h"

#include "base/format.h"
#include "device/imagemediainfo.h"
#include "device/mediainfo.h"
#include "exitcodes.h"
#include "jobcommand.h"
#include "jsonexport.h"
#include "terminaltext.h"
#include "treeloading.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}
} // namespace

QString InfoCommand::summary() const
{
    return Tr::tr("Show the medium in a drive, or an image file: kind, status, capacity, sessions "
                  "and file system.");
}

QString InfoCommand::epilog() const
{
    return Tr::tr("DRIVE is a device such as /dev/sr0, or stdio:FILE for a virtual drive (a file\n"
                  "that acts as a disc). KIND makes a virtual drive act as a given medium:\n"
                  "  %1\n"
                  "or a size such as 700M or 4.7G (decimal units; 700MiB for binary ones).")
        .arg(MediumKind::knownKeys().join(QStringLiteral(", ")));
}

void InfoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("[IMAGE]"),
                                 Tr::tr("An image file to look at instead of a drive."));
    parser.addOption({QStringLiteral("drive"), Tr::tr("The drive to look at."), Tr::tr("DRIVE")});
    parser.addOption(JobCommand::mediumOption());
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON instead of text.")});
}

int InfoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const auto problem = unexpectedArgument(parser.positionalArguments(), 1))
        return usageError(context, *problem, name());
    const QString drive = parser.value(QStringLiteral("drive"));
    const QString image = parser.positionalArguments().value(0);
    if (drive.isEmpty() == image.isEmpty())
        return usageError(context, Tr::tr("Give either --drive DRIVE or an IMAGE file."), name());
    MediumKind medium;
    if (const auto problem = JobCommand::readMedium(parser, &medium))
        return usageError(context, *problem, name());

    const auto info = image.isEmpty() ? queryMediaInfo(drive, medium) : imageMediaInfo(image);
    if (!info) {
        printError(context, info.error().message, info.error().detail);
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(
            QJsonDocument(toJson(info.value())).toJson(QJsonDocument::Indented));
    } else {
        printText(info.value(), context.out);
    }
    context.out.flush();
    return ExitSuccess;
}

void InfoCommand::printText(const MediaInfo &info, QTextStream &out)
{
    const QLocale locale;
    // Values such as the label come from the disc: escaped, they cannot forge lines.
    auto line = [&out](const QString &key, const QString &value) {
        out << QStringLiteral("%1 %2\n")
                   .arg(key + QLatin1Char(':'), -16)
                   .arg(escapeControlCharacters(value));
    };
    line(info.isImageFile ? Tr::tr("Image") : Tr::tr("Drive"), info.driveAddress);
    line(Tr::tr("Medium"), info.profileName.isEmpty() ? Tr::tr("none") : info.profileName);
    line(Tr::tr("Status"), mediumStatusText(info.status));
    if (info.status == MediumStatus::NoMedium) {
        return;
    }
    if (info.isImageFile) {
        // A file has a size; writing, erasing and free space are a disc's.
        if (info.usedBytes > 0)
            line(Tr::tr("Size"), QStringLiteral("%1 (%2)").arg(formatBytes(info.usedBytes),
                                                               formatBytesExact(info.usedBytes)));
    } else {
        line(Tr::tr("Writable"), yesNo(info.writable));
        const QString blank = blankRewritableText(info);
        line(Tr::tr("Erasable"), blank.isEmpty() ? yesNo(info.erasable) : blank);
        line(Tr::tr("Capacity"),
             QStringLiteral("%1 (%2)").arg(formatBytes(info.capacityBytes),
                                           formatBytesExact(info.capacityBytes)));
        line(Tr::tr("Used"), formatBytes(info.usedBytes));
        line(Tr::tr("Free"), formatBytes(info.freeBytes));
    }
    for (const SessionInfo &s : info.sessions) {
        for (const TrackInfo &t : s.tracks) {
            line(Tr::tr("Session %1").arg(s.number),
                 Tr::tr("track %1, %2, starts at block %3, %4")
                     .arg(t.number)
                     .arg(t.audio ? Tr::tr("audio") : Tr::tr("data"))
                     .arg(t.startLba)
                     .arg(formatBytes(t.sizeBytes)));
        }
    }
    if (!info.writeSpeedsKBps.isEmpty()) {
        QStringList speeds;
        const SpeedBase base = speedBaseForProfile(info.profileId);
        for (int kbps : info.writeSpeedsKBps)
            speeds << formatDriveSpeedX(kbps, base);
        line(Tr::tr("Write speeds"), speeds.join(QStringLiteral(", ")));
    }
    const FilesystemInfo &fs = info.filesystem;
    if (fs.present) {
        line(Tr::tr("Label"), fs.label);
        if (fs.created.isValid())
            line(Tr::tr("Created"), locale.toString(fs.created, QLocale::ShortFormat));
        if (fs.sizeBytes > 0)
            line(Tr::tr("File system"),
                 QStringLiteral("%1 (%2)").arg(formatBytes(fs.sizeBytes),
                                               formatBytesExact(fs.sizeBytes)));
        line(Tr::tr("ISO 9660"), yesNo(fs.iso9660));
        line(Tr::tr("Joliet"), yesNo(fs.joliet));
        line(Tr::tr("Rock Ridge"), yesNo(fs.rockRidge));
        line(Tr::tr("UDF"), yesNo(fs.udf));
        line(Tr::tr("Bootable"), yesNo(fs.elTorito));
        line(Tr::tr("DVD-Video"), yesNo(fs.dvdVideo));
    } else if (info.status != MediumStatus::Blank) {
        line(Tr::tr("File system"), Tr::tr("none recognised"));
    }
    for (const QString &note : info.notes)
        line(Tr::tr("Note"), note);
}

} // namespace Spindle::Cli
