#pragma once

#include "dvd/ifonav.h"
#include "dvd/vtsstreams.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <map>
#include <optional>
#include <set>

namespace Spindle {

// Which general registers (GPRM 0..15) carry a stream number from the command that sets them to
// a SetSTN elsewhere: a menu button "g5 = 2" and the film's pre command "audio = g5". Leaving
// out streams renumbers them, so the value set must follow, wherever it is set. A register
// qualifies only when every command of the disc that touches it either sets it to a constant,
// copies the current stream of the same kind into it (SPRM 1 or 2), or selects streams of one
// kind with it: a register that is also compared or computed with means something else too, and
// is left alone.
class StreamRegisters final
{
public:
    enum class Kind
    {
        None,
        Audio,
        Subpicture
    };

    // Looks at one command. `titleSet`: the title set it runs in (its menus, titles and
    // buttons), 0 for first play and the VMG menus.
    void visit(const NavCommand &command, int titleSet);
    // Every command of a PGC (at `offset` of `table`), of a PGCIT, of a PGCI_UT, and of the
    // menu buttons in the NAV packs of VOB bytes.
    void visitPgc(QByteArray table, qint64 offset, int titleSet);
    void visitPgcit(QByteArray table, int titleSet);
    void visitPgciUt(QByteArray table, int titleSet);
    void visitButtons(QByteArray vob, int titleSet);
    // What register `reg` carries, after every command was visited.
    Kind kind(int reg) const;
    // Whether any register carries stream numbers (kind() is not None).
    bool carriesStreams() const;
    // The title sets whose SetSTN commands read `reg` (0: first play or a VMG menu).
    std::set<int> readers(int reg) const { return m_readers[size_t(reg)]; }
    // Registers that select streams but are used otherwise too (left as they are).
    QList<int> mixed() const;
    // Where the numbers of each register that qualifies move: the remaps of the title sets
    // (`titleSets`: number -> remap, every kept one) whose SetSTN commands read it, merged (a
    // reader in the VMG reads for all of them).
    std::array<std::optional<StreamRemap>, 16>
    remaps(const std::map<int, StreamRemap> &titleSets) const;
    // For the plan's notes: the registers that mixed() names.
    QStringList notes() const;

private:
    enum Use : quint8
    {
        ReadsAudio = 1,
        ReadsSubpicture = 2,
        CopiesAudio = 4,      // "g = SPRM 1"
        CopiesSubpicture = 8, // "g = SPRM 2"
        Other = 16            // compared, computed, a counter, a timer or button value
    };
    NavRewrite visitor(int titleSet);
    void read(int byteValue, int titleSet); // a register operand (bit 7: a system register)
    void use(int reg, quint8 what, int titleSet);
    // The merged remap of `reg`'s readers (see remaps()).
    StreamRemap merged(int reg, const std::map<int, StreamRemap> &titleSets) const;
    std::array<quint8, 16> m_use{};
    std::array<std::set<int>, 16> m_readers;
};

// A command that sets a general register to a constant and does nothing else with registers
// (type 3 "mov", or SetGPRMMD in register mode): the register and the value.
struct RegisterConstant
{
    int reg = 0;
    int value = 0;
};
std::optional<RegisterConstant> registerConstant(const NavCommand &command);

// The constant of such a command, when its register carries `kind` stream numbers, moved to
// where `remap` puts that stream (as remapStreamCommand() does for a SetSTN). Returns a note
// when it changed.
std::optional<QString> remapRegisterConstant(NavCommand &command, StreamRegisters::Kind kind,
                                             const StreamRemap &remap, const QString &where);

} // namespace Spindle
