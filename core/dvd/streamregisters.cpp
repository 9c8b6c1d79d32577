#include "dvd/streamregisters.h"

#include "dvd/vtsstreams.h"

#include <QCoreApplication>

namespace Spindle {

namespace {

// The context of the other stream code (dvdstreams.cpp, vtsstreams.cpp): their notes share
// words ("stream numbers follow the streams kept"), translated once.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdStreams)
};

// Register operands as libdvdnav's decoder (decoder.c) and the mpucoder tables place them.
constexpr int SprmAudio = 0x81; // a register byte with bit 7 set names a system register
constexpr int SprmSubpicture = 0x82;

int type(const NavCommand &c)
{
    return c[0] >> 5;
}
bool immediate(const NavCommand &c)
{
    return c[0] & 0x10; // bit 60: the set/system-set operand is a constant
}
int compareOp(const NavCommand &c)
{
    return (c[1] >> 4) & 0x07; // bits 54..52
}
bool compareImmediate(const NavCommand &c)
{
    return c[1] & 0x80; // bit 55
}

} // namespace

void StreamRegisters::use(int reg, quint8 what, int titleSet)
{
    m_use[size_t(reg & 0x0F)] |= what;
    if (what & (ReadsAudio | ReadsSubpicture))
        m_readers[size_t(reg & 0x0F)].insert(titleSet);
}

void StreamRegisters::read(int byteValue, int titleSet)
{
    if (!(byteValue & 0x80))
        use(byteValue, Other, titleSet);
}

void StreamRegisters::visit(const NavCommand &c, int titleSet)
{
    // The condition: whatever a register is compared with, it is not a plain stream number.
    if (compareOp(c) != 0) {
        switch (type(c)) {
        case 0:
            read(c[3], titleSet);
            if (!compareImmediate(c))
                read(c[5], titleSet);
            break;
        case 1:
            if (immediate(c)) { // jumps compare two registers, links as type 0 does
                read(c[6], titleSet);
                read(c[7], titleSet);
            } else {
                read(c[3], titleSet);
                if (!compareImmediate(c))
                    read(c[5], titleSet);
            }
            break;
        case 2:
            read(c[6], titleSet);
            read(c[7], titleSet);
            break;
        case 3:
            read(c[2], titleSet);
            if (!compareImmediate(c))
                read(c[7], titleSet);
            break;
        default:
            use(c[1] & 0x0F, Other, titleSet);
            if (!compareImmediate(c))
                read(c[5], titleSet);
            break;
        }
    }
    const int op = c[0] & 0x0F;
    if (type(c) == 2) {
        switch (op) {
        case 1: // SetSTN: audio in byte 3, subpicture in byte 4, angle in byte 5
            if (!immediate(c)) {
                if (c[3] & 0x80)
                    use(c[3], ReadsAudio, titleSet);
                if (c[4] & 0x80)
                    use(c[4], ReadsSubpicture, titleSet);
                if (c[5] & 0x80)
                    use(c[5], Other, titleSet);
            }
            break;
        case 2: // SetNVTMR
            if (!immediate(c))
                read(c[3], titleSet);
            break;
        case 3: { // SetGPRMMD: the register in byte 5 (bit 7: counter mode), the value in 2-3
            const int reg = c[5] & 0x0F;
            if (c[5] & 0x80)
                use(reg, Other, titleSet);
            else if (!immediate(c) && c[3] == SprmAudio)
                use(reg, CopiesAudio, titleSet);
            else if (!immediate(c) && c[3] == SprmSubpicture)
                use(reg, CopiesSubpicture, titleSet);
            else if (!immediate(c)) {
                use(reg, Other, titleSet);
                read(c[3], titleSet);
            }
            break;
        }
        case 6: // SetHL_BTNN
            if (!immediate(c))
                read(c[5], titleSet);
            break;
        default:
            break;
        }
        return;
    }
    if (type(c) == 3) {
        const int reg = c[3] & 0x0F;
        if (op == 0)
            return;
        if (op == 1 && immediate(c))
            return; // a constant: remapped when the register qualifies
        if (op == 1 && c[5] == SprmAudio) {
            use(reg, CopiesAudio, titleSet);
            return;
        }
        if (op == 1 && c[5] == SprmSubpicture) {
            use(reg, CopiesSubpicture, titleSet);
            return;
        }
        use(reg, Other, titleSet);
        if (!immediate(c))
            read(c[5], titleSet); // the source, or the swapped register
        return;
    }
    if (type(c) >= 4 && type(c) <= 6 && op != 0) {
        // Set with compare and link: rare, and not worth telling apart.
        use(c[1] & 0x0F, Other, titleSet);
        if (!immediate(c))
            read(c[3], titleSet);
    }
}

