#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>

namespace Spindle {

// One DVD-Video navigation command: 8 bytes, bits 63..61 its type (0 special, 1 link/jump,
// 2 set system, 3..6 set/compare with link), as pre/post/cell commands of a PGC or as the
// command of a menu button in a NAV pack's PCI.
using NavCommand = std::array<quint8, 8>;

// The domain a command runs in: what its jumps may mean (JumpVTS_TT is relative to the title
// set, JumpSS only exists in menus and first play).
enum class NavDomain
{
    FirstPlay,
    VmgMenu,
    VtsMenu,
    Title
};

struct NavContext
{
    NavDomain domain = NavDomain::VmgMenu;
    int titleSet = 0; // VtsMenu/Title: the (source) title set the command belongs to
    int vtsTitle = 0; // Title: the title of that set (VTS_TTN) whose PGC holds it
    QString where;    // for notes: "VIDEO_TS.VOB button 2", "VTS_01_0.IFO title PGC 1 post 1"
    // A PGC's commands as they were before any rewrite (pre, post, cell), while one of them is
    // rewritten: what a command means may depend on the others (a register set before use).
    const QList<NavCommand> *pgcCommands = nullptr;
};

// A jump instruction decoded: type 1 with bit 60 set (Exit, JumpTT, JumpVTS_TT,
// JumpVTS_PTT, JumpSS, CallSS), bits as libdvdnav's decoder and the mpucoder tables read them.
struct NavJump
{
    enum class Kind
    {
        None, // not a jump: links within the PGC, sets, compares
        Exit,
        JumpTT,
        JumpVtsTT,
        JumpVtsPtt,
        JumpSS,
        CallSS
    };
    enum class Space
    {
        FirstPlay,
        VmgMenu,
        VtsMenu,
        VmgPgc
    };
    Kind kind = Kind::None;
    int title = 0;                  // JumpTT: title; JumpVTS_TT/PTT: VTS_TTN (bits 22..16)
    Space space = Space::FirstPlay; // JumpSS/CallSS: target (bits 23..22)
    int titleSet = 0;               // JumpSS VTSM: title set (bits 31..24)
    int vtsTitle = 0;               // JumpSS VTSM: VTS_TTN (bits 39..32)
};

NavJump decodeJump(const NavCommand &command);
QString describeJump(const NavCommand &command);

// Rewriting a jump keeps its condition (bits 54..52 and the compared registers in bytes 6-7)
// and replaces the instruction and its operands.
void setJumpTT(NavCommand &command, int title);
void setExit(NavCommand &command);
void setCallVmgMenu(NavCommand &command, int menu);   // CallSS VMGM menu, resume at cell 1
void setCallFirstPlay(NavCommand &command);           // CallSS FP, resume at cell 1
void setJumpVtsTT(NavCommand &command, int vtsTitle); // JumpVTS_TT (a title of this set)
void setJumpSSVmgMenu(NavCommand &command, int menu); // JumpSS VMGM menu
void setJumpSSFirstPlay(NavCommand &command);         // JumpSS FP
void setJumpSSVtsMenu(NavCommand &command, int titleSet, int vtsTitle);

// Changes a command in place; returns a note when it did.
using NavRewrite = std::function<std::optional<QString>(NavCommand &, const NavContext &)>;

// Every command of the PGC at `offset` in `table` (its PGC command table: pre, post and cell
// commands). Returns false when the PGC lies outside the table.
bool rewritePgcCommands(QByteArray &table, qint64 offset, NavContext context,
                        const NavRewrite &rewrite, QStringList *notes);
// Every PGC of a PGCIT at `offset` (VTS_PGCIT, or one language unit of a PGCI_UT). In the
// title domain each PGC's VTS_TTN comes from its search pointer (entry id, bits 6..0).
bool rewritePgcit(QByteArray &table, qint64 offset, NavContext context, const NavRewrite &rewrite,
                  QStringList *notes);
// Every PGC of every language unit of a VMGM_PGCI_UT or VTSM_PGCI_UT.
bool rewritePgciUt(QByteArray &table, NavContext context, const NavRewrite &rewrite,
                   QStringList *notes);

// Appends `command` to the post commands of PGC `number` (1-based) of the PGCIT `table`
// (creating its command table when it has none), moving what follows: the PGC's program
// map and cell tables, later PGCs, the PGCIT's last byte. False when the PGC is damaged.
bool appendPostCommand(QByteArray &table, int number, const NavCommand &command);
// Whether PGC `number` of a PGCIT ends its title: no next PGC (NEXT_PGCN 0).
bool pgcEndsTitle(const QByteArray &table, int number);

// The VTS_TTN -> PGC entries of a VTS_PGCIT: the PGC numbers (1-based) of each title.
QList<int> pgcsOfTitle(const QByteArray &pgcit, int vtsTitle);
// Playback time of PGC `number` (1-based) in a VTS_PGCIT, in milliseconds (BCD hh:mm:ss:ff).
qint64 pgcPlaybackMs(const QByteArray &pgcit, int number);
// Whether a VMGM_PGCI_UT has an entry PGC for menu `menu` (2: title menu) in any language.
bool hasMenuEntry(const QByteArray &pgciUt, int menu);

// The button commands (not all zero) of a NAV pack (2048 bytes) that carries button
// information; none for any other pack.
QList<NavCommand> navPackButtonCommands(const char *pack);

// Button commands in the NAV packs (PCI, highlight information) of a menu VOB. Returns the
// number of NAV packs changed, or -1 when the bytes hold no NAV pack at all.
int rewriteMenuButtons(QByteArray &vob, NavContext context, const NavRewrite &rewrite,
                       QStringList *notes);

} // namespace Spindle
