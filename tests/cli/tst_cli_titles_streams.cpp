#include "badsectordisc.h"
#include "base/format.h"
#include "dvdstreamsfixture.h"
#include "fixtures.h"
#include "lsdvdreport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Spindle::Test;

// `spindle-cli titles` lists each title set's audio and subtitle streams: on the stream
// fixture (tests/support/dvdstreamsfixture.h), checked against what was authored and lsdvd.
class TestCliTitlesStreams final : public QObject
{
    Q_OBJECT

private:
    const DvdStreamsFixture *m_dvd = nullptr;
    LsdvdReport m_lsdvd;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    // Bytes of the 2048-byte packs of title set `set`'s title VOBs in `folder` that carry each
    // stream, by the stream of the pack's first PES packet, read here without Spindle's code:
    // private stream 1 packets by their substream (0x20+n subpictures, 0x80+n AC-3), others
    // by their stream id (0xC0+n MPEG audio, 0xE0 video, 0xBB: a NAV pack's system header).
    static QMap<int, qint64> packBytes(const QString &folder, int set)
    {
        QMap<int, qint64> bytes;
        const QDir videoTs(folder + QStringLiteral("/VIDEO_TS"));
        const QString pattern =
            QStringLiteral("VTS_%1_[1-9].VOB").arg(set, 2, 10, QLatin1Char('0'));
        for (const QString &name : videoTs.entryList({pattern}, QDir::Files, QDir::Name)) {
            const QByteArray d = readAll(videoTs.filePath(name));
            const auto at = [&d](qint64 i) { return i < d.size() ? quint8(d[i]) : quint8(0); };
            for (qint64 pack = 0; pack + 2048 <= d.size(); pack += 2048) {
                const qint64 pes = pack + 14 + (at(pack + 13) & 7);
                int id = at(pes + 3);
                if (id == 0xbd)
                    id = at(pes + 9 + at(pes + 8));
                bytes[id] += 2048;
            }
        }
        return bytes;
    }

    // The bytes of an authored stream, from packBytes().
    static qint64 audioBytes(const QMap<int, qint64> &packs, const AuthoredAudio &a)
    {
        return packs.value((a.format == QLatin1String("ac3") ? 0x80 : 0xc0) + a.physical);
    }

    static QList<int> ints(const QJsonValue &value)
    {
        QList<int> list;
        for (const QJsonValue &v : value.toArray())
            list << v.toInt();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList missing = missingDvdStreamsTools();
        if (QStandardPaths::findExecutable(QStringLiteral("lsdvd")).isEmpty())
            missing << QStringLiteral("lsdvd");
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1").arg(missing.join(u' '))));
        m_dvd = &dvdStreamsFixture();
        QVERIFY2(m_dvd->error.isEmpty(), qPrintable(m_dvd->error));
        m_lsdvd = runLsdvd(m_dvd->image);
        QVERIFY2(m_lsdvd.error.isEmpty(), qPrintable(m_lsdvd.error));
    }

