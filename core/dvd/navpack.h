#pragma once

#include "dvd/mpegpack.h"

#include <QString>
#include <bitset>
#include <optional>

namespace Spindle {

class SectorMap;

// The streams that leave a title set's VOBs, by their stream number in the packs (the
// "decoding" number the PGC stream control tables point at): audio 0..7, subpicture 0..31.
struct StreamDrop
{
    std::bitset<MpegPack::AudioStreams> audio;
    std::bitset<MpegPack::SubpictureStreams> subpicture;

    bool any() const { return audio.any() || subpicture.any(); }
    bool drops(MpegPack::Code code) const
    {
        if (MpegPack::isAudio(code))
            return audio.test(code - MpegPack::AudioBase);
        if (MpegPack::isSubpicture(code))
            return subpicture.test(code - MpegPack::SubpictureBase);
        return false;
    }
};

// Updates the NAV pack that sat at `sector` of the title VOBs for the sectors `map` keeps:
// its own sector (PCI and DSI), the VOBU's end, the reference frames' ends, the VOBU search
// pointers and the audio/subpicture sync addresses (those of dropped streams cleared). Angle
// data (interleaved units) is not touched: title sets with angles are refused before this.
// Returns what is wrong when the pack contradicts its place (a sector that is not its own, a
// pointer outside the VOBs): a damaged VOB.
std::optional<QString> rewriteNavPack(char *pack, qint64 sector, const SectorMap &map,
                                      const StreamDrop &drop);

} // namespace Spindle
