#include "udf/iso9660structures.h"

#include <QDateTime>
#include <cstring>

namespace Spindle::Iso9660 {

namespace {

void putLittle16(char *at, int value)
{
    at[0] = char(value & 0xff);
    at[1] = char((value >> 8) & 0xff);
}

void putLittle32(char *at, qint64 value)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((value >> (8 * i)) & 0xff);
}

void putBigEndian16(char *at, int value)
{
    at[0] = char((value >> 8) & 0xff);
    at[1] = char(value & 0xff);
}

// d-characters (ECMA-119 7.4.1): A-Z, 0-9 and '_'; anything else becomes '_'.
QByteArray dCharacters(const QString &text, int maxLength)
{
    QByteArray out;
    for (QChar c : text.toUpper()) {
        if (out.size() == maxLength)
            break;
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        out.append(ok ? char(u) : '_');
    }
    return out;
}

// Copies `text` into a fixed field padded with spaces (a- and d-character fields, 8.4).
void putPadded(char *at, int size, const QByteArray &text)
{
    std::memset(at, ' ', size_t(size));
    std::memcpy(at, text.constData(), size_t(std::min<qsizetype>(size, text.size())));
}

// The 17-byte date of volume descriptors (ECMA-119 8.4.26.1), in UTC.
void putLongDate(char *at, qint64 seconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QByteArray text = t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "00";
    std::memcpy(at, text.constData(), 16);
    at[16] = 0;
}

} // namespace

void putBoth16(char *at, int value)
{
    putLittle16(at, value);
    putBigEndian16(at + 2, value);
}

void putBoth32(char *at, qint64 value)
{
    putLittle32(at, value);
    putBigEndian32(at + 4, value);
}

void putBigEndian32(char *at, qint64 value)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((value >> (8 * (3 - i))) & 0xff);
}

QByteArray level1Name(const QString &name, bool directory, int attempt)
{
    QString base = name;
    QString extension;
    if (!directory) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot > 0) {
            base = name.left(dot);
            extension = name.mid(dot + 1);
        }
    }
    QByteArray stem = dCharacters(base, 8);
    if (stem.isEmpty())
        stem = "_";
    if (attempt > 0) {
        const QByteArray number = QByteArray::number(attempt);
        stem = stem.left(8 - number.size()) + number;
    }
    if (directory)
        return stem;
    return stem + '.' + dCharacters(extension, 3) + ";1";
}

QByteArray volumeIdentifier(const QString &label)
{
    return dCharacters(label, 32);
}

int directoryRecordLength(int idLength)
{
    const int length = 33 + idLength;
    return length + (length % 2);
}

void putDirectoryRecord(char *at, const DirectoryRecord &record)
{
    const int length = directoryRecordLength(int(record.id.size()));
    std::memset(at, 0, size_t(length));
    at[0] = char(length);
    putBoth32(at + 2, record.sector);
    putBoth32(at + 10, record.length);
    // Recording date (9.1.5): years since 1900 ... seconds, then the offset from GMT.
    const QDateTime t = QDateTime::fromSecsSinceEpoch(record.mtime, Qt::UTC);
    at[18] = char(std::clamp(t.date().year() - 1900, 0, 255));
    at[19] = char(t.date().month());
    at[20] = char(t.date().day());
    at[21] = char(t.time().hour());
    at[22] = char(t.time().minute());
    at[23] = char(t.time().second());
    at[24] = 0;
    at[25] = char((record.directory ? 0x02 : 0) | (record.moreSections ? 0x80 : 0));
    putBoth16(at + 28, 1); // volume sequence number
    at[32] = char(record.id.size());
    std::memcpy(at + 33, record.id.constData(), size_t(record.id.size()));
}

int pathTableRecordLength(int idLength)
{
    return 8 + idLength + (idLength % 2);
}

void putPathTableRecord(char *at, const QByteArray &id, qint64 sector, int parent, bool bigEndian)
{
    std::memset(at, 0, size_t(pathTableRecordLength(int(id.size()))));
    at[0] = char(id.size());
    if (bigEndian) {
        putBigEndian32(at + 2, sector);
        putBigEndian16(at + 6, parent);
    } else {
        putLittle32(at + 2, sector);
        putLittle16(at + 6, parent);
    }
    std::memcpy(at + 8, id.constData(), size_t(id.size()));
}

QByteArray volumeDescriptors(const VolumeInfo &info)
{
    QByteArray out(2 * SectorSize, '\0');
    char *d = out.data();
    d[0] = 1; // primary volume descriptor
    std::memcpy(d + 1, "CD001", 5);
    d[6] = 1;
    putPadded(d + 8, 32, {});
    putPadded(d + 40, 32, info.volumeId);
    putBoth32(d + 80, info.sectors);
    putBoth16(d + 120, 1); // volume set size
    putBoth16(d + 124, 1); // volume sequence number
    putBoth16(d + 128, SectorSize);
    putBoth32(d + 132, info.pathTableBytes);
    putLittle32(d + 140, info.pathTableL);
    putBigEndian32(d + 148, info.pathTableM);
    putDirectoryRecord(d + 156, info.root);
    putPadded(d + 190, 128, {});                    // volume set
    putPadded(d + 318, 128, {});                    // publisher
    putPadded(d + 446, 128, {});                    // data preparer
    putPadded(d + 574, 128, QByteArray("SPINDLE")); // application
    putPadded(d + 702, 37, {});
    putPadded(d + 739, 37, {});
    putPadded(d + 776, 37, {});
    putLongDate(d + 813, info.created);
    putLongDate(d + 830, info.created);
    std::memset(d + 847, '0', 16); // no expiration date
    std::memset(d + 864, '0', 16); // effective at once
    d[881] = 1;                    // file structure version

    char *t = d + SectorSize; // volume descriptor set terminator
    t[0] = char(255);
    std::memcpy(t + 1, "CD001", 5);
    t[6] = 1;
    return out;
}

} // namespace Spindle::Iso9660
