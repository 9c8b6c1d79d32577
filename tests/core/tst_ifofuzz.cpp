#include "dvd/dvdvideo.h"
#include "dvd/ifocheck.h"
#include "dvd/ifofile.h"
#include "dvd/ifonav.h"
#include "dvdvideosetup.h"
#include "fixtures.h"
#include "tree/sourcespec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

// The IFOs of the fixture, as dvdauthor writes them.
const char *const IfoNames[] = {"VIDEO_TS.IFO", "VTS_01_0.IFO", "VTS_02_0.IFO"};

// Mutants per run: a few thousand in about 10 s on a slow machine, every one through
// libdvdread in this process (a crash is a failure by itself).
constexpr int Mutants = 3000;
constexpr quint32 Seed = 0x1F016u;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The byte offsets of the PGCs an IFO holds (first play, VTS_PGCIT), for mutations aimed at
// their headers; only the ones that lie inside the file.
QList<qint64> pgcOffsets(const QByteArray &ifo)
{
    QList<qint64> offsets;
    const bool vmg = ifo.startsWith("DVDVIDEO-VMG");
    if (vmg && Ifo::be32(ifo, Ifo::Vmg::FirstPlayPgc) != 0)
        offsets << Ifo::be32(ifo, Ifo::Vmg::FirstPlayPgc);
    if (!vmg) {
        const qint64 pgcit = qint64(Ifo::be32(ifo, Ifo::Vts::Pgcit)) * Ifo::Sector;
        for (int i = 0; i < Ifo::be16(ifo, pgcit) && i < 16; ++i)
            offsets << pgcit + Ifo::be32(ifo, pgcit + 8 + 8 * i + 4);
    }
    return offsets;
}

// The byte offsets of the tables the MAT points at.
QList<qint64> tableOffsets(const QByteArray &ifo)
{
    QList<qint64> offsets;
    for (int pointer = 0xC4; pointer <= 0xE4; pointer += 4) {
        if (const quint32 sector = Ifo::be32(ifo, pointer))
            offsets << qint64(sector) * Ifo::Sector;
    }
    return offsets;
}

quint8 interestingByte(QRandomGenerator &random)
{
    static const quint8 values[] = {0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF, 0x10, 0x08};
    return random.bounded(3) == 0 ? quint8(random.bounded(256))
                                  : values[random.bounded(int(std::size(values)))];
}

void overwrite(QByteArray &bytes, qint64 at, int count, QRandomGenerator &random)
{
    for (int i = 0; i < count; ++i) {
        if (at + i >= 0 && at + i < bytes.size())
            bytes[at + i] = char(interestingByte(random));
    }
}

// One mutant of an IFO: random bytes anywhere, the MAT's pointers, table headers, PGC
// fields (counts and subtable offsets), a shorter file or a longer one.
QByteArray mutate(const QByteArray &original, QRandomGenerator &random)
{
    QByteArray bytes = original;
    const int kind = random.bounded(8);
    const int count = 1 + random.bounded(8);
    switch (kind) {
    case 0: // flip bits anywhere
        for (int i = 0; i < count; ++i)
            bytes[random.bounded(bytes.size())] ^= char(1 << random.bounded(8));
        break;
    case 1: // overwrite anywhere
        for (int i = 0; i < count; ++i)
            overwrite(bytes, random.bounded(bytes.size()), 1, random);
        break;
    case 2: // the MAT's fields and table pointers
        overwrite(bytes, random.bounded(0x100), 1 + random.bounded(4), random);
        break;
    case 3: { // a table's header or first entries
        const QList<qint64> tables = tableOffsets(original);
        if (!tables.isEmpty())
            overwrite(bytes, tables.at(random.bounded(int(tables.size()))) + random.bounded(40),
                      1 + random.bounded(2), random);
        break;
    }
    case 4:
    case 5: { // a PGC's counts and subtable offsets, or the counts of its command table
        const QList<qint64> pgcs = pgcOffsets(original);
        if (pgcs.isEmpty())
            break;
        const qint64 pgc = pgcs.at(random.bounded(int(pgcs.size())));
        static const int fields[] = {2, 3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB};
        if (kind == 4) {
            overwrite(bytes, pgc + fields[random.bounded(int(std::size(fields)))], 1, random);
        } else {
            const qint64 table = pgc + Ifo::be16(original, pgc + 0xE4);
            overwrite(bytes, table + random.bounded(8), 1, random);
        }
        break;
    }
    case 6: // truncated, at a sector boundary or anywhere
        bytes.truncate(random.bounded(2)
                           ? random.bounded(bytes.size())
                           : random.bounded(int(bytes.size() / Ifo::Sector)) * int(Ifo::Sector));
        break;
    default: { // extended with garbage, a table pointer aimed at it
        const int sectors = 1 + random.bounded(3);
        for (int i = 0; i < sectors * Ifo::Sector; ++i)
            bytes.append(char(random.bounded(256)));
        Ifo::setBe32(bytes, 0xC4 + 4 * random.bounded(9),
                     quint32(original.size() / Ifo::Sector + random.bounded(sectors)));
        break;
    }
    }
    return bytes;
}

