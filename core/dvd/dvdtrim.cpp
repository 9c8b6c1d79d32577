#include "dvd/dvdtrim.h"

#include "dvd/dvdfilereader.h"
#include "dvd/dvdminimalvmg.h"
#include "dvd/dvdvmgtables.h"
#include "dvd/ifofile.h"
#include "dvd/ifonav.h"
#include "dvd/streamregisters.h"
#include "dvd/titlesetedit.h"
#include "dvd/trimcommands.h"
#include "dvd/trimjumps.h"
#include "dvd/vobrewrite.h"
#include "tree/imagetree.h"
#include "udf/fileplanreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdTrim)
};

// IFO files are a few hundred KiB at most; anything larger is not an IFO.
constexpr qint64 IfoCap = 16 * 1024 * 1024;
// Menu VOBs whose buttons change are carried as literal bytes (menus are short loops).
constexpr qint64 MenuVobCap = 64 * 1024 * 1024;
constexpr qint64 ChunkSectors = 512;

struct Title
{
    int number = 0; // in the source
    TitleSearchEntry entry;
    qint64 ms = 0;
    int newNumber = 0; // 0: left out
};

struct TitleSet
{
    int number = 0;    // in the source
    int newNumber = 0; // 0: left out
    IfoFile ifo;
    int ifoEntry = -1;
    int menuVobEntry = -1;        // VTS_nn_0.VOB
    std::map<int, int> titleVobs; // part (1..9) -> tree entry
    QByteArray menuVob;           // patched menu VOB (empty: the source's bytes)
    qint64 menuSectors = 0;
    qint64 titleSectors = 0;
    // Streams left out: the remap of stream numbers and the rewritten title VOBs.
    std::optional<StreamRemap> streams;
    std::shared_ptr<VobRewrite> vobs;
    qint64 savedBytes = 0;
    int cellsCut = 0;
    bool rewriteButtons = false; // its title VOBs' buttons keep stream numbers that move
};

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

class Planner
{
public:
    Planner(std::shared_ptr<const ImageTree> tree, const DvdTrimOptions &options)
        : m_tree(std::move(tree)), m_options(options), m_reader(m_tree)
    {}

