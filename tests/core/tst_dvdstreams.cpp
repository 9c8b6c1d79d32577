#include "dvd/dvdstreams.h"
#include "dvd/ifofile.h"
#include "dvdstreamsfixture.h"
#include "lsdvdreport.h"
#include "treefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

// lsdvd's words for code extensions (its audio and subpicture content tables).
QString lsdvdAudioContent(int extension)
{
    static const char *const names[] = {"Undefined", "Normal", "Impaired", "Comments1",
                                        "Comments2"};
    return QString::fromLatin1(names[extension]);
}

QString lsdvdSubtitleContent(int extension)
{
    static const char *const names[] = {"Undefined", "Normal", "Large", "Children"};
    return QString::fromLatin1(names[extension]);
}

// The audio and subpicture stream ids ffprobe finds in a VOB: 0x80 + n (AC-3), 0x1c0 + n
// (MPEG audio), 0x20 + n (subpictures).
QSet<int> ffprobeStreamIds(const QString &vob)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("ffprobe")),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
             QStringLiteral("stream=id,codec_type"), QStringLiteral("-of"), QStringLiteral("json"),
             vob});
    p.waitForFinished(60000);
    QSet<int> ids;
    const QJsonArray streams = QJsonDocument::fromJson(p.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("streams"))
                                   .toArray();
    for (const QJsonValue &s : streams) {
        const QString type = s.toObject().value(QStringLiteral("codec_type")).toString();
        if (type == QLatin1String("audio") || type == QLatin1String("subtitle"))
            ids << s.toObject().value(QStringLiteral("id")).toString().toInt(nullptr, 16);
    }
    return ids;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The byte offset of title PGC `number` (1-based) in a VTS IFO, or -1.
qint64 pgcOffset(const QByteArray &ifo, int number)
{
    const qint64 pgcit = qint64(Ifo::be32(ifo, Ifo::Vts::Pgcit)) * Ifo::Sector;
    if (pgcit <= 0 || pgcit + 16 > ifo.size())
        return -1;
    return pgcit + Ifo::be32(ifo, pgcit + 8 + 8 * (number - 1) + 4);
}

} // namespace

