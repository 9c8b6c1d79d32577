#pragma once

#include "base/result.h"
#include "ecc/rs03layout.h"

#include <QByteArray>
#include <array>
#include <cstddef>
#include <cstdint>

namespace Spindle {

// dvdisaster's CRC32: reflected polynomial 0x04C11DB7, register starting at all ones, no
// final inversion (so it differs from zlib's crc32).
uint32_t dvdisasterCrc32(const uint8_t *data, size_t length);

// The fields of dvdisaster's 4096-byte ecc header ("EccHeader", little-endian) that RS03 uses.
// It follows the image's last sector; selfCRC is the CRC32 of the 4096 bytes with selfCRC
// itself set to 0x4c5047.
struct Rs03Header
{
    static constexpr int size = 4096;
    static constexpr int fingerprintSector = 16; // its MD5 identifies the medium
    // The dvdisaster release whose format we write (0.79): creator and oldest reader.
    static constexpr int32_t formatVersion = 7900;

    std::array<uint8_t, 4> methodFlags{};
    std::array<uint8_t, 16> mediumFingerprint{};
    std::array<uint8_t, 16> mediumSum{};
    qint64 dataSectors = 0;
    int32_t dataBytes = 0; // ndata, the CRC layer included
    int32_t eccBytes = 0;  // nroots
    int32_t creatorVersion = formatVersion;
    int32_t neededVersion = formatVersion;
    int32_t fpSector = fingerprintSector;
    int32_t inLast = 2048;
    qint64 sectorsPerLayer = 0;

    static Rs03Header forLayout(const Rs03Layout &layout,
                                const std::array<uint8_t, 16> &mediumFingerprint);
    Rs03Layout layout() const;
    QByteArray toBytes() const;

    enum class ParseError
    {
        None,
        NoCookie,    // not a dvdisaster header at all
        OtherMethod, // RS01/RS02 or unknown
        BadChecksum,
        BadFields, // checksum right but numbers that describe no RS03 image
        EccFile    // an RS03 error-correction file's header, not an augmented image's
    };
    // Reads a header from `bytes` (at least `size`); `error` says why not when it fails.
    static std::optional<Rs03Header> parse(const QByteArray &bytes, ParseError *error);
    // The method name in a header with the cookie ("RS02"), for messages.
    static QString methodOf(const QByteArray &bytes);
};

// One 2048-byte sector of the CRC layer ("CrcBlock"): the CRC32 of every data layer's sector
// of the next ecc block (so a repair of block i keeps block i+1 in erasure mode), followed by a
// copy of the header's numbers; selfCRC is set like the header's.
void makeRs03CrcSector(uint8_t *sector, const uint32_t *crcs, int count, const Rs03Header &header);
// The header a CRC sector holds a copy of, if it is one and intact.
std::optional<Rs03Header> parseRs03CrcSector(const uint8_t *sector);

// What an augment run writes where the header goes before it starts (and replaces with the
// header when it is done): the image's original size, so that a run killed half-way can be
// recognised and undone. Not a dvdisaster structure: dvdisaster sees no header there.
QByteArray makeRs03InProgressMarker(qint64 originalBytes);
// The original size a marker records, if `bytes` starts with an intact one.
std::optional<qint64> parseRs03InProgressMarker(const QByteArray &bytes);

// dvdisaster's padding sector between the header and the CRC layer: fixed text, the sector's
// number and the medium fingerprint, so that it can never be mistaken for data.
void makeRs03PaddingSector(uint8_t *sector, qint64 number,
                           const std::array<uint8_t, 16> &mediumFingerprint);

} // namespace Spindle