    Result<DvdTrimPlan> run()
    {
        if (auto e = load())
            return *e;
        if (auto e = choose())
            return *e;
        if (auto e = planStreamRegisters())
            return *e;
        for (TitleSet &set : m_sets) {
            if (set.newNumber == 0)
                continue;
            if (auto e = rewriteTitleSet(set))
                return *e;
        }
        if (auto e = rewriteVmg())
            return *e;
        assemble();
        m_scan.finish();
        return std::move(m_plan);
    }

private:
    std::optional<Error> load()
    {
        const int root = m_tree->find(QByteArrayLiteral("/VIDEO_TS"));
        m_ifoEntry = m_tree->find(QByteArrayLiteral("/VIDEO_TS/VIDEO_TS.IFO"));
        if (root < 0 || m_ifoEntry < 0)
            return Error{Tr::tr("This source is not a DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO. "
                                "Leave files out in the file tree instead."),
                         {}};
        const TreeEntry &dir = m_tree->at(root);
        static const QRegularExpression vtsName(
            QStringLiteral("^VTS_(\\d\\d)_(\\d)\\.(IFO|VOB|BUP)$"),
            QRegularExpression::CaseInsensitiveOption);
        std::map<int, TitleSet> sets;
        for (int i = dir.firstChild; i < dir.firstChild + dir.childCount; ++i) {
            const QString name = m_tree->at(i).name.toUpper();
            if (name == QLatin1String("VIDEO_TS.VOB"))
                m_menuVobEntry = i;
            const auto m = vtsName.match(name);
            if (!m.hasMatch())
                continue;
            TitleSet &set = sets[m.captured(1).toInt()];
            const int part = m.captured(2).toInt();
            if (m.captured(3) == QLatin1String("IFO") && part == 0)
                set.ifoEntry = i;
            else if (m.captured(3) == QLatin1String("VOB"))
                (part == 0 ? set.menuVobEntry : set.titleVobs[part]) = i;
        }
        auto vmgBytes = m_reader.readEntry(m_ifoEntry, IfoCap, QStringLiteral("VIDEO_TS.IFO"));
        if (!vmgBytes)
            return vmgBytes.error();
        auto vmg = IfoFile::parse(vmgBytes.value(), QStringLiteral("VIDEO_TS.IFO"));
        if (!vmg)
            return vmg.error();
        m_vmg = std::move(vmg.value());
        const QList<TitleSearchEntry> entries = titleSearchEntries(m_vmg.table(Ifo::Vmg::TtSrpt));
        const int setCount = Ifo::be16(m_vmg.mat(), Ifo::Vmg::TitleSetCount);
        if (entries.isEmpty())
            return Error{Tr::tr("VIDEO_TS.IFO lists no titles (its title search table is empty or "
                                "damaged). The DVD cannot be trimmed; copy it whole."),
                         {}};
        for (int n = 1; n <= setCount; ++n) {
            TitleSet set = sets[n];
            set.number = n;
            const QString name = QStringLiteral("VTS_%1_0.IFO").arg(twoDigits(n));
            if (set.ifoEntry < 0)
                return Error{
                    Tr::tr("%1 is missing, though VIDEO_TS.IFO lists title set %2. The DVD "
                           "is incomplete; copy the whole disc again.")
                        .arg(name)
                        .arg(n),
                    {}};
            auto bytes = m_reader.readEntry(set.ifoEntry, IfoCap, name);
            if (!bytes)
                return bytes.error();
            auto ifo = IfoFile::parse(bytes.value(), name);
            if (!ifo)
                return ifo.error();
            set.ifo = std::move(ifo.value());
            if (set.ifo.kind() != IfoFile::Kind::Vts || !set.ifo.hasTable(Ifo::Vts::Pgcit))
                return Error{Tr::tr("%1 is not a title set IFO file. The DVD cannot be trimmed; "
                                    "copy it whole.")
                                 .arg(name),
                             {}};
            if (set.menuVobEntry >= 0)
                set.menuSectors = Ifo::sectorsFor(m_tree->at(set.menuVobEntry).size);
            for (const auto &[part, entry] : set.titleVobs)
                set.titleSectors += Ifo::sectorsFor(m_tree->at(entry).size);
            m_sets << std::move(set);
        }
        for (int i = 0; i < entries.size(); ++i) {
            Title t;
            t.number = i + 1;
            t.entry = entries.at(i);
            if (t.entry.titleSet < 1 || t.entry.titleSet > setCount)
                return Error{Tr::tr("Title %1 belongs to title set %2, which VIDEO_TS.IFO does not "
                                    "have. The DVD's IFO files are inconsistent; copy it whole.")
                                 .arg(t.number)
                                 .arg(t.entry.titleSet),
                             {}};
            // The title's length: its PGCs' playback times (VTS_PGCIT entries of its VTS_TTN).
            const QByteArray pgcit = m_sets[t.entry.titleSet - 1].ifo.table(Ifo::Vts::Pgcit);
            for (int pgc : pgcsOfTitle(pgcit, t.entry.vtsTitle))
                t.ms += pgcPlaybackMs(pgcit, pgc);
            m_titles << t;
        }
        return std::nullopt;
    }

    std::optional<Error> choose()
    {
        const int count = int(m_titles.size());
        const auto unknown = [count](int n) {
            return Error{Tr::tr("Title %1 does not exist: this DVD-Video has titles 1 to %2. "
                                "Check the numbers with \"spindle-cli titles\".")
                             .arg(n)
                             .arg(count),
                         {}};
        };
        QList<int> keep = m_options.keepTitles;
        if (keep.isEmpty()) {
            for (int n = 1; n <= count; ++n)
                keep << n;
        }
        for (int n : keep + m_options.dropTitles) {
            if (n < 1 || n > count)
                return unknown(n);
        }
        for (auto it = m_options.streams.cbegin(); it != m_options.streams.cend(); ++it) {
            if (it.key() < 1 || it.key() > m_sets.size())
                return Error{Tr::tr("Title set %1 does not exist: this DVD-Video has title sets 1 "
                                    "to %2. Check the numbers with \"spindle-cli titles\".")
                                 .arg(it.key())
                                 .arg(m_sets.size()),
                             {}};
        }
        int next = 0;
        for (Title &t : m_titles) {
            if (keep.contains(t.number) && !m_options.dropTitles.contains(t.number))
                t.newNumber = ++next;
        }
        if (next == 0)
            return Error{Tr::tr("Every title would be left out, which leaves no DVD-Video. Keep at "
                                "least one title."),
                         {}};
        int nextSet = 0;
        for (TitleSet &set : m_sets) {
            const bool used = std::any_of(m_titles.cbegin(), m_titles.cend(), [&](const Title &t) {
                return t.newNumber > 0 && t.entry.titleSet == set.number;
            });
            if (used) {
                set.newNumber = ++nextSet;
                m_plan.titleSetNumbers << qMakePair(set.number, set.newNumber);
            }
        }
        for (const Title &t : m_titles) {
            if (t.newNumber > 0)
                m_plan.titleNumbers << qMakePair(t.number, t.newNumber);
            if (t.newNumber > 0 && (m_main == nullptr || t.ms > m_main->ms))
                m_main = &t;
        }
        m_hasTitleMenu =
            !m_options.mainFeatureOnly && hasMenuEntry(m_vmg.table(Ifo::Vmg::MenuPgciUt), 2);
        m_commands->jumps.emplace(trimTitles(), setNumbers(), trimTitle(*m_main), m_hasTitleMenu,
                                  m_options.mainFeatureOnly);
        return std::nullopt;
    }

