#include "udf/udfstructures.h"

#include <QDateTime>
#include <cstring>

namespace Spindle::Udf {

namespace {

constexpr char Implementation[] = "*Spindle";

// Builds a zeroed descriptor of `length` bytes inside a whole block.
QByteArray block()
{
    return QByteArray(BlockSize, '\0');
}

} // namespace

void put8(char *at, int value)
{
    at[0] = char(value & 0xff);
}

void put16(char *at, int value)
{
    at[0] = char(value & 0xff);
    at[1] = char((value >> 8) & 0xff);
}

void put32(char *at, qint64 value)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((value >> (8 * i)) & 0xff);
}

void put64(char *at, qint64 value)
{
    for (int i = 0; i < 8; ++i)
        at[i] = char((quint64(value) >> (8 * i)) & 0xff);
}

uint16_t crc(const char *data, qint64 length)
{
    uint16_t value = 0;
    for (qint64 i = 0; i < length; ++i) {
        value ^= uint16_t(uint8_t(data[i])) << 8;
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 0x8000) ? uint16_t((value << 1) ^ 0x1021) : uint16_t(value << 1);
    }
    return value;
}

void finishTag(char *descriptor, TagId id, int length, qint64 location)
{
    put16(descriptor, id);
    put16(descriptor + 2, DescriptorVersion);
    put8(descriptor + 5, 0);
    put16(descriptor + 6, 1); // tag serial number: ignored by readers (UDF 2.2.1.1)
    put16(descriptor + 8, crc(descriptor + 16, length - 16));
    put16(descriptor + 10, length - 16);
    put32(descriptor + 12, location);
    int sum = 0;
    for (int i = 0; i < 16; ++i) {
        if (i != 4)
            sum += uint8_t(descriptor[i]);
    }
    put8(descriptor + 4, sum);
}

