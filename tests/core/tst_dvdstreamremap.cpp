// Leaving out DVD-Video streams, piece by piece: the sector map, the NAV pack rewrite on packs
// built by hand, SetSTN remapping, the VMG's merged remap; then a title set that loses a title
// it shares, planning progress, a disc in a virtual drive, and a title set over 1 GiB whose
// title spans the VOB split (dvdauthor's own split), checked with libdvdnav (dvdnavcheck) and
// ffprobe. Stream numbers kept in registers: tst_dvdregisters.

#include "dvd/dvdtitlelist.h"
#include "dvd/dvdtrim.h"
#include "dvd/ifofile.h"
#include "dvd/ifonav.h"
#include "dvd/mpegpack.h"
#include "dvd/navpack.h"
#include "dvd/sectormap.h"
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
        const QString folder =
            copyDvdStreamsFixture(dvd, dir.path()); // not scanned yet in this process
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
        const QString other = copyDvdStreamsFixture(dvd, dir2.path());
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
