#include "dvd/ifofile.h"
#include "dvd/ifonav.h"

#include <QTest>

#include <algorithm>

#include <dvdread/nav_read.h>
#include <dvdread/nav_types.h>

using namespace Spindle;

namespace {

// Commands are assembled here from the DVD-Video command layout (as libdvdnav's decoder and
// the mpucoder tables describe it), not from ifonav's byte offsets: `field(start, count, v)`
// puts v into bits start..start-count+1 of the 64-bit instruction (bit 63 is byte 0's top).
constexpr quint64 field(int start, int count, quint64 value)
{
    return (value & ((quint64(1) << count) - 1)) << (start + 1 - count);
}

NavCommand command(quint64 instruction)
{
    NavCommand c{};
    for (int i = 0; i < 8; ++i)
        c[i] = quint8(instruction >> (56 - 8 * i));
    return c;
}

QByteArray hex(const NavCommand &c)
{
    return QByteArray(reinterpret_cast<const char *>(c.data()), 8).toHex(' ');
}

// Type 1 (bits 63..61) with bit 60 set: a jump or call, its opcode in bits 51..48; the
// condition (compare op in bits 54..52) compares the registers named in bytes 6 and 7.
constexpr quint64 jump(int op)
{
    return field(63, 3, 1) | field(60, 1, 1) | field(51, 4, quint64(op));
}
constexpr quint64 condition(int compare, int reg1, int reg2)
{
    return field(54, 3, quint64(compare)) | field(15, 8, quint64(reg1)) |
           field(7, 8, quint64(reg2));
}
constexpr quint64 exitCmd()
{
    return jump(1);
}
constexpr quint64 jumpTT(int title)
{
    return jump(2) | field(22, 7, quint64(title));
}
constexpr quint64 jumpVtsTT(int vtsTitle)
{
    return jump(3) | field(22, 7, quint64(vtsTitle));
}
constexpr quint64 jumpVtsPtt(int vtsTitle, int ptt)
{
    return jump(5) | field(22, 7, quint64(vtsTitle)) | field(41, 10, quint64(ptt));
}
// JumpSS/CallSS: the target space in bits 23..22 (0 first play, 1 VMGM menu, 2 VTSM,
// 3 VMGM PGC), the menu id in bits 19..16; CallSS keeps a resume cell in bits 31..24.
constexpr quint64 jumpSSFirstPlay()
{
    return jump(6);
}
constexpr quint64 jumpSSVmgMenu(int menu)
{
    return jump(6) | field(23, 2, 1) | field(19, 4, quint64(menu));
}
constexpr quint64 jumpSSVtsMenu(int titleSet, int vtsTitle, int menu)
{
    return jump(6) | field(23, 2, 2) | field(31, 8, quint64(titleSet)) |
           field(39, 8, quint64(vtsTitle)) | field(19, 4, quint64(menu));
}
constexpr quint64 jumpSSVmgPgc(int pgc)
{
    return jump(6) | field(23, 2, 3) | field(46, 15, quint64(pgc));
}
constexpr quint64 callSSFirstPlay(int resumeCell)
{
    return jump(8) | field(31, 8, quint64(resumeCell));
}
constexpr quint64 callSSVmgMenu(int menu, int resumeCell)
{
    return jump(8) | field(23, 2, 1) | field(19, 4, quint64(menu)) |
           field(31, 8, quint64(resumeCell));
}
constexpr quint64 callSSVtsMenu(int menu, int resumeCell)
{
    return jump(8) | field(23, 2, 2) | field(19, 4, quint64(menu)) |
           field(31, 8, quint64(resumeCell));
}
// Type 1 without bit 60: links within the domain, opcode in bits 51..48, the highlighted
// button in bits 15..10.
constexpr quint64 link(int op)
{
    return field(63, 3, 1) | field(51, 4, quint64(op));
}
constexpr quint64 linkPgcn(int pgc)
{
    return link(4) | field(14, 15, quint64(pgc));
}
constexpr quint64 linkPttn(int ptt, int button)
{
    return link(5) | field(9, 10, quint64(ptt)) | field(15, 6, quint64(button));
}
constexpr quint64 linkPgn(int pg)
{
    return link(6) | field(6, 7, quint64(pg));
}
constexpr quint64 linkCn(int cell)
{
    return link(7) | field(7, 8, quint64(cell));
}
constexpr quint64 linkTopC()
{
    return link(1) | field(4, 5, 1);
}
// Type 2, set system registers; bit 60 says the operands are immediate. A link may follow in
// bits 51..48.
constexpr quint64 setStnAudio(int stream)
{
    return field(63, 3, 2) | field(60, 1, 1) | field(59, 4, 1) | field(39, 1, 1) |
           field(38, 7, quint64(stream));
}
constexpr quint64 setHlBtnn(int button)
{
    return field(63, 3, 2) | field(60, 1, 1) | field(59, 4, 6) | field(31, 16, quint64(button));
}
// Type 3: set a general register (bits 35..32) to an immediate (bits 31..16).
constexpr quint64 setGprm(int reg, int value)
{
    return field(63, 3, 3) | field(60, 1, 1) | field(59, 4, 1) | field(35, 4, quint64(reg)) |
           field(31, 16, quint64(value));
}
constexpr quint64 gotoLine(int line)
{
    return field(51, 4, 1) | field(7, 8, quint64(line));
}

// PGC (DVD-Video PGCI) as the spec lays it out: a 0xEC-byte header, then the command table
// (pre, post, cell counts, last byte, commands), the program map, the cell playback and cell
// position tables, each right after the one before.
struct PgcSpec
{
    QList<quint64> pre, post, cell;
    bool commandTable = true; // false: no command table at all (offset 0)
    int cells = 2;
    quint16 nextPgc = 0;
    quint32 playbackTime = 0; // BCD hh mm ss ff
};

void put16(QByteArray &b, qint64 at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v);
}

