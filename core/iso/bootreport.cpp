#include "iso/bootreport.h"

#include <cstdint>
#include <libisofs/libisofs.h>

namespace Spindle::BootReport {

QStringList systemArea(IsoImage *image)
{
    char **lines = nullptr;
    int count = 0;
    QStringList out;
    if (iso_image_report_system_area(image, &lines, &count, 0) > 0 && lines) {
        for (int i = 0; i < count; ++i)
            out << QString::fromLocal8Bit(lines[i]);
        iso_image_report_system_area(image, &lines, &count, 1 << 15);
    }
    return out;
}

QStringList elTorito(IsoImage *image)
{
    char **lines = nullptr;
    int count = 0;
    QStringList out;
    if (iso_image_report_el_torito(image, &lines, &count, 0) > 0 && lines) {
        for (int i = 0; i < count; ++i)
            out << QString::fromLocal8Bit(lines[i]);
        iso_image_report_el_torito(image, &lines, &count, 1 << 15);
    }
    return out;
}

QStringList fields(const QString &line)
{
    const int colon = line.indexOf(QLatin1Char(':'));
    return line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString key(const QString &line)
{
    return line.left(line.indexOf(QLatin1Char(':'))).trimmed();
}

// Where the ISO file system ends, in 512-byte blocks. With a partition offset (Ubuntu's images)
// libisofs reports the whole image as "ISO image size", appended partitions included; the
// partition that starts at the offset is the file system's.
qint64 fileSystemEnd512(const QStringList &report)
{
    qint64 end = -1, offset = 0;
    QList<QStringList> partitions; // start, blocks
    for (const QString &line : report) {
        const QString k = key(line);
        const QStringList f = fields(line);
        if (k == QLatin1String("ISO image size/512") && !f.isEmpty())
            end = f[0].toLongLong();
        else if (k == QLatin1String("Partition offset") && !f.isEmpty())
            offset = f[0].toLongLong();
        else if (k == QLatin1String("GPT start and size") && f.size() >= 3)
            partitions << f.mid(1, 2);
        else if (k == QLatin1String("MBR partition") && f.size() >= 5)
            partitions << f.mid(3, 2);
    }
    for (const QStringList &p : std::as_const(partitions)) {
        if (offset > 0 && p[0].toLongLong() == offset * 4)
            end = qMin(end, p[0].toLongLong() + p[1].toLongLong());
    }
    return end;
}

// The number under which BootReplay::configureSystemArea() appends the source's partition that
// starts at 512-byte block `start512` after the file system, or 0 when no such partition is
// appended.
int appendedPartitionAt(const QStringList &report, qint64 start512)
{
    const qint64 isoEnd512 = fileSystemEnd512(report);
    bool protectiveMbr = false;
    QHash<int, qint64> mbrStarts, gptStarts;
    for (const QString &line : report) {
        const QString k = key(line);
        const QStringList f = fields(line);
        if (k == QLatin1String("MBR partition") && f.size() >= 5 && f[2] != QLatin1String("0x00"))
            mbrStarts.insert(f[0].toInt(), f[3].toLongLong());
        else if (k == QLatin1String("GPT start and size") && f.size() >= 3)
            gptStarts.insert(f[0].toInt(), f[1].toLongLong());
        if (k == QLatin1String("MBR partition") && f.size() >= 3 && f[2] == QLatin1String("0xee"))
            protectiveMbr = true;
    }
    const QHash<int, qint64> &starts =
        (protectiveMbr && !gptStarts.isEmpty()) ? gptStarts : mbrStarts;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.value() == start512 && start512 >= isoEnd512 && it.key() >= 1 && it.key() <= 4)
            return it.key();
    }
    return 0;
}

QHash<int, qint64> bootImageBlocks(const QStringList &elTorito)
{
    QHash<int, qint64> lbaOf;
    for (const QString &line : elTorito) {
        const QStringList f = fields(line);
        if (key(line) == QLatin1String("El Torito boot img") && f.size() >= 2)
            lbaOf.insert(f[0].toInt(), f.last().toLongLong());
    }
    return lbaOf;
}

} // namespace Spindle::BootReport
