#include "ecc/rs03format.h"

#include <QtEndian>
#include <cstring>
#include <vector>

namespace Spindle {

namespace {

constexpr char kCookie[] = "*dvdisaster*"; // 12 bytes, no terminator stored
constexpr char kMethod[] = "RS03";
constexpr uint32_t kSelfCrcSeed = 0x4c5047;
constexpr uint8_t kFlagEccFile = 1 << 1;

// Offsets in EccHeader (dvdisaster.h; 64-bit fields aligned to 8).
namespace H {
constexpr int cookie = 0, method = 12, methodFlags = 16, mediumFP = 20, mediumSum = 36,
              sectors = 68, dataBytes = 76, eccBytes = 80, creatorVersion = 84, neededVersion = 88,
              fpSector = 92, selfCRC = 96, inLast = 116, sectorsPerLayer = 120;
}
// Offsets in CrcBlock.
namespace C {
constexpr int crc = 0, cookie = 1024, method = 1036, methodFlags = 1040, creatorVersion = 1044,
              neededVersion = 1048, fpSector = 1052, mediumFP = 1056, mediumSum = 1072,
              dataSectors = 1088, inLast = 1096, dataBytes = 1100, eccBytes = 1104,
              sectorsPerLayer = 1112, selfCRC = 1120;
}

// Eight tables for slicing-by-8: eight bytes per step instead of one.
const std::array<std::array<uint32_t, 256>, 8> &crcTables()
{
    static const auto tables = [] {
        std::array<std::array<uint32_t, 256>, 8> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
            t[0][i] = c;
        }
        for (uint32_t i = 0; i < 256; ++i)
            for (size_t k = 1; k < 8; ++k)
                t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF];
        return t;
    }();
    return tables;
}

void put32(uint8_t *p, int32_t v)
{
    qToLittleEndian<qint32>(v, p);
}
void put64(uint8_t *p, qint64 v)
{
    qToLittleEndian<qint64>(v, p);
}
int32_t get32(const uint8_t *p)
{
    return qFromLittleEndian<qint32>(p);
}
qint64 get64(const uint8_t *p)
{
    return qFromLittleEndian<qint64>(p);
}

// CRC32 of `length` bytes whose selfCRC field at `crcOffset` reads as the seed value.
uint32_t selfCrc(const uint8_t *data, int length, int crcOffset)
{
    std::vector<uint8_t> copy(data, data + length);
    put32(copy.data() + crcOffset, int32_t(kSelfCrcSeed));
    return dvdisasterCrc32(copy.data(), copy.size());
}

bool sane(const Rs03Header &h)
{
    return h.dataBytes + h.eccBytes == 255 && h.eccBytes >= Rs03Layout::minRoots &&
           h.eccBytes <= 255 - 2 && h.sectorsPerLayer > 0 && h.dataSectors > 0 && h.inLast > 0 &&
           h.inLast <= 2048 &&
           h.dataSectors + Rs03Layout::headerSectors <= qint64(h.dataBytes - 1) * h.sectorsPerLayer;
}

} // namespace