void put32(QByteArray &b, qint64 at, quint32 v)
{
    put16(b, at, quint16(v >> 16));
    put16(b, at + 2, quint16(v));
}

QByteArray pgc(const PgcSpec &s)
{
    QByteArray b(0xEC, '\0');
    b[2] = char(1);
    b[3] = char(s.cells);
    put32(b, 0x04, s.playbackTime);
    put16(b, 0x9C, s.nextPgc);
    if (s.commandTable) {
        put16(b, 0xE4, quint16(b.size()));
        const qint64 at = b.size();
        const int count = int(s.pre.size() + s.post.size() + s.cell.size());
        b.append(8 + 8 * count, '\0');
        put16(b, at, quint16(s.pre.size()));
        put16(b, at + 2, quint16(s.post.size()));
        put16(b, at + 4, quint16(s.cell.size()));
        put16(b, at + 6, quint16(8 + 8 * count - 1));
        qint64 c = at + 8;
        for (const auto *list : {&s.pre, &s.post, &s.cell}) {
            for (quint64 i : *list) {
                const NavCommand n = command(i);
                for (int k = 0; k < 8; ++k)
                    b[c + k] = char(n[k]);
                c += 8;
            }
        }
    }
    put16(b, 0xE6, quint16(b.size())); // program map: program 1 starts at cell 1 (+ padding)
    b.append("\x01\x00", 2);
    put16(b, 0xE8, quint16(b.size())); // cell playback, 24 bytes a cell: marked by cell number
    for (int i = 0; i < s.cells; ++i)
        b.append(QByteArray(24, char(0xC0 + i)));
    put16(b, 0xEA, quint16(b.size())); // cell position: VOB id 1, cell i
    for (int i = 0; i < s.cells; ++i)
        b.append(QByteArray("\x00\x01\x00", 3) + char(i + 1));
    return b;
}

// PGCIT (VTS_PGCIT or a PGCI_UT language unit): count, last byte, 8-byte search pointers
// (entry byte: bit 7 entry PGC, bits 6..0 VTS_TTN or bits 3..0 menu id; offset at 4).
QByteArray pgcit(const QList<QPair<quint8, QByteArray>> &pgcs)
{
    QByteArray b(8 + 8 * pgcs.size(), '\0');
    put16(b, 0, quint16(pgcs.size()));
    for (int i = 0; i < pgcs.size(); ++i) {
        b[8 + 8 * i] = char(pgcs[i].first);
        put32(b, 8 + 8 * i + 4, quint32(b.size()));
        b.append(pgcs[i].second);
    }
    put32(b, 4, quint32(b.size() - 1));
    return b;
}

struct Visit
{
    QString where;
    QByteArray command;
    NavDomain domain;
    int titleSet;
    int vtsTitle;
};

// A rewriter as the DVD trim writes one: renumbers JumpTT `from` to `to`, notes it.
NavRewrite renumber(int from, int to, QList<Visit> *visits)
{
    return [=](NavCommand &c, const NavContext &context) -> std::optional<QString> {
        if (visits)
            *visits << Visit{context.where, hex(c), context.domain, context.titleSet,
                             context.vtsTitle};
        const NavJump j = decodeJump(c);
        if (j.kind != NavJump::Kind::JumpTT || j.title != from)
            return std::nullopt;
        setJumpTT(c, to);
        return QStringLiteral("title %1 is now %2").arg(from).arg(to);
    };
}

