#include "badsectordisc.h"
#include "dvdstreamsfixture.h"
#include "fixtures.h"
#include "lsdvdreport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Spindle::Test;

// `spindle-cli build --keep-audio / --keep-subtitles / --drop-commentary` on the stream
// fixture (tests/support/dvdstreamsfixture.h): title set 1 has audio en, fr, en commentary and
// subtitles en, de; title set 2 (titles 2 and 3) audio de, es and subtitles es. What stays is
// checked with lsdvd (-x: its -a -s report as XML), a reader we did not write.
class TestCliStreamRules final : public QObject
{
    Q_OBJECT

private:
    const DvdStreamsFixture *m_dvd = nullptr;
    QTemporaryDir m_dir;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    // Builds the fixture's image with `options`; the new image's path, or empty on failure.
    QString build(const QString &name, const QStringList &options, ProcessRun *run = nullptr)
    {
        const QString out = m_dir.filePath(name + QStringLiteral(".iso"));
        const ProcessRun r =
            cli(QStringList{QStringLiteral("build"), m_dvd->image} + options +
                QStringList{QStringLiteral("--output"), out, QStringLiteral("--progress"),
                            QStringLiteral("none"), QStringLiteral("--force")});
        if (run)
            *run = r;
        if (r.code != 0) {
            if (!run) // the caller that expects a failure looks at it itself
                qWarning("build %s: exit %d: %s", qPrintable(options.join(u' ')), r.code,
                         r.err.constData());
            return {};
        }
        return out;
    }

    // Per title of `image`, its audio languages with "+" for a commentary ("en+") and its
    // subtitle languages, as lsdvd reports them.
    static QStringList streamsOf(const QString &image)
    {
        const LsdvdReport report = runLsdvd(image);
        if (!report.error.isEmpty())
            return {report.error};
        QStringList titles;
        for (const LsdvdTitle &t : report.titles) {
            QStringList audio;
            for (int i = 0; i < t.audioLanguages.size(); ++i) {
                audio << t.audioLanguages.at(i) +
                             (t.audioContents.value(i) == QLatin1String("Comments1")
                                  ? QStringLiteral("+")
                                  : QString());
            }
            titles << QStringLiteral("%1: %2 / %3")
                          .arg(t.number)
                          .arg(audio.join(u','), t.subtitleLanguages.join(u','));
        }
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList missing = missingDvdStreamsTools();
        if (QStandardPaths::findExecutable(QStringLiteral("lsdvd")).isEmpty())
            missing << QStringLiteral("lsdvd");
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1").arg(missing.join(u' '))));
        QVERIFY(m_dir.isValid());
        m_dvd = &dvdStreamsFixture();
        QVERIFY2(m_dvd->error.isEmpty(), qPrintable(m_dvd->error));
        // What the source has, as the rows below expect it.
        QCOMPARE(streamsOf(m_dvd->image),
                 QStringList({QStringLiteral("1: en,fr,en+ / en,de"),
                              QStringLiteral("2: de,es / es"), QStringLiteral("3: de,es / ")}));
    }

