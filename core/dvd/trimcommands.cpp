#include "dvd/trimcommands.h"

namespace Spindle {

std::optional<QString> TrimCommands::rewrite(NavCommand &c, const NavContext &context) const
{
    const auto jumped = jumps ? jumps->rewrite(c, context) : std::nullopt;
    const StreamRemap *streams = nullptr;
    if (context.domain == NavDomain::FirstPlay || context.domain == NavDomain::VmgMenu) {
        streams = vmgStreams ? &*vmgStreams : nullptr;
    } else if (const auto it = setStreams.find(context.titleSet); it != setStreams.end()) {
        streams = &it->second;
    }
    auto selects = streams ? remapStreamCommand(c, *streams, context.where, context.pgcCommands)
                           : std::optional<QString>();
    // A constant for a register that a SetSTN of another PGC (or title set) reads.
    if (const auto constant = registerConstant(c); !selects && constant && registers) {
        if (const auto &remap = registerRemaps[size_t(constant->reg)])
            selects =
                remapRegisterConstant(c, registers->kind(constant->reg), *remap, context.where);
    }
    if (jumped && selects)
        return *jumped + QLatin1Char(' ') + *selects;
    return jumped ? jumped : selects;
}

NavRewrite titleButtonRewriter(std::shared_ptr<const TrimCommands> commands, int titleSet)
{
    return [commands = std::move(commands), titleSet](NavCommand &c, const NavContext &context) {
        NavContext inSet = context;
        inSet.titleSet = titleSet;
        return commands->rewrite(c, inSet);
    };
}

} // namespace Spindle
