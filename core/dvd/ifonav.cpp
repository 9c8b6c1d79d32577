#include "dvd/ifonav.h"

#include "dvd/ifofile.h"

#include <QCoreApplication>
#include <QSet>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::IfoNav)
};

// PGC layout (DVD-Video PGCI): playback time at 4, the command table's offset at 0xE4.
constexpr int PgcPlaybackTime = 0x04;
constexpr int PgcCommandTable = 0xE4;
constexpr int PgcHeaderSize = 0xEC;
constexpr int PgcNextPgc = 0x9C;
// The offsets (relative to the PGC) of its command table, program map, cell playback and
// cell position tables.
constexpr int PgcOffsets[] = {0xE4, 0xE6, 0xE8, 0xEA};

// NAV pack (2048 bytes): pack header (14), system header (24), PCI packet: 00 00 01 BF,
// length, substream 0x00, then the PCI; its highlight information (HLI) starts at PCI byte
// 96, its 36 button entries (BTNI, 18 bytes each, the command in the last 8) at 142.
constexpr int PciStart = 45;
constexpr int PciHliStatus = 96;
constexpr int PciButtons = 142;
constexpr int ButtonSize = 18;
constexpr int ButtonCommand = 10;
constexpr int ButtonSlots = 36;

bool isNavPack(const char *s)
{
    const auto u = [s](int i) { return quint8(s[i]); };
    return u(0) == 0 && u(1) == 0 && u(2) == 1 && u(3) == 0xBA && u(38) == 0 && u(39) == 0 &&
           u(40) == 1 && u(41) == 0xBF && u(44) == 0;
}

// Keeps the condition of a jump (byte 1 high nibble, bytes 6-7) and sets opcode and operands.
void setJump(NavCommand &c, int op, quint8 b2, quint8 b3, quint8 b4, quint8 b5)
{
    c[0] = 0x30;
    c[1] = quint8((c[1] & 0xF0) | op);
    c[2] = b2;
    c[3] = b3;
    c[4] = b4;
    c[5] = b5;
}

int bcd(quint8 v)
{
    return (v >> 4) * 10 + (v & 0x0F);
}

} // namespace

NavJump decodeJump(const NavCommand &c)
{
    NavJump j;
    if ((c[0] >> 5) != 1 || !(c[0] & 0x10))
        return j;
    switch (c[1] & 0x0F) {
    case 1:
        j.kind = NavJump::Kind::Exit;
        break;
    case 2:
        j.kind = NavJump::Kind::JumpTT;
        break;
    case 3:
        j.kind = NavJump::Kind::JumpVtsTT;
        break;
    case 5:
        j.kind = NavJump::Kind::JumpVtsPtt;
        break;
    case 6:
        j.kind = NavJump::Kind::JumpSS;
        break;
    case 8:
        j.kind = NavJump::Kind::CallSS;
        break;
    default:
        return j;
    }
    j.title = c[5] & 0x7F;
    j.space = NavJump::Space(c[5] >> 6);
    j.titleSet = c[4];
    j.vtsTitle = c[3];
    return j;
}

QString describeJump(const NavCommand &c)
{
    const NavJump j = decodeJump(c);
    switch (j.kind) {
    case NavJump::Kind::None:
        return Tr::tr("a command");
    case NavJump::Kind::Exit:
        return Tr::tr("stop");
    case NavJump::Kind::JumpTT:
        return Tr::tr("play title %1").arg(j.title);
    case NavJump::Kind::JumpVtsTT:
    case NavJump::Kind::JumpVtsPtt:
        return Tr::tr("play title %1 of its title set").arg(j.title);
    case NavJump::Kind::JumpSS:
    case NavJump::Kind::CallSS:
        switch (j.space) {
        case NavJump::Space::FirstPlay:
            return Tr::tr("restart the disc");
        case NavJump::Space::VmgMenu:
        case NavJump::Space::VmgPgc:
            return Tr::tr("show the main menu");
        case NavJump::Space::VtsMenu:
            // Only JumpSS names a title set; CallSS's bits 31..24 are its resume cell.
            return j.kind == NavJump::Kind::JumpSS && j.titleSet
                       ? Tr::tr("show the menu of title set %1").arg(j.titleSet)
                       : Tr::tr("show the title set's menu");
        }
    }
    return {};
}

