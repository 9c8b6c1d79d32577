#include "dvd/navpack.h"

#include "dvd/sectormap.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::NavPack)
};

namespace F = MpegPack::Field;

quint32 get32(const char *p, int at)
{
    const auto *b = reinterpret_cast<const uchar *>(p + at);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3];
}
quint16 get16(const char *p, int at)
{
    const auto *b = reinterpret_cast<const uchar *>(p + at);
    return quint16(b[0] << 8 | b[1]);
}
void put32(char *p, int at, quint32 v)
{
    p[at] = char(v >> 24);
    p[at + 1] = char(v >> 16);
    p[at + 2] = char(v >> 8);
    p[at + 3] = char(v);
}
void put16(char *p, int at, quint16 v)
{
    p[at] = char(v >> 8);
    p[at + 1] = char(v);
}

constexpr quint32 SriMask = 0x3fffffff; // VOBU search pointers: distance in bits 29..0
constexpr int SriEntries = 42;     // next video, 19 forward, next, previous, 19 back, prev video
constexpr int SriLastForward = 20; // entries 0..20 point forward, 21..41 backward
} // namespace

std::optional<QString> rewriteNavPack(char *pack, qint64 sector, const SectorMap &map,
                                      const StreamDrop &drop)
{
    const qint64 here = map.newSector(sector);
    const auto inside = [&](qint64 target) { return target >= 0 && target < map.sectors(); };
    if (get32(pack, F::PciLbn) != sector || get32(pack, F::DsiLbn) != sector)
        return Tr::tr("its NAV pack gives its place as sector %1").arg(get32(pack, F::DsiLbn));
    put32(pack, F::PciLbn, quint32(here));
    put32(pack, F::DsiLbn, quint32(here));

    // End addresses, relative to this pack: the VOBU's last sector, the reference frames'.
    for (int at : {F::VobuEa, F::RefEa, F::RefEa + 4, F::RefEa + 8}) {
        const quint32 relative = get32(pack, at);
        if (relative == 0 && at != F::VobuEa)
            continue; // no such reference frame
        const qint64 end = sector + relative;
        if (!inside(end))
            return Tr::tr("its VOBU ends outside the VOB files");
        put32(pack, at, quint32(map.newEnd(end) - here));
    }

    for (int i = 0; i < SriEntries; ++i) {
        const int at = F::VobuSri + 4 * i;
        const quint32 value = get32(pack, at);
        const quint32 distance = value & SriMask;
        if (distance == SriMask || distance == 0)
            continue; // no such VOBU (end of cell), or this one
        const bool forward = i <= SriLastForward;
        const qint64 target = forward ? sector + distance : sector - distance;
        if (!inside(target))
            return Tr::tr("a VOBU search pointer leads outside the VOB files");
        const qint64 moved = forward ? map.newSector(target) - here : here - map.newSector(target);
        put32(pack, at, (value & ~SriMask) | quint32(moved));
    }

    // Audio sync: bit 15 backward, bits 14..0 the distance to the stream's first audio pack;
    // 0 when the stream does not exist, 0x3fff when it has no more audio.
    for (int n = 0; n < MpegPack::AudioStreams; ++n) {
        const int at = F::ASynca + 2 * n;
        const quint16 value = get16(pack, at);
        if (drop.audio.test(n)) {
            put16(pack, at, 0);
            continue;
        }
        const quint16 distance = value & 0x7fff;
        if (value == 0 || distance == 0x3fff || distance == 0)
            continue;
        const bool backward = value & 0x8000;
        const qint64 target = backward ? sector - distance : sector + distance;
        if (!inside(target))
            return Tr::tr("an audio sync address leads outside the VOB files");
        const qint64 moved = backward ? here - map.newSector(target) : map.newSector(target) - here;
        put16(pack, at, quint16((value & 0x8000) | quint16(moved)));
    }
    // Subpicture sync: bit 31 backward, bits 30..0 the distance to a VOBU holding the
    // stream's data; 0 when the stream does not exist, 0x7fffffff for this VOBU or a later one.
    for (int n = 0; n < MpegPack::SubpictureStreams; ++n) {
        const int at = F::SpSynca + 4 * n;
        const quint32 value = get32(pack, at);
        if (drop.subpicture.test(n)) {
            put32(pack, at, 0);
            continue;
        }
        const quint32 distance = value & 0x7fffffff;
        if (value == 0 || distance == 0x7fffffff || distance == 0)
            continue;
        const bool backward = value & 0x80000000u;
        const qint64 target = backward ? sector - distance : sector + distance;
        if (!inside(target))
            return Tr::tr("a subpicture sync address leads outside the VOB files");
        const qint64 moved = backward ? here - map.newSector(target) : map.newSector(target) - here;
        put32(pack, at, (value & 0x80000000u) | quint32(moved));
    }
    return std::nullopt;
}

} // namespace Spindle