    void keepsWhatTheRulesSay_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("titles");
        // English stays, the commentary too (it is English); title set 2 has no English, so
        // its first audio stream stays for sound.
        QTest::newRow("keep-audio en")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("en")}
            << QStringList{QStringLiteral("1: en,en+ / en,de"), QStringLiteral("2: de / es"),
                           QStringLiteral("3: de / ")};
        QTest::newRow("keep-audio in upper case")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("EN")}
            << QStringList{QStringLiteral("1: en,en+ / en,de"), QStringLiteral("2: de / es"),
                           QStringLiteral("3: de / ")};
        // "original" is each title set's first language: English in 1, German in 2.
        QTest::newRow("keep-audio es,original")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("es,original")}
            << QStringList{QStringLiteral("1: en,en+ / en,de"), QStringLiteral("2: de,es / es"),
                           QStringLiteral("3: de,es / ")};
        QTest::newRow("keep-subtitles none")
            << QStringList{QStringLiteral("--keep-subtitles"), QStringLiteral("none")}
            << QStringList{QStringLiteral("1: en,fr,en+ / "), QStringLiteral("2: de,es / "),
                           QStringLiteral("3: de,es / ")};
        QTest::newRow("keep-subtitles de")
            << QStringList{QStringLiteral("--keep-subtitles"), QStringLiteral("de")}
            << QStringList{QStringLiteral("1: en,fr,en+ / de"), QStringLiteral("2: de,es / "),
                           QStringLiteral("3: de,es / ")};
        QTest::newRow("drop-commentary")
            << QStringList{QStringLiteral("--drop-commentary")}
            << QStringList{QStringLiteral("1: en,fr / en,de"), QStringLiteral("2: de,es / es"),
                           QStringLiteral("3: de,es / ")};
        // Rules and numbered streams add up.
        QTest::newRow("union with --drop-audio and --drop-subtitles")
            << QStringList{QStringLiteral("--drop-commentary"),
                           QStringLiteral("--drop-audio"),
                           QStringLiteral("1:2"),
                           QStringLiteral("--keep-subtitles"),
                           QStringLiteral("en,es"),
                           QStringLiteral("--drop-subtitles"),
                           QStringLiteral("2:1")}
            << QStringList{QStringLiteral("1: en / en"), QStringLiteral("2: de,es / "),
                           QStringLiteral("3: de,es / ")};
        QTest::newRow("with --drop-titles")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("fr"),
                           QStringLiteral("--drop-titles"), QStringLiteral("2")}
            << QStringList{QStringLiteral("1: fr / en,de"), QStringLiteral("2: de / ")};
        QTest::newRow("with --keep-titles")
            << QStringList{QStringLiteral("--keep-subtitles"), QStringLiteral("none"),
                           QStringLiteral("--keep-titles"), QStringLiteral("2-3")}
            << QStringList{QStringLiteral("1: de,es / "), QStringLiteral("2: de,es / ")};
        QTest::newRow("with --main-feature-only")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("en"),
                           QStringLiteral("--drop-commentary"),
                           QStringLiteral("--main-feature-only")}
            << QStringList{QStringLiteral("1: en / en,de")};
    }

    void keepsWhatTheRulesSay()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, titles);
        const QString image = build(QStringLiteral("rules"), options);
        QVERIFY(!image.isEmpty());
        QCOMPARE(streamsOf(image), titles);
    }

    // The image shrinks by what `titles` says the commentary takes, within a few sectors
    // (the IFO files change size too).
    void savesTheStreamsSize()
    {
        const ProcessRun titles =
            cli({QStringLiteral("titles"), QStringLiteral("--json"), m_dvd->image});
        QVERIFY2(titles.code == 0, titles.err.constData());
        const QJsonObject set = QJsonDocument::fromJson(titles.out)
                                    .object()
                                    .value(QStringLiteral("titleSets"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        const qint64 commentary = qint64(set.value(QStringLiteral("audio"))
                                             .toArray()
                                             .at(2)
                                             .toObject()
                                             .value(QStringLiteral("bytes"))
                                             .toDouble());
        QVERIFY(commentary > 10 * 2048);
        // Every title kept: the same IFO rewriting, no stream left out.
        const QString all =
            build(QStringLiteral("all"), {QStringLiteral("--keep-titles"), QStringLiteral("1-3")});
        const QString less = build(QStringLiteral("less"), {QStringLiteral("--drop-commentary")});
        QVERIFY(!all.isEmpty() && !less.isEmpty());
        const qint64 saved = QFileInfo(all).size() - QFileInfo(less).size();
        QVERIFY2(qAbs(saved - commentary) <= 4 * 2048,
                 qPrintable(QStringLiteral("saved %1, commentary %2").arg(saved).arg(commentary)));
    }

    // A language no title set has fails and names the disc's; one of several missing is a
    // note (a list written for many discs).
    void languagesTheDiscLacks()
    {
        ProcessRun r;
        QVERIFY(
            build(QStringLiteral("ja"), {QStringLiteral("--keep-audio"), QStringLiteral("ja")}, &r)
                .isEmpty());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no audio in ja"), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(
                     QStringLiteral("en (English), fr (Français), de (Deutsch), es (Español)")),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("ja.iso"))));
        QVERIFY(build(QStringLiteral("subja"),
                      {QStringLiteral("--keep-subtitles"), QStringLiteral("ja,fr")}, &r)
                    .isEmpty());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no subtitles in ja, fr"), r.err.constData());

        const QString image = build(QStringLiteral("enja"),
                                    {QStringLiteral("--keep-audio"), QStringLiteral("en,ja")}, &r);
        QVERIFY(!image.isEmpty());
        QVERIFY2(r.err.contains("Note: This DVD-Video has no audio in ja."), r.err.constData());
        QCOMPARE(streamsOf(image).first(), QStringLiteral("1: en,en+ / en,de"));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("three letters")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("eng")};
        QTest::newRow("digit") << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("e1")};
        QTest::newRow("empty item")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("en,")};
        QTest::newRow("not a letter a-z")
            << QStringList{QStringLiteral("--keep-audio"), QStringLiteral("é")};
        QTest::newRow("subtitles original")
            << QStringList{QStringLiteral("--keep-subtitles"), QStringLiteral("original")};
        QTest::newRow("none with a language")
            << QStringList{QStringLiteral("--keep-subtitles"), QStringLiteral("none,en")};
    }

    void badValues()
    {
        QFETCH(QStringList, options);
        ProcessRun r;
        QVERIFY(build(QStringLiteral("bad"), options, &r).isEmpty());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(options.first().toUtf8()), r.err.constData());
    }

    void planningShowsProgress_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("streams") << QStringList{QStringLiteral("--drop-audio"),
                                                QStringLiteral("1:2")};
        // Title set 2 keeps title 3: the cells only title 2 plays go from its VOBs.
        QTest::newRow("a title of a shared title set")
            << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("2")};
    }

    // Planning reads the VOBs of the title sets that change (a disc: minutes) as a job whose
    // progress the user sees, then the build writes.
    void planningShowsProgress()
    {
        QFETCH(QStringList, options);
        const QString out = m_dir.filePath(QStringLiteral("planned.iso"));
        const ProcessRun r =
            cli(QStringList{QStringLiteral("build"), m_dvd->image} + options +
                QStringList{QStringLiteral("--output"), out, QStringLiteral("--progress"),
                            QStringLiteral("plain"), QStringLiteral("--force")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray planning = "Planning the new DVD-Video";
        QVERIFY2(r.err.contains(planning + " 100%"), r.err.constData());
        QVERIFY2(r.err.indexOf(planning) < r.err.indexOf("Writing"), r.err.constData());

        // --progress json: the planning's progress events, and one result: the build's.
        const ProcessRun json =
            cli(QStringList{QStringLiteral("build"), m_dvd->image} + options +
                QStringList{QStringLiteral("--output"), out, QStringLiteral("--progress"),
                            QStringLiteral("json"), QStringLiteral("--force")});
        QVERIFY2(json.code == 0, json.err.constData());
        QStringList results;
        bool planned = false;
        for (const QByteArray &line : json.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("result"))
                results << o.value(QStringLiteral("status")).toString();
            planned |= type == QLatin1String("progress") &&
                       o.value(QStringLiteral("phase")).toString() == QLatin1String(planning) &&
                       o.value(QStringLiteral("bytesTotal")).toDouble() > 0;
        }
        QVERIFY2(planned, json.out.constData());
        QCOMPARE(results, QStringList{QStringLiteral("success")});
    }

    // Ctrl-C (SIGINT) during that planning job cancels it at once: exit 130, nothing written.
    // The 1.1 GB fixture behind a FUSE mount that takes 10 ms per 128 KiB read would take
    // about 90 s to scan in full.
    void ctrlCCancelsTheScan()
    {
        const DvdStreamsFixture &large = dvdLargeStreamsFixture();
        QVERIFY2(large.error.isEmpty(), qPrintable(large.error));
        BadSectorDisc slow(large.image, {}, 10);
        if (!slow.isMounted())
            QSKIP(qPrintable(slow.errorText()));
        const QString out = m_dir.filePath(QStringLiteral("cancelled.iso"));
        QProcess p;
        p.start(QStringLiteral(SPINDLE_CLI),
                {QStringLiteral("build"), slow.path(), QStringLiteral("--drop-audio"),
                 QStringLiteral("1:2"), QStringLiteral("--output"), out,
                 QStringLiteral("--progress"), QStringLiteral("plain")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QDeadlineTimer deadline(60000);
        while (!err.contains("Planning the new DVD-Video") && !deadline.hasExpired() &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Planning the new DVD-Video"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(20000), "the scan went on after Ctrl-C");
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("Cancelling"), err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
    }

    void needsADvdVideo()
    {
        const QString iso = makeIso(m_dir.path(), QStringLiteral("plain.iso"),
                                    QStringLiteral("PLAIN"), {QStringLiteral("a.txt=hello")});
        QVERIFY(!iso.isEmpty());
        const ProcessRun r = cli({QStringLiteral("build"), iso, QStringLiteral("--drop-commentary"),
                                  QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("need a DVD-Video source"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStreamRules)
#include "tst_cli_streamrules.moc"
