#pragma once

#include <QtGlobal>

namespace Spindle {

// The 2048-byte packs of a DVD-Video VOB (an MPEG-2 program stream cut into sectors), told
// apart by what they carry. Stream removal drops whole packs, so a pack's stream is all it
// needs to know; the payload is never parsed.
namespace MpegPack {

constexpr int Size = 2048;

// A pack's stream, one byte so that a title set's VOBs (up to ~4.7 million packs on a
// single-layer disc, twice that on dual layer) fit in a few MiB as one byte per sector.
//  - Other: video, padding and whatever no stream choice touches (always kept);
//  - Nav: a NAV pack (PCI and DSI), the start of a VOBU;
//  - AudioBase + n: audio stream n (0..7) in any of its formats: AC-3 (private stream 1
//    substream 0x80+n), DTS (0x88+n), LPCM (0xA0+n), MPEG audio (stream id 0xC0+n, and
//    0xD0+n for its extension stream);
//  - SubpictureBase + n: subpicture stream n (0..31), private stream 1 substream 0x20+n;
//  - Invalid: no MPEG-2 pack header, or a header that leaves no room for a packet.
using Code = quint8;
constexpr Code Other = 0x00;
constexpr Code Nav = 0x01;
constexpr Code AudioBase = 0x10;
constexpr int AudioStreams = 8;
constexpr Code SubpictureBase = 0x40;
constexpr int SubpictureStreams = 32;
constexpr Code Invalid = 0xFF;

inline bool isAudio(Code c)
{
    return c >= AudioBase && c < AudioBase + AudioStreams;
}
inline bool isSubpicture(Code c)
{
    return c >= SubpictureBase && c < SubpictureBase + SubpictureStreams;
}

// What the pack at `pack` (Size bytes) carries.
Code classify(const char *pack);

// NAV pack fields, by their offset from the start of the pack: the PCI packet's data starts
// at 0x2D, the DSI packet's at 0x407 (after each packet's substream id byte).
namespace Field {
constexpr int PciLbn = 0x2D;             // PCI_GI NV_PCK_LBN
constexpr int PciNsmlAgli = 0x2D + 0x3C; // 9 non-seamless angle destinations (4 bytes each)
constexpr int PciHli = 0x2D + 0x60;      // highlight information (menu buttons)
constexpr int DsiLbn = 0x407 + 0x04;     // DSI_GI NV_PCK_LBN
constexpr int VobuEa = 0x407 + 0x08;     // last sector of the VOBU, relative
constexpr int RefEa = 0x407 + 0x0C;
constexpr int VobId = 0x407 + 0x18; // VOBU_VOB_IDN (2 bytes)
constexpr int CellId =
    0x407 +
    0x1B; // VOBU_C_IDN (1 byte)      // 1st..3rd reference frame end, relative (3 x 4 bytes)
constexpr int SmlPbi = 0x407 + 0x20;  // seamless playback: ILVU_EA at +2, NXT_ILVU_SA at +6
constexpr int SmlAgli = 0x407 + 0xB4; // 9 seamless angle destinations (6 bytes each)
constexpr int VobuSri = 0x407 + 0xEA; // next video, 19 forward, next, previous, 19 back, prev video
constexpr int ASynca = 0x407 + 0x192; // 8 audio sync addresses (2 bytes each)
constexpr int SpSynca = 0x407 + 0x1A2; // 32 subpicture sync addresses (4 bytes each)
} // namespace Field

} // namespace MpegPack
} // namespace Spindle