void setJumpTT(NavCommand &c, int title)
{
    setJump(c, 2, 0, 0, 0, quint8(title & 0x7F));
}

void setExit(NavCommand &c)
{
    setJump(c, 1, 0, 0, 0, 0);
}

void setCallVmgMenu(NavCommand &c, int menu)
{
    setJump(c, 8, 0, 0, 1, quint8(0x40 | (menu & 0x0F)));
}

void setCallFirstPlay(NavCommand &c)
{
    setJump(c, 8, 0, 0, 1, 0);
}

void setJumpVtsTT(NavCommand &c, int vtsTitle)
{
    setJump(c, 3, 0, 0, 0, quint8(vtsTitle & 0x7F));
}

void setJumpSSVmgMenu(NavCommand &c, int menu)
{
    setJump(c, 6, 0, 0, 0, quint8(0x40 | (menu & 0x0F)));
}

void setJumpSSFirstPlay(NavCommand &c)
{
    setJump(c, 6, 0, 0, 0, 0);
}

void setJumpSSVtsMenu(NavCommand &c, int titleSet, int vtsTitle)
{
    // Keeps the menu id (bits 19..16) of the original command.
    setJump(c, 6, 0, quint8(vtsTitle), quint8(titleSet), quint8(0x80 | (c[5] & 0x0F)));
}

bool rewritePgcCommands(QByteArray &table, qint64 offset, NavContext context,
                        const NavRewrite &rewrite, QStringList *notes)
{
    if (offset < 0 || offset + PgcHeaderSize > table.size())
        return false;
    const quint16 commandTable = Ifo::be16(table, offset + PgcCommandTable);
    if (commandTable == 0)
        return true;
    const qint64 at = offset + commandTable;
    const int counts[3] = {Ifo::be16(table, at), Ifo::be16(table, at + 2),
                           Ifo::be16(table, at + 4)};
    const char *kinds[3] = {"pre", "post", "cell"};
    QList<NavCommand> all;
    for (qint64 c = at + 8; c + 8 <= table.size() && all.size() < counts[0] + counts[1] + counts[2];
         c += 8) {
        NavCommand one;
        std::copy_n(table.constData() + c, 8, one.begin());
        all << one;
    }
    context.pgcCommands = &all;
    qint64 command = at + 8;
    const QString where = context.where;
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < counts[k]; ++i, command += 8) {
            if (command + 8 > table.size())
                return false;
            NavCommand c;
            std::copy_n(table.constData() + command, 8, c.begin());
            context.where =
                QStringLiteral("%1 %2 %3").arg(where, QLatin1String(kinds[k])).arg(i + 1);
            if (auto note = rewrite(c, context)) {
                std::copy(c.cbegin(), c.cend(), table.begin() + command);
                if (notes && !notes->contains(*note))
                    *notes << *note;
            }
        }
    }
    return true;
}

bool rewritePgcit(QByteArray &table, qint64 offset, NavContext context, const NavRewrite &rewrite,
                  QStringList *notes)
{
    if (offset < 0 || offset + 8 > table.size())
        return false;
    const int count = Ifo::be16(table, offset);
    const QString where = context.where;
    for (int i = 0; i < count; ++i) {
        const qint64 srp = offset + 8 + 8 * i;
        if (srp + 8 > table.size())
            return false;
        if (context.domain == NavDomain::Title)
            context.vtsTitle = quint8(table[srp]) & 0x7F;
        context.where = QStringLiteral("%1 PGC %2").arg(where).arg(i + 1);
        if (!rewritePgcCommands(table, offset + Ifo::be32(table, srp + 4), context, rewrite, notes))
            return false;
    }
    return true;
}

