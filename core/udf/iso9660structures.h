#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Byte-level encoders for the ISO 9660 (ECMA-119) side of a UDF bridge image: volume
// descriptors, directory records, path tables and level 1 names. Layout lives in
// UdfBridgeLayout.
namespace Spindle::Iso9660 {

constexpr int SectorSize = 2048;
// The largest extent one directory record can describe, in whole sectors (ECMA-119 9.1.4
// data length is 32-bit); larger files are recorded in several sections (9.1.6 bit 7).
constexpr qint64 MaxSection = 0xFFFFF800;

void putBoth16(char *at, int value);    // both-byte orders (ECMA-119 7.2.3)
void putBoth32(char *at, qint64 value); // (7.3.3)
void putBigEndian32(char *at, qint64 value);

// A level 1 name (ECMA-119 7.5, 10.1): upper-case d-characters, 8 + 3 for files (with
// ";1"), 8 for folders. `attempt` > 0 makes a variant with a number for name clashes.
QByteArray level1Name(const QString &name, bool directory, int attempt = 0);
// A volume identifier: up to 32 d-characters.
QByteArray volumeIdentifier(const QString &label);

// Bytes of a directory record with identifier `id` (ECMA-119 9.1), padded to even length.
int directoryRecordLength(int idLength);
struct DirectoryRecord
{
    QByteArray id; // "\0" for ".", "\1" for "..", else the level 1 name
    qint64 sector = 0;
    qint64 length = 0;
    qint64 mtime = 0;
    bool directory = false;
    bool moreSections = false; // another record of the same file follows
};
void putDirectoryRecord(char *at, const DirectoryRecord &record);

// One path table record (ECMA-119 9.4), little- or big-endian, padded to even length.
int pathTableRecordLength(int idLength);
void putPathTableRecord(char *at, const QByteArray &id, qint64 sector, int parent, bool bigEndian);

struct VolumeInfo
{
    QByteArray volumeId;
    qint64 sectors = 0;
    qint64 pathTableBytes = 0;
    qint64 pathTableL = 0; // sector of the little-endian path table
    qint64 pathTableM = 0; // sector of the big-endian one
    DirectoryRecord root;
    qint64 created = 0;
};
// The primary volume descriptor (ECMA-119 8.4) and the set terminator (8.3): two sectors.
QByteArray volumeDescriptors(const VolumeInfo &info);

} // namespace Spindle::Iso9660
