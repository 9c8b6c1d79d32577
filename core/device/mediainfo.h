#pragma once

#include "base/result.h"
#include "device/mediumkind.h"
#include "image/isoprobe.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Spindle {

class GrabbedDrive;

enum class MediumStatus
{
    NoMedium,
    Blank,
    Appendable,
    Closed,
    Unsuitable
};
QString mediumStatusName(MediumStatus status); // stable, for --json: "blank", "closed", ...
QString mediumStatusText(MediumStatus status); // for people, translated

struct TrackInfo
{
    int number = 0;
    qint64 startLba = 0;
    qint64 sizeBytes = 0;
    bool audio = false;
};

struct SessionInfo
{
    int number = 0;
    QList<TrackInfo> tracks;
};

struct MediaInfo
{
    QString driveAddress;
    bool isVirtual = false;
    bool isImageFile = false; // an image file looked at as a disc (imageMediaInfo), not a drive
    QString profileName;      // "DVD+RW", "CD-R", "stdio file", ...
    int profileId = 0;
    MediumStatus status = MediumStatus::NoMedium;
    bool erasable = false;   // holds data that erasing or formatting can remove
    bool rewritable = false; // a kind of disc that can be used again (CD-RW, DVD±RW, BD-RE)
    bool writable = false;   // false e.g. for a read-only image file or pressed media
    qint64 capacityBytes = 0;
    qint64 freeBytes = 0;
    qint64 usedBytes = 0;
    QList<SessionInfo> sessions;
    QList<int> writeSpeedsKBps; // offered write speeds, fastest first (1000 bytes/s units)
    FilesystemInfo filesystem;
    QStringList notes; // things the user should know ("read-only file: can be read, not written")
};

// For a blank rewritable disc, what its "Erasable" line says instead of a bare "No", which
// reads as "this disc cannot be reused": that there is nothing to erase, and whether Spindle
// can format it. Empty for any other disc.
QString blankRewritableText(const MediaInfo &info);

// Reads everything MediaInfo holds from a grabbed drive.
MediaInfo readMediaInfo(const GrabbedDrive &drive);
// Grabs, reads, releases. The usual entry point for `info` and the Disc info page.
Result<MediaInfo> queryMediaInfo(const QString &address, const MediumKind &medium = {});

} // namespace Spindle

Q_DECLARE_METATYPE(Spindle::MediaInfo)
