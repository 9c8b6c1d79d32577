#include "device/mediainfo.h"

#include "device/driveinfo.h"
#include "device/grabbeddrive.h"

#include <cstdint>
#include <libburn/libburn.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaInfo)
};

BlockReader readerFor(const GrabbedDrive &drive)
{
    return [&drive](qint64 lba, int blocks, char *buffer) {
        return qMax<qint64>(0, drive.readBlocks(lba, blocks, buffer));
    };
}

// libburn reports every stdio file as blank (it does not look at content), so a virtual
// drive's state comes from the file itself and the emulated medium.
void fillVirtual(const GrabbedDrive &drive, MediaInfo &info)
{
    const MediumKind &medium = drive.medium();
    const QFileInfo file(drive.virtualPath());
    info.profileName =
        medium.profileName.isEmpty() ? QStringLiteral("stdio file") : medium.profileName;
    info.profileId = medium.profileId;
    info.usedBytes = file.exists() ? file.size() : 0;
    info.status = info.usedBytes > 0 ? MediumStatus::Closed : MediumStatus::Blank;
    const bool fileWritable = isWritableFile(file);
    // As with a real disc (fillReal): a written write-once or sequential medium is closed and
    // takes nothing more until erased; an overwritable one (DVD+RW, BD-RE, a plain file) is
    // written over in place. The file's permissions limit both.
    info.writable = fileWritable && (info.status == MediumStatus::Blank || medium.overwritable);
    info.erasable = medium.erasable && fileWritable && info.usedBytes > 0;
    info.rewritable = medium.erasable;

    const qint64 fsFree = QStorageInfo(file.absolutePath()).bytesAvailable();
    const qint64 room = fsFree + info.usedBytes; // writing replaces the file's old content
    info.capacityBytes = medium.capacityBytes > 0 ? medium.capacityBytes : room;
    info.freeBytes = info.writable ? qMin(info.capacityBytes, room) : 0;
    if (info.usedBytes > 0) {
        SessionInfo session;
        session.number = 1;
        session.tracks << TrackInfo{1, 0, info.usedBytes, false};
        info.sessions << session;
    }
    if (!file.exists())
        info.notes << Tr::tr("The file does not exist yet: the virtual disc is blank.");
    else if (!fileWritable)
        info.notes << Tr::tr("The file is read-only: this virtual disc can be read but not written "
                             "or erased.");
    if (medium.capacityBytes > 0 && fsFree + info.usedBytes < medium.capacityBytes)
        info.notes << Tr::tr(
            "The folder's file system has less free space than the emulated medium "
            "holds; free space is limited to what the file system offers.");
    if (medium.capacityBytes > 0 && info.usedBytes > medium.capacityBytes)
        info.notes << Tr::tr("The file is larger than the emulated medium could hold.");
}

MediumStatus mapStatus(burn::burn_disc_status status)
{
    switch (status) {
    case burn::BURN_DISC_BLANK:
        return MediumStatus::Blank;
    case burn::BURN_DISC_APPENDABLE:
        return MediumStatus::Appendable;
    case burn::BURN_DISC_FULL:
        return MediumStatus::Closed;
    case burn::BURN_DISC_UNSUITABLE:
        return MediumStatus::Unsuitable;
    default:
        return MediumStatus::NoMedium;
    }
}

