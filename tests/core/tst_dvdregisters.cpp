// Stream numbers that navigation commands keep in general registers for a SetSTN elsewhere
// (StreamRegisters), when DVD-Video streams are left out: the registers that qualify, the
// fixture's menu button that keeps the commentary in g5 for the film, and buttons shown during
// a title (patched into a copy of the fixture) that set or compare g5. Checked with libdvdnav
// (dvdnavplay, dvdnavcheck) and bsdtar.

#include "dvd/dvdtrim.h"
#include "dvd/ifofile.h"
#include "dvd/ifonav.h"
#include "dvd/streamregisters.h"
#include "dvd/vobscan.h"
#include "dvd/vtsstreams.h"
#include "dvdstreamsfixture.h"
#include "dvdtrimcheck.h"
#include "fixtures.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

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

} // namespace

class TestDvdRegisters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        const QString copy = copyDvdStreamsFixture(dvd, dir.path());
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
        const QString copy = copyDvdStreamsFixture(dvd, dir.path());
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
};

QTEST_GUILESS_MAIN(TestDvdRegisters)
#include "tst_dvdregisters.moc"