// Spindle's own IFO readers on a mutant: parse() and the navigation walkers the trim uses.
void readWithSpindle(const QByteArray &bytes)
{
    const Result<IfoFile> ifo = IfoFile::parse(bytes, QStringLiteral("mutant"));
    if (!ifo)
        return;
    const NavRewrite keep = [](NavCommand &, const NavContext &) -> std::optional<QString> {
        return std::nullopt;
    };
    QStringList notes;
    if (ifo->kind() == IfoFile::Kind::Vmg) {
        QByteArray menus = ifo->table(Ifo::Vmg::MenuPgciUt);
        rewritePgciUt(menus, {}, keep, &notes);
        hasMenuEntry(menus, 2);
        QByteArray mat = ifo->mat();
        rewritePgcCommands(mat, Ifo::be32(mat, Ifo::Vmg::FirstPlayPgc), {}, keep, &notes);
        return;
    }
    QByteArray pgcit = ifo->table(Ifo::Vts::Pgcit);
    rewritePgcit(pgcit, 0, {NavDomain::Title, 1, 0, {}}, keep, &notes);
    for (int title = 1; title <= 3; ++title)
        pgcsOfTitle(pgcit, title);
    for (int pgc = 1; pgc <= Ifo::be16(pgcit, 0) && pgc <= 8; ++pgc) {
        pgcPlaybackMs(pgcit, pgc);
        pgcEndsTitle(pgcit, pgc);
        QByteArray copy = pgcit;
        appendPostCommand(copy, pgc, NavCommand{0x30, 0x02, 0, 0, 0, 0x01, 0, 0});
    }
    QByteArray menus = ifo->table(Ifo::Vts::MenuPgciUt);
    rewritePgciUt(menus, {NavDomain::VtsMenu, 1, 0, {}}, keep, &notes);
}

} // namespace

