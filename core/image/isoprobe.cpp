#include "image/isoprobe.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstring>

namespace Spindle {

namespace {

constexpr int BlockSize = 2048;
constexpr int MaxDescriptors = 64;
constexpr int MaxRootBlocks = 16;

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

quint16 le16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint16(u[0] | u[1] << 8);
}

// ECMA-119 8.4.26.1: "YYYYMMDDHHMMSScc" digits plus a signed offset in 15-minute units.
QDateTime parseVolumeDate(const char *p)
{
    const QByteArray digits(p, 16);
    if (digits.left(4) == "0000" || digits.trimmed().isEmpty())
        return {};
    bool ok = true;
    auto num = [&](int at, int len) {
        bool good = false;
        const int v = digits.mid(at, len).toInt(&good);
        ok = ok && good;
        return v;
    };
    const QDate date(num(0, 4), num(4, 2), num(6, 2));
    const QTime time(num(8, 2), num(10, 2), num(12, 2), num(14, 2) * 10);
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    const int offsetSeconds = int(static_cast<signed char>(p[16])) * 15 * 60;
    return QDateTime(date, time, QTimeZone(offsetSeconds));
}

// Scans one directory record's System Use area for SUSP/Rock Ridge signatures.
void scanSystemUse(const char *record, int length, bool *susp, bool *rockRidge)
{
    const int idLength = static_cast<unsigned char>(record[32]);
    int at = 33 + idLength + ((idLength % 2 == 0) ? 1 : 0);
    while (at + 4 <= length) {
        const char *entry = record + at;
        const int entryLength = static_cast<unsigned char>(entry[2]);
        if (entryLength < 4 || at + entryLength > length)
            break;
        const QByteArray sig(entry, 2);
        if (sig == "SP" && entryLength >= 7 && static_cast<unsigned char>(entry[4]) == 0xBE &&
            static_cast<unsigned char>(entry[5]) == 0xEF)
            *susp = true;
        else if (sig == "RR" || sig == "PX" || sig == "NM" || sig == "TF" || sig == "ER" ||
                 sig == "SL")
            *rockRidge = true;
        at += entryLength;
    }
}

void probeRootDirectory(const BlockReader &read, const char *rootRecord, FilesystemInfo &info)
{
    const qint64 extent = le32(rootRecord + 2);
    const qint64 size = le32(rootRecord + 10);
    const int blocks = int(qMin<qint64>((size + BlockSize - 1) / BlockSize, MaxRootBlocks));
    if (blocks <= 0)
        return;
    QByteArray dir(blocks * BlockSize, '\0');
    const qint64 got = read(extent, blocks, dir.data());
    if (got < BlockSize)
        return;
    bool susp = false;
    bool rockRidge = false;
    qint64 at = 0;
    while (at < got) {
        const int length = static_cast<unsigned char>(dir[at]);
        if (length == 0) { // records never cross a block boundary: skip to the next block
            at = (at / BlockSize + 1) * BlockSize;
            continue;
        }
        if (length < 34 || at + length > got)
            break;
        const char *record = dir.constData() + at;
        scanSystemUse(record, length, &susp, &rockRidge);
        const bool isDir = record[25] & 0x02;
        const QByteArray name(record + 33, static_cast<unsigned char>(record[32]));
        if (isDir && name.toUpper() == "VIDEO_TS")
            info.dvdVideo = true;
        at += length;
    }
    info.rockRidge = susp && rockRidge;
}

// OSTA UDF dstring: compression id 8 (one byte a character) or 16 (UCS-2 big-endian), the
// used length in the last byte.
QString udfString(const char *field, int fieldLength)
{
    const int used = static_cast<unsigned char>(field[fieldLength - 1]);
    if (used <= 1 || used > fieldLength - 1)
        return {};
    const auto compression = static_cast<unsigned char>(field[0]);
    if (compression == 8)
        return QString::fromLatin1(field + 1, used - 1).trimmed();
    if (compression == 16) {
        QString text;
        for (int i = 1; i + 1 < used; i += 2)
            text += QChar(ushort(static_cast<unsigned char>(field[i]) << 8 |
                                 static_cast<unsigned char>(field[i + 1])));
        return text.trimmed();
    }
    return {};
}

// UDF 1.02 2.2.3: the anchor at block 256 points at the main volume descriptor sequence,
// which holds the partition descriptor (where the file data ends) and the volume name.
void probeUdf(const BlockReader &read, qint64 sessionStart, FilesystemInfo &info)
{
    QByteArray block(BlockSize, '\0');
    if (read(sessionStart + 256, 1, block.data()) < BlockSize || le16(block.constData()) != 2)
        return;
    const qint64 vdsLength = le32(block.constData() + 16);
    const qint64 vdsStart = le32(block.constData() + 20);
    const int blocks = int(qMin<qint64>(vdsLength / BlockSize, 32));
    for (int i = 0; i < blocks; ++i) {
        if (read(vdsStart + i, 1, block.data()) < BlockSize)
            return;
        const char *d = block.constData();
        const quint16 tag = le16(d);
        if (tag == 1 && info.label.isEmpty())
            info.label = udfString(d + 24, 32);
        else if (tag == 5)
            info.udfEndBytes =
                qMax(info.udfEndBytes, (qint64(le32(d + 188)) + le32(d + 192)) * BlockSize);
        else if (tag == 8)
            return;
    }
}

} // namespace

FilesystemInfo probeFilesystem(const BlockReader &read, qint64 sessionStart)
{
    FilesystemInfo info;
    QByteArray block(BlockSize, '\0');
    QByteArray rootRecord;
    for (int i = 0; i < MaxDescriptors; ++i) {
        if (read(sessionStart + 16 + i, 1, block.data()) < BlockSize)
            break;
        const char *d = block.constData();
        const QByteArray id(d + 1, 5);
        const auto type = static_cast<unsigned char>(d[0]);
        if (id == "CD001") {
            if (type == 1 && !info.iso9660) {
                info.iso9660 = true;
                info.label = QString::fromLatin1(d + 40, 32).trimmed();
                const quint16 logicalBlock = le16(d + 128);
                info.sizeBytes = qint64(le32(d + 80)) * (logicalBlock ? logicalBlock : BlockSize);
                info.created = parseVolumeDate(d + 813);
                rootRecord = QByteArray(d + 156, 34);
            } else if (type == 2) {
                const QByteArray escapes(d + 88, 3);
                if (escapes == "%/@" || escapes == "%/C" || escapes == "%/E")
                    info.joliet = true;
            } else if (type == 0) {
                if (QByteArray(d + 7, 23) == "EL TORITO SPECIFICATION")
                    info.elTorito = true;
            }
            continue; // the terminator (255) may be followed by UDF's recognition sequence
        }
        if (id == "BEA01" || id == "TEA01" || id == "BOOT2" || id == "CDW02")
            continue;
        if (id == "NSR02" || id == "NSR03") {
            info.udf = true;
            continue;
        }
        break;
    }
    if (info.udf)
        probeUdf(read, sessionStart, info);
    if (info.iso9660 && !rootRecord.isEmpty())
        probeRootDirectory(read, rootRecord.constData(), info);
    info.present = info.iso9660 || info.udf;
    return info;
}

} // namespace Spindle
