#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cstdint>

// Byte-level encoders for the UDF 1.02 structures Spindle writes (ECMA-167 3rd edition as
// profiled by OSTA UDF 1.02). Every function writes little-endian fields into a caller-owned
// buffer; layout decisions (which sector holds what) live in UdfBridgeLayout.
namespace Spindle::Udf {

constexpr int BlockSize = 2048;
// UDF 1.02 is NSR02: descriptor tags carry version 2 (ECMA-167 3/7.2.2, UDF 2.2.1.2).
constexpr uint16_t DescriptorVersion = 2;
constexpr uint16_t UdfRevision = 0x0102;
// short_ad extent lengths are 30 bits (ECMA-167 4/14.14.1); the largest whole-block length.
constexpr qint64 MaxShortExtent = 0x3FFFF800;

// Tag identifiers (ECMA-167 3/7.2.1 and 4/7.2.1).
enum TagId : uint16_t
{
    PrimaryVolume = 1,
    AnchorPointer = 2,
    ImplementationUseVolume = 4,
    PartitionTag = 5,
    LogicalVolume = 6,
    UnallocatedSpace = 7,
    Terminating = 8,
    LogicalVolumeIntegrity = 9,
    FileSet = 256,
    FileIdentifier = 257,
    FileEntryTag = 261,
};

void put8(char *at, int value);
void put16(char *at, int value);
void put32(char *at, qint64 value);
void put64(char *at, qint64 value);

// CRC-ITU-T (polynomial 0x1021, initial value 0, no reflection) as ECMA-167 3/7.2.6 requires.
uint16_t crc(const char *data, qint64 length);

// Fills the 16-byte descriptor tag at `descriptor` (ECMA-167 3/7.2): the CRC covers the
// `length - 16` bytes after the tag, the checksum the tag's own bytes. Call after the body is
// complete. `location` is the sector (volume structures) or logical block (file structures)
// that holds the descriptor.
void finishTag(char *descriptor, TagId id, int length, qint64 location);

// OSTA compressed unicode (UDF 2.1.1): compression id 8 when every character fits in 8 bits,
// else 16 (big-endian UTF-16); the id byte first. Truncated to at most `maxBytes`.
QByteArray compressedUnicode(const QString &text, int maxBytes = 255);
// A d-string field of `size` bytes (ECMA-167 1/7.2.12): compressed unicode, zero padding, and
// the used length in the last byte; all zeros when `text` is empty.
void putDString(char *at, int size, const QString &text);
// The OSTA CS0 charspec (UDF 2.1.2), 64 bytes.
void putCharspec(char *at);
// An entity identifier (ECMA-167 1/7.4): flags 0, the identifier, and its 8-byte suffix.
void putRegid(char *at, const char *identifier, const QByteArray &suffix = {});
// Suffixes of UDF 2.1.5: domain (revision + write-protect flags), UDF (revision + OS), and
// implementation (OS class + identifier).
QByteArray domainSuffix();
QByteArray udfSuffix();
QByteArray implementationSuffix();
void putImplementationId(char *at); // "*Spindle"
// A timestamp (ECMA-167 1/7.3) in UTC (type 1, offset 0).
void putTimestamp(char *at, qint64 secondsSinceEpoch);
void putExtent(char *at, qint64 lengthBytes, qint64 location); // extent_ad, 8 bytes
// long_ad (ECMA-167 4/14.14.2): length, logical block, partition reference 0.
void putLongAd(char *at, qint64 lengthBytes, qint64 block);
void putShortAd(char *at, qint64 lengthBytes, qint64 block); // short_ad, 8 bytes

// The volume recognition sequence entries (ECMA-167 2/9.1): "BEA01", "NSR02", "TEA01".
QByteArray volumeStructureDescriptor(const char *identifier);

// Everything the volume and file-set descriptors need to know.
struct VolumeInfo
{
    QString label;
    QString volumeSetId; // UDF 2.2.2.5: starts with 16 unique hex digits
    qint64 recorded = 0; // seconds since the epoch
    qint64 partitionStart = 0;
    qint64 partitionBlocks = 0;
    qint64 integritySector = 0; // the LVID; a terminating descriptor follows it
    qint64 nextUniqueId = 16;
    int files = 0;
    int directories = 0;
    qint64 rootBlock = 0; // logical block of the root directory's File Entry
};

// The main or reserve volume descriptor sequence, six sectors starting at `firstSector`
// (ECMA-167 3/8.4.2): PVD, IUVD, partition, logical volume, unallocated space, terminator.
QByteArray volumeDescriptorSequence(const VolumeInfo &info, qint64 firstSector);
// Logical volume integrity descriptor (closed) plus a terminating descriptor: two sectors.
QByteArray integritySequence(const VolumeInfo &info);
// Anchor volume descriptor pointer (ECMA-167 3/10.2) at `sector`, naming both sequences.
QByteArray anchor(qint64 sector, qint64 mainSector, qint64 reserveSector);
// File set descriptor (ECMA-167 4/14.1) at logical block 0, then a terminating descriptor.
QByteArray fileSetSequence(const VolumeInfo &info);

// One File Entry (ECMA-167 4/14.9) with short allocation descriptors, ICB strategy 4.
struct FileEntryInfo
{
    bool directory = false;
    qint64 length = 0;     // information length: file bytes, or the directory's FID bytes
    qint64 firstBlock = 0; // logical block of the data (contiguous)
    qint64 mtime = 0;
    qint64 uniqueId = 0;
    int linkCount = 1;
};
QByteArray fileEntry(const FileEntryInfo &info, qint64 block);

// Length of a File Identifier Descriptor with name bytes `nameBytes` (ECMA-167 4/14.4),
// padded to a multiple of 4.
int fileIdentifierLength(int nameBytes);
// Appends a FID to `out` (the directory's data, starting at logical block `firstBlock`).
// `name` is compressed unicode, empty for the parent entry.
void appendFileIdentifier(QByteArray &out, qint64 firstBlock, const QByteArray &name,
                          bool directory, bool parent, qint64 entryBlock);

} // namespace Spindle::Udf