// A NAV pack: pack header (14 bytes), system header (24), PCI packet (00 00 01 BF, length
// 980, substream 0) and DSI packet (substream 1). In the PCI, the highlight status is at byte
// 96 and 36 button entries of 18 bytes start at 142, each ending in its 8-byte command.
QByteArray navPack(int hliStatus, const QList<quint64> &buttons)
{
    QByteArray s(2048, '\0');
    const char head[] = "\x00\x00\x01\xBA\x44\x00\x04\x00\x04\x01\x01\x89\xC3\xF8"
                        "\x00\x00\x01\xBB\x00\x12\x80\xC4\xE1\x04\xE1\xFF\xB9\xE0\xE8\xB8"
                        "\xC0\x20\xBD\xE0\x3A\xBF\xE0\x02"
                        "\x00\x00\x01\xBF\x03\xD4\x00";
    std::copy_n(head, sizeof head - 1, s.begin());
    std::copy_n("\x00\x00\x01\xBF\x03\xFA\x01", 7, s.begin() + 1024);
    const int pci = 45;
    put16(s, pci + 96, quint16(hliStatus));
    s[pci + 96 + 14] = char(buttons.isEmpty() ? 0 : 0x10); // one button group
    s[pci + 96 + 17] = char(buttons.size());               // btn_ns
    s[pci + 96 + 18] = char(buttons.size());               // nsl_btn_ns
    s[pci + 96 + 20] = char(1);                            // fosl_btnn
    for (int b = 0; b < buttons.size(); ++b) {
        const NavCommand c = command(buttons[b]);
        std::copy(c.cbegin(), c.cend(), s.begin() + pci + 142 + 18 * b + 10);
    }
    return s;
}

// A sector of video: a pack header and a video PES packet whose payload happens to hold
// command-like bytes where a NAV pack's buttons would be.
QByteArray videoPack()
{
    QByteArray s(2048, char(0x30));
    std::copy_n("\x00\x00\x01\xBA\x44\x00\x04\x00\x04\x01\x01\x89\xC3\xF8\x00\x00\x01\xE0\x07\xEC",
                20, s.begin());
    return s;
}

} // namespace

Q_DECLARE_METATYPE(PgcSpec)