// Spindle's own reader of the stream attribute tables and the PGC stream maps, against the
// authored fixture (tests/support/dvdstreamsfixture.h), lsdvd (libdvdread) and ffprobe (the
// streams really in the VOBs); and against hostile IFO bytes.
class TestDvdStreams final : public QObject
{
    Q_OBJECT

private:
    const DvdStreamsFixture *m_dvd = nullptr;
    LsdvdReport m_lsdvd;
    QList<DvdTitleSetStreams> m_sets;

private Q_SLOTS:
    void initTestCase()
    {
        QStringList missing = missingDvdStreamsTools();
        for (const char *tool : {"lsdvd", "ffprobe"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing << QString::fromLatin1(tool);
        }
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1").arg(missing.join(u' '))));
        m_dvd = &dvdStreamsFixture();
        QVERIFY2(m_dvd->error.isEmpty(), qPrintable(m_dvd->error));
        m_lsdvd = runLsdvd(m_dvd->image);
        QVERIFY2(m_lsdvd.error.isEmpty(), qPrintable(m_lsdvd.error));
        const auto tree = loadTestTree(m_dvd->image);
        QVERIFY(tree);
        const auto sets = readDvdStreams(tree);
        QVERIFY2(sets.ok(), qPrintable(sets.error().message));
        m_sets = sets.value();
    }

    void names()
    {
        QCOMPARE(dvdLanguageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(dvdLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(dvdLanguageName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(dvdLanguageName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(dvdLanguageName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        for (const char *unknown : {"", "xx", "EN", "e", "eng", "?", "\xc3\xa9n"})
            QCOMPARE(dvdLanguageName(QString::fromUtf8(unknown)),
                     QStringLiteral("Unknown language"));
        QCOMPARE(dvdAudioFormatName(0), QStringLiteral("AC-3"));
        QCOMPARE(dvdAudioFormatName(6), QStringLiteral("DTS"));
        QCOMPARE(dvdChannelsName(1), QStringLiteral("mono"));
        QCOMPARE(dvdChannelsName(6), QStringLiteral("5.1"));
        QCOMPARE(dvdAudioExtensionName(3), QStringLiteral("director's comments"));
        QCOMPARE(dvdSubpictureExtensionName(9), QStringLiteral("forced"));
        DvdAudioAttributes a;
        a.language = QStringLiteral("en");
        a.channels = 2;
        a.extension = 3;
        QCOMPARE(describeDvdAudio(a), QStringLiteral("English, AC-3 stereo, director's comments"));
        a.language.clear();
        a.codingMode = 2;
        a.channels = 6;
        a.extension = 1;
        QCOMPARE(describeDvdAudio(a), QStringLiteral("Unknown language, MPEG audio 5.1"));
        DvdSubpictureAttributes s;
        s.language = QStringLiteral("de");
        s.extension = 2;
        QCOMPARE(describeDvdSubpicture(s), QStringLiteral("Deutsch, large"));
    }

    void matchesAuthoring()
    {
        QCOMPARE(m_sets.size(), m_dvd->titleSets.size());
        for (int i = 0; i < m_sets.size(); ++i) {
            const DvdTitleSetStreams &set = m_sets.at(i);
            const AuthoredTitleSet &authored = m_dvd->titleSets.at(i);
            QCOMPARE(set.titleSet, authored.number);
            QVERIFY(!set.wideVideo);
            QList<int> titles;
            for (const AuthoredStreamsTitle &t : m_dvd->titles) {
                if (t.titleSet == set.titleSet)
                    titles << t.number;
            }
            QCOMPARE(set.titles, titles);
            QCOMPARE(set.audio.size(), authored.audio.size());
            for (int n = 0; n < set.audio.size(); ++n) {
                const DvdAudioAttributes &a = set.audio.at(n);
                QCOMPARE(a.number, n + 1);
                QCOMPARE(a.language, authored.audio.at(n).language);
                QCOMPARE(dvdAudioFormatCode(a.codingMode), authored.audio.at(n).format);
                QCOMPARE(a.channels, authored.audio.at(n).channels);
                QCOMPARE(a.extension, authored.audio.at(n).extension);
                QCOMPARE(a.sampleRate, 48000);
                QCOMPARE(a.physical, QList<int>{authored.audio.at(n).physical});
            }
            QCOMPARE(set.subpictures.size(), authored.subpictures.size());
            for (int n = 0; n < set.subpictures.size(); ++n) {
                const DvdSubpictureAttributes &s = set.subpictures.at(n);
                QCOMPARE(s.number, n + 1);
                QCOMPARE(s.language, authored.subpictures.at(n).language);
                QCOMPARE(s.extension, authored.subpictures.at(n).extension);
                QCOMPARE(s.physical, QList<int>{authored.subpictures.at(n).physical});
            }
        }
        const DvdAudioAttributes &commentary = m_sets.at(0).audio.at(2);
        QCOMPARE(describeDvdAudio(commentary),
                 QStringLiteral("English, AC-3 stereo, director's comments"));
        QCOMPARE(describeDvdAudio(m_sets.at(1).audio.at(0)),
                 QStringLiteral("Deutsch, MPEG audio stereo"));
        QCOMPARE(describeDvdSubpicture(m_sets.at(0).subpictures.at(1)),
                 QStringLiteral("Deutsch, large"));
    }

    // lsdvd lists per title the streams its PGC enables, in table order.
    void matchesLsdvd()
    {
        for (const LsdvdTitle &l : std::as_const(m_lsdvd.titles)) {
            QVERIFY(l.titleSet >= 1 && l.titleSet <= m_sets.size());
            const DvdTitleSetStreams &set = m_sets.at(l.titleSet - 1);
            QVERIFY(set.titles.contains(l.number));
            QStringList languages, formats, contents, subLanguages, subContents;
            QList<int> channels;
            for (const DvdAudioAttributes &a : set.audio) {
                if (!a.titles.contains(l.number))
                    continue;
                languages << a.language;
                formats << dvdAudioFormatCode(a.codingMode);
                channels << a.channels;
                contents << lsdvdAudioContent(a.extension);
            }
            for (const DvdSubpictureAttributes &s : set.subpictures) {
                if (!s.titles.contains(l.number))
                    continue;
                subLanguages << s.language;
                subContents << lsdvdSubtitleContent(s.extension);
            }
            QCOMPARE(languages, l.audioLanguages);
            QCOMPARE(formats, l.audioFormats);
            QCOMPARE(channels, l.audioChannels);
            QCOMPARE(contents, l.audioContents);
            QCOMPARE(subLanguages, l.subtitleLanguages);
            QCOMPARE(subContents, l.subtitleContents);
        }
    }

    // The physical streams the PGCs name are the streams ffprobe finds in the VOBs.
    void physicalStreamsAreInTheVobs()
    {
        for (const DvdTitleSetStreams &set : std::as_const(m_sets)) {
            QSet<int> expected;
            for (const DvdAudioAttributes &a : set.audio) {
                for (int n : a.physical)
                    expected << (a.codingMode == 0 ? 0x80 : 0x1c0) + n;
            }
            for (const DvdSubpictureAttributes &s : set.subpictures) {
                for (int n : s.physical)
                    expected << 0x20 + n;
            }
            const QString vob = QStringLiteral("%1/VIDEO_TS/VTS_%2_1.VOB")
                                    .arg(m_dvd->folder)
                                    .arg(set.titleSet, 2, 10, QLatin1Char('0'));
            QCOMPARE(ffprobeStreamIds(vob), expected);
        }
    }

    void folderReadsTheSame()
    {
        const auto sets = readDvdStreams(loadTestTree(m_dvd->folder));
        QVERIFY2(sets.ok(), qPrintable(sets.error().message));
        QCOMPARE(sets->size(), m_sets.size());
        for (int i = 0; i < m_sets.size(); ++i) {
            QCOMPARE(sets->at(i).audio.size(), m_sets.at(i).audio.size());
            for (int n = 0; n < m_sets.at(i).audio.size(); ++n)
                QCOMPARE(describeDvdAudio(sets->at(i).audio.at(n)),
                         describeDvdAudio(m_sets.at(i).audio.at(n)));
        }
    }

    // Damage that must be refused with a message naming the file.
    void refusesDamagedTables_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("9 audio streams") << qint64(0x202) << QByteArray("\x00\x09", 2);
        QTest::newRow("33 subtitle streams") << qint64(0x254) << QByteArray("\x00\x21", 2);
        QTest::newRow("audio count 0xFFFF") << qint64(0x202) << QByteArray("\xff\xff", 2);
        QTest::newRow("short management table") << qint64(0x80) << QByteArray("\0\0\x02\x00", 4);
        QTest::newRow("not an IFO") << qint64(0) << QByteArray("DVDVIDEO-XYZ");
    }

    void refusesDamagedTables()
    {
        QFETCH(qint64, at);
        QFETCH(QByteArray, bytes);
        QByteArray ifo = readFile(m_dvd->folder + QStringLiteral("/VIDEO_TS/VTS_01_0.IFO"));
        QVERIFY(ifo.size() > at + bytes.size());
        ifo.replace(at, bytes.size(), bytes);
        const auto set = parseDvdTitleSetStreams(ifo, QStringLiteral("VTS_01_0.IFO"), 1, {1});
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(QStringLiteral("VTS_01_0.IFO")),
                 qPrintable(set.error().message));
    }

    void refusesPgcOutsideItsTable()
    {
        QByteArray ifo = readFile(m_dvd->folder + QStringLiteral("/VIDEO_TS/VTS_02_0.IFO"));
        const qint64 pgcit = qint64(Ifo::be32(ifo, Ifo::Vts::Pgcit)) * Ifo::Sector;
        const qint64 pgcitSize = qint64(Ifo::be32(ifo, pgcit + 4)) + 1;
        QVERIFY(pgcOffset(ifo, 2) > 0);
        // PGC 2 starts so near the table's end that its stream control tables would not fit.
        Ifo::setBe32(ifo, pgcit + 8 + 8 + 4, quint32(pgcitSize - 0x20));
        const auto set = parseDvdTitleSetStreams(ifo, QStringLiteral("VTS_02_0.IFO"), 2, {2, 3});
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(QStringLiteral("PGC 2")),
                 qPrintable(set.error().message));
    }

    // A fixed-seed mutation loop, in the style of tst_ifofuzz: bytes anywhere in the file,
    // the stream tables and counts, the PGCIT and the PGCs' stream control tables, a shorter
    // file. Every mutant either parses into sane values or fails with a message naming the
    // file; none may crash.
    void fuzz()
    {
        QRandomGenerator random(0x57EA3u);
        const QList<QByteArray> originals{
            readFile(m_dvd->folder + QStringLiteral("/VIDEO_TS/VTS_01_0.IFO")),
            readFile(m_dvd->folder + QStringLiteral("/VIDEO_TS/VTS_02_0.IFO"))};
        static const quint8 values[] = {0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF, 0x10, 0x08, 0x21};
        int refused = 0;
        constexpr int Mutants = 4000;
        for (int i = 0; i < Mutants; ++i) {
            const int which = random.bounded(2);
            QByteArray ifo = originals.at(which);
            const qint64 pgcit = qint64(Ifo::be32(ifo, Ifo::Vts::Pgcit)) * Ifo::Sector;
            const qint64 pgc = pgcOffset(ifo, 1);
            const qint64 regions[] = {0,          0x200,      0x254,         pgcit,
                                      pgc + 0x0C, pgc + 0x1C, ifo.size() / 2};
            const int edits = 1 + random.bounded(6);
            for (int e = 0; e < edits; ++e) {
                const qint64 base = regions[random.bounded(int(std::size(regions)))];
                const qint64 at =
                    base == 0 ? random.bounded(int(ifo.size())) : base + random.bounded(0x40);
                if (at >= 0 && at < ifo.size())
                    ifo[at] = char(random.bounded(3) == 0
                                       ? random.bounded(256)
                                       : values[random.bounded(int(std::size(values)))]);
            }
            if (random.bounded(10) == 0)
                ifo.truncate(random.bounded(int(ifo.size())));
            const QString name = QStringLiteral("VTS_0%1_0.IFO").arg(which + 1);
            const auto set = parseDvdTitleSetStreams(ifo, name, which + 1, {1, 2});
            if (!set.ok()) {
                ++refused;
                QVERIFY2(set.error().message.contains(name), qPrintable(set.error().message));
                continue;
            }
            QVERIFY(set->audio.size() <= 8);
            QVERIFY(set->subpictures.size() <= 32);
            for (const DvdAudioAttributes &a : set->audio) {
                QVERIFY(!describeDvdAudio(a).isEmpty());
                for (int n : a.physical)
                    QVERIFY(n >= 0 && n < 8);
            }
            for (const DvdSubpictureAttributes &s : set->subpictures) {
                QVERIFY(!describeDvdSubpicture(s).isEmpty());
                for (int n : s.physical)
                    QVERIFY(n >= 0 && n < 32);
            }
        }
        qInfo("%d of %d mutants refused", refused, Mutants);
        QVERIFY(refused > 0);
        QVERIFY(refused < Mutants);
    }
};

QTEST_GUILESS_MAIN(TestDvdStreams)
#include "tst_dvdstreams.moc"
