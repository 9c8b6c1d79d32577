#include "dvd/dvdminimalvmg.h"

#include "dvd/ifonav.h"

#include <QList>

namespace Spindle {

namespace {

// VMGI_MAT proper ends at 0x400 (its fields and the VMGM attributes); dvdauthor puts the
// first-play PGC right after it, and so do we.
constexpr int FirstPlayAt = 0x400;
constexpr int PgcHeaderSize = 0xEC;   // PGC general information up to the offsets table
constexpr int PgcCommandTable = 0xE4; // offset of the PGC command table within the PGC
constexpr quint8 StartFlag = 15;      // GPRM 15: 0 at the disc's start
constexpr quint8 TitleNumber = 0x84;  // SPRM 4 (bit 7: a system register): the title number

// "if (register != value) goto line": a special instruction (type 0, opcode 1 Goto) with a
// compare (bits 54..52 = 3, not equal; bit 55: the value is immediate) of the register in
// byte 3 with the value in bytes 4-5; the line in byte 7.
NavCommand gotoUnless(quint8 reg, quint16 value, quint8 line)
{
    return {0x00, 0x80 | 0x30 | 0x01, 0x00, reg, quint8(value >> 8), quint8(value), 0x00, line};
}

// "GPRM[reg] = value": a set instruction (type 3, bit 60 immediate, operation 1 mov), the
// register in byte 3's low nibble, the value in bytes 4-5; no compare, no link.
NavCommand setRegister(quint8 reg, quint16 value)
{
    return {0x71, 0x00, 0x00, reg, quint8(value >> 8), quint8(value), 0x00, 0x00};
}

NavCommand jumpTitle(int title)
{
    NavCommand c{};
    setJumpTT(c, title);
    return c;
}

// The first-play commands, lines numbered from 1:
//   1 if GPRM15 != 0 goto 4      (back from a title)
//   2 GPRM15 = 1
//   3 JumpTT 1
//   for each title k but the last: if SPRM4 != k goto (past the jump); JumpTT k+1
//   last: Exit                   (after the last title)
QList<NavCommand> firstPlayCommands(int titles)
{
    QList<NavCommand> commands{gotoUnless(StartFlag, 0, 4), setRegister(StartFlag, 1),
                               jumpTitle(1)};
    for (int k = 1; k < titles; ++k) {
        commands << gotoUnless(TitleNumber, quint16(k), quint8(commands.size() + 3));
        commands << jumpTitle(k + 1);
    }
    NavCommand exit{};
    setExit(exit);
    commands << exit;
    return commands;
}

QByteArray firstPlayPgc(int titles)
{
    // PGC with no programs and no cells: only a command table (8-byte header: pre, post and
    // cell command counts and its last byte) with pre commands.
    const QList<NavCommand> commands = firstPlayCommands(titles);
    const int tableSize = 8 + 8 * int(commands.size());
    QByteArray pgc(PgcHeaderSize + tableSize, '\0');
    Ifo::setBe16(pgc, PgcCommandTable, PgcHeaderSize);
    Ifo::setBe16(pgc, PgcHeaderSize, quint16(commands.size()));
    Ifo::setBe16(pgc, PgcHeaderSize + 6, quint16(tableSize - 1));
    for (int i = 0; i < commands.size(); ++i)
        std::copy(commands[i].cbegin(), commands[i].cend(),
                  pgc.begin() + PgcHeaderSize + 8 + 8 * i);
    return pgc;
}

} // namespace

IfoFile minimalVmg(const IfoFile &source, int titles)
{
    IfoFile vmg = source;
    QByteArray &mat = vmg.mat();
    mat = mat.left(FirstPlayAt);
    mat.resize(FirstPlayAt, '\0');
    mat += firstPlayPgc(titles);
    Ifo::setBe32(mat, Ifo::Vmg::MatLastByte, quint32(mat.size() - 1));
    Ifo::setBe32(mat, Ifo::Vmg::FirstPlayPgc, FirstPlayAt);
    for (int table :
         {Ifo::Vmg::MenuPgciUt, Ifo::Vmg::TxtdtMgi, Ifo::Vmg::MenuCellAdt, Ifo::Vmg::MenuVobuAdmap})
        vmg.removeTable(table);
    vmg.setVobSectors(0, 0);
    return vmg;
}

} // namespace Spindle