bool rewritePgciUt(QByteArray &table, NavContext context, const NavRewrite &rewrite,
                   QStringList *notes)
{
    // Hostile counts must not cost more than the table's bytes: no more units than fit.
    const qint64 units = std::min<qint64>(Ifo::be16(table, 0), (table.size() - 8) / 8);
    QSet<quint32> done; // language units may share one PGCIT
    for (qint64 i = 0; i < units; ++i) {
        const quint32 start = Ifo::be32(table, 8 + 8 * i + 4);
        if (done.contains(start))
            continue;
        done.insert(start);
        if (!rewritePgcit(table, start, context, rewrite, notes))
            return false;
    }
    return true;
}

bool appendPostCommand(QByteArray &table, int number, const NavCommand &command)
{
    const qint64 srp = 8 + 8 * qint64(number - 1);
    if (number < 1 || number > Ifo::be16(table, 0) || srp + 8 > table.size())
        return false;
    const qint64 pgc = Ifo::be32(table, srp + 4);
    if (pgc < 8 || pgc + PgcHeaderSize > table.size())
        return false;
    const quint16 commands = Ifo::be16(table, pgc + PgcCommandTable);
    QByteArray insert(reinterpret_cast<const char *>(command.data()), qsizetype(command.size()));
    qint64 at = 0;
    if (commands != 0) {
        // Post commands come after the pre commands and before the cell commands (which
        // cells name by their index among the cell commands, so they may move).
        const qint64 header = pgc + commands;
        if (header + 8 > table.size())
            return false;
        const int pre = Ifo::be16(table, header);
        const int post = Ifo::be16(table, header + 2);
        at = header + 8 + 8 * qint64(pre + post);
        if (at > table.size() || post >= 128)
            return false;
        Ifo::setBe16(table, header + 2, quint16(post + 1));
        Ifo::setBe16(table, header + 6, quint16(Ifo::be16(table, header + 6) + 8));
    } else {
        // A new command table (pre, post, cell counts, last byte) right after the header.
        at = pgc + PgcHeaderSize;
        QByteArray head(8, '\0');
        Ifo::setBe16(head, 2, 1);
        Ifo::setBe16(head, 6, 15);
        insert.prepend(head);
    }
    const quint16 moved = quint16(insert.size());
    for (int field : PgcOffsets) {
        const quint16 offset = Ifo::be16(table, pgc + field);
        if (offset != 0 && pgc + offset >= at)
            Ifo::setBe16(table, pgc + field, quint16(offset + moved));
    }
    if (commands == 0)
        Ifo::setBe16(table, pgc + PgcCommandTable, PgcHeaderSize);
    for (int i = 0; i < Ifo::be16(table, 0); ++i) {
        const qint64 start = Ifo::be32(table, 8 + 8 * i + 4);
        if (start >= at)
            Ifo::setBe32(table, 8 + 8 * i + 4, quint32(start + moved));
    }
    table.insert(at, insert);
    Ifo::setBe32(table, 4, quint32(table.size() - 1));
    return true;
}

bool pgcEndsTitle(const QByteArray &table, int number)
{
    const qint64 pgc = Ifo::be32(table, 8 + 8 * qint64(number - 1) + 4);
    return Ifo::be16(table, pgc + PgcNextPgc) == 0;
}

QList<int> pgcsOfTitle(const QByteArray &pgcit, int vtsTitle)
{
    QList<int> pgcs;
    const int count = Ifo::be16(pgcit, 0);
    for (int i = 0; i < count && 8 + 8 * i < pgcit.size(); ++i) {
        if ((quint8(pgcit[8 + 8 * i]) & 0x7F) == vtsTitle)
            pgcs << i + 1;
    }
    return pgcs;
}

