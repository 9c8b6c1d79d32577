// Leaving out DVD-Video streams, piece by piece: the sector map, the NAV pack rewrite on packs
// built by hand, SetSTN remapping, the VMG's merged remap; then the stream fixture's menu
// command that selects the commentary, and a title set over 1 GiB whose title spans the
// VOB split (dvdauthor's own split), checked with libdvdnav (dvdnavcheck) and ffprobe.

#include "dvd/dvdtitlelist.h"
#include "dvd/dvdtrim.h"
#include "dvd/ifofile.h"
#include "dvd/ifonav.h"
#include "dvd/mpegpack.h"
#include "dvd/navpack.h"
#include "dvd/sectormap.h"
#include "dvd/streamregisters.h"
#include "dvd/vobscan.h"
#include "dvd/vtsstreams.h"
#include "dvdstreamsfixture.h"
#include "dvdtrimcheck.h"
#include "fixtures.h"
#include "lsdvdreport.h"
#include "project/imagetreeloader.h"
#include "streamdemux.h"
#include "tree/imagetree.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

void put32(QByteArray &b, int at, quint32 v)
{
    Ifo::setBe32(b, at, v);
}

// A NAV pack as a DVD holds it: pack header, system header, PCI and DSI packets, with the
// fields rewriteNavPack() reads set from `sector`.
QByteArray navPack(quint32 sector)
{
    QByteArray p(MpegPack::Size, '\0');
    const char header[] = {0, 0, 1, char(0xBA), 0x44,       0,          4,
                           0, 4, 1, 1,          (char)0x89, (char)0xC3, (char)0xF8};
    std::memcpy(p.data(), header, sizeof header);
    const char system[] = {0, 0, 1, char(0xBB), 0, 0x12};
    std::memcpy(p.data() + 14, system, sizeof system);
    const char pci[] = {0, 0, 1, char(0xBF), 0x03, char(0xD4), 0};
    std::memcpy(p.data() + 0x26, pci, sizeof pci);
    const char dsi[] = {0, 0, 1, char(0xBF), 0x03, char(0xFA), 1};
    std::memcpy(p.data() + 0x400, dsi, sizeof dsi);
    put32(p, MpegPack::Field::PciLbn, sector);
    put32(p, MpegPack::Field::DsiLbn, sector);
    return p;
}

// The constants the new VIDEO_TS.IFO's menu PGCs put into general register `reg`; empty when
// the plan has no VIDEO_TS.IFO or it does not parse.
QList<int> menuRegisterValues(const DvdTrimPlan &plan, int reg)
{
    const auto vmg = std::find_if(plan.files.cbegin(), plan.files.cend(),
                                  [](const auto &f) { return f.path.endsWith("/VIDEO_TS.IFO"); });
    if (vmg == plan.files.cend())
        return {};
    auto ifo = IfoFile::parse(vmg->content, QStringLiteral("VIDEO_TS.IFO"));
    if (!ifo.ok())
        return {};
    QByteArray ut = ifo->table(Ifo::Vmg::MenuPgciUt);
    QList<int> values;
    rewritePgciUt(
        ut, {},
        [&](NavCommand &c, const NavContext &) -> std::optional<QString> {
            const auto constant = registerConstant(c);
            if (constant && constant->reg == reg)
                values << constant->value;
            return std::nullopt;
        },
        nullptr);
    return values;
}

// Gives button 1 of the first NAV pack of the VOB at `path` (which has no buttons) the command
// `command`, as dvdauthor would for a button shown during a title.
QString addTitleButton(const QString &path, const NavCommand &command)
{
    QFile vob(path);
    if (!vob.open(QIODevice::ReadWrite))
        return vob.errorString();
    QByteArray pack = vob.read(2048);
    if (pack.size() != 2048 || !navPackButtonCommands(pack.constData()).isEmpty())
        return QStringLiteral("%1 does not start with a NAV pack without buttons").arg(path);
    pack[45 + 96] = 0;
    pack[45 + 97] = 1; // highlight status: new button information
    std::copy(command.cbegin(), command.cend(), pack.begin() + 45 + 142 + 10);
    if (navPackButtonCommands(pack.constData()) != QList<NavCommand>{command})
        return QStringLiteral("the button was not placed where the NAV pack keeps it");
    if (!vob.seek(0) || vob.write(pack) != 2048)
        return vob.errorString();
    return {};
}

// A copy of the streams fixture's folder in `dir`, or an empty string on failure.
QString copyFixture(const DvdStreamsFixture &dvd, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("dvd"));
    return runTool(QStringLiteral("cp"), {QStringLiteral("-r"), dvd.folder, copy}) == 0 ? copy
                                                                                        : QString();
}

} // namespace

class TestDvdStreamRemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // newSector/newEnd/sourceSector against counting by hand, on a random pattern that
    // crosses word boundaries.
    void sectorMap()
    {
        QRandomGenerator random(12);
        std::vector<bool> kept(1000);
        for (size_t i = 0; i < kept.size(); ++i)
            kept[i] = random.bounded(4) != 0;
        const SectorMap map(kept);
        qint64 before = 0;
        for (qint64 s = 0; s < qint64(kept.size()); ++s) {
            QCOMPARE(map.kept(s), bool(kept[size_t(s)]));
            QCOMPARE(map.newSector(s), before);
            if (kept[size_t(s)]) {
                QCOMPARE(map.sourceSector(before), s);
                QCOMPARE(map.newEnd(s), before);
            }
            before += kept[size_t(s)];
        }
        QCOMPARE(map.keptSectors(), before);
        QCOMPARE(map.sourceSector(before), qint64(-1));
    }

    void navPackFields()
    {
        // Sectors 0..99; 20..29 and 50..54 go (audio packs of a dropped stream, say).
        std::vector<bool> kept(100, true);
        std::fill(kept.begin() + 20, kept.begin() + 30, false);
        std::fill(kept.begin() + 50, kept.begin() + 55, false);
        const SectorMap map(kept);
        namespace F = MpegPack::Field;
        QByteArray p = navPack(40);
        QCOMPARE(MpegPack::classify(p.constData()), MpegPack::Nav);
        put32(p, F::VobuEa, 20);                        // ends at 60 -> new 60-15 = 45
        put32(p, F::RefEa, 3);                          // 43 -> 33
        put32(p, F::RefEa + 4, 0);                      // no second reference frame
        put32(p, F::VobuSri + 4 * 20, 0x80000000 | 30); // next VOBU at 70 -> 55: distance 25
        put32(p, F::VobuSri + 4 * 21, 0x80000000 | 25); // previous at 15 -> 15: distance 15
        put32(p, F::VobuSri + 4 * 1, 0x3fffffff);       // end of cell: untouched
        Ifo::setBe16(p, F::ASynca, 20);                 // audio 0 at 60 -> 45
        Ifo::setBe16(p, F::ASynca + 2, 0x8000 | 15);    // audio 1 at 25 (gone) backward
        Ifo::setBe16(p, F::ASynca + 4, 0x3fff);         // no more audio: untouched
        put32(p, F::SpSynca, 0x80000000 | 30);          // subpicture 0 at 10, backward
        put32(p, F::SpSynca + 4, 0x7fffffff);           // this VOBU or later: untouched
        put32(p, F::SpSynca + 8, 5);                    // subpicture 2, dropped
        StreamDrop drop;
        drop.subpicture.set(2);
        drop.audio.set(3);
        Ifo::setBe16(p, F::ASynca + 6, 7); // audio 3, dropped: cleared
        QVERIFY(!rewriteNavPack(p.data(), 40, map, drop));
        QCOMPARE(Ifo::be32(p, F::PciLbn), 30u);
        QCOMPARE(Ifo::be32(p, F::DsiLbn), 30u);
        QCOMPARE(Ifo::be32(p, F::VobuEa), 15u);
        QCOMPARE(Ifo::be32(p, F::RefEa), 3u);
        QCOMPARE(Ifo::be32(p, F::RefEa + 4), 0u);
        QCOMPARE(Ifo::be32(p, F::VobuSri + 4 * 20), 0x80000000u | 25);
        QCOMPARE(Ifo::be32(p, F::VobuSri + 4 * 21), 0x80000000u | 15);
        QCOMPARE(Ifo::be32(p, F::VobuSri + 4 * 1), 0x3fffffffu);
        QCOMPARE(Ifo::be16(p, F::ASynca), quint16(45 - 30));
        QCOMPARE(Ifo::be16(p, F::ASynca + 2), quint16(0x8000 | (30 - 20)));
        QCOMPARE(Ifo::be16(p, F::ASynca + 4), quint16(0x3fff));
        QCOMPARE(Ifo::be16(p, F::ASynca + 6), quint16(0));
        QCOMPARE(Ifo::be32(p, F::SpSynca), 0x80000000u | 20);
        QCOMPARE(Ifo::be32(p, F::SpSynca + 4), 0x7fffffffu);
        QCOMPARE(Ifo::be32(p, F::SpSynca + 8), 0u);
    }

    void damagedNavPacks()
    {
        const SectorMap map(std::vector<bool>(100, true));
        QByteArray wrongPlace = navPack(41);
        QVERIFY(rewriteNavPack(wrongPlace.data(), 40, map, {}).has_value());
        QByteArray outside = navPack(40);
        put32(outside, MpegPack::Field::VobuEa, 200);
        QVERIFY(rewriteNavPack(outside.data(), 40, map, {}).has_value());
        QByteArray backward = navPack(40);
        put32(backward, MpegPack::Field::VobuSri + 4 * 30, 41); // 41 sectors back from 40
        QVERIFY(rewriteNavPack(backward.data(), 40, map, {}).has_value());
    }

    void setStn()
    {
        StreamRemap remap;
        remap.audioCount = 3;
        remap.audio = {0, -1, 1, -1, -1, -1, -1, -1};
        remap.subpictureCount = 2;
        remap.subpicture.fill(-1);
        remap.subpicture[1] = 0;
        // SetSTN immediate: audio 2 -> 1 (stream 3 becomes stream 2).
        NavCommand audio{0x51, 0, 0, 0x82, 0, 0, 0, 0};
        QVERIFY(remapStreamCommand(audio, remap, QStringLiteral("here")));
        QCOMPARE(audio[3], quint8(0x81));
        // A dropped audio stream falls back to the first kept one, with a note saying so.
        NavCommand gone{0x51, 0, 0, 0x81, 0, 0, 0, 0};
        const auto note = remapStreamCommand(gone, remap, QStringLiteral("here"));
        QVERIFY(note && note->contains(QLatin1String("audio stream 2 is left out")));
        QCOMPARE(gone[3], quint8(0x80));
        // Subtitle 1 shown -> 0 shown; subtitle 0 dropped -> off.
        NavCommand shown{0x51, 0, 0, 0, 0xC1, 0, 0, 0};
        QVERIFY(remapStreamCommand(shown, remap, QStringLiteral("here")));
        QCOMPARE(shown[4], quint8(0xC0));
        NavCommand off{0x51, 0, 0, 0, 0xC0, 0, 0, 0};
        QVERIFY(remapStreamCommand(off, remap, QStringLiteral("here")));
        QCOMPARE(off[4], quint8(0x80));
        // A stream that keeps its number, a register operand, another command: unchanged.
        NavCommand same{0x51, 0, 0, 0x80, 0, 0, 0, 0};
        QVERIFY(!remapStreamCommand(same, remap, QStringLiteral("here")));
        NavCommand reg{0x41, 0, 0, 0x82, 0, 0, 0, 0};
        QVERIFY(!remapStreamCommand(reg, remap, QStringLiteral("here")));
        NavCommand jump{0x30, 0x02, 0, 0, 0, 1, 0, 0};
        QVERIFY(!remapStreamCommand(jump, remap, QStringLiteral("here")));

        // Through a register: "g3 = 2; SetSTN audio=g3" in one PGC remaps the 2 that goes
        // into g3; a register no SetSTN of the PGC reads keeps its value.
        const NavCommand set3{0x71, 0, 0, 0x03, 0, 2, 0, 0};
        const NavCommand set4{0x71, 0, 0, 0x04, 0, 2, 0, 0};
        const NavCommand stn{0x41, 0, 0, 0x83, 0, 0, 0, 0};
        const QList<NavCommand> pgc{set3, set4, stn};
        NavCommand g3 = set3;
        QVERIFY(remapStreamCommand(g3, remap, QStringLiteral("here"), &pgc));
        QCOMPARE(g3[5], quint8(1));
        NavCommand g4 = set4;
        QVERIFY(!remapStreamCommand(g4, remap, QStringLiteral("here"), &pgc));
        QCOMPARE(g4[5], quint8(2));
        // Without the PGC's commands there is no telling what g3 is for.
        NavCommand alone = set3;
        QVERIFY(!remapStreamCommand(alone, remap, QStringLiteral("here")));
        // Subtitles through a register: g5 = 64 + 0 (shown, stream 0, which goes) -> off.
        const NavCommand set5{0x71, 0, 0, 0x05, 0, 0x40, 0, 0};
        const NavCommand stn5{0x41, 0, 0, 0, 0x85, 0, 0, 0};
        const QList<NavCommand> pgc5{set5, stn5};
        NavCommand g5 = set5;
        QVERIFY(remapStreamCommand(g5, remap, QStringLiteral("here"), &pgc5));
        QCOMPARE(g5[5], quint8(0));
    }

    void mergedRemap()
    {
        StreamRemap a;
        a.audioCount = 3;
        a.subpictureCount = 0;
        a.audio = {0, -1, 1, -1, -1, -1, -1, -1};
        StreamRemap b;
        b.audioCount = 1;
        b.audio = {0, -1, -1, -1, -1, -1, -1, -1};
        // Set b has one stream: numbers 1 and 2 only exist in a, which decides them.
        StreamRemap m = mergedStreamRemap({a, b});
        QCOMPARE(m.audio[1], -1);
        QCOMPARE(m.audio[2], 1);
        // A set whose streams all stay disagrees about 2: such commands stay as they are.
        StreamRemap all;
        all.audioCount = 3;
        all.audio = {0, 1, 2, -1, -1, -1, -1, -1};
        m = mergedStreamRemap({a, all});
        QCOMPARE(m.audio[2], 2);
        QCOMPARE(m.audio[0], 0);
    }

    // Registers that carry a stream number from the PGC that sets them to a SetSTN of another
    // (StreamRegisters), and the constants moved with the streams.
    void registersAcrossPgcs()
    {
        StreamRegisters registers;
        // g3: set in the VMG, audio selected from it in title set 1.
        registers.visit({0x71, 0, 0, 0x03, 0, 2, 0, 0}, 0);
        registers.visit({0x41, 0, 0, 0x83, 0, 0, 0, 0}, 1);
        // g4: selects subtitles, and is compared ("if g4 == 1 LinkPGCN 2"): something else too.
        registers.visit({0x41, 0, 0, 0, 0x84, 0, 0, 0}, 1);
        registers.visit({0x20, 0xA4, 0, 0x04, 0, 1, 0, 2}, 0);
        // g6: selects audio and keeps the current audio stream (g6 = SPRM 1): still audio.
        registers.visit({0x61, 0, 0, 0x06, 0, 0x81, 0, 0}, 2);
        registers.visit({0x41, 0, 0, 0x86, 0, 0, 0, 0}, 2);
        // g7: selects audio but keeps the subtitle stream; g8: selects audio, and is counted up.
        registers.visit({0x61, 0, 0, 0x07, 0, 0x82, 0, 0}, 1);
        registers.visit({0x41, 0, 0, 0x87, 0, 0, 0, 0}, 1);
        registers.visit({0x73, 0, 0, 0x08, 0, 1, 0, 0}, 1);
        registers.visit({0x41, 0, 0, 0x88, 0, 0, 0, 0}, 1);
        // g9: a counter (SetGPRMMD with bit 7 of byte 5) that also selects audio.
        registers.visit({0x53, 0, 0, 5, 0, 0x89, 0, 0}, 0);
        registers.visit({0x41, 0, 0, 0x89, 0, 0, 0, 0}, 1);
        using Kind = StreamRegisters::Kind;
        // g10: set in the VMG for title set 1's audio, and by a button of title set 2's title
        // VOBs. g11: set by such a button of title set 2 and read by another of them.
        registers.visit({0x71, 0, 0, 0x0A, 0, 1, 0, 0}, 0);
        registers.visit({0x41, 0, 0, 0x8A, 0, 0, 0, 0}, 1);
        registers.visit({0x71, 0, 0, 0x0A, 0, 2, 0, 0}, 2);
        registers.visit({0x71, 0, 0, 0x0B, 0, 1, 0, 0}, 2);
        registers.visit({0x41, 0, 0, 0x8B, 0, 0, 0, 0}, 2);
        QCOMPARE(registers.kind(10), Kind::Audio);
        QCOMPARE(registers.kind(11), Kind::Audio);
        QCOMPARE(registers.readers(11), std::set<int>{2});
        QVERIFY(registers.carriesStreams());
        QCOMPARE(registers.kind(3), Kind::Audio);
        QCOMPARE(registers.readers(3), std::set<int>{1});
        QCOMPARE(registers.kind(4), Kind::None);
        QCOMPARE(registers.kind(6), Kind::Audio);
        QCOMPARE(registers.kind(7), Kind::None);
        QCOMPARE(registers.kind(8), Kind::None);
        QCOMPARE(registers.kind(9), Kind::None);
        QCOMPARE(registers.kind(5), Kind::None); // never read by a SetSTN
        QCOMPARE(registers.mixed(), (QList<int>{4, 7, 8, 9}));
        // No register carries streams: nothing to read the copied title VOBs for.
        StreamRegisters none;
        none.visit({0x41, 0, 0, 0x84, 0, 0, 0, 0}, 1);
        none.visit({0x20, 0xA4, 0, 0x04, 0, 1, 0, 2}, 0);
        QVERIFY(!none.carriesStreams());

        StreamRemap set1;
        set1.audioCount = 3;
        set1.audio = {0, -1, 1, -1, -1, -1, -1, -1};
        StreamRemap set2;
        set2.audioCount = 2;
        set2.audio = {0, 1, -1, -1, -1, -1, -1, -1};
        const std::map<int, StreamRemap> sets{{1, set1}, {2, set2}};
        const auto remaps = registers.remaps(sets);
        QVERIFY(remaps[3] && !remaps[4] && remaps[6] && !remaps[7]);
        QCOMPARE(remaps[3]->audio[2], 1); // set 1's remap: stream 3 became stream 2
        QCOMPARE(remaps[6]->audio[1], 1); // set 2 keeps everything
        // g10 follows its only reader, title set 1, wherever it is set; g11 title set 2, which
        // keeps its numbers.
        QVERIFY(remaps[10] && remaps[11]);
        QCOMPARE(remaps[10]->audio[2], 1);
        QCOMPARE(remaps[11]->audio[1], 1);
        const QStringList notes = registers.notes();
        QCOMPARE(notes.size(), 4); // g4, g7, g8 and g9
        QVERIFY(notes.first().contains(QLatin1String("GPRM 4")));

        // "mov g3, 2" becomes "mov g3, 1"; SetGPRMMD "g3 = 2" likewise (value in bytes 2-3).
        NavCommand mov{0x71, 0, 0, 0x03, 0, 2, 0, 0};
        auto note = remapRegisterConstant(mov, Kind::Audio, *remaps[3], QStringLiteral("here"));
        QVERIFY(note && note->contains(QLatin1String("GPRM 3")));
        QCOMPARE(mov, (NavCommand{0x71, 0, 0, 0x03, 0, 1, 0, 0}));
        NavCommand mode{0x53, 0, 0, 2, 0, 0x03, 0, 0};
        QVERIFY(remapRegisterConstant(mode, Kind::Audio, *remaps[3], QStringLiteral("here")));
        QCOMPARE(mode, (NavCommand{0x53, 0, 0, 1, 0, 0x03, 0, 0}));
        // A stream that keeps its number, and a command that is not a constant: unchanged.
        NavCommand first{0x71, 0, 0, 0x03, 0, 0, 0, 0};
        QVERIFY(!remapRegisterConstant(first, Kind::Audio, *remaps[3], QStringLiteral("here")));
        NavCommand add{0x73, 0, 0, 0x03, 0, 2, 0, 0};
        QVERIFY(!remapRegisterConstant(add, Kind::Audio, *remaps[3], QStringLiteral("here")));
        QCOMPARE(add[5], quint8(2));
    }

    // The fixture's VMG menu button 2 keeps the commentary (audio 3) in g5 and plays title 1,
    // whose pre command selects the stream g5 holds. Leaving out the French stream renumbers
    // the commentary, so the menu's constant follows although the SetSTN is in another PGC;
    // leaving out the commentary falls back to audio 1. libdvdnav, pressing the button, then
    // plays the commentary (its VOB stream 2) or the English stream (0).
    void menuSelectsAStream_data()
    {
        QTest::addColumn<QList<int>>("drop");
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("played");
        QTest::newRow("French goes") << QList<int>{1} << 1 << 2;
        QTest::newRow("commentary goes") << QList<int>{2} << 0 << 0;
    }
    void menuSelectsAStream()
    {
        QFETCH(QList<int>, drop);
        QFETCH(int, selected);
        QFETCH(int, played);
        const QString player =
            QCoreApplication::applicationDirPath() + QStringLiteral("/dvdnavplay");
        QVERIFY2(!dvdnavCheck().isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QCOMPARE(dvd.selections.menuAudio, 2);
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, dvd.folder, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.streams[1].dropAudio = drop;
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("VIDEO_TS.IFO menu")) &&
                     notes.contains(QStringLiteral("GPRM %1").arg(dvd.selections.menuRegister)),
                 qPrintable(notes));
        // The new VIDEO_TS.IFO's menu PGCs put `selected` into the register.
        QCOMPARE(menuRegisterValues(plan.value(), dvd.selections.menuRegister),
                 QList<int>{selected});

        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("register.iso"));
        const QString problem = writeDvdImage(loaded.value().tree, plan->files, image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &disc : {dvd.image, image}) {
            QByteArray report;
            const int status = runTool(player, {QStringLiteral("--audio"), disc}, &report, 300000);
            const QByteArray expected =
                QStringLiteral("dvdnavplay: button %1 title 1\ndvdnavplay: title 1 audio %2\n")
                    .arg(dvd.selections.menuButton)
                    .arg(disc == image ? played : dvd.selections.menuAudio)
                    .toUtf8();
            QVERIFY2(status == 0 && report.contains(expected), report.right(2000).constData());
        }
    }

    // Buttons shown during a title live in the title VOBs' NAV packs. The scan collects their
    // commands: checked on the fixture's menu VOB (made by dvdauthor, whose button 2 sets g5),
    // against every button command the menu rewrite visits in the same file.
    void scanCollectsButtons()
    {
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        auto source =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, dvd.folder, QStringLiteral("/")}});
        QVERIFY2(source.ok(), qPrintable(source.error().message));
        const int menuVob = source->tree->find("/VIDEO_TS/VIDEO_TS.VOB");
        QVERIFY(menuVob >= 0);
        auto menuPacks = scanVobPacks(source->tree, {menuVob});
        QVERIFY2(menuPacks.ok(), qPrintable(menuPacks.error().message));
        QFile menuFile(dvd.folder + QStringLiteral("/VIDEO_TS/VIDEO_TS.VOB"));
        QVERIFY(menuFile.open(QIODevice::ReadOnly));
        QByteArray menuBytes = menuFile.readAll();
        std::set<NavCommand> visited;
        QVERIFY(rewriteMenuButtons(
                    menuBytes, {},
                    [&](NavCommand &c, const NavContext &) -> std::optional<QString> {
                        visited.insert(c);
                        return std::nullopt;
                    },
                    nullptr) >= 0);
        QVERIFY(visited.size() >= 2); // the fixture's menu has two buttons
        const QList<NavCommand> scanned = menuPacks.value()->buttonCommands;
        QCOMPARE(std::set<NavCommand>(scanned.cbegin(), scanned.cend()), visited);
        QCOMPARE(qsizetype(visited.size()), scanned.size()); // each once
    }

    // A button shown during a title (patched into a copy of the fixture) that touches g5, the
    // register the menu's "g5 = 2" keeps the film's audio stream in (menuSelectsAStream):
    // - "if g5 == 1 LinkPGCN 2" in VTS_01_1.VOB: g5 means more than a stream, so the menu's
    //   constant stays as it is and the notes say why;
    // - "g5 = 1" in VTS_02_1.VOB, whose title set keeps its streams and titles: its title VOBs
    //   are rewritten instead of copied, with that constant moved as title set 1's French
    //   stream goes (to its first audio stream, 0), the menu's 2 with it (to 1), and every
    //   other byte as it was. libdvdnav reads the new command in the image.
    // - "g5 = 1" in VTS_01_1.VOB, which loses the French stream: the same change, made while
    //   the image is written (after the planner is gone) in the VOBs rewritten anyway.
    // Leaving out only a subtitle stream moves no audio number: such a button changes nothing
    // and VTS_02_1.VOB is copied.
    void titleVobButtonKeepsARegister_data()
    {
        QTest::addColumn<QString>("vob");
        QTest::addColumn<bool>("compares"); // or sets g5 to a constant
        QTest::addColumn<bool>("subtitleOnly");
        QTest::addColumn<QString>("note");    // empty: none is expected
        QTest::addColumn<int>("menuValue");   // the menu's g5 = N after the plan
        QTest::addColumn<int>("buttonValue"); // the button's g5 = N in the image; -1: unread
        QTest::addColumn<bool>("copied");     // VTS_02_1.VOB
        QTest::newRow("compared") << "VTS_01_1.VOB" << true << false << "compared" << 2 << -1
                                  << true;
        QTest::newRow("set, copied set rewritten")
            << "VTS_02_1.VOB" << false << false << "VTS_02_*.VOB: buttons" << 1 << 0 << false;
        QTest::newRow("set, in the set that loses streams")
            << "VTS_01_1.VOB" << false << false << "" << 1 << 0 << true;
        QTest::newRow("set, no audio moves")
            << "VTS_02_1.VOB" << false << true << "" << 2 << -1 << true;
    }
    void titleVobButtonKeepsARegister()
    {
        QFETCH(QString, vob);
        QFETCH(bool, compares);
        QFETCH(bool, subtitleOnly);
        QFETCH(QString, note);
        QFETCH(int, menuValue);
        QFETCH(int, buttonValue);
        QFETCH(bool, copied);
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QCOMPARE(dvd.selections.menuAudio, 2);
        const quint8 reg = quint8(dvd.selections.menuRegister);
        QTemporaryDir dir;
        const QString copy = copyFixture(dvd, dir);
        QVERIFY(!copy.isEmpty());
        const QString patched = addTitleButton(copy + QStringLiteral("/VIDEO_TS/") + vob,
                                               compares ? NavCommand{0x20, 0xA4, 0, reg, 0, 1, 0, 2}
                                                        : NavCommand{0x71, 0, 0, reg, 0, 1, 0, 0});
        QVERIFY2(patched.isEmpty(), qPrintable(patched));

        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, copy, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        if (subtitleOnly)
            options.streams[1].dropSubpictures = {1};
        else
            options.streams[1].dropAudio = {1}; // the French stream: the commentary would move
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        // No note of a register left alone, nor of buttons patched in VOBs otherwise copied.
        QVERIFY2(note.isEmpty() ? !notes.contains(QLatin1String("compared")) &&
                                      !notes.contains(QLatin1String("VTS_02_*.VOB: buttons"))
                                : notes.contains(note),
                 qPrintable(notes));
        // The register is named only where its constants change (the menu's, with the notes of
        // the VMG menu) or where it is left alone.
        QVERIFY2(notes.contains(QStringLiteral("GPRM %1 ").arg(reg)) ==
                     (menuValue != 2 || !note.isEmpty()),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("VIDEO_TS.IFO menu")) == (menuValue != 2),
                 qPrintable(notes));
        QCOMPARE(menuRegisterValues(plan.value(), reg), QList<int>{menuValue});
        // Title set 2's VOB: read from the source as it is, or rewritten.
        const auto inPlan =
            std::find_if(plan->files.cbegin(), plan->files.cend(),
                         [](const auto &f) { return f.path.endsWith("/VTS_02_1.VOB"); });
        QVERIFY(inPlan != plan->files.cend());
        QCOMPARE(inPlan->treeEntry >= 0 && !inPlan->produced, copied);
        if (buttonValue < 0)
            return;

        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const QString image = dir.filePath(QStringLiteral("buttons.iso"));
        const QString problem = writeDvdImage(loaded.value().tree, plan->files, image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray report;
        QVERIFY2(runTool(checker, {image}, &report, 300000) == 0, report.right(2000).constData());
        const QByteArray command = QStringLiteral("dvdnavcheck: title %1 button command 71 00 00 "
                                                  "%2 00 %3 00 00\n")
                                       .arg(vob.startsWith(QLatin1String("VTS_01")) ? 1 : 2)
                                       .arg(reg, 2, 16, QLatin1Char('0'))
                                       .arg(buttonValue, 2, 16, QLatin1Char('0'))
                                       .toUtf8();
        QVERIFY2(report.contains(command), report.right(3000).constData());
        if (copied)
            return;
        // The source VOB's bytes but for that command (bsdtar reads the image).
        const QString files = dir.filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(files));
        QByteArray out;
        QVERIFY2(runTool(QStringLiteral("bsdtar"),
                         {QStringLiteral("-xf"), image, QStringLiteral("-C"), files,
                          QStringLiteral("VIDEO_TS/VTS_02_1.VOB")},
                         &out) == 0,
                 out.constData());
        QFile source(copy + QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"));
        QFile written(files + QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"));
        QVERIFY(source.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
        QByteArray expected = source.readAll();
        const QByteArray got = written.readAll();
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got.at(45 + 142 + 10 + 5), char(buttonValue));
        expected[45 + 142 + 10 + 5] = char(buttonValue);
        QVERIFY(got == expected);
    }

    // A damaged VOB of a title set copied as it is fails nothing: it is copied as it is, the
    // note names it, and the menu's register still follows title set 1's streams.
    void damagedCopiedTitleVobIsNoted()
    {
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QTemporaryDir dir;
        const QString copy = copyFixture(dvd, dir);
        QVERIFY(!copy.isEmpty());
        QFile vob(copy + QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"));
        QVERIFY(vob.open(QIODevice::ReadWrite) && vob.size() > 11 * 2048);
        QVERIFY(vob.seek(10 * 2048) && vob.write(QByteArray(4, '\0')) == 4); // no pack start
        vob.close();

        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, copy, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.streams[1].dropAudio = {1};
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("titles of title set 2 could not be read")) &&
                     notes.contains(QLatin1String("VTS_02_1.VOB sector 10")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("VIDEO_TS.IFO menu")), qPrintable(notes));
        QCOMPARE(menuRegisterValues(plan.value(), dvd.selections.menuRegister), QList<int>{1});
    }

    // Title set 2 holds titles 2 and 3; leaving out title 2 removes the cells only it plays from
    // VTS_02_1.VOB (its first VOB id: the cells of title 3 are renumbered, in the IFO and in
    // every NAV pack), and title 3 still plays to its end, by chapter and by time (libdvdnav),
    // with the streams it had (lsdvd). Streams of title set 1 go at the same time.
    void sharedTitleSetLosesATitle()
    {
        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        auto loaded = loadImageTree(
            {SourceSpec{SourceSpec::Kind::ImageFile, dvd.image, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const auto tree = loaded.value().tree;
        DvdTrimOptions options;
        options.dropTitles = {2};
        options.streams[1].dropSubpictures = {0};
        auto plan = planDvdTrim(tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("goes from VTS_02_*.VOB")), qPrintable(notes));
        qint64 vob = -1;
        for (const PlannedFile &f : plan->files) {
            if (f.path.endsWith("/VTS_02_1.VOB"))
                vob = f.size;
        }
        const qint64 before = tree->at(tree->find("/VIDEO_TS/VTS_02_1.VOB")).size;
        // Every NAV pack of the new VOB names the cell (VOB id, cell id) that the new cell
        // address table places it in.
        const auto fileOf = [&](const char *name) {
            return *std::find_if(plan->files.cbegin(), plan->files.cend(),
                                 [&](const PlannedFile &f) { return f.path.endsWith(name); });
        };
        auto ifo = IfoFile::parse(fileOf("/VTS_02_0.IFO").content, QStringLiteral("VTS_02_0.IFO"));
        QVERIFY(ifo.ok());
        const QByteArray adt = ifo->table(Ifo::Vts::CellAdt);
        const PlannedFile newVob = fileOf("/VTS_02_1.VOB");
        QVERIFY(newVob.produced);
        QVERIFY(!newVob.produced->open(tree));
        QByteArray bytes(newVob.size, '\0');
        QCOMPARE(newVob.produced->read(bytes.data(), bytes.size()), newVob.size);
        int navPacks = 0;
        for (qint64 sector = 0; sector * 2048 < bytes.size(); ++sector) {
            const char *pack = bytes.constData() + sector * 2048;
            if (MpegPack::classify(pack) != MpegPack::Nav)
                continue;
            ++navPacks;
            const int vobId = Ifo::be16(bytes, sector * 2048 + MpegPack::Field::VobId);
            const int cellId = quint8(pack[MpegPack::Field::CellId]);
            bool found = false;
            for (qint64 at = 8; at + 12 <= adt.size(); at += 12) {
                if (Ifo::be32(adt, at + 4) <= sector && sector <= Ifo::be32(adt, at + 8)) {
                    QCOMPARE(Ifo::be16(adt, at), quint16(vobId));
                    QCOMPARE(int(quint8(adt.at(at + 2))), cellId);
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(QStringLiteral("sector %1 is in no cell").arg(sector)));
        }
        QVERIFY(navPacks > 0);
        QVERIFY2(vob > 0 && vob < before,
                 qPrintable(QStringLiteral("%1 of %2").arg(vob).arg(before)));
        // What the Titles tab says leaving title 2 out saves (from the cells libdvdread reads)
        // is what the new VOB lost.
        const auto titles = readDvdTitleList(*tree);
        QVERIFY2(titles.ok(), qPrintable(titles.error().message));
        QCOMPARE(dvdCutCellBytes(titles->info, {1, 3}), (QMap<int, qint64>{{2, before - vob}}));
        QCOMPARE(dvdCutCellBytes(titles->info, {1, 2, 3}), (QMap<int, qint64>{}));
        // Cells that overlap: only sectors no kept title plays count; a title whose video a
        // kept title plays in full saves nothing.
        DvdVideoInfo info;
        for (const auto &[number, set] : {std::pair{1, 1}, {2, 1}, {3, 2}}) {
            DvdTitle t;
            t.number = number;
            t.titleSet = set;
            info.titles << t;
        }
        info.titles[0].cells = {{0, 99}};
        info.titles[1].cells = {{50, 149}, {140, 149}};
        info.titles[2].cells = {{0, 9}};
        QCOMPARE(dvdCutCellBytes(info, {1, 3}), (QMap<int, qint64>{{1, 50 * 2048}}));
        QCOMPARE(dvdCutCellBytes(info, {2}), (QMap<int, qint64>{{1, 50 * 2048}}));
        info.titles[1].cells = {{10, 20}};
        QCOMPARE(dvdCutCellBytes(info, {1, 3}), (QMap<int, qint64>{}));

        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("shared.iso"));
        const QString problem = writeDvdImage(tree, plan->files, image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray report;
        const int status = runTool(checker, {image}, &report, 300000);
        QVERIFY2(status == 0, report.right(3000).constData());
        const LsdvdReport source = runLsdvd(dvd.image);
        const LsdvdReport result = runLsdvd(image);
        QVERIFY2(source.error.isEmpty() && result.error.isEmpty(),
                 qPrintable(source.error + result.error));
        QCOMPARE(result.titles.size(), 2);
        QCOMPARE(result.titles.at(1).audioLanguages, source.titles.at(2).audioLanguages);
        QCOMPARE(result.titles.at(1).subtitleLanguages, source.titles.at(2).subtitleLanguages);
        QCOMPARE(result.titles.at(1).chapters, source.titles.at(2).chapters);
        QCOMPARE(result.titles.at(1).seconds, source.titles.at(2).seconds);
        QCOMPARE(result.titles.at(0).audioLanguages, source.titles.at(0).audioLanguages);
        QCOMPARE(result.titles.at(0).subtitleLanguages,
                 source.titles.at(0).subtitleLanguages.mid(1));
    }

    void planProgress_data()
    {
        QTest::addColumn<QList<int>>("dropTitles");
        QTest::addColumn<int>("dropAudioOfSet1"); // 0-based; -1: none
        QTest::addColumn<QList<int>>("counted");  // title sets whose VOBs the bar counts
        // Title set 2 keeps title 3: the cells only title 2 plays go.
        QTest::newRow("a title of a shared set") << QList<int>{2} << -1 << QList<int>{2};
        // Set 2 stays as it is, but its buttons may keep a stream choice (none do here).
        QTest::newRow("streams") << QList<int>{} << 1 << QList<int>{1, 2};
    }

    // The plan's progress (the VOB scans) is over the title sets it may read, only grows, and
    // ends full even when a title set it counted needed no reading.
    void planProgress()
    {
        QFETCH(QList<int>, dropTitles);
        QFETCH(int, dropAudioOfSet1);
        QFETCH(QList<int>, counted);
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QTemporaryDir dir;
        const QString folder = copyFixture(dvd, dir); // not scanned yet in this process
        QVERIFY(!folder.isEmpty());
        qint64 total = 0;
        for (int set : std::as_const(counted)) {
            for (const QString &vob : titleVobs(folder + QStringLiteral("/VIDEO_TS"), set))
                total += QFileInfo(vob).size();
        }
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, folder, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.dropTitles = dropTitles;
        if (dropAudioOfSet1 >= 0)
            options.streams[1].dropAudio = {dropAudioOfSet1};
        QList<QPair<qint64, qint64>> calls;
        options.progress = [&calls](qint64 done, qint64 all) {
            calls.append({done, all});
            return true;
        };
        const auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(calls.size() > 1); // the scans, then the end
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, total);
            QVERIFY(calls.at(i).first <= total);
            if (i > 0)
                QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
        QCOMPARE(calls.last().first, total);

        // Saying no cancels the plan.
        QTemporaryDir dir2;
        const QString other = copyFixture(dvd, dir2);
        QVERIFY(!other.isEmpty());
        auto again =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, other, QStringLiteral("/")}});
        QVERIFY(again.ok());
        options.progress = [](qint64, qint64) { return false; };
        const auto cancelled = planDvdTrim(again.value().tree, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().message, QStringLiteral("Cancelled."));
    }

    // A disc in a (virtual) drive as the source: the planner, the VOB scan and the rewrite
    // each read the disc while another reader holds it; they share one grab of the drive.
    void discInAVirtualDrive()
    {
        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QTemporaryDir dir;
        const QString disc = dir.filePath(QStringLiteral("disc.iso"));
        QVERIFY(QFile::copy(dvd.image, disc));
        auto loaded = loadImageTree({SourceSpec{
            SourceSpec::Kind::Drive, QStringLiteral("stdio:") + disc, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.streams[1].dropAudio = {1};
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString image = dir.filePath(QStringLiteral("fromdisc.iso"));
        const QString problem = writeDvdImage(loaded.value().tree, plan->files, image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray report;
        const int status = runTool(checker, {image}, &report, 300000);
        QVERIFY2(status == 0, report.right(3000).constData());
        // The streams libdvdnav lets a player pick in title 1: English and the commentary.
        QStringList ids;
        for (const QByteArray &line : report.split('\n')) {
            if (line.startsWith("dvdnavcheck: title 1 audio"))
                ids << QString::fromLatin1(line.split(' ').last());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("0x80"), QStringLiteral("0x82")}));
    }

    // dvdauthor splits a title set over 1 GiB into VTS_01_1.VOB and VTS_01_2.VOB with its one
    // title spanning both: the rewrite splits again where the new sizes fall, and libdvdnav
    // plays the title across the split, chapters and time seeks included.
    void largeTitleSetAcrossTheSplit()
    {
        const QString checker = dvdnavCheck();
        QVERIFY2(!checker.isEmpty(), qPrintable(missingPlayerCheck()));
        const DvdStreamsFixture &dvd = dvdLargeStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        QVERIFY(QFileInfo::exists(dvd.folder + QStringLiteral("/VIDEO_TS/VTS_01_2.VOB")));
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, dvd.folder, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.streams[1].dropAudio = {1};
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QList<qint64> vobs;
        for (const PlannedFile &f : plan->files) {
            if (f.path.startsWith("/VIDEO_TS/VTS_01_") && f.path.endsWith(".VOB") &&
                !f.path.endsWith("_0.VOB"))
                vobs << f.size;
        }
        QCOMPARE(vobs.size(), 2);
        QCOMPARE(vobs.first(), qint64(524272) * 2048);

        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("large.iso"));
        const QString problem = writeDvdImage(loaded.value().tree, plan->files, image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray report;
        const int status = runTool(checker, {image}, &report, 300000);
        QVERIFY2(status == 0, report.right(3000).constData());
        QVERIFY2(report.contains("title 1 chapter 52"), report.right(3000).constData());
        // The French stream (0x81) is gone, the others are there, per libdvdnav's own list.
        QVERIFY2(!report.contains("0x81"), report.right(3000).constData());
        QVERIFY2(report.contains("0x82"), report.right(3000).constData());
    }
};

QTEST_GUILESS_MAIN(TestDvdStreamRemap)
#include "tst_dvdstreamremap.moc"
