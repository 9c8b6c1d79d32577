#include "readback/discrs03.h"

#include "device/grabbeddrive.h"
#include "ecc/rs03format.h"
#include "readback/readplan.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// The same context as the rest of MediaInfo's texts (the image file's RS03 note among them).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaInfo)
};
} // namespace

QString DiscRs03Info::describe() const
{
    // Sized for a standard medium (as dvdisaster sizes it), or for the room a burn had.
    const auto medium = eccMediumFromSectorsPerLayer(layout.sectorsPerLayer);
    const QString redundancy = QString::number(layout.redundancyPercent(), 'f', 1);
    QString text = medium ? Tr::tr("The disc carries dvdisaster RS03 error-correction data for a "
                                   "%1: %2 roots, %3% redundancy; any %2 damaged sectors in each "
                                   "group of 255 can be repaired from a copy made in rescue mode.")
                                .arg(eccMediumName(*medium))
                                .arg(layout.nroots)
                                .arg(redundancy)
                          : Tr::tr("The disc carries dvdisaster RS03 error-correction data: %1 "
                                   "roots, %2% redundancy; any %1 damaged sectors in each group "
                                   "of 255 can be repaired from a copy made in rescue mode.")
                                .arg(layout.nroots)
                                .arg(redundancy);
    if (!complete())
        text += QLatin1Char(' ') +
                Tr::tr("The disc ends %n sector(s) before the end of that data, so less can be "
                       "repaired.",
                       nullptr, int(layout.totalSectors() - discEndSector));
    return text;
}

std::optional<DiscRs03Info> inspectRs03Disc(const MediaInfo &media, const GrabbedDrive &drive)
{
    const auto planned = planRead(media, false);
    if (!planned || !mayHoldRs03Data(planned.value()))
        return std::nullopt;
    ReadPlan plan = planned.value();
    QByteArray header(Rs03Header::size, '\0');
    const int blocks = int(Rs03Header::size / 2048);
    if (drive.readBlocks(plan.imageBlocks, blocks, header.data()) != Rs03Header::size)
        return std::nullopt;
    // The checks `read` makes, so that Disc Info promises only what a copy will keep.
    const qint64 recordedEnd = plan.recordedEndBlock;
    if (!extendOverRs03Data(plan, header))
        return std::nullopt;
    Rs03Header::ParseError error = Rs03Header::ParseError::None;
    const auto parsed = Rs03Header::parse(header, &error);
    if (!parsed)
        return std::nullopt;
    DiscRs03Info info;
    info.layout = parsed->layout();
    if (recordedEnd < info.layout.totalSectors())
        info.discEndSector = recordedEnd;
    return info;
}

Result<MediaInfo> queryMediaInfoWithEcc(const QString &address, const MediumKind &medium)
{
    auto grabbed = GrabbedDrive::grab(address, medium);
    if (!grabbed)
        return grabbed.error();
    MediaInfo info = readMediaInfo(*grabbed.value());
    if (info.status == MediumStatus::Closed || info.status == MediumStatus::Appendable) {
        if (const auto ecc = inspectRs03Disc(info, *grabbed.value()))
            info.notes << ecc->describe();
    }
    return info;
}

} // namespace Spindle