qint64 pgcPlaybackMs(const QByteArray &pgcit, int number)
{
    const qint64 pgc = Ifo::be32(pgcit, 8 + 8 * (number - 1) + 4);
    if (pgc + PgcPlaybackTime + 4 > pgcit.size())
        return 0;
    const auto u = [&](int i) { return quint8(pgcit[pgc + PgcPlaybackTime + i]); };
    // Frame rate in the frames byte's top bits: 01 = 25 fps, 11 = 29.97 fps.
    const double fps = (u(3) >> 6) == 1 ? 25.0 : 29.97;
    const qint64 seconds = bcd(u(0)) * 3600 + bcd(u(1)) * 60 + bcd(u(2));
    return seconds * 1000 + qint64(bcd(u(3) & 0x3F) * 1000 / fps);
}

bool hasMenuEntry(const QByteArray &pgciUt, int menu)
{
    // Counts bounded by what fits in the table, so hostile bytes cost no more than its size.
    const qint64 units = std::min<qint64>(Ifo::be16(pgciUt, 0), (pgciUt.size() - 8) / 8);
    QSet<qint64> seen;
    for (qint64 i = 0; i < units; ++i) {
        const qint64 pgcit = Ifo::be32(pgciUt, 8 + 8 * i + 4);
        if (seen.contains(pgcit))
            continue;
        seen.insert(pgcit);
        const qint64 count =
            std::min<qint64>(Ifo::be16(pgciUt, pgcit), (pgciUt.size() - pgcit - 8) / 8);
        for (qint64 p = 0; p < count; ++p) {
            const qint64 srp = pgcit + 8 + 8 * p;
            if (srp >= 0 && srp < pgciUt.size() && (quint8(pgciUt[srp]) & 0x8F) == (0x80 | menu))
                return true;
        }
    }
    return false;
}

QList<NavCommand> navPackButtonCommands(const char *pack)
{
    QList<NavCommand> commands;
    // Highlight status 0: this VOBU carries no button information.
    if (!isNavPack(pack) || (quint16(quint8(pack[PciStart + PciHliStatus]) << 8 |
                                     quint8(pack[PciStart + PciHliStatus + 1])) &
                             0x03) == 0)
        return commands;
    for (int b = 0; b < ButtonSlots; ++b) {
        NavCommand c;
        std::copy_n(pack + PciStart + PciButtons + b * ButtonSize + ButtonCommand, 8, c.begin());
        if (!std::all_of(c.cbegin(), c.cend(), [](quint8 v) { return v == 0; }))
            commands << c;
    }
    return commands;
}

int rewriteMenuButtons(QByteArray &vob, NavContext context, const NavRewrite &rewrite,
                       QStringList *notes)
{
    int navPacks = 0;
    int changed = 0;
    const QString where = context.where;
    for (qint64 s = 0; s + Ifo::Sector <= vob.size(); s += Ifo::Sector) {
        if (!isNavPack(vob.constData() + s))
            continue;
        ++navPacks;
        const qint64 pci = s + PciStart;
        // Highlight status 0: this VOBU carries no button information.
        if ((Ifo::be16(vob, pci + PciHliStatus) & 0x03) == 0)
            continue;
        bool packChanged = false;
        for (int b = 0; b < ButtonSlots; ++b) {
            const qint64 at = pci + PciButtons + b * ButtonSize + ButtonCommand;
            NavCommand c;
            std::copy_n(vob.constData() + at, 8, c.begin());
            if (std::all_of(c.cbegin(), c.cend(), [](quint8 v) { return v == 0; }))
                continue;
            context.where = Tr::tr("%1 button %2").arg(where).arg(b + 1);
            if (auto note = rewrite(c, context)) {
                std::copy(c.cbegin(), c.cend(), vob.begin() + at);
                packChanged = true;
                if (notes && !notes->contains(*note))
                    *notes << *note;
            }
        }
        changed += packChanged ? 1 : 0;
    }
    return navPacks == 0 ? -1 : changed;
}

} // namespace Spindle