void fillReal(const GrabbedDrive &drive, MediaInfo &info)
{
    burn::burn_drive *d = drive.drive();
    info.status = mapStatus(burn::burn_disc_get_status(d));
    if (info.status == MediumStatus::NoMedium)
        return;
    char name[80] = {};
    int profile = 0;
    burn::burn_disc_get_profile(d, &profile, name);
    info.profileId = profile;
    info.profileName = QString::fromLatin1(name);
    info.erasable = burn::burn_disc_erasable(d) == 1;
    const bool overwritable =
        profile == 0x12 || profile == 0x13 || profile == 0x1a || profile == 0x2a || profile == 0x43;
    info.rewritable = overwritable || profile == 0x0a || profile == 0x14;
    info.writable = info.status == MediumStatus::Blank || info.status == MediumStatus::Appendable ||
                    overwritable;

    if (burn::burn_disc *disc = burn::burn_drive_get_disc(d)) {
        int sessionCount = 0;
        burn::burn_session **sessions = burn::burn_disc_get_sessions(disc, &sessionCount);
        for (int s = 0; s < sessionCount; ++s) {
            SessionInfo session;
            session.number = s + 1;
            int trackCount = 0;
            burn::burn_track **tracks = burn::burn_session_get_tracks(sessions[s], &trackCount);
            for (int t = 0; t < trackCount; ++t) {
                burn::burn_toc_entry entry{};
                burn::burn_track_get_entry(tracks[t], &entry);
                TrackInfo track;
                track.number = entry.point;
                track.startLba = entry.start_lba;
                track.sizeBytes = qint64(entry.track_blocks) * 2048;
                track.audio = !(entry.control & 4); // Q sub-channel control bit 2: data track
                session.tracks << track;
                info.usedBytes = qMax(info.usedBytes, (track.startLba * 2048) + track.sizeBytes);
            }
            info.sessions << session;
        }
        burn::burn_disc_free(disc);
    }

    burn::burn_write_opts *opts = burn::burn_write_opts_new(d);
    const qint64 available = burn::burn_disc_available_space(d, opts);
    burn::burn_write_opts_free(opts);
    if (info.status == MediumStatus::Blank || info.status == MediumStatus::Appendable) {
        info.freeBytes = available;
        info.capacityBytes = available + info.usedBytes;
    } else {
        int blocks = 0;
        if (burn::burn_get_read_capacity(d, &blocks, 0) > 0)
            info.capacityBytes = qint64(blocks) * 2048;
        info.freeBytes = overwritable ? info.capacityBytes : 0;
    }

    burn::burn_speed_descriptor *list = nullptr;
    if (burn::burn_drive_get_speedlist(d, &list) > 0) {
        for (auto *item = list; item; item = item->next) {
            if (item->write_speed > 0 && !info.writeSpeedsKBps.contains(item->write_speed))
                info.writeSpeedsKBps << item->write_speed;
        }
        burn::burn_drive_free_speedlist(&list);
    }
    std::sort(info.writeSpeedsKBps.begin(), info.writeSpeedsKBps.end(), std::greater<>());
}

} // namespace

QString mediumStatusName(MediumStatus status)
{
    switch (status) {
    case MediumStatus::NoMedium:
        return QStringLiteral("no-medium");
    case MediumStatus::Blank:
        return QStringLiteral("blank");
    case MediumStatus::Appendable:
        return QStringLiteral("appendable");
    case MediumStatus::Closed:
        return QStringLiteral("closed");
    case MediumStatus::Unsuitable:
        return QStringLiteral("unsuitable");
    }
    return {};
}

QString mediumStatusText(MediumStatus status)
{
    switch (status) {
    case MediumStatus::NoMedium:
        return Tr::tr("No disc");
    case MediumStatus::Blank:
        return Tr::tr("Blank");
    case MediumStatus::Appendable:
        return Tr::tr("Written, more can be added");
    case MediumStatus::Closed:
        return Tr::tr("Written and closed");
    case MediumStatus::Unsuitable:
        return Tr::tr("Unsuitable disc");
    }
    return {};
}

QString blankRewritableText(const MediaInfo &info)
{
    if (info.status != MediumStatus::Blank || !info.rewritable)
        return {};
    // DVD-RAM, DVD-RW restricted overwrite, DVD+RW (DL), BD-RE: what a full erase formats.
    const int p = info.profileId;
    const bool formattable = p == 0x12 || p == 0x13 || p == 0x1a || p == 0x2a || p == 0x43;
    return formattable ? Tr::tr("Blank: nothing to erase; can be formatted")
                       : Tr::tr("Blank: nothing to erase");
}

MediaInfo readMediaInfo(const GrabbedDrive &drive)
{
    MediaInfo info;
    info.driveAddress = drive.address();
    info.isVirtual = drive.isVirtual();
    if (info.isVirtual)
        fillVirtual(drive, info);
    else
        fillReal(drive, info);

    const bool hasData =
        info.status == MediumStatus::Appendable || info.status == MediumStatus::Closed;
    if (hasData) {
        // A multisession disc shows its newest session, so probe from the last data track.
        qint64 start = 0;
        for (const SessionInfo &s : std::as_const(info.sessions)) {
            for (const TrackInfo &t : s.tracks) {
                if (!t.audio)
                    start = t.startLba;
            }
        }
        info.filesystem = probeFilesystem(readerFor(drive), start);
    }
    return info;
}

Result<MediaInfo> queryMediaInfo(const QString &address, const MediumKind &medium)
{
    auto grabbed = GrabbedDrive::grab(address, medium);
    if (!grabbed)
        return grabbed.error();
    return readMediaInfo(*grabbed.value());
}

} // namespace Spindle