    static TrimTitle trimTitle(const Title &t)
    {
        return {t.number, t.newNumber, t.entry.titleSet, t.entry.vtsTitle};
    }

    QList<TrimTitle> trimTitles() const
    {
        QList<TrimTitle> titles;
        for (const Title &t : m_titles)
            titles << trimTitle(t);
        return titles;
    }

    QList<int> setNumbers() const
    {
        QList<int> numbers;
        for (const TitleSet &set : m_sets)
            numbers << set.newNumber;
        return numbers;
    }

    NavRewrite rewriter() const
    {
        return [this](NavCommand &c, const NavContext &context) {
            return m_commands->rewrite(c, context);
        };
    }

    // Every register that carries a stream number from one PGC to another (a menu button's
    // "g5 = 2" for the film's "audio = g5"), and where its numbers move: the remaps of the
    // title sets that read it, merged. Looks at every command of the kept title sets, the VMG,
    // and the buttons of the menu VOBs and of the title VOBs.
    std::optional<Error> planStreamRegisters()
    {
        if (m_options.streams.isEmpty())
            return std::nullopt;
        StreamRegisters registers;
        std::map<int, StreamRemap> remaps; // title set -> its remap (all kept sets)
        QList<const TitleSet *> copied;    // kept title sets whose title VOBs are copied
        const auto buttons = [&](int entry, int titleSet) -> std::optional<Error> {
            return readChunks(
                entry, [&](const QByteArray &part) { registers.visitButtons(part, titleSet); });
        };
        if (const quint32 fp = Ifo::be32(m_vmg.mat(), Ifo::Vmg::FirstPlayPgc); fp > 0)
            registers.visitPgc(m_vmg.mat(), fp, 0);
        registers.visitPgciUt(m_vmg.table(Ifo::Vmg::MenuPgciUt), 0);
        if (m_menuVobEntry >= 0) {
            if (auto e = buttons(m_menuVobEntry, 0))
                return e;
        }
        for (const TitleSet &set : m_sets) {
            if (set.newNumber == 0)
                continue;
            const DvdStreamChoice choice = m_options.streams.value(set.number);
            const QString name = QStringLiteral("VTS_%1_0.IFO").arg(twoDigits(set.number));
            auto remap = choice.any() ? planStreamRemap(set.ifo, choice, name)
                                      : Result<StreamRemap>(unchangedStreams(set.ifo));
            if (!remap)
                return remap.error();
            remaps[set.number] = remap.value();
            registers.visitPgcit(set.ifo.table(Ifo::Vts::Pgcit), set.number);
            registers.visitPgciUt(set.ifo.table(Ifo::Vts::MenuPgciUt), set.number);
            if (set.menuVobEntry >= 0) {
                if (auto e = buttons(set.menuVobEntry, set.number))
                    return e;
            }
            // The buttons of title VOBs that are rewritten (the scan is kept for the rewrite).
            if (cutOf(set).any()) {
                auto packs = scanVobPacks(m_tree, titleVobFiles(set), scanProgress(set));
                if (!packs)
                    return packs.error();
                for (const NavCommand &c : std::as_const(packs.value()->buttonCommands))
                    registers.visit(c, set.number);
            } else {
                copied << &set;
            }
        }
        // The buttons of title VOBs that would be copied: read (a cached pass) only when a
        // register carries stream numbers; a damaged VOB is copied as it is, with a note.
        std::map<const TitleSet *, QList<NavCommand>> copiedButtons;
        for (const TitleSet *set : copied) {
            if (!registers.carriesStreams())
                break;
            bool stop = false; // cancelled, not a damaged VOB
            const VobScanProgress progress = scanProgress(*set);
            auto packs = scanVobPacks(m_tree, titleVobFiles(*set), [&](qint64 done, qint64 all) {
                return !(stop = !progress(done, all));
            });
            if (!packs && stop)
                return packs.error();
            if (!packs) {
                m_plan.notes << Tr::tr("The buttons shown during the titles of title set %1 "
                                       "could not be read, so a stream choice they keep in a "
                                       "register may now select another stream. %2")
                                    .arg(set->number)
                                    .arg(packs.error().message);
                continue;
            }
            copiedButtons[set] = packs.value()->buttonCommands;
            for (const NavCommand &c : std::as_const(copiedButtons[set]))
                registers.visit(c, set->number);
        }
        m_commands->registerRemaps = registers.remaps(remaps);
        m_plan.notes << registers.notes();
        m_commands->registers = std::move(registers);
        // A button of those VOBs that keeps a stream number the new numbers move: the VOBs are
        // rewritten with their buttons patched (same packs, same sectors), not copied.
        for (const auto &[set, commands] : copiedButtons) {
            NavContext context;
            context.domain = NavDomain::Title;
            context.titleSet = set->number;
            for (NavCommand c : commands) {
                if (registerConstant(c) && m_commands->rewrite(c, context)) {
                    m_sets[set->number - 1].rewriteButtons = true;
                    m_plan.notes << Tr::tr("VTS_%1_*.VOB: buttons shown during its titles keep "
                                           "a stream number for later; they follow the new "
                                           "numbers.")
                                        .arg(twoDigits(set->number));
                    break;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<Error> readChunks(int entry, const std::function<void(const QByteArray &)> &use)
    {
        return m_reader.readChunks(entry, ChunkSectors * Ifo::Sector, use);
    }

    // Reads a menu VOB and patches its buttons. Keeps the bytes only when a button changed
    // (and the VOB is small enough to hold); returns an error when a change is needed in a
    // VOB larger than the cap.
    Result<QByteArray> patchMenuVob(int entry, const QString &name, const NavContext &context)
    {
        const TreeEntry &e = m_tree->at(entry);
        QByteArray kept;
        bool changed = false;
        const auto error = readChunks(entry, [&](const QByteArray &chunk) {
            QByteArray part = chunk;
            changed |= rewriteMenuButtons(part, context, rewriter(), &m_plan.notes) > 0;
            if (e.size <= MenuVobCap)
                kept += part;
        });
        if (error)
            return *error;
        if (changed && e.size > MenuVobCap)
            return Error{
                Tr::tr("The menu %1 is %2 MiB and its buttons lead to titles that are left "
                       "out; Spindle rewrites menus up to %3 MiB. Keep all titles, or "
                       "choose \"main feature only\", which leaves the menus out.")
                    .arg(name)
                    .arg(e.size / (1024 * 1024))
                    .arg(MenuVobCap / (1024 * 1024)),
                {}};
        return changed ? kept : QByteArray();
    }

    // Main feature only: a kept title whose last PGC has no command that goes on (those
    // rewriter() made, or found, calling first play) gets one appended to its post commands.
    bool chainTitles(TitleSet &set)
    {
        QByteArray *pgcit = set.ifo.tableRef(Ifo::Vts::Pgcit);
        for (const Title &t : m_titles) {
            if (t.newNumber == 0 || t.entry.titleSet != set.number ||
                m_commands->jumps->isChained(set.number, t.entry.vtsTitle))
                continue;
            NavCommand next{};
            setCallFirstPlay(next);
            for (int pgc : pgcsOfTitle(*pgcit, t.entry.vtsTitle)) {
                if (!pgcEndsTitle(*pgcit, pgc))
                    continue;
                if (!appendPostCommand(*pgcit, pgc, next))
                    return false;
                m_commands->jumps->markChained(set.number, t.entry.vtsTitle);
                m_plan.notes << Tr::tr(
                                    "Title %1 had no command at its end; one that plays the next "
                                    "title (or stops after the last) is added.")
                                    .arg(t.newNumber);
            }
        }
        return true;
    }

    std::optional<Error> rewriteTitleSet(TitleSet &set)
    {
        const QString name = QStringLiteral("VTS_%1_0").arg(twoDigits(set.number));
        if (auto e = cutTitleSet(set))
            return e;
        NavContext context;
        context.titleSet = set.number;
        context.domain = NavDomain::Title;
        context.where = name + QStringLiteral(".IFO ") + Tr::tr("title");
        QByteArray *pgcit = set.ifo.tableRef(Ifo::Vts::Pgcit);
        if (!rewritePgcit(*pgcit, 0, context, rewriter(), &m_plan.notes))
            return Error{Tr::tr("%1.IFO has a damaged program chain table. The DVD cannot be "
                                "trimmed; copy it whole.")
                             .arg(name),
                         {}};
        if (m_options.mainFeatureOnly && !chainTitles(set))
            return Error{Tr::tr("%1.IFO has a damaged program chain table. The DVD cannot be "
                                "trimmed; copy it whole.")
                             .arg(name),
                         {}};
        if (m_options.mainFeatureOnly) {
            // No menus on a "main feature only" disc: the title set's menu tables and its
            // menu VOB go (VTSM_PGCI_UT, VTSM_C_ADT, VTSM_VOBU_ADMAP; VTSM_VOBS = 0).
            for (int table : {Ifo::Vts::MenuPgciUt, Ifo::Vts::MenuCellAdt, Ifo::Vts::MenuVobuAdmap})
                set.ifo.removeTable(table);
            set.menuVobEntry = -1;
            set.menuSectors = 0;
        } else {
            context.domain = NavDomain::VtsMenu;
            context.where = name + QStringLiteral(".IFO ") + Tr::tr("menu");
            if (QByteArray *ut = set.ifo.tableRef(Ifo::Vts::MenuPgciUt);
                ut && !rewritePgciUt(*ut, context, rewriter(), &m_plan.notes))
                return Error{Tr::tr("%1.IFO has a damaged menu table. The DVD cannot be trimmed; "
                                    "copy it whole.")
                                 .arg(name),
                             {}};
            if (set.menuVobEntry >= 0) {
                context.where = name + QStringLiteral(".VOB");
                auto vob = patchMenuVob(set.menuVobEntry, context.where, context);
                if (!vob)
                    return vob.error();
                set.menuVob = vob.value();
            }
        }
        set.ifo.setVobSectors(set.menuSectors, set.titleSectors);
        return std::nullopt;
    }

    // What leaving things out cuts from `set`: its streams the options name, the cells only its
    // left-out titles play. Nothing: its VOBs are copied as they are.
    TitleSetCut cutOf(const TitleSet &set) const
    {
        TitleSetCut cut;
        cut.streams = m_options.streams.value(set.number);
        cut.buttons = set.rewriteButtons;
        for (const Title &t : m_titles) {
            if (t.entry.titleSet == set.number && t.newNumber == 0)
                cut.deadTitles << t.entry.vtsTitle;
        }
        return cut;
    }

    static QList<int> titleVobFiles(const TitleSet &set)
    {
        QList<int> files;
        for (const auto &[part, entry] : set.titleVobs)
            files << entry;
        return files;
    }

    // The VOB scans' progress (each title set once): over the VOBs of the title sets that lose
    // streams or cells, and of the kept ones whose buttons may be read (planStreamRegisters).
    VobScanProgress scanProgress(const TitleSet &set)
    {
        if (!m_scan.hasTotal()) {
            qint64 total = 0;
            for (const TitleSet &other : m_sets) {
                if (other.newNumber == 0 || (!cutOf(other).any() && m_options.streams.isEmpty()))
                    continue;
                for (const auto &[part, entry] : other.titleVobs)
                    total += m_tree->at(entry).size;
            }
            m_scan.setTotal(total);
        }
        return m_scan.forTitleSet(set.number);
    }

    // Leaves out the streams the options name for this title set, and the cells only its
    // left-out titles play: the IFO's tables now, the VOBs' packs while they are written.
    std::optional<Error> cutTitleSet(TitleSet &set)
    {
        const TitleSetCut cut = cutOf(set);
        if (!cut.any())
            return std::nullopt;
        const QList<int> files = titleVobFiles(set);
        // Button commands inside the title VOBs select streams too.
        const NavRewrite buttons = titleButtonRewriter(m_commands, set.number);
        const QString name = QStringLiteral("VTS_%1_0.IFO").arg(twoDigits(set.number));
        const VobScanProgress progress = scanProgress(set);
        auto edit = editTitleSet(m_tree, set.ifo, files, cut, name, buttons, progress);
        if (!edit)
            return edit.error();
        // rewriter() reads the remap: for the PGCs rewritten next, and for the title VOBs'
        // buttons while they are written.
        set.streams = edit->streams;
        if (set.streams)
            m_commands->setStreams[set.number] = *set.streams;
        set.vobs = edit->vobs;
        if (set.vobs)
            set.titleSectors = set.vobs->map().keptSectors();
        set.savedBytes = edit->savedBytes;
        set.cellsCut = edit->cellsCut;
        m_plan.notes << edit->notes;
        return std::nullopt;
    }

    // First play and the VMG menus select streams for whichever title plays next.
    void planVmgStreams()
    {
        QList<StreamRemap> sets;
        bool any = false;
        for (const TitleSet &set : m_sets) {
            if (set.newNumber > 0)
                sets << (set.streams ? *set.streams : unchangedStreams(set.ifo));
            any |= set.newNumber > 0 && set.streams;
        }
        if (any)
            m_commands->vmgStreams = mergedStreamRemap(sets);
    }

    std::optional<Error> rewriteVmg()
    {
        planVmgStreams();
        QList<int> keptSets;
        for (const TitleSet &set : m_sets) {
            if (set.newNumber > 0)
                keptSets << set.number;
        }
        const bool dropped = m_plan.titleNumbers.size() < m_titles.size();
        if (m_options.mainFeatureOnly) {
            m_vmg = minimalVmg(m_vmg, int(m_plan.titleNumbers.size()));
            m_menuVobEntry = -1;
        } else {
            NavContext context;
            context.domain = NavDomain::FirstPlay;
            context.where = Tr::tr("VIDEO_TS.IFO first play");
            if (const quint32 fp = Ifo::be32(m_vmg.mat(), Ifo::Vmg::FirstPlayPgc); fp > 0)
                rewritePgcCommands(m_vmg.mat(), fp, context, rewriter(), &m_plan.notes);
            context.domain = NavDomain::VmgMenu;
            context.where = Tr::tr("VIDEO_TS.IFO menu");
            if (QByteArray *ut = m_vmg.tableRef(Ifo::Vmg::MenuPgciUt);
                ut && !rewritePgciUt(*ut, context, rewriter(), &m_plan.notes))
                return Error{Tr::tr("VIDEO_TS.IFO has a damaged menu table. The DVD cannot be "
                                    "trimmed; copy it whole."),
                             {}};
            if (m_menuVobEntry >= 0) {
                context.where = QStringLiteral("VIDEO_TS.VOB");
                auto vob = patchMenuVob(m_menuVobEntry, context.where, context);
                if (!vob)
                    return vob.error();
                m_menuVob = vob.value();
            }
        }
        Ifo::setBe16(m_vmg.mat(), Ifo::Vmg::TitleSetCount, quint16(keptSets.size()));
        const QByteArray atrt = titleSetAttributeTable(m_vmg.table(Ifo::Vmg::VtsAtrt), keptSets);
        if (atrt.isEmpty())
            return Error{Tr::tr("VIDEO_TS.IFO has a damaged title set attribute table. The DVD "
                                "cannot be trimmed; copy it whole."),
                         {}};
        m_vmg.setTable(Ifo::Vmg::VtsAtrt, atrt);
        for (const TitleSet &set : m_sets) {
            if (set.newNumber > 0 && set.streams &&
                !copyTitleSetAttributes(*m_vmg.tableRef(Ifo::Vmg::VtsAtrt), set.newNumber,
                                        set.ifo.mat()))
                return Error{Tr::tr("VIDEO_TS.IFO has a damaged title set attribute table. The "
                                    "DVD cannot be trimmed; copy it whole."),
                             {}};
        }
        if (m_vmg.hasTable(Ifo::Vmg::PtlMait)) {
            const QByteArray ptl = parentalTable(m_vmg.table(Ifo::Vmg::PtlMait), keptSets);
            if (ptl.isEmpty()) {
                m_vmg.removeTable(Ifo::Vmg::PtlMait);
                m_plan.notes << Tr::tr("The parental management table was damaged and is left "
                                       "out: the disc has no parental levels.");
            } else {
                m_vmg.setTable(Ifo::Vmg::PtlMait, ptl);
            }
        }
        if (dropped && m_vmg.hasTable(Ifo::Vmg::TxtdtMgi)) {
            // TXTDT_MGI names titles by number; stale names are worse than none.
            m_vmg.removeTable(Ifo::Vmg::TxtdtMgi);
            m_plan.notes << Tr::tr("The disc's text data (title names for players that show "
                                   "them) is left out, as titles are renumbered.");
        }
        // TT_SRPT: its size does not depend on the sectors it records, so the VMG's size is
        // known before the title sets' start sectors are written into it.
        m_vmg.setTable(Ifo::Vmg::TtSrpt, titleSearchTable(titleEntries(0)));
        const qint64 menuSectors =
            m_menuVobEntry >= 0 ? Ifo::sectorsFor(m_tree->at(m_menuVobEntry).size) : 0;
        m_vmg.setVobSectors(menuSectors, 0);
        m_vmg.setTable(Ifo::Vmg::TtSrpt, titleSearchTable(titleEntries(m_vmg.totalSectors())));
        if (m_options.mainFeatureOnly)
            m_plan.notes << (m_plan.titleNumbers.size() == 1
                                 ? Tr::tr("Main feature only: the disc plays its one title, with "
                                          "no menus.")
                                 : Tr::tr("Main feature only: the disc plays its %1 titles one "
                                          "after the other, with no menus.")
                                       .arg(m_plan.titleNumbers.size()));
        return std::nullopt;
    }

    QList<QByteArray> titleEntries(qint64 vmgSectors) const
    {
        std::map<int, qint64> start; // new title set -> sector relative to VIDEO_TS.IFO
        qint64 sector = vmgSectors;
        for (const TitleSet &set : m_sets) {
            if (set.newNumber == 0)
                continue;
            start[set.newNumber] = sector;
            sector += set.ifo.totalSectors();
        }
        QList<QByteArray> entries;
        for (const Title &t : m_titles) {
            if (t.newNumber == 0)
                continue;
            QByteArray bytes = t.entry.bytes;
            const int set = m_sets[t.entry.titleSet - 1].newNumber;
            setTitleSetNumber(bytes, set);
            setTitleSetSector(bytes, quint32(start[set]));
            entries << bytes;
        }
        return entries;
    }

    PlannedFile file(const QString &name, int entry, const QByteArray &content = {}) const
    {
        PlannedFile f;
        f.path = m_videoTs + '/' + name.toLatin1();
        f.mtime = entry >= 0 ? m_tree->at(entry).mtime : m_tree->at(m_ifoEntry).mtime;
        if (content.isEmpty() && entry >= 0) {
            f.treeEntry = entry;
            f.size = m_tree->at(entry).size;
        } else {
            f.content = content;
            f.size = content.size();
        }
        return f;
    }

    void assemble()
    {
        m_videoTs = m_tree->at(m_tree->at(m_ifoEntry).parent).path;
        FilePlan dvd;
        const QByteArray vmg = m_vmg.serialize();
        dvd << file(QStringLiteral("VIDEO_TS.IFO"), m_ifoEntry, vmg);
        if (m_menuVobEntry >= 0)
            dvd << file(QStringLiteral("VIDEO_TS.VOB"), m_menuVobEntry, m_menuVob);
        dvd << file(QStringLiteral("VIDEO_TS.BUP"), m_ifoEntry, vmg);
        for (const TitleSet &set : m_sets) {
            if (set.newNumber == 0)
                continue;
            const QString prefix = QStringLiteral("VTS_%1_").arg(twoDigits(set.newNumber));
            const QByteArray ifo = set.ifo.serialize();
            dvd << file(prefix + QStringLiteral("0.IFO"), set.ifoEntry, ifo);
            if (set.menuVobEntry >= 0)
                dvd << file(prefix + QStringLiteral("0.VOB"), set.menuVobEntry, set.menuVob);
            if (set.vobs) {
                const QList<qint64> sizes = set.vobs->fileSizes();
                for (int i = 0; i < sizes.size(); ++i) {
                    PlannedFile vob = file(prefix + QStringLiteral("%1.VOB").arg(i + 1),
                                           set.titleVobs.begin()->second);
                    vob.treeEntry = -1;
                    vob.size = sizes.at(i);
                    vob.produced = set.vobs->file(i);
                    dvd << vob;
                }
            } else {
                for (const auto &[part, entry] : set.titleVobs)
                    dvd << file(prefix + QStringLiteral("%1.VOB").arg(part), entry);
            }
            dvd << file(prefix + QStringLiteral("0.BUP"), set.ifoEntry, ifo);
        }
        static const QRegularExpression dvdName(
            QStringLiteral("^(VIDEO_TS|VTS_\\d\\d_\\d)\\.(IFO|VOB|BUP)$"),
            QRegularExpression::CaseInsensitiveOption);
        bool inserted = false;
        for (const PlannedFile &f : filePlanFromTree(*m_tree)) {
            const qsizetype slash = f.path.lastIndexOf('/');
            const bool dvdFile = !f.isDirectory && f.path.left(slash) == m_videoTs &&
                                 dvdName.match(QString::fromUtf8(f.path.mid(slash + 1))).hasMatch();
            if (!dvdFile) {
                m_plan.files << f;
                continue;
            }
            if (!inserted)
                m_plan.files << dvd;
            inserted = true;
        }
        for (const Title &t : m_titles) {
            const TitleSet &set = m_sets[t.entry.titleSet - 1];
            if (t.newNumber == 0 && set.newNumber == 0)
                m_plan.notes << Tr::tr("Title %1 is left out.").arg(t.number);
            else if (t.newNumber == 0 && set.cellsCut > 0)
                m_plan.notes << Tr::tr("Title %1 is left out; the video that only it (or other "
                                       "titles left out) plays goes from VTS_%2_*.VOB.")
                                    .arg(t.number)
                                    .arg(twoDigits(set.newNumber));
            else if (t.newNumber == 0)
                m_plan.notes << Tr::tr(
                                    "Title %1 is left out of the title list, but its video stays "
                                    "in VTS_%2_*.VOB, which other titles of title set %3 share: "
                                    "the image does not shrink by it.")
                                    .arg(t.number)
                                    .arg(twoDigits(set.newNumber))
                                    .arg(set.number);
            // A "main feature only" title goes on to the next through a jump at its end; a
            // title whose PGCs have none just stops (the VM exits at the end of the PGC).
            const bool last = t.newNumber == m_plan.titleNumbers.size();
            if (m_options.mainFeatureOnly && t.newNumber > 0 && !last &&
                !m_commands->jumps->isChained(set.number, t.entry.vtsTitle))
                m_plan.notes << Tr::tr("Title %1 ends without a jump, so players stop after it "
                                       "instead of going on to title %2; choose it from the "
                                       "player's title list.")
                                    .arg(t.newNumber)
                                    .arg(t.newNumber + 1);
        }
        for (const TitleSet &set : m_sets) {
            if (set.newNumber == 0)
                m_plan.notes
                    << Tr::tr("Title set %1 is left out (its VOB files go).").arg(set.number);
            else if (set.newNumber != set.number)
                m_plan.notes << Tr::tr("Title set %1 becomes title set %2 (VTS_%3_* files renamed "
                                       "to VTS_%4_*).")
                                    .arg(set.number)
                                    .arg(set.newNumber)
                                    .arg(twoDigits(set.number), twoDigits(set.newNumber));
        }
    }

    std::shared_ptr<const ImageTree> m_tree;
    DvdTrimOptions m_options;
    DvdFileReader m_reader;
    IfoFile m_vmg;
    int m_ifoEntry = -1;
    int m_menuVobEntry = -1;
    QByteArray m_menuVob;
    QByteArray m_videoTs;
    QList<Title> m_titles;
    QList<TitleSet> m_sets;
    const Title *m_main = nullptr;
    bool m_hasTitleMenu = false;
    // Jumps made by choose(), registers by planStreamRegisters(), stream remaps as they come.
    std::shared_ptr<TrimCommands> m_commands = std::make_shared<TrimCommands>();
    VobScanTally m_scan{m_options.progress};
    DvdTrimPlan m_plan;
};

} // namespace

Result<DvdTrimPlan> planDvdTrim(std::shared_ptr<const ImageTree> tree,
                                const DvdTrimOptions &options)
{
    if (!tree)
        return Error{Tr::tr("There is no source to trim. Open a DVD-Video first."), {}};
    return Planner(std::move(tree), options).run();
}

} // namespace Spindle