uint32_t dvdisasterCrc32(const uint8_t *data, size_t length)
{
    const auto &t = crcTables();
    uint32_t crc = ~0u;
    size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        const uint32_t lo = crc ^ (uint32_t(data[i]) | uint32_t(data[i + 1]) << 8 |
                                   uint32_t(data[i + 2]) << 16 | uint32_t(data[i + 3]) << 24);
        crc = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^
              t[3][data[i + 4]] ^ t[2][data[i + 5]] ^ t[1][data[i + 6]] ^ t[0][data[i + 7]];
    }
    for (; i < length; ++i)
        crc = t[0][(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return crc;
}

Rs03Header Rs03Header::forLayout(const Rs03Layout &layout,
                                 const std::array<uint8_t, 16> &mediumFingerprint)
{
    Rs03Header h;
    h.mediumFingerprint = mediumFingerprint;
    h.dataSectors = layout.dataSectors;
    h.dataBytes = layout.ndata;
    h.eccBytes = layout.nroots;
    h.inLast = layout.inLast;
    h.sectorsPerLayer = layout.sectorsPerLayer;
    return h;
}

Rs03Layout Rs03Header::layout() const
{
    return Rs03Layout::fromFields(dataSectors, inLast, sectorsPerLayer, dataBytes);
}

QByteArray Rs03Header::toBytes() const
{
    QByteArray bytes(size, '\0');
    auto *p = reinterpret_cast<uint8_t *>(bytes.data());
    std::memcpy(p + H::cookie, kCookie, 12);
    std::memcpy(p + H::method, kMethod, 4);
    std::memcpy(p + H::methodFlags, methodFlags.data(), 4);
    std::memcpy(p + H::mediumFP, mediumFingerprint.data(), 16);
    std::memcpy(p + H::mediumSum, mediumSum.data(), 16);
    put64(p + H::sectors, dataSectors);
    put32(p + H::dataBytes, dataBytes);
    put32(p + H::eccBytes, eccBytes);
    put32(p + H::creatorVersion, creatorVersion);
    put32(p + H::neededVersion, neededVersion);
    put32(p + H::fpSector, fpSector);
    put32(p + H::inLast, inLast);
    put64(p + H::sectorsPerLayer, sectorsPerLayer);
    put32(p + H::selfCRC, int32_t(selfCrc(p, size, H::selfCRC)));
    return bytes;
}

QString Rs03Header::methodOf(const QByteArray &bytes)
{
    if (bytes.size() < 16 || std::memcmp(bytes.constData(), kCookie, 12) != 0)
        return {};
    return QString::fromLatin1(bytes.mid(12, 4)).trimmed();
}

std::optional<Rs03Header> Rs03Header::parse(const QByteArray &bytes, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<Rs03Header> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (bytes.size() < size || std::memcmp(bytes.constData(), kCookie, 12) != 0)
        return fail(ParseError::NoCookie);
    const auto *p = reinterpret_cast<const uint8_t *>(bytes.constData());
    if (std::memcmp(p + H::method, kMethod, 4) != 0)
        return fail(ParseError::OtherMethod);
    if (uint32_t(get32(p + H::selfCRC)) != selfCrc(p, size, H::selfCRC))
        return fail(ParseError::BadChecksum);
    Rs03Header h;
    std::memcpy(h.methodFlags.data(), p + H::methodFlags, 4);
    std::memcpy(h.mediumFingerprint.data(), p + H::mediumFP, 16);
    std::memcpy(h.mediumSum.data(), p + H::mediumSum, 16);
    h.dataSectors = get64(p + H::sectors);
    h.dataBytes = get32(p + H::dataBytes);
    h.eccBytes = get32(p + H::eccBytes);
    h.creatorVersion = get32(p + H::creatorVersion);
    h.neededVersion = get32(p + H::neededVersion);
    h.fpSector = get32(p + H::fpSector);
    h.inLast = get32(p + H::inLast);
    h.sectorsPerLayer = get64(p + H::sectorsPerLayer);
    if (h.methodFlags[0] & kFlagEccFile)
        return fail(ParseError::EccFile);
    if (!sane(h))
        return fail(ParseError::BadFields);
    if (error)
        *error = ParseError::None;
    return h;
}

void makeRs03CrcSector(uint8_t *s, const uint32_t *crcs, int count, const Rs03Header &h)
{
    std::memset(s, 0, 2048);
    for (int i = 0; i < count; ++i)
        put32(s + C::crc + 4 * i, int32_t(crcs[i]));
    std::memcpy(s + C::cookie, kCookie, 12);
    std::memcpy(s + C::method, kMethod, 4);
    std::memcpy(s + C::methodFlags, h.methodFlags.data(), 4);
    put32(s + C::creatorVersion, h.creatorVersion);
    put32(s + C::neededVersion, h.neededVersion);
    put32(s + C::fpSector, h.fpSector);
    std::memcpy(s + C::mediumFP, h.mediumFingerprint.data(), 16);
    std::memcpy(s + C::mediumSum, h.mediumSum.data(), 16);
    put64(s + C::dataSectors, h.dataSectors);
    put32(s + C::inLast, h.inLast);
    put32(s + C::dataBytes, h.dataBytes);
    put32(s + C::eccBytes, h.eccBytes);
    put64(s + C::sectorsPerLayer, h.sectorsPerLayer);
    put32(s + C::selfCRC, int32_t(selfCrc(s, 2048, C::selfCRC)));
}

std::optional<Rs03Header> parseRs03CrcSector(const uint8_t *s)
{
    if (std::memcmp(s + C::cookie, kCookie, 12) != 0 || std::memcmp(s + C::method, kMethod, 4) != 0)
        return std::nullopt;
    if (uint32_t(get32(s + C::selfCRC)) != selfCrc(s, 2048, C::selfCRC))
        return std::nullopt;
    Rs03Header h;
    std::memcpy(h.methodFlags.data(), s + C::methodFlags, 4);
    h.creatorVersion = get32(s + C::creatorVersion);
    h.neededVersion = get32(s + C::neededVersion);
    h.fpSector = get32(s + C::fpSector);
    std::memcpy(h.mediumFingerprint.data(), s + C::mediumFP, 16);
    std::memcpy(h.mediumSum.data(), s + C::mediumSum, 16);
    h.dataSectors = get64(s + C::dataSectors);
    h.inLast = get32(s + C::inLast);
    h.dataBytes = get32(s + C::dataBytes);
    h.eccBytes = get32(s + C::eccBytes);
    h.sectorsPerLayer = get64(s + C::sectorsPerLayer);
    if ((h.methodFlags[0] & kFlagEccFile) || !sane(h))
        return std::nullopt;
    return h;
}

namespace {
constexpr char kInProgress[] = "Spindle: adding RS03 error-correction data, not finished\n";
constexpr int kInProgressSize = 64; // the text, zero padded; then the size and a CRC
} // namespace

QByteArray makeRs03InProgressMarker(qint64 originalBytes)
{
    QByteArray bytes(Rs03Header::size, '\0');
    auto *p = reinterpret_cast<uint8_t *>(bytes.data());
    std::memcpy(p, kInProgress, sizeof(kInProgress) - 1);
    put64(p + kInProgressSize, originalBytes);
    put32(p + kInProgressSize + 8, int32_t(dvdisasterCrc32(p, kInProgressSize + 8)));
    return bytes;
}

std::optional<qint64> parseRs03InProgressMarker(const QByteArray &bytes)
{
    if (bytes.size() < kInProgressSize + 12 ||
        std::memcmp(bytes.constData(), kInProgress, sizeof(kInProgress) - 1) != 0)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uint8_t *>(bytes.constData());
    if (uint32_t(get32(p + kInProgressSize + 8)) != dvdisasterCrc32(p, kInProgressSize + 8))
        return std::nullopt;
    return get64(p + kInProgressSize);
}

void makeRs03PaddingSector(uint8_t *sector, qint64 number,
                           const std::array<uint8_t, 16> &mediumFingerprint)
{
    auto *s = reinterpret_cast<char *>(sector);
    std::memset(s, 0, 2048);
    auto put = [s](int offset, const QByteArray &text) {
        std::memcpy(s + offset, text.constData(), size_t(text.size()));
    };
    put(0, QByteArrayLiteral("dvdisaster padding sector       "
                             "This is a padding sector needed for augmenting the image "
                             "with error correction data."));
    const QByteArray endMarker = QByteArrayLiteral("dvdisaster padding sector end marker");
    put(2047 - int(endMarker.size()), endMarker);
    put(0x100, QByteArrayLiteral("Padding sector marker version"));
    put(0x120, QByteArrayLiteral("1.00"));
    put(0x140, QByteArrayLiteral("Padding sector number"));
    put(0x160, QByteArray::number(number));
    put(0x180, QByteArrayLiteral("Medium fingerprint"));
    std::memcpy(s + 0x1a0, mediumFingerprint.data(), 16);
    put(0x1c0, QByteArrayLiteral("Medium fingerprint sector"));
    put(0x1e0, QByteArray::number(Rs03Header::fingerprintSector));
}

} // namespace Spindle