    void jsonListsTheStreams_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("image") << false;
        QTest::newRow("folder") << true;
    }

    void jsonListsTheStreams()
    {
        QFETCH(bool, folder);
        const ProcessRun r = cli({QStringLiteral("titles"), QStringLiteral("--json"),
                                  folder ? m_dvd->folder : m_dvd->image});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray sets =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("titleSets")).toArray();
        QCOMPARE(sets.size(), m_dvd->titleSets.size());
        for (int i = 0; i < sets.size(); ++i) {
            const QJsonObject set = sets.at(i).toObject();
            const AuthoredTitleSet &authored = m_dvd->titleSets.at(i);
            const QMap<int, qint64> packs = packBytes(m_dvd->folder, authored.number);
            QCOMPARE(set.value(QStringLiteral("number")).toInt(), authored.number);
            QVERIFY(set.value(QStringLiteral("bytes")).toDouble() > 0);
            const QJsonArray audio = set.value(QStringLiteral("audio")).toArray();
            QCOMPARE(audio.size(), authored.audio.size());
            for (int n = 0; n < audio.size(); ++n) {
                const QJsonObject a = audio.at(n).toObject();
                const AuthoredAudio &want = authored.audio.at(n);
                QCOMPARE(a.value(QStringLiteral("number")).toInt(), n + 1);
                QCOMPARE(a.value(QStringLiteral("language")).toString(), want.language);
                QCOMPARE(a.value(QStringLiteral("format")).toString(), want.format);
                QCOMPARE(a.value(QStringLiteral("channels")).toInt(), want.channels);
                QCOMPARE(a.value(QStringLiteral("extension")).toInt(), want.extension);
                QCOMPARE(ints(a.value(QStringLiteral("physical"))), QList<int>{want.physical});
                // What leaving it out saves: its packs, counted above.
                QVERIFY(audioBytes(packs, want) > 0);
                QCOMPARE(qint64(a.value(QStringLiteral("bytes")).toDouble()),
                         audioBytes(packs, want));
                // The titles lsdvd lists this stream for (by its place among their streams).
                QList<int> titles;
                for (const AuthoredStreamsTitle &t : m_dvd->titles) {
                    if (t.titleSet == authored.number && t.audio.contains(n))
                        titles << t.number;
                }
                QCOMPARE(ints(a.value(QStringLiteral("titles"))), titles);
                for (int t : titles) {
                    QVERIFY(m_lsdvd.titles.at(t - 1).audioLanguages.contains(want.language));
                }
            }
            const QJsonArray subtitles = set.value(QStringLiteral("subtitles")).toArray();
            QCOMPARE(subtitles.size(), authored.subpictures.size());
            for (int n = 0; n < subtitles.size(); ++n) {
                const QJsonObject s = subtitles.at(n).toObject();
                const AuthoredSubpicture &want = authored.subpictures.at(n);
                QCOMPARE(s.value(QStringLiteral("number")).toInt(), n + 1);
                QCOMPARE(s.value(QStringLiteral("language")).toString(), want.language);
                QCOMPARE(s.value(QStringLiteral("extension")).toInt(), want.extension);
                QCOMPARE(ints(s.value(QStringLiteral("physical"))), QList<int>{want.physical});
                QVERIFY(packs.value(0x20 + want.physical) > 0);
                QCOMPARE(qint64(s.value(QStringLiteral("bytes")).toDouble()),
                         packs.value(0x20 + want.physical));
                QList<int> titles;
                for (const AuthoredStreamsTitle &t : m_dvd->titles) {
                    if (t.titleSet == authored.number && t.subpictures.contains(n))
                        titles << t.number;
                }
                QCOMPARE(ints(s.value(QStringLiteral("titles"))), titles);
                for (int t : titles)
                    QVERIFY(m_lsdvd.titles.at(t - 1).subtitleLanguages.contains(want.language));
            }
        }
        const QJsonObject commentary =
            sets.at(0).toObject().value(QStringLiteral("audio")).toArray().at(2).toObject();
        QCOMPARE(commentary.value(QStringLiteral("languageName")).toString(),
                 QStringLiteral("English"));
        QCOMPARE(commentary.value(QStringLiteral("extensionName")).toString(),
                 QStringLiteral("director's comments"));
        const QJsonObject french =
            sets.at(0).toObject().value(QStringLiteral("audio")).toArray().at(1).toObject();
        QCOMPARE(french.value(QStringLiteral("languageName")).toString(),
                 QStringLiteral("Français"));
    }

    // Under each title set's line, its streams, numbered as SET:N takes them, with their sizes;
    // --no-sizes leaves the sizes out (and does not read the VOBs).
    void textListsTheStreams_data()
    {
        QTest::addColumn<bool>("sizes");
        QTest::newRow("sizes") << true;
        QTest::newRow("--no-sizes") << false;
    }

    void textListsTheStreams()
    {
        QFETCH(bool, sizes);
        QStringList args{QStringLiteral("titles"), m_dvd->image};
        if (!sizes)
            args << QStringLiteral("--no-sizes");
        const ProcessRun r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress where stdout is no terminal
        const QString out = QString::fromUtf8(r.out);
        const QMap<int, qint64> one = packBytes(m_dvd->folder, 1);
        const QMap<int, qint64> two = packBytes(m_dvd->folder, 2);
        const auto size = [sizes](qint64 bytes) {
            return sizes ? QStringLiteral(" — ") + Spindle::formatBytes(bytes) : QString();
        };
        const QString expected =
            QStringLiteral("  Audio 1: English, AC-3 stereo%1\n"
                           "  Audio 2: Français, AC-3 mono%2\n"
                           "  Audio 3: English, AC-3 stereo, director's "
                           "comments%3\n"
                           "  Subtitles 1: English%4\n"
                           "  Subtitles 2: Deutsch, large%5\n"
                           "Title set 2: ")
                .arg(size(one.value(0x80)), size(one.value(0x81)), size(one.value(0x82)),
                     size(one.value(0x20)), size(one.value(0x21)));
        QVERIFY2(out.contains(expected), qPrintable(out + expected));
        QVERIFY2(out.contains(
                     QStringLiteral("(titles 2, 3)\n"
                                    "  Audio 1: Deutsch, MPEG audio stereo%1\n"
                                    "  Audio 2: Español, AC-3 stereo%2\n"
                                    "  Subtitles 1: Español%3 (title 2)\n"
                                    "Menus (VIDEO_TS): ")
                         .arg(size(two.value(0xc0)), size(two.value(0x81)), size(two.value(0x21)))),
                 qPrintable(out));
        QVERIFY(!out.contains(QLatin1Char('?')));
        if (!sizes) {
            const ProcessRun json = cli({QStringLiteral("titles"), QStringLiteral("--json"),
                                         QStringLiteral("--no-sizes"), m_dvd->image});
            QVERIFY2(json.code == 0, json.err.constData());
            QVERIFY(json.out.contains("\"physical\""));
            QVERIFY(!json.out.contains("\"bytes\": 2")); // title sets have bytes, streams not
            QVERIFY(!QJsonDocument::fromJson(json.out)
                         .object()
                         .value(QStringLiteral("titleSets"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("audio"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .contains(QStringLiteral("bytes")));
        }
    }

    // On a terminal (script's pseudo-terminal) the scan shows a bar, and Ctrl-C there (the
    // terminal's interrupt character, as a keyboard sends it) cancels it at once: exit 130, no
    // listing. The 1.1 GB fixture behind a FUSE mount that takes 10 ms per 128 KiB read would
    // take about 90 s to scan in full.
    void ctrlCCancelsTheScan()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script (bsdutils) is not installed");
        const DvdStreamsFixture &large = dvdLargeStreamsFixture();
        QVERIFY2(large.error.isEmpty(), qPrintable(large.error));
        BadSectorDisc slow(large.image, {}, 10);
        if (!slow.isMounted())
            QSKIP(qPrintable(slow.errorText()));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(
            QStringLiteral("script"),
            {QStringLiteral("-qec"),
             QStringLiteral("exec '%1' titles '%2'").arg(QStringLiteral(SPINDLE_CLI), slow.path()),
             QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QDeadlineTimer deadline(60000);
        while (!seen.contains("Measuring the streams [") && !deadline.hasExpired() &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            seen += p.readAll();
        }
        QVERIFY2(seen.contains("Measuring the streams ["), seen.constData());
        p.write("\x03");
        QVERIFY2(p.waitForFinished(20000), "the scan went on after Ctrl-C");
        seen += p.readAll();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(seen.contains("Cancelling"), seen.constData());
        QVERIFY2(!seen.contains("Title set 1"), seen.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTitlesStreams)
#include "tst_cli_titles_streams.moc"
