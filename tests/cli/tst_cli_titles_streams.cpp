#include "dvdstreamsfixture.h"
#include "fixtures.h"
#include "lsdvdreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
                QVERIFY(!a.contains(QStringLiteral("bytes")));
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

    // Under each title set's line, its streams, numbered as SET:N takes them.
    void textListsTheStreams()
    {
        const ProcessRun r = cli({QStringLiteral("titles"), m_dvd->image});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        const QString expected =
            QStringLiteral("  Audio 1: English, AC-3 stereo\n"
                           "  Audio 2: Français, AC-3 mono\n"
                           "  Audio 3: English, AC-3 stereo, director's comments\n"
                           "  Subtitles 1: English\n"
                           "  Subtitles 2: Deutsch, large\n"
                           "Title set 2: ");
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(titles 2, 3)\n"
                                             "  Audio 1: Deutsch, MPEG audio stereo\n"
                                             "  Audio 2: Español, AC-3 stereo\n"
                                             "  Subtitles 1: Español (title 2)\n"
                                             "Menus (VIDEO_TS): ")),
                 qPrintable(out));
        QVERIFY(!out.contains(QLatin1Char('?')));
    }
};

QTEST_GUILESS_MAIN(TestCliTitlesStreams)
#include "tst_cli_titles_streams.moc"
