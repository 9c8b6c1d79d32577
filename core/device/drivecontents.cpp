#include "device/drivecontents.h"

#include "device/driveinfo.h"
#include "image/isoprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <fcntl.h>
#include <linux/cdrom.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace Spindle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DriveContents)
};

// A kind and, when the disc has one, its volume label: "DVD-ROM MYDISC".
QString withLabel(const QString &kind, const QString &label)
{
    return label.isEmpty() ? kind : Tr::tr("%1 %2").arg(kind, label);
}

// "dvd+r-dl" -> "DVD+R DL"; a size ("700M") names no kind of disc.
QString kindName(const MediumKind &medium)
{
    if (medium.isPlainFile())
        return Tr::tr("Image");
    if (!medium.key.isEmpty() && medium.key.front().isLetter())
        return medium.key.toUpper().replace(QStringLiteral("-DL"), QStringLiteral(" DL"));
    return Tr::tr("Disc");
}

QString describeVirtual(const QString &address, const MediumKind &medium)
{
    const QString path = virtualPath(address);
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return medium.isPlainFile() ? Tr::tr("New image file")
                                    : Tr::tr("Blank %1").arg(kindName(medium));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const FilesystemInfo fs = probeFilesystem([&file](qint64 lba, int blocks, char *buffer) {
        if (!file.seek(lba * 2048))
            return qint64(-1);
        return file.read(buffer, qint64(blocks) * 2048);
    });
    if (!fs.present)
        return Tr::tr("%1 without a file system").arg(kindName(medium));
    return withLabel(kindName(medium), fs.label);
}

QString describeReal(const QString &device)
{
    const int fd = ::open(QFile::encodeName(device).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return {};
    const int status = ::ioctl(fd, CDROM_DRIVE_STATUS, CDSL_CURRENT);
    struct stat st = {};
    const bool statted = ::fstat(fd, &st) == 0;
    ::close(fd);
    switch (status) {
    case CDS_NO_DISC:
        return Tr::tr("No disc");
    case CDS_TRAY_OPEN:
        return Tr::tr("Tray open");
    case CDS_DRIVE_NOT_READY:
        return Tr::tr("Disc loading");
    case CDS_DISC_OK:
        break;
    default:
        return {};
    }
    // What the desktop's udev rules (cdrom_id) found on the disc, read without opening the
    // drive again.
    if (statted && S_ISBLK(st.st_mode)) {
        QFile udev(
            QStringLiteral("/run/udev/data/b%1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev)));
        if (udev.open(QIODevice::ReadOnly)) {
            const QString text = describeUdevMedia(udev.read(64 * 1024));
            if (!text.isEmpty())
                return text;
        }
    }
    return Tr::tr("Disc inserted");
}

} // namespace

QString describeUdevMedia(const QByteArray &udevData)
{
    // cdrom_id's names, most specific first.
    static const QList<std::pair<const char *, const char *>> kinds{
        {"BD_RE", "BD-RE"},
        {"BD_R", "BD-R"},
        {"BD", "BD-ROM"},
        {"DVD_PLUS_RW_DL", "DVD+RW DL"},
        {"DVD_PLUS_R_DL", "DVD+R DL"},
        {"DVD_PLUS_RW", "DVD+RW"},
        {"DVD_PLUS_R", "DVD+R"},
        {"DVD_RW_DL", "DVD-RW DL"},
        {"DVD_R_DL", "DVD-R DL"},
        {"DVD_RW", "DVD-RW"},
        {"DVD_RW_RO", "DVD-RW"},
        {"DVD_RW_SEQ", "DVD-RW"},
        {"DVD_RAM", "DVD-RAM"},
        {"DVD_R", "DVD-R"},
        {"DVD", "DVD-ROM"},
        {"CD_RW", "CD-RW"},
        {"CD_R", "CD-R"},
        {"CD", "CD-ROM"},
    };
    QHash<QByteArray, QByteArray> properties;
    for (const QByteArray &line : udevData.split('\n')) {
        if (!line.startsWith("E:"))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals > 2)
            properties.insert(line.mid(2, equals - 2), line.mid(equals + 1).trimmed());
    }
    if (properties.value("ID_CDROM_MEDIA") != "1")
        return {};
    QString kind;
    for (const auto &[suffix, name] : kinds) {
        if (properties.value(QByteArray("ID_CDROM_MEDIA_") + suffix) == "1") {
            kind = QString::fromLatin1(name);
            break;
        }
    }
    if (kind.isEmpty())
        kind = Tr::tr("Disc");
    if (properties.value("ID_CDROM_MEDIA_STATE") == "blank")
        return Tr::tr("Blank %1").arg(kind);
    const bool audio = properties.value("ID_CDROM_MEDIA_TRACK_COUNT_AUDIO").toInt() > 0;
    if (audio && properties.value("ID_CDROM_MEDIA_TRACK_COUNT_DATA").toInt() == 0)
        return Tr::tr("Audio CD");
    // Labels come from the disc: control characters would forge lines in a list.
    QString label = QString::fromUtf8(properties.value("ID_FS_LABEL")).simplified();
    label.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    return withLabel(kind, label);
}

QString describeDriveContents(const QString &address, const MediumKind &medium)
{
    return isVirtualAddress(address) ? describeVirtual(address, medium) : describeReal(address);
}

} // namespace Spindle