class TestIfoNav final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeJumps_data()
    {
        QTest::addColumn<quint64>("instruction");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("title");
        QTest::addColumn<int>("space");
        QTest::addColumn<int>("titleSet");
        QTest::addColumn<int>("vtsTitle");
        using K = NavJump::Kind;
        using S = NavJump::Space;
        auto row = [](const char *name, quint64 i, K kind, int title = 0, S space = S::FirstPlay,
                      int titleSet = 0, int vtsTitle = 0) {
            QTest::newRow(name) << i << int(kind) << title << int(space) << titleSet << vtsTitle;
        };
        row("Exit", exitCmd(), K::Exit);
        row("JumpTT 5", jumpTT(5), K::JumpTT, 5);
        row("JumpTT 99", jumpTT(99), K::JumpTT, 99);
        row("if g3 != s1 JumpTT 7", jumpTT(7) | condition(3, 0x03, 0x81), K::JumpTT, 7);
        row("JumpVTS_TT 3", jumpVtsTT(3), K::JumpVtsTT, 3);
        row("JumpVTS_PTT 2:7", jumpVtsPtt(2, 7), K::JumpVtsPtt, 2);
        row("JumpVTS_PTT 4:1000", jumpVtsPtt(4, 1000), K::JumpVtsPtt, 4);
        row("JumpSS FP", jumpSSFirstPlay(), K::JumpSS, 0, S::FirstPlay);
        row("JumpSS VMGM title menu", jumpSSVmgMenu(2), K::JumpSS, 2, S::VmgMenu);
        row("JumpSS VTSM 2:1 root menu", jumpSSVtsMenu(2, 1, 3), K::JumpSS, 3, S::VtsMenu, 2, 1);
        row("JumpSS VTSM 12:9 audio menu", jumpSSVtsMenu(12, 9, 5), K::JumpSS, 5, S::VtsMenu, 12,
            9);
        row("JumpSS VMGM PGC 5", jumpSSVmgPgc(5), K::JumpSS, 0, S::VmgPgc);
        row("CallSS FP rsm 1", callSSFirstPlay(1), K::CallSS, 0, S::FirstPlay, 1);
        row("CallSS VMGM title menu rsm 1", callSSVmgMenu(2, 1), K::CallSS, 2, S::VmgMenu, 1);
        // CallSS VTSM has no title set operand: bits 31..24 are the resume cell.
        row("CallSS VTSM root menu rsm 4", callSSVtsMenu(3, 4), K::CallSS, 3, S::VtsMenu, 4);
        // Not jumps, whatever their low opcode nibble says: bit 60 clear, or another type.
        row("NOP", 0, K::None);
        row("Goto 3", gotoLine(3), K::None);
        row("LinkTopC", linkTopC(), K::None);
        row("LinkPGCN 5", linkPgcn(5), K::None);
        row("LinkPTTN 2 button 1", linkPttn(2, 1), K::None);
        row("LinkPGN 2 (opcode of JumpSS)", linkPgn(2), K::None);
        row("LinkCN 3", linkCn(3), K::None);
        row("SetSTN audio 1", setStnAudio(1), K::None);
        row("SetSTN audio 1, LinkPGN 2", setStnAudio(1) | field(51, 4, 6) | field(6, 7, 2),
            K::None);
        row("SetHL_BTNN 1", setHlBtnn(1 << 10), K::None);
        row("Set g15 = 5, LinkTopC (opcode of Exit)", setGprm(15, 5) | field(51, 4, 1) | 1,
            K::None);
        row("reserved jump opcode 4", jump(4) | field(22, 7, 2), K::None);
        row("reserved jump opcode 7", jump(7) | field(22, 7, 2), K::None);
        row("reserved jump opcode 9", jump(9) | field(22, 7, 2), K::None);
    }

    void decodeJumps()
    {
        QFETCH(quint64, instruction);
        QFETCH(int, kind);
        const NavJump j = decodeJump(command(instruction));
        QCOMPARE(int(j.kind), kind);
        if (j.kind == NavJump::Kind::None || j.kind == NavJump::Kind::Exit)
            return;
        QFETCH(int, title);
        QFETCH(int, space);
        switch (j.kind) {
        case NavJump::Kind::JumpTT:
        case NavJump::Kind::JumpVtsTT:
        case NavJump::Kind::JumpVtsPtt:
            QCOMPARE(j.title, title);
            break;
        case NavJump::Kind::JumpSS:
        case NavJump::Kind::CallSS:
            QCOMPARE(int(j.space), space);
            if (j.kind == NavJump::Kind::JumpSS && j.space == NavJump::Space::VtsMenu) {
                QFETCH(int, titleSet);
                QFETCH(int, vtsTitle);
                QCOMPARE(j.titleSet, titleSet);
                QCOMPARE(j.vtsTitle, vtsTitle);
            }
            break;
        default:
            break;
        }
    }

    void describeJumps_data()
    {
        QTest::addColumn<quint64>("instruction");
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, quint64 i, const char *text) {
            QTest::newRow(name) << i << QString::fromLatin1(text);
        };
        row("LinkPGN", linkPgn(2), "a command");
        row("SetSTN + LinkPGN", setStnAudio(1) | field(51, 4, 6) | 2, "a command");
        row("Exit", exitCmd(), "stop");
        row("JumpTT", jumpTT(4) | condition(2, 1, 2), "play title 4");
        row("JumpVTS_TT", jumpVtsTT(2), "play title 2 of its title set");
        row("JumpVTS_PTT", jumpVtsPtt(3, 5), "play title 3 of its title set");
        row("JumpSS FP", jumpSSFirstPlay(), "restart the disc");
        row("CallSS FP", callSSFirstPlay(1), "restart the disc");
        row("JumpSS VMGM menu", jumpSSVmgMenu(2), "show the main menu");
        row("CallSS VMGM menu", callSSVmgMenu(2, 1), "show the main menu");
        row("JumpSS VMGM PGC", jumpSSVmgPgc(3), "show the main menu");
        row("JumpSS VTSM", jumpSSVtsMenu(2, 1, 3), "show the menu of title set 2");
        // CallSS VTSM calls the menu of the title set it runs in; its bits 31..24 are the
        // cell to resume at, not a title set.
        row("CallSS VTSM, resume cell 0", callSSVtsMenu(3, 0), "show the title set's menu");
        row("CallSS VTSM, resume cell 1", callSSVtsMenu(3, 1), "show the title set's menu");
    }

    void describeJumps()
    {
        QFETCH(quint64, instruction);
        QFETCH(QString, text);
        QCOMPARE(describeJump(command(instruction)), text);
    }

    // Each setter writes the instruction the command layout defines, keeps the condition
    // (compare op, compared registers) and leaves no operand of the old instruction behind.
    void setters_data()
    {
        QTest::addColumn<quint64>("before");
        QTest::addColumn<int>("setter");
        QTest::addColumn<quint64>("after");
        const quint64 cond = condition(5, 0x0A, 0x88); // if g10 > s8
        auto row = [](const char *name, quint64 before, int setter, quint64 after) {
            QTest::newRow(name) << before << setter << after;
        };
        row("JumpTT 5 -> JumpTT 2", jumpTT(5), 0, jumpTT(2));
        row("if JumpTT 5 -> if JumpTT 2", jumpTT(5) | cond, 0, jumpTT(2) | cond);
        row("if CallSS VTSM rsm 7 -> if JumpTT 2", callSSVtsMenu(3, 7) | cond, 0, jumpTT(2) | cond);
        row("if JumpVTS_PTT 3:300 -> if Exit", jumpVtsPtt(3, 300) | cond, 1, exitCmd() | cond);
        row("JumpTT 9 -> CallSS VMGM title menu rsm 1", jumpTT(9), 2, callSSVmgMenu(2, 1));
        row("if JumpSS VTSM -> if CallSS FP rsm 1", jumpSSVtsMenu(4, 2, 3) | cond, 3,
            callSSFirstPlay(1) | cond);
        row("JumpSS VMGM PGC 300 -> JumpVTS_TT 3", jumpSSVmgPgc(300), 4, jumpVtsTT(3));
        row("if JumpTT 6 -> if JumpSS VMGM title menu", jumpTT(6) | cond, 5,
            jumpSSVmgMenu(2) | cond);
        row("CallSS VMGM menu rsm 2 -> JumpSS FP", callSSVmgMenu(2, 2), 6, jumpSSFirstPlay());
        // Renumbering a title set keeps the menu the jump asked for (here the audio menu, 5).
        row("if JumpSS VTSM 4:2 audio -> 2:1 audio", jumpSSVtsMenu(4, 2, 5) | cond, 7,
            jumpSSVtsMenu(2, 1, 5) | cond);
        row("JumpSS VTSM 1:1 root -> 3:4 root", jumpSSVtsMenu(1, 1, 3), 8, jumpSSVtsMenu(3, 4, 3));
    }

    void setters()
    {
        QFETCH(quint64, before);
        QFETCH(int, setter);
        QFETCH(quint64, after);
        NavCommand c = command(before);
        switch (setter) {
        case 0:
            setJumpTT(c, 2);
            break;
        case 1:
            setExit(c);
            break;
        case 2:
            setCallVmgMenu(c, 2);
            break;
        case 3:
            setCallFirstPlay(c);
            break;
        case 4:
            setJumpVtsTT(c, 3);
            break;
        case 5:
            setJumpSSVmgMenu(c, 2);
            break;
        case 6:
            setJumpSSFirstPlay(c);
            break;
        case 7:
            setJumpSSVtsMenu(c, 2, 1);
            break;
        case 8:
            setJumpSSVtsMenu(c, 3, 4);
            break;
        }
        QCOMPARE(hex(c), hex(command(after)));
    }

    // Pre, post and cell commands are each offered once, in order, with where they are; only
    // the ones the rewriter changes (and says so) change, and each note is kept once.
    void rewritePgcCommandsVisitsEveryCommand()
    {
        const PgcSpec spec{{setGprm(1, 4), jumpTT(3) | condition(2, 1, 0x81)},
                           {jumpTT(3)},
                           {linkPgn(1), jumpTT(4)}};
        QByteArray table = QByteArray(16, 'x') + pgc(spec) + QByteArray(8, 'y');
        PgcSpec expectedSpec = spec;
        expectedSpec.pre[1] = jumpTT(1) | condition(2, 1, 0x81);
        expectedSpec.post[0] = jumpTT(1);
        const QByteArray expected = QByteArray(16, 'x') + pgc(expectedSpec) + QByteArray(8, 'y');

        QList<Visit> visits;
        QStringList notes{QStringLiteral("earlier note")};
        NavContext context{NavDomain::VmgMenu, 0, 0, QStringLiteral("VIDEO_TS.IFO menu PGC 1")};
        QVERIFY(rewritePgcCommands(table, 16, context, renumber(3, 1, &visits), &notes));
        QCOMPARE(table.toHex(), expected.toHex());
        QCOMPARE(notes,
                 QStringList({QStringLiteral("earlier note"), QStringLiteral("title 3 is now 1")}));
        QStringList where;
        QList<QByteArray> seen;
        for (const Visit &v : visits) {
            where << v.where;
            seen << v.command;
            QCOMPARE(v.domain, NavDomain::VmgMenu);
        }
        QCOMPARE(where, QStringList({QStringLiteral("VIDEO_TS.IFO menu PGC 1 pre 1"),
                                     QStringLiteral("VIDEO_TS.IFO menu PGC 1 pre 2"),
                                     QStringLiteral("VIDEO_TS.IFO menu PGC 1 post 1"),
                                     QStringLiteral("VIDEO_TS.IFO menu PGC 1 cell 1"),
                                     QStringLiteral("VIDEO_TS.IFO menu PGC 1 cell 2")}));
        QCOMPARE(seen,
                 QList<QByteArray>(
                     {hex(command(setGprm(1, 4))), hex(command(jumpTT(3) | condition(2, 1, 0x81))),
                      hex(command(jumpTT(3))), hex(command(linkPgn(1))), hex(command(jumpTT(4)))}));
    }

    // A rewriter that touches a command but reports no change leaves the table as it was.
    void rewritePgcCommandsKeepsUnreportedChanges()
    {
        QByteArray table = pgc({{jumpTT(2)}, {}, {}});
        const QByteArray before = table;
        const NavRewrite scribble = [](NavCommand &c, const NavContext &) {
            setExit(c);
            return std::optional<QString>();
        };
        QVERIFY(rewritePgcCommands(table, 0, {}, scribble, nullptr));
        QCOMPARE(table, before);
    }

    void rewritePgcCommandsBounds()
    {
        QList<Visit> visits;
        // No command table: nothing to visit, nothing wrong.
        PgcSpec none;
        none.commandTable = false;
        QByteArray table = pgc(none);
        QVERIFY(rewritePgcCommands(table, 0, {}, renumber(1, 2, &visits), nullptr));
        QVERIFY(visits.isEmpty());
        // The PGC header does not fit in the table.
        QVERIFY(
            !rewritePgcCommands(table, table.size() - 0xEB, {}, renumber(1, 2, &visits), nullptr));
        QVERIFY(!rewritePgcCommands(table, -1, {}, renumber(1, 2, &visits), nullptr));
        // The command table claims more commands than the table holds.
        table = pgc({{jumpTT(1)}, {jumpTT(1)}, {}});
        put16(table, 0xEC + 4, 40);
        QVERIFY(!rewritePgcCommands(table, 0, {}, renumber(1, 2, &visits), nullptr));
    }

    // In the title domain each PGC belongs to the title its search pointer names (VTS_TTN,
    // bits 6..0 of the entry byte); in menus the context's title stays.
    void rewritePgcitNamesEachPgc()
    {
        QByteArray table = pgcit({{0x81, pgc({{jumpTT(5)}, {}, {}})},
                                  {0x01, pgc({{}, {linkPgcn(1)}, {}})},
                                  {0x82, pgc({{}, {jumpTT(5)}, {}})}});
        const QByteArray expected = pgcit({{0x81, pgc({{jumpTT(6)}, {}, {}})},
                                           {0x01, pgc({{}, {linkPgcn(1)}, {}})},
                                           {0x82, pgc({{}, {jumpTT(6)}, {}})}});
        QList<Visit> visits;
        QStringList notes;
        NavContext context{NavDomain::Title, 2, 9, QStringLiteral("VTS_02_0.IFO")};
        QVERIFY(rewritePgcit(table, 0, context, renumber(5, 6, &visits), &notes));
        QCOMPARE(table.toHex(), expected.toHex());
        QCOMPARE(notes, QStringList{QStringLiteral("title 5 is now 6")});
        QCOMPARE(visits.size(), 3);
        QCOMPARE(visits[0].where, QStringLiteral("VTS_02_0.IFO PGC 1 pre 1"));
        QCOMPARE(visits[1].where, QStringLiteral("VTS_02_0.IFO PGC 2 post 1"));
        QCOMPARE(visits[2].where, QStringLiteral("VTS_02_0.IFO PGC 3 post 1"));
        QCOMPARE(visits[0].vtsTitle, 1);
        QCOMPARE(visits[1].vtsTitle, 1);
        QCOMPARE(visits[2].vtsTitle, 2);
        for (const Visit &v : visits)
            QCOMPARE(v.titleSet, 2);

        visits.clear();
        context.domain = NavDomain::VtsMenu;
        QVERIFY(rewritePgcit(table, 0, context, renumber(6, 5, &visits), nullptr));
        QCOMPARE(visits.size(), 3);
        for (const Visit &v : visits)
            QCOMPARE(v.vtsTitle, 9);

        // A search pointer past the end, or a PGC outside the table.
        QByteArray damaged = table;
        put16(damaged, 0, 200);
        QVERIFY(!rewritePgcit(damaged, 0, context, renumber(1, 2, nullptr), nullptr));
        damaged = table;
        put32(damaged, 8 + 4, quint32(table.size() + 10));
        QVERIFY(!rewritePgcit(damaged, 0, context, renumber(1, 2, nullptr), nullptr));
    }

    // Language units of a PGCI_UT that share one PGCIT have its commands rewritten once.
    void rewritePgciUtOncePerPgcit()
    {
        const QByteArray english = pgcit({{0x83, pgc({{jumpTT(2)}, {}, {jumpTT(2)}})}});
        const QByteArray german = pgcit({{0x83, pgc({{}, {jumpTT(2)}, {}})}});
        // Header and three unit pointers (en, fr sharing en's PGCIT, de), then the PGCITs.
        QByteArray table(8 + 3 * 8, '\0');
        put16(table, 0, 3);
        const quint32 en = quint32(table.size());
        const quint32 de = quint32(en + english.size());
        const QList<QPair<const char *, quint32>> units{{"en", en}, {"fr", en}, {"de", de}};
        for (int i = 0; i < units.size(); ++i) {
            table[8 + 8 * i] = units[i].first[0];
            table[8 + 8 * i + 1] = units[i].first[1];
            put32(table, 8 + 8 * i + 4, units[i].second);
        }
        table += english + german;
        put32(table, 4, quint32(table.size() - 1));

        QList<Visit> visits;
        QVERIFY(rewritePgciUt(table, {NavDomain::VmgMenu, 0, 0, QStringLiteral("VMGM")},
                              renumber(2, 1, &visits), nullptr));
        QCOMPARE(visits.size(), 3);
        int jumpsToOne = 0;
        for (qint64 at = 0; at + 8 <= table.size(); ++at) {
            NavCommand c;
            std::copy_n(table.constData() + at, 8, c.begin());
            if (hex(c) == hex(command(jumpTT(1))))
                ++jumpsToOne;
            QVERIFY2(hex(c) != hex(command(jumpTT(2))), "a JumpTT 2 was left");
        }
        QCOMPARE(jumpsToOne, 3);
    }

    // Appending lays the PGC out as if it had been authored with the extra post command:
    // program map, cell tables and later PGCs move, the counts and last bytes grow.
    void appendPostCommandMovesWhatFollows_data()
    {
        QTest::addColumn<PgcSpec>("spec");
        QTest::newRow("pre, post and cell commands")
            << PgcSpec{{setGprm(0, 1)}, {jumpTT(2)}, {linkCn(1), jumpTT(3)}};
        QTest::newRow("no post commands yet") << PgcSpec{{setGprm(0, 1)}, {}, {linkCn(1)}};
        QTest::newRow("empty command table") << PgcSpec{};
        PgcSpec none;
        none.commandTable = false;
        QTest::newRow("no command table") << none;
    }

    void appendPostCommandMovesWhatFollows()
    {
        QFETCH(PgcSpec, spec);
        const quint64 added = callSSFirstPlay(1) | condition(2, 0x0F, 0x0E);
        const QByteArray first = pgc({{jumpTT(1)}, {exitCmd()}, {}});
        const QByteArray last = pgc({{}, {}, {linkCn(2)}});
        QByteArray table = pgcit({{0x81, first}, {0x01, pgc(spec)}, {0x82, last}});
        PgcSpec grown = spec;
        grown.commandTable = true;
        grown.post << added;
        const QByteArray expected = pgcit({{0x81, first}, {0x01, pgc(grown)}, {0x82, last}});
        QVERIFY(appendPostCommand(table, 2, command(added)));
        QCOMPARE(table.toHex(), expected.toHex());

        // And the result reads back: the new post command is where a reader finds it.
        QList<Visit> visits;
        QVERIFY(rewritePgcit(table, 0, {}, renumber(0, 0, &visits), nullptr));
        QStringList where;
        for (const Visit &v : visits)
            where << v.where;
        const QString posts =
            QStringLiteral(" PGC 2 post %1").arg(spec.commandTable ? spec.post.size() + 1 : 1);
        QVERIFY(where.contains(posts));
        QCOMPARE(visits[where.indexOf(posts)].command, hex(command(added)));
    }

    void appendPostCommandRejectsDamage()
    {
        const QByteArray good = pgcit({{0x81, pgc({{}, {exitCmd()}, {}})}});
        QByteArray table = good;
        QVERIFY(!appendPostCommand(table, 0, command(exitCmd())));
        QVERIFY(!appendPostCommand(table, 2, command(exitCmd())));
        QCOMPARE(table, good);
        put32(table, 12, quint32(table.size() - 10)); // the PGC would lie past the end
        QVERIFY(!appendPostCommand(table, 1, command(exitCmd())));
        // 128 post commands is the most a PGC may have.
        PgcSpec full;
        for (int i = 0; i < 128; ++i)
            full.post << linkCn(1);
        table = pgcit({{0x81, pgc(full)}});
        QVERIFY(!appendPostCommand(table, 1, command(exitCmd())));
    }

    void pgcTables()
    {
        PgcSpec a; // 01:02:03, frame 15 at 25 fps (frame byte 01 + BCD 15)
        a.playbackTime = 0x01020355;
        a.nextPgc = 2;
        PgcSpec b; // 00:00:10, frame 15 at 29.97 fps (frame byte 11 + BCD 15)
        b.playbackTime = 0x000010D5;
        const QByteArray table =
            pgcit({{0x81, pgc(a)}, {0x01, pgc(b)}, {0x82, pgc({})}, {0x03, pgc({})}});
        QVERIFY(!pgcEndsTitle(table, 1));
        QVERIFY(pgcEndsTitle(table, 2));
        QCOMPARE(pgcsOfTitle(table, 1), QList<int>({1, 2}));
        QCOMPARE(pgcsOfTitle(table, 2), QList<int>({3}));
        QCOMPARE(pgcsOfTitle(table, 3), QList<int>({4}));
        QCOMPARE(pgcsOfTitle(table, 4), QList<int>());
        QCOMPARE(pgcPlaybackMs(table, 1), qint64((3600 + 2 * 60 + 3) * 1000 + 600));
        QCOMPARE(pgcPlaybackMs(table, 2), qint64(10 * 1000 + 500));
    }

    void menuEntries()
    {
        // Two language units: the first has a root menu (3) and a plain PGC, the second the
        // title menu (2) but not as its entry PGC, plus an audio menu (5).
        const QByteArray en = pgcit({{0x83, pgc({})}, {0x00, pgc({})}});
        const QByteArray de = pgcit({{0x02, pgc({})}, {0x85, pgc({})}});
        QByteArray ut(8 + 2 * 8, '\0');
        put16(ut, 0, 2);
        put32(ut, 8 + 4, quint32(ut.size()));
        put32(ut, 16 + 4, quint32(ut.size() + en.size()));
        ut += en + de;
        QVERIFY(hasMenuEntry(ut, 3));
        QVERIFY(hasMenuEntry(ut, 5));
        QVERIFY(!hasMenuEntry(ut, 2));
        QVERIFY(!hasMenuEntry(ut, 4));
    }

    // Buttons of NAV packs with highlight information are offered; video packs and NAV packs
    // without highlights are not. libdvdread's PCI reader sees the rewritten buttons.
    void rewriteMenuButtonsInNavPacks()
    {
        const QList<quint64> buttons{jumpTT(3), linkPgcn(2), jumpTT(4), jumpTT(3)};
        QByteArray vob = navPack(1, buttons) + videoPack() + navPack(0, {jumpTT(3)}) +
                         navPack(2, {linkCn(1), jumpTT(3)});
        const QByteArray before = vob;
        QList<Visit> visits;
        QStringList notes;
        const int changed =
            rewriteMenuButtons(vob, {NavDomain::VmgMenu, 0, 0, QStringLiteral("VIDEO_TS.VOB")},
                               renumber(3, 1, &visits), &notes);
        QCOMPARE(changed, 2);
        QCOMPARE(notes, QStringList{QStringLiteral("title 3 is now 1")});
        QStringList where;
        for (const Visit &v : visits)
            where << v.where;
        QCOMPARE(where, QStringList({QStringLiteral("VIDEO_TS.VOB button 1"),
                                     QStringLiteral("VIDEO_TS.VOB button 2"),
                                     QStringLiteral("VIDEO_TS.VOB button 3"),
                                     QStringLiteral("VIDEO_TS.VOB button 4"),
                                     QStringLiteral("VIDEO_TS.VOB button 1"),
                                     QStringLiteral("VIDEO_TS.VOB button 2")}));
        // Only the command bytes of the renumbered buttons differ.
        QList<qint64> differ;
        for (qint64 i = 0; i < vob.size(); ++i) {
            if (vob[i] != before[i])
                differ << i;
        }
        const qint64 b1 = 45 + 142 + 10 + 5; // button 1's byte 5: the title
        QCOMPARE(differ, QList<qint64>({b1, b1 + 3 * 18, 3 * 2048 + b1 + 18}));

        pci_t pci;
        navRead_PCI(&pci, reinterpret_cast<unsigned char *>(vob.data()) + 45);
        QCOMPARE(int(pci.hli.hl_gi.hli_ss), 1);
        const QList<quint64> now{jumpTT(1), linkPgcn(2), jumpTT(4), jumpTT(1)};
        for (int b = 0; b < now.size(); ++b) {
            NavCommand c;
            std::copy_n(pci.hli.btnit[b].cmd.bytes, 8, c.begin());
            QCOMPARE(hex(c), hex(command(now[b])));
        }
    }

    void rewriteMenuButtonsWithoutNavPacks()
    {
        QByteArray vob = videoPack() + videoPack();
        QCOMPARE(rewriteMenuButtons(vob, {}, renumber(3, 1, nullptr), nullptr), -1);
        QByteArray empty;
        QCOMPARE(rewriteMenuButtons(empty, {}, renumber(3, 1, nullptr), nullptr), -1);
        vob = navPack(0, {}) + navPack(1, {linkPgcn(1)});
        QCOMPARE(rewriteMenuButtons(vob, {}, renumber(3, 1, nullptr), nullptr), 0);
    }
};

QTEST_GUILESS_MAIN(TestIfoNav)
#include "tst_ifonav.moc"