// IFO files that lie: libdvdread 6.1.3 trusts their offsets and crashes in ifoOpen (double
// free, null dereference), so Spindle checks every table before libdvdread reads it.
class TestIfoFuzz final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    QTemporaryDir m_dir;
    QString m_root; // a copy of the fixture's DVD, whose IFOs the tests patch
    QHash<QString, QByteArray> m_original;

    QString ifoPath(const QString &name) const
    {
        return m_root + QStringLiteral("/VIDEO_TS/") + name;
    }

    void restore()
    {
        for (auto it = m_original.cbegin(); it != m_original.cend(); ++it) {
            QVERIFY(writeFile(ifoPath(it.key()), it.value()));
            const QString bup =
                QString(it.key()).replace(QStringLiteral(".IFO"), QStringLiteral(".BUP"));
            QVERIFY(writeFile(ifoPath(bup), it.value()));
        }
    }

    DvdVideoInfo readCopy() const
    {
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Folder;
        spec.location = m_root;
        return readDvdVideoInfo(spec);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup);
        m_dvd = setup.dvd;
        QVERIFY(m_dvd->error.isEmpty());
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/dvd");
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/VIDEO_TS")));
        const QDir source(m_dvd->folder + QStringLiteral("/VIDEO_TS"));
        for (const QString &name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), ifoPath(name)));
        for (const char *name : IfoNames) {
            const QByteArray bytes = readAll(ifoPath(QLatin1String(name)));
            QVERIFY2(!bytes.isEmpty(), name);
            m_original.insert(QLatin1String(name), bytes);
        }
    }

    void init() { restore(); }

    // The authored disc passes the check as it is.
    void fixtureIsSafe()
    {
        for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
            QVERIFY2(checkIfoBytes(it.value()).verdict == IfoCheck::Verdict::Safe,
                     qPrintable(it.key() + QLatin1Char(' ') + checkIfoBytes(it.value()).table));
        const DvdVideoInfo info = readCopy();
        QVERIFY2(info.valid, qPrintable(info.messages.join(QLatin1Char('\n'))));
        QCOMPARE(info.titles.size(), m_dvd->titles.size());
    }

    // One or two bytes that crash libdvdread's ifoOpen (and lsdvd): each is refused with
    // the file and the table named, in this process, which would otherwise die.
    void damagedTablesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("patch");
        // The first-play PGC's command table claims 65535 pre-commands: libdvdread reads
        // past the file and frees the pre-command buffer twice ("double free").
        QTest::newRow("FP_PGC commands")
            << QStringLiteral("VIDEO_TS.IFO") << QStringLiteral("FP_PGC") << 0;
        // The first PGCIT of the menus claims 65535 PGCs: libdvdread fails to read their
        // pointers and then frees each of them through a null array (SIGSEGV).
        QTest::newRow("VMGM_PGCI_UT count")
            << QStringLiteral("VIDEO_TS.IFO") << QStringLiteral("VMGM_PGCI_UT") << 1;
        // Two PGCs of the title PGCIT share a start byte past the end of the file:
        // libdvdread fails to read the first and dereferences it for the second (SIGSEGV).
        QTest::newRow("VTS_PGCIT shared PGC")
            << QStringLiteral("VTS_02_0.IFO") << QStringLiteral("VTS_PGCIT") << 2;
    }

    void damagedTablesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, table);
        QFETCH(int, patch);
        QByteArray bytes = m_original.value(file);
        if (patch == 0) {
            const qint64 fp = Ifo::be32(bytes, Ifo::Vmg::FirstPlayPgc);
            const qint64 commands = fp + Ifo::be16(bytes, fp + 0xE4);
            QVERIFY(fp != 0 && commands != fp);
            Ifo::setBe16(bytes, commands, 0xFFFF);
        } else if (patch == 1) {
            const qint64 menus = qint64(Ifo::be32(bytes, Ifo::Vmg::MenuPgciUt)) * Ifo::Sector;
            QVERIFY(menus != 0 && Ifo::be16(bytes, menus) > 0);
            Ifo::setBe16(bytes, menus + Ifo::be32(bytes, menus + 12), 0xFFFF);
        } else {
            const qint64 pgcit = qint64(Ifo::be32(bytes, Ifo::Vts::Pgcit)) * Ifo::Sector;
            QVERIFY(pgcit != 0 && Ifo::be16(bytes, pgcit) >= 2);
            Ifo::setBe32(bytes, pgcit + 12, 0x00FFFF00);
            Ifo::setBe32(bytes, pgcit + 20, 0x00FFFF00);
        }
        const IfoCheck check = checkIfoBytes(bytes);
        QCOMPARE(int(check.verdict), int(IfoCheck::Verdict::Damaged));
        QCOMPARE(check.table, table);

        // The BUP is damaged the same way, as a copy of a damaged disc would be.
        QVERIFY(writeFile(ifoPath(file), bytes));
        QVERIFY(writeFile(
            ifoPath(QString(file).replace(QStringLiteral(".IFO"), QStringLiteral(".BUP"))), bytes));
        const DvdVideoInfo info = readCopy();
        QVERIFY(!info.valid);
        QVERIFY(!info.messages.isEmpty());
        QVERIFY2(info.messages.first().contains(file) && info.messages.first().contains(table),
                 qPrintable(info.messages.first()));

#ifdef SPINDLE_CLI
        const ProcessRun run =
            runProcess(QStringLiteral(SPINDLE_CLI), {QStringLiteral("titles"), m_root});
        QCOMPARE(run.code, 1);
        const QString err = QString::fromLocal8Bit(run.err);
        QVERIFY2(err.contains(file) && err.contains(table), qPrintable(err));
