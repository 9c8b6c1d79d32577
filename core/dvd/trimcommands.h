#pragma once

#include "dvd/ifonav.h"
#include "dvd/streamregisters.h"
#include "dvd/trimjumps.h"
#include "dvd/vtsstreams.h"

#include <QString>

#include <array>
#include <map>
#include <memory>
#include <optional>

namespace Spindle {

// Everything a trim changes in navigation commands: jumps to titles that move or go, stream
// selections of title sets that lose streams, and stream numbers kept in general registers.
// The planner fills it while it plans; the title VOBs' button rewriters share it (by
// shared_ptr) because they run while the image is written, after the planner is gone.
struct TrimCommands
{
    std::optional<TrimJumps> jumps;
    std::map<int, StreamRemap> setStreams; // source title set -> its remap, when streams go
    std::optional<StreamRemap> vmgStreams; // first play and the VMG menus, when any set moves
    std::optional<StreamRegisters> registers;
    std::array<std::optional<StreamRemap>, 16> registerRemaps; // per register that qualifies

    // What changed and why, for the notes; nullopt when the command stays as it was.
    std::optional<QString> rewrite(NavCommand &c, const NavContext &context) const;
};

// Rewrites the buttons of title set `titleSet`'s title VOBs (the source's number). It holds
// `commands`: the VOBs are written after the planner that made them is gone.
NavRewrite titleButtonRewriter(std::shared_ptr<const TrimCommands> commands, int titleSet);

} // namespace Spindle