QByteArray compressedUnicode(const QString &text, int maxBytes)
{
    if (text.isEmpty())
        return {};
    bool wide = false;
    for (QChar c : text)
        wide = wide || c.unicode() > 0xff;
    QByteArray out;
    out.append(char(wide ? 16 : 8));
    for (QChar c : text) {
        const int needed = wide ? 2 : 1;
        if (out.size() + needed > maxBytes)
            break;
        if (wide)
            out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

void putDString(char *at, int size, const QString &text)
{
    std::memset(at, 0, size_t(size));
    const QByteArray bytes = compressedUnicode(text, size - 1);
    if (bytes.isEmpty())
        return;
    std::memcpy(at, bytes.constData(), size_t(bytes.size()));
    put8(at + size - 1, int(bytes.size()));
}

void putCharspec(char *at)
{
    std::memset(at, 0, 64);
    at[0] = 0; // CS0
    std::memcpy(at + 1, "OSTA Compressed Unicode", 23);
}

void putRegid(char *at, const char *identifier, const QByteArray &suffix)
{
    std::memset(at, 0, 32);
    std::memcpy(at + 1, identifier, std::min<size_t>(23, std::strlen(identifier)));
    std::memcpy(at + 24, suffix.constData(), size_t(std::min<qsizetype>(8, suffix.size())));
}

QByteArray domainSuffix()
{
    QByteArray s(8, '\0');
    put16(s.data(), UdfRevision);
    // Hard and soft write protect: the image is read-only media (UDF 2.1.5.3).
    put8(s.data() + 2, 0x03);
    return s;
}

QByteArray udfSuffix()
{
    QByteArray s(8, '\0');
    put16(s.data(), UdfRevision);
    return s; // OS class 0 (undefined) and identifier 0 follow
}

QByteArray implementationSuffix()
{
    return QByteArray(8, '\0');
}

void putImplementationId(char *at)
{
    putRegid(at, Implementation, implementationSuffix());
}

void putTimestamp(char *at, qint64 secondsSinceEpoch)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    put16(at, 0x1000); // type 1 (local time), offset 0 minutes: UTC
    put16(at + 2, d.year());
    put8(at + 4, d.month());
    put8(at + 5, d.day());
    put8(at + 6, h.hour());
    put8(at + 7, h.minute());
    put8(at + 8, h.second());
    put8(at + 9, 0);
    put8(at + 10, 0);
    put8(at + 11, 0);
}

void putExtent(char *at, qint64 lengthBytes, qint64 location)
{
    put32(at, lengthBytes);
    put32(at + 4, location);
}

void putLongAd(char *at, qint64 lengthBytes, qint64 block)
{
    std::memset(at, 0, 16);
    put32(at, lengthBytes);
    put32(at + 4, block);
    put16(at + 8, 0);
}

void putShortAd(char *at, qint64 lengthBytes, qint64 block)
{
    put32(at, lengthBytes); // top two bits 0: recorded and allocated
    put32(at + 4, block);
}

QByteArray volumeStructureDescriptor(const char *identifier)
{
    QByteArray s = block();
    s[0] = 0;
    std::memcpy(s.data() + 1, identifier, 5);
    s[6] = 1;
    return s;
}

namespace {

// ECMA-167 3/10.1 with UDF 2.2.2.
void primaryVolume(char *d, const VolumeInfo &info, qint64 sector)
{
    put32(d + 16, 0); // volume descriptor sequence number
    put32(d + 20, 0); // primary volume descriptor number
    putDString(d + 24, 32, info.label);
    put16(d + 56, 1); // volume sequence number
    put16(d + 58, 1); // maximum volume sequence number
    put16(d + 60, 2); // interchange level 2: a single volume (UDF 2.2.2.1)
    put16(d + 62, 2);
    put32(d + 64, 1); // character set list: CS0 only
    put32(d + 68, 1);
    putDString(d + 72, 128, info.volumeSetId);
    putCharspec(d + 200);
    putCharspec(d + 264);
    putRegid(d + 344, Implementation, implementationSuffix()); // application
    putTimestamp(d + 376, info.recorded);
    putImplementationId(d + 388);
    finishTag(d, PrimaryVolume, 512, sector);
}

// ECMA-167 3/10.4 with the UDF "*UDF LV Info" implementation use (UDF 2.2.7).
void implementationUse(char *d, const VolumeInfo &info, qint64 sector)
{
    put32(d + 16, 1);
    putRegid(d + 20, "*UDF LV Info", udfSuffix());
    char *lvInfo = d + 52;
    putCharspec(lvInfo);
    putDString(lvInfo + 64, 128, info.label);
    // LVInfo1..3 (owner, organisation, contact) stay empty.
    putImplementationId(lvInfo + 64 + 128 + 3 * 36);
    finishTag(d, ImplementationUseVolume, 512, sector);
}

// ECMA-167 3/10.5 with UDF 2.2.12: one read-only partition, no space tables.
void partition(char *d, const VolumeInfo &info, qint64 sector)
{
    put32(d + 16, 2);
    put16(d + 20, 1); // allocated
    put16(d + 22, 0); // partition number
    putRegid(d + 24, "+NSR02");
    put32(d + 184, 1); // access type: read-only
    put32(d + 188, info.partitionStart);
    put32(d + 192, info.partitionBlocks);
    putImplementationId(d + 196);
    finishTag(d, PartitionTag, 512, sector);
}

// ECMA-167 3/10.6 with UDF 2.2.4: one type 1 partition map, the file set at block 0.
void logicalVolume(char *d, const VolumeInfo &info, qint64 sector)
{
    put32(d + 16, 3);
    putCharspec(d + 20);
    putDString(d + 84, 128, info.label);
    put32(d + 212, BlockSize);
    putRegid(d + 216, "*OSTA UDF Compliant", domainSuffix());
    putLongAd(d + 248, BlockSize, 0);
    put32(d + 264, 6); // map table length
    put32(d + 268, 1); // number of partition maps
    putImplementationId(d + 272);
    putExtent(d + 432, 2 * BlockSize, info.integritySector);
    put8(d + 440, 1); // type 1 partition map (ECMA-167 3/10.7.2)
    put8(d + 441, 6);
    put16(d + 442, 1); // volume sequence number
    put16(d + 444, 0); // partition number
    finishTag(d, LogicalVolume, 446, sector);
}

void unallocatedSpace(char *d, qint64 sector)
{
    put32(d + 16, 4);
    put32(d + 20, 0); // no allocation descriptors: nothing is free on read-only media
    finishTag(d, UnallocatedSpace, 24, sector);
}

void terminating(char *d, qint64 location)
{
    finishTag(d, Terminating, 512, location);
}

} // namespace

QByteArray volumeDescriptorSequence(const VolumeInfo &info, qint64 firstSector)
{
    QByteArray out(6 * BlockSize, '\0');
    char *d = out.data();
    primaryVolume(d, info, firstSector);
    implementationUse(d + BlockSize, info, firstSector + 1);
    partition(d + 2 * BlockSize, info, firstSector + 2);
    logicalVolume(d + 3 * BlockSize, info, firstSector + 3);
    unallocatedSpace(d + 4 * BlockSize, firstSector + 4);
    terminating(d + 5 * BlockSize, firstSector + 5);
    return out;
}

QByteArray integritySequence(const VolumeInfo &info)
{
    QByteArray out(2 * BlockSize, '\0');
    char *d = out.data();
    // ECMA-167 3/10.10 with UDF 2.2.6.
    putTimestamp(d + 16, info.recorded);
    put32(d + 28, 1);                 // close integrity descriptor
    put64(d + 40, info.nextUniqueId); // logical volume header descriptor (4/14.15)
    put32(d + 72, 1);                 // number of partitions
    put32(d + 76, 46);                // length of implementation use
    put32(d + 80, 0);                 // free space table: none free
    put32(d + 84, info.partitionBlocks);
    char *use = d + 88; // UDF 2.2.6.4
    putImplementationId(use);
    put32(use + 32, info.files);
    put32(use + 36, info.directories);
    put16(use + 40, UdfRevision); // minimum read revision
    put16(use + 42, UdfRevision); // minimum write revision
    put16(use + 44, UdfRevision); // maximum write revision
    finishTag(d, LogicalVolumeIntegrity, 88 + 46, info.integritySector);
    terminating(d + BlockSize, info.integritySector + 1);
    return out;
}

QByteArray anchor(qint64 sector, qint64 mainSector, qint64 reserveSector)
{
    QByteArray out = block();
    // Both sequence extents are 16 sectors, the minimum of UDF 2.2.3.
    putExtent(out.data() + 16, 16 * BlockSize, mainSector);
    putExtent(out.data() + 24, 16 * BlockSize, reserveSector);
    finishTag(out.data(), AnchorPointer, 512, sector);
    return out;
}

QByteArray fileSetSequence(const VolumeInfo &info)
{
    QByteArray out(2 * BlockSize, '\0');
    char *d = out.data();
    putTimestamp(d + 16, info.recorded);
    put16(d + 28, 3); // interchange level 3 (UDF 2.3.2.1)
    put16(d + 30, 3);
    put32(d + 32, 1);
    put32(d + 36, 1);
    put32(d + 40, 0); // file set number
    put32(d + 44, 0); // file set descriptor number
    putCharspec(d + 48);
    putDString(d + 112, 128, info.label);
    putCharspec(d + 240);
    putDString(d + 304, 32, info.label);
    putLongAd(d + 400, BlockSize, info.rootBlock);
    putRegid(d + 416, "*OSTA UDF Compliant", domainSuffix());
    finishTag(d, FileSet, 512, 0);
    terminating(d + BlockSize, 1);
    return out;
}

QByteArray fileEntry(const FileEntryInfo &info, qint64 blockNumber)
{
    QByteArray out = block();
    char *d = out.data();
    // ICB tag (ECMA-167 4/14.6): strategy 4, one entry, short_ad (flags bits 0-2 = 0).
    put16(d + 16 + 4, 4);
    put16(d + 16 + 8, 1);
    put8(d + 16 + 11, info.directory ? 4 : 5);
    put16(d + 16 + 18, 0);
    put32(d + 36, -1); // uid and gid not recorded (UDF 3.3.3.1/2)
    put32(d + 40, -1);
    // Read (and for folders search) for owner, group and others (ECMA-167 4/14.9.5).
    const int perClass = info.directory ? 0x05 : 0x04;
    put32(d + 44, perClass | (perClass << 5) | (perClass << 10));
    put16(d + 48, info.linkCount);
    put64(d + 56, info.length);
    put64(d + 64, (info.length + BlockSize - 1) / BlockSize);
    putTimestamp(d + 72, info.mtime);
    putTimestamp(d + 84, info.mtime);
    putTimestamp(d + 96, info.mtime);
    put32(d + 108, 1); // checkpoint
    putImplementationId(d + 128);
    put64(d + 160, info.uniqueId);
    put32(d + 168, 0); // no extended attributes
    int ads = 0;
    qint64 left = info.length;
    qint64 at = info.firstBlock;
    while (left > 0) {
        const qint64 piece = std::min(left, MaxShortExtent);
        putShortAd(d + 176 + 8 * ads, piece, at);
        ++ads;
        left -= piece;
        at += piece / BlockSize;
    }
    put32(d + 172, 8 * ads);
    finishTag(d, FileEntryTag, 176 + 8 * ads, blockNumber);
    return out;
}

int fileIdentifierLength(int nameBytes)
{
    return (38 + nameBytes + 3) / 4 * 4;
}

void appendFileIdentifier(QByteArray &out, qint64 firstBlock, const QByteArray &name,
                          bool directory, bool parent, qint64 entryBlock)
{
    const int length = fileIdentifierLength(int(name.size()));
    const qsizetype start = out.size();
    out.append(QByteArray(length, '\0'));
    char *d = out.data() + start;
    put16(d + 16, 1); // file version number
    put8(d + 18, (directory ? 0x02 : 0) | (parent ? 0x08 : 0));
    put8(d + 19, int(name.size()));
    putLongAd(d + 20, BlockSize, entryBlock);
    put16(d + 36, 0); // no implementation use
    std::memcpy(d + 38, name.constData(), size_t(name.size()));
    // The tag names the block where the descriptor starts (ECMA-167 4/7.2.7).
    finishTag(d, FileIdentifier, length, firstBlock + start / BlockSize);
}

} // namespace Spindle::Udf