NavRewrite StreamRegisters::visitor(int titleSet)
{
    return [this, titleSet](NavCommand &c, const NavContext &) -> std::optional<QString> {
        visit(c, titleSet);
        return std::nullopt;
    };
}

void StreamRegisters::visitPgc(QByteArray table, qint64 offset, int titleSet)
{
    rewritePgcCommands(table, offset, {}, visitor(titleSet), nullptr);
}

void StreamRegisters::visitPgcit(QByteArray table, int titleSet)
{
    NavContext context;
    context.domain = NavDomain::Title;
    rewritePgcit(table, 0, context, visitor(titleSet), nullptr);
}

void StreamRegisters::visitPgciUt(QByteArray table, int titleSet)
{
    rewritePgciUt(table, {}, visitor(titleSet), nullptr);
}

void StreamRegisters::visitButtons(QByteArray vob, int titleSet)
{
    rewriteMenuButtons(vob, {}, visitor(titleSet), nullptr);
}

StreamRegisters::Kind StreamRegisters::kind(int reg) const
{
    const quint8 u = m_use[size_t(reg & 0x0F)];
    if (u & Other)
        return Kind::None;
    const bool audio = u & ReadsAudio;
    const bool subpicture = u & ReadsSubpicture;
    if (audio && !subpicture && !(u & CopiesSubpicture))
        return Kind::Audio;
    if (subpicture && !audio && !(u & CopiesAudio))
        return Kind::Subpicture;
    return Kind::None;
}

bool StreamRegisters::carriesStreams() const
{
    for (int reg = 0; reg < 16; ++reg) {
        if (kind(reg) != Kind::None)
            return true;
    }
    return false;
}

QList<int> StreamRegisters::mixed() const
{
    QList<int> regs;
    for (int reg = 0; reg < 16; ++reg) {
        if ((m_use[size_t(reg)] & (ReadsAudio | ReadsSubpicture)) && kind(reg) == Kind::None)
            regs << reg;
    }
    return regs;
}

StreamRemap StreamRegisters::merged(int reg, const std::map<int, StreamRemap> &titleSets) const
{
    QList<StreamRemap> readers;
    for (const int set : m_readers[size_t(reg)]) {
        for (const auto &[number, remap] : titleSets) {
            if (set == 0 || set == number)
                readers << remap;
        }
    }
    return mergedStreamRemap(readers);
}

std::array<std::optional<StreamRemap>, 16>
StreamRegisters::remaps(const std::map<int, StreamRemap> &titleSets) const
{
    std::array<std::optional<StreamRemap>, 16> result;
    for (int reg = 0; reg < 16; ++reg) {
        if (kind(reg) != Kind::None)
            result[size_t(reg)] = merged(reg, titleSets);
    }
    return result;
}

QStringList StreamRegisters::notes() const
{
    QStringList notes;
    for (const int reg : mixed()) {
        notes << Tr::tr("Register GPRM %1 selects streams but is also compared or computed with; "
                        "the commands that set it stay as they are, so a choice made through it "
                        "may now select another stream.")
                     .arg(reg);
    }
    return notes;
}

std::optional<RegisterConstant> registerConstant(const NavCommand &c)
{
    if (c[0] == 0x71) // type 3, constant, mov: the register in byte 3, the value in 4-5
        return RegisterConstant{c[3] & 0x0F, c[4] << 8 | c[5]};
    if (c[0] == 0x53 && !(c[5] & 0x80)) // SetGPRMMD, constant, register mode
        return RegisterConstant{c[5] & 0x0F, c[2] << 8 | c[3]};
    return std::nullopt;
}

std::optional<QString> remapRegisterConstant(NavCommand &command, StreamRegisters::Kind kind,
                                             const StreamRemap &remap, const QString &where)
{
    const auto constant = registerConstant(command);
    if (!constant || kind == StreamRegisters::Kind::None || constant->value >= 0x80)
        return std::nullopt;
    QStringList changes;
    const int to = kind == StreamRegisters::Kind::Audio
                       ? remapAudioSelection(constant->value, remap, changes)
                       : remapSubpictureSelection(constant->value, remap, changes);
    if (to == constant->value)
        return std::nullopt;
    const int high = command[0] == 0x71 ? 4 : 2;
    command[size_t(high)] = 0;
    command[size_t(high + 1)] = quint8(to);
    if (changes.isEmpty())
        changes << Tr::tr("stream numbers follow the streams kept");
    return Tr::tr("%1: the stream number it keeps in register GPRM %2 for a later selection "
                  "changes (%3).")
        .arg(where)
        .arg(constant->reg)
        .arg(changes.join(QStringLiteral("; ")));
}

} // namespace Spindle
