#include "dvd/mpegpack.h"

namespace Spindle::MpegPack {

namespace {
int byteAt(const char *pack, int at)
{
    return quint8(pack[at]);
}
bool startCode(const char *pack, int at, int id)
{
    return at + 4 <= Size && byteAt(pack, at) == 0 && byteAt(pack, at + 1) == 0 &&
           byteAt(pack, at + 2) == 1 && byteAt(pack, at + 3) == id;
}
} // namespace

Code classify(const char *pack)
{
    // MPEG-2 pack header: 14 bytes (the '01' marker in byte 4) plus 0..7 stuffing bytes.
    if (!startCode(pack, 0, 0xBA) || (byteAt(pack, 4) & 0xC0) != 0x40)
        return Invalid;
    int at = 14 + (byteAt(pack, 13) & 0x07);
    if (startCode(pack, at, 0xBB)) // a system header only starts NAV packs on a DVD
        return Nav;
    if (at + 9 > Size || byteAt(pack, at) != 0 || byteAt(pack, at + 1) != 0 ||
        byteAt(pack, at + 2) != 1)
        return Invalid;
    const int id = byteAt(pack, at + 3);
    if (id == 0xBF) // private stream 2 without a system header: still NAV data
        return Nav;
    if (id >= 0xC0 && id <= 0xC7)
        return Code(AudioBase + (id - 0xC0));
    if (id >= 0xD0 && id <= 0xD7) // MPEG-2 audio extension stream of stream n
        return Code(AudioBase + (id - 0xD0));
    if (id != 0xBD)
        return Other;
    // Private stream 1: the substream id is the first payload byte, after the PES header
    // extension (its length in byte 8 of the packet).
    const int sub = at + 9 + byteAt(pack, at + 8);
    if (sub >= Size)
        return Invalid;
    const int s = byteAt(pack, sub);
    if (s >= 0x20 && s <= 0x3F)
        return Code(SubpictureBase + (s - 0x20));
    if ((s >= 0x80 && s <= 0x8F)) // AC-3 0x80+n, DTS 0x88+n
        return Code(AudioBase + (s & 0x07));
    if (s >= 0xA0 && s <= 0xA7) // LPCM
        return Code(AudioBase + (s - 0xA0));
    return Other;
}

} // namespace Spindle::MpegPack