#endif
    }

    // The same check through libdvdread's UDF reader: the IFO inside an image.
    void damagedImageIsRefused()
    {
        QByteArray image = readAll(m_dvd->image);
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::ImageFile;
        spec.location = m_dir.path() + QStringLiteral("/dvd.iso");
        QVERIFY(writeFile(spec.location, image));
        const DvdVideoInfo intact = readDvdVideoInfo(spec);
        QVERIFY2(intact.valid, qPrintable(intact.messages.join(QLatin1Char('\n'))));

        // VIDEO_TS.IFO comes first in the image, its BUP later: damage the IFO only.
        const qint64 ifo = image.indexOf("DVDVIDEO-VMG");
        QVERIFY(ifo > 0 && ifo % Ifo::Sector == 0);
        const qint64 fp = ifo + Ifo::be32(image, ifo + Ifo::Vmg::FirstPlayPgc);
        Ifo::setBe16(image, fp + Ifo::be16(image, fp + 0xE4), 0xFFFF);
        QVERIFY(writeFile(spec.location, image));
        const DvdVideoInfo info = readDvdVideoInfo(spec);
        QVERIFY(!info.valid);
        QVERIFY(!info.messages.isEmpty());
        QVERIFY2(info.messages.first().contains(QLatin1String("VIDEO_TS.IFO")) &&
                     info.messages.first().contains(QLatin1String("FP_PGC")),
                 qPrintable(info.messages.first()));
    }

    // A fixed-seed mutation loop over the fixture's IFOs: each mutant goes through the
    // check, then (where the check lets it) through libdvdread in readDvdVideoInfo. A crash
    // ends the process; a damaged IFO must be refused with its name.
    void mutantsNeverCrash()
    {
        QRandomGenerator random(Seed);
        QElapsedTimer timer;
        timer.start();
        int counts[3] = {};
        int valid = 0;
        for (int n = 0; n < Mutants; ++n) {
            const QString name = QLatin1String(IfoNames[random.bounded(int(std::size(IfoNames)))]);
            const QByteArray &original = m_original.value(name);
            const QByteArray bytes = mutate(original, random);
            // Now and then the IFO is no IFO at all and libdvdread falls back to the mutant
            // as the BUP.
            const bool asBackup = random.bounded(16) == 0;
            const QString bup =
                QString(name).replace(QStringLiteral(".IFO"), QStringLiteral(".BUP"));
            if (asBackup) {
                QVERIFY(writeFile(ifoPath(name), QByteArray(int(Ifo::Sector), '\0')));
                QVERIFY(writeFile(ifoPath(bup), bytes));
            } else {
                QVERIFY(writeFile(ifoPath(name), bytes));
            }
            // libdvdread reads whole sectors: a partial last one is not part of the file.
            const IfoCheck check =
                checkIfoBytes(bytes.left(bytes.size() / Ifo::Sector * Ifo::Sector));
            ++counts[int(check.verdict)];
            readWithSpindle(bytes);
            const DvdVideoInfo info = readCopy();
            if (info.valid)
                ++valid;
            if (check.verdict == IfoCheck::Verdict::Damaged) {
                const QString file = asBackup ? bup : name;
                QVERIFY2(!info.valid && !info.messages.isEmpty() &&
                             info.messages.first().contains(file),
                         qPrintable(QStringLiteral("mutant %1 of seed %2 (%3): %4")
                                        .arg(n)
                                        .arg(Seed)
                                        .arg(file, info.messages.join(QLatin1Char('\n')))));
            }
            QVERIFY(writeFile(ifoPath(name), original));
            if (asBackup)
                QVERIFY(writeFile(ifoPath(bup), original));
        }
        qInfo("%d mutants in %lld ms (seed %u): %d passed the check, %d no IFO (BUP read), "
              "%d refused; %d read as a valid DVD-Video",
              Mutants, timer.elapsed(), Seed, counts[int(IfoCheck::Verdict::Safe)],
              counts[int(IfoCheck::Verdict::NotIfo)], counts[int(IfoCheck::Verdict::Damaged)],
              valid);
        QVERIFY(counts[int(IfoCheck::Verdict::Safe)] > 0);
        QVERIFY(counts[int(IfoCheck::Verdict::Damaged)] > 0);
    }
};

QTEST_GUILESS_MAIN(TestIfoFuzz)
#include "tst_ifofuzz.moc"
