#include "dvdvideosetup.h"
#include "fixtures.h"
#include "streamdemux.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Spindle::Test;

// `spindle-cli build --drop-audio/--drop-subtitles` (issue 12) checked with readers we did not
// write, on the DVD-Video fixture (tests/support/dvdvideofixture.h) and on a title set with
// three audio streams and two subtitle streams made here:
//  - lsdvd lists exactly the streams that stay, per title, with their languages and content;
//  - ffprobe finds no packet of a stream that went in the new VOBs, and every stream that
//    stays, demuxed by ffmpeg, has the same bytes as in the source;
//  - dvdnavcheck (libdvdnav) plays every title, jumps to every chapter and seeks by time on
//    the result as on the source, the streams a player selects are the source's without those
//    that went and each plays a stream the VOBs have, and dvdnavplay presses every menu button
//    with the same outcome;
//  - pack by pack, the new VOBs are the source's without the packs that went, NAV packs
//    updated (compareVobPacks, the tests' own reading); each IFO equals its BUP, its cells,
//    VOBU map and time maps point at NAV packs of the new VOBs, and
//    VIDEO_TS.IFO's copy of the title set attributes equals the IFO's;
//  - the VOBs shrink by exactly the packs of the streams that go (counted here), the image by
//    that within a few sectors; udfinfo and isoinfo read it; burned, it verifies;
//  - a damaged source VOB, a stream or title set that does not exist and a malformed option
//    are refused with a message.
class TestCliDvdStreams final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    QString m_streams; // the three-audio, two-subtitle DVD folder made by makeStreamsDvd()
    QString m_checker;
    QString m_player;
    QTemporaryDir m_dir;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

    // Runs `tool` in `dir` with VIDEO_FORMAT=NTSC (dvdauthor and spumux refuse to guess);
    // optional stdin/stdout files for spumux. Returns what went wrong, or nothing.
    static QString author(const QString &dir, const QString &tool, const QStringList &args,
                          const QString &in = {}, const QString &out = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIDEO_FORMAT"), QStringLiteral("NTSC"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir);
        if (!in.isEmpty())
            p.setStandardInputFile(dir + QLatin1Char('/') + in);
        if (!out.isEmpty())
            p.setStandardOutputFile(dir + QLatin1Char('/') + out);
        p.start(QStandardPaths::findExecutable(tool), args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("%1 %2 failed: %3")
                .arg(tool, args.join(QLatin1Char(' ')),
                     QString::fromLocal8Bit(p.readAllStandardError().right(2000)));
        return {};
    }

    // A DVD folder whose one title set has audio en, fr and an English commentary (all AC-3,
    // VOB streams 0x80..0x82) and subtitles en and de (spumux -s 0 and -s 1: 0x20, 0x21), one
    // title of 4 s in two chapters, no menus (ffmpeg, spumux, dvdauthor; about 1 s).
    static QString makeStreamsDvd(const QString &dir, QString *error)
    {
        QStringList args{QStringLiteral("-loglevel"),
                         QStringLiteral("error"),
                         QStringLiteral("-y"),
                         QStringLiteral("-f"),
                         QStringLiteral("lavfi"),
                         QStringLiteral("-i"),
                         QStringLiteral("testsrc=size=352x240:rate=30000/1001:duration=4")};
        for (int tone : {440, 660, 880})
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("sine=frequency=%1:sample_rate=48000:duration=4").arg(tone);
        args << QStringLiteral("-map") << QStringLiteral("0:v");
        for (int i = 1; i <= 3; ++i)
            args << QStringLiteral("-map") << QStringLiteral("%1:a").arg(i);
        args << QStringList{
            QStringLiteral("-c:v"),    QStringLiteral("mpeg2video"), QStringLiteral("-s"),
            QStringLiteral("352x240"), QStringLiteral("-r"),         QStringLiteral("30000/1001"),
            QStringLiteral("-b:v"),    QStringLiteral("400k"),       QStringLiteral("-maxrate"),
            QStringLiteral("800k"),    QStringLiteral("-bufsize"),   QStringLiteral("224k"),
            QStringLiteral("-g"),      QStringLiteral("15"),         QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-aspect"),    QStringLiteral("4:3"),
            QStringLiteral("-c:a"),    QStringLiteral("ac3"),        QStringLiteral("-b:a"),
            QStringLiteral("64k"),     QStringLiteral("-ac"),        QStringLiteral("2"),
            QStringLiteral("-f"),      QStringLiteral("dvd"),        QStringLiteral("plain.mpg")};
        const auto overlay = [&](const QString &name, int y) {
            return author(dir, QStringLiteral("ffmpeg"),
                          {QStringLiteral("-loglevel"), QStringLiteral("error"),
                           QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                           QStringLiteral("-i"),
                           QStringLiteral("color=c=black@0.0:size=352x240,format=rgba,"
                                          "drawbox=x=100:y=%1:w=150:h=30:color=white:t=fill")
                               .arg(y),
                           QStringLiteral("-frames:v"), QStringLiteral("1"), name});
        };
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir + QLatin1Char('/') + name);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size()
                       ? QString()
                       : QStringLiteral("cannot write ") + f.fileName();
        };
        const QByteArray spu = R"(<subpictures format="NTSC"><stream>
<spu start="00:00:00.%1" end="00:00:03.00" image="%2"/>
</stream></subpictures>
)";
        const QByteArray authoring = R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm/>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="en"/><audio lang="fr"/><audio lang="en" content="comments1"/>
   <subpicture lang="en"/><subpicture lang="de"/>
   <pgc><vob file="streams.mpg" chapters="0,0:02"/></pgc>
  </titles>
 </titleset>
</dvdauthor>
)";
        for (const QString &step :
             {author(dir, QStringLiteral("ffmpeg"), args), overlay(QStringLiteral("sub0.png"), 180),
              overlay(QStringLiteral("sub1.png"), 40),
              write(QStringLiteral("sub0.xml"),
                    QString::fromLatin1(spu)
                        .arg(QStringLiteral("50"), QStringLiteral("sub0.png"))
                        .toLatin1()),
              write(QStringLiteral("sub1.xml"),
                    QString::fromLatin1(spu)
                        .arg(QStringLiteral("80"), QStringLiteral("sub1.png"))
                        .toLatin1()),
              author(dir, QStringLiteral("spumux"),
                     {QStringLiteral("-s"), QStringLiteral("0"), QStringLiteral("sub0.xml")},
                     QStringLiteral("plain.mpg"), QStringLiteral("one.mpg")),
              author(dir, QStringLiteral("spumux"),
                     {QStringLiteral("-s"), QStringLiteral("1"), QStringLiteral("sub1.xml")},
                     QStringLiteral("one.mpg"), QStringLiteral("streams.mpg")),
              write(QStringLiteral("dvd.xml"), authoring),
              author(dir, QStringLiteral("dvdauthor"),
                     {QStringLiteral("-x"), QStringLiteral("dvd.xml")})}) {
            if (!step.isEmpty()) {
                *error = step;
                return {};
            }
        }
        return dir + QStringLiteral("/dvd");
    }

    // One title as `lsdvd -a -s` prints it: "LANG FORMAT CHANNELS CONTENT" per audio stream,
    // "LANG CONTENT" per subtitle stream ("Stream id" is lsdvd's guess from the stream's
    // index, not what the disc says, and stays out).
    struct StreamList
    {
        QStringList audio;
        QStringList subtitles;
    };

    static QList<StreamList> lsdvdStreams(const QString &path, QString *error)
    {
        const ProcessRun r =
            runProcess(QStringLiteral("lsdvd"), {QStringLiteral("-a"), QStringLiteral("-s"), path});
        QList<StreamList> titles;
        if (r.code != 0) {
            *error = QStringLiteral("lsdvd failed: ") + QString::fromLocal8Bit(r.err);
            return titles;
        }
        static const QRegularExpression field(QStringLiteral("(\\w+): ([^,]*)"));
        for (const QByteArray &raw : r.out.split('\n')) {
            const QString line = QString::fromLocal8Bit(raw).trimmed();
            QMap<QString, QString> fields;
            for (auto it = field.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                fields.insert(m.captured(1), m.captured(2).trimmed());
            }
            const QString language = fields.value(QStringLiteral("Language")).section(u' ', 0, 0);
            if (line.startsWith(QLatin1String("Title:")))
                titles << StreamList{};
            else if (line.startsWith(QLatin1String("Audio:")) && !titles.isEmpty())
                titles.last().audio << QStringList{language, fields.value(QStringLiteral("Format")),
                                                   fields.value(QStringLiteral("Channels")),
                                                   fields.value(QStringLiteral("Content"))}
                                           .join(u' ');
            else if (line.startsWith(QLatin1String("Subtitle:")) && !titles.isEmpty())
                titles.last().subtitles
                    << language + u' ' + fields.value(QStringLiteral("Content"));
        }
        if (titles.isEmpty())
            *error = QStringLiteral("lsdvd listed no titles: ") + QString::fromLocal8Bit(r.out);
        return titles;
    }

    // dvdnavcheck's report lines (without libdvdnav's own messages) and its exit status.
    QStringList navCheck(const QString &path, int *status) const
    {
        QByteArray out;
        *status = runTool(m_checker, {path}, &out);
        QStringList lines;
        for (const QString &line : QString::fromLocal8Bit(out).split(u'\n')) {
            if (line.startsWith(QLatin1String("dvdnavcheck: ")))
                lines << line.mid(13);
        }
        return lines;
    }

    // dvdnavplay's report: what each menu button leads to.
    QStringList play(const QString &path) const
    {
        QByteArray out;
        const int status = runTool(m_player, {path}, &out);
        QStringList lines;
        for (const QString &line : QString::fromLocal8Bit(out).split(u'\n')) {
            if (line.startsWith(QLatin1String("dvdnavplay: ")))
                lines << line.mid(12);
        }
        lines << QStringLiteral("exit %1").arg(status);
        return lines;
    }

    // The VOB files of title set `set` in an ISO 9660 image, copied out with isoinfo into
    // `dir`, in order.
    static QStringList extractVobs(const QString &image, int set, const QString &dir)
    {
        QDir().mkpath(dir);
        QStringList vobs;
        for (int n = 1; n <= 9; ++n) {
            const QString name =
                QStringLiteral("VTS_%1_%2.VOB").arg(set, 2, 10, QLatin1Char('0')).arg(n);
            QByteArray bytes;
            if (runTool(QStringLiteral("isoinfo"),
                        {QStringLiteral("-i"), image, QStringLiteral("-x"),
                         QStringLiteral("/VIDEO_TS/%1;1").arg(name)},
                        &bytes) != 0 ||
                bytes.isEmpty())
                break;
            QFile f(dir + u'/' + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return {};
            vobs << f.fileName();
        }
        return vobs;
    }

    static QByteArray isoFile(const QString &image, const QString &name)
    {
        QByteArray bytes;
        runTool(QStringLiteral("isoinfo"),
                {QStringLiteral("-i"), image, QStringLiteral("-x"),
                 QStringLiteral("/VIDEO_TS/%1;1").arg(name)},
                &bytes);
        return bytes;
    }

    // Each title set IFO of `image` equals its BUP, VIDEO_TS.IFO's copy of its attributes
    // (VTS_ATRT: VTSI_MAT bytes 0x100..0x315 at byte 8 of the entry) equals the IFO's, and its
    // sectors fit the title VOBs, whose packs' streams (packStreams()) are `packs`, per set.
    static QString checkIfos(const QString &image, const QList<QList<int>> &packs)
    {
        const auto be = [](const QByteArray &b, qint64 at, int bytes) {
            quint32 v = 0;
            for (int i = 0; i < bytes && at + i < b.size(); ++i)
                v = v << 8 | quint8(b.at(at + i));
            return v;
        };
        const QByteArray vmg = isoFile(image, QStringLiteral("VIDEO_TS.IFO"));
        const qint64 atrt = qint64(be(vmg, 0xd0, 4)) * 2048;
        const int sets = int(packs.size());
        if (vmg.isEmpty() || atrt == 0 || int(be(vmg, atrt, 2)) != sets)
            return QStringLiteral("VIDEO_TS.IFO's VTS_ATRT does not list %1 title sets").arg(sets);
        for (int set = 1; set <= sets; ++set) {
            const QString name = QStringLiteral("VTS_%1_0.").arg(set, 2, 10, QLatin1Char('0'));
            const QByteArray ifo = isoFile(image, name + QStringLiteral("IFO"));
            if (ifo.size() < 0x316 || ifo != isoFile(image, name + QStringLiteral("BUP")))
                return name + QStringLiteral("IFO and BUP differ");
            const qint64 entry = atrt + be(vmg, atrt + 8 + 4 * (set - 1), 4);
            if (vmg.mid(entry + 8, 0x216) != ifo.mid(0x100, 0x216))
                return QStringLiteral("VTS_ATRT entry %1 is not %2IFO's attributes")
                    .arg(set)
                    .arg(name);
            // Every sector the IFO names in the title VOBs is where it should be: VOBU_ADMAP
            // lists each NAV pack in order, time map entries and cells start at NAV packs and
            // cells end before one (or at the end).
            const QList<int> &ids = packs.at(set - 1);
            const auto nav = [&](qint64 sector) {
                return sector >= 0 && sector < ids.size() && ids.at(sector) == 0x1bf;
            };
            const qint64 admap = qint64(be(ifo, 0xe4, 4)) * 2048;
            QList<qint64> starts;
            for (qint64 at = admap + 4; at + 4 <= admap + 1 + be(ifo, admap, 4); at += 4)
                starts << be(ifo, at, 4);
            QList<qint64> navs;
            for (qsizetype sector = 0; sector < ids.size(); ++sector) {
                if (ids.at(sector) == 0x1bf)
                    navs << sector;
            }
            if (starts != navs)
                return name + QStringLiteral("IFO: VTS_VOBU_ADMAP does not list the NAV packs");
            const qint64 tmapt = qint64(be(ifo, 0xd4, 4)) * 2048;
            for (int m = 0; tmapt > 0 && m < int(be(ifo, tmapt, 2)); ++m) {
                const qint64 map = tmapt + be(ifo, tmapt + 8 + 4 * m, 4);
                for (int e = 0; e < int(be(ifo, map + 2, 2)); ++e) {
                    if (!nav(be(ifo, map + 4 + 4 * e, 4) & 0x7fffffff))
                        return name + QStringLiteral("IFO: time map %1 entry %2 is no VOBU")
                                          .arg(m + 1)
                                          .arg(e + 1);
                }
            }
            const qint64 adt = qint64(be(ifo, 0xe0, 4)) * 2048;
            for (qint64 at = adt + 8; at + 12 <= adt + 1 + be(ifo, adt + 4, 4); at += 12) {
                const qint64 last = be(ifo, at + 8, 4);
                if (!nav(be(ifo, at + 4, 4)) || (last + 1 != ids.size() && !nav(last + 1)))
                    return name + QStringLiteral("IFO: a cell of VTS_C_ADT is not whole VOBUs");
            }
        }
        return {};
    }

    static qint64 bytesOf(const QStringList &files)
    {
        qint64 n = 0;
        for (const QString &f : files)
            n += QFileInfo(f).size();
        return n;
    }

    // A copy of the fixture's folder with one VOB changed by `damage`.
    QString damagedCopy(const QString &name, const std::function<void(QByteArray &)> &damage)
    {
        const QString root = m_dir.filePath(name);
        QDir().mkpath(root + QStringLiteral("/VIDEO_TS"));
        QDir().mkpath(root + QStringLiteral("/AUDIO_TS"));
        const QDir from(m_dvd->folder + QStringLiteral("/VIDEO_TS"));
        for (const QString &file : from.entryList(QDir::Files)) {
            QByteArray bytes = readAll(from.filePath(file));
            if (file == QLatin1String("VTS_01_1.VOB"))
                damage(bytes);
            QFile out(root + QStringLiteral("/VIDEO_TS/") + file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return {};
        }
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_checker = QCoreApplication::applicationDirPath() + QStringLiteral("/dvdnavcheck");
        m_player = QCoreApplication::applicationDirPath() + QStringLiteral("/dvdnavplay");
        if (!QFileInfo(m_checker).isExecutable() || !QFileInfo(m_player).isExecutable())
            QSKIP("dvdnavcheck and dvdnavplay were not built (libdvdnav-dev missing)");
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd", "udfinfo", "isoinfo", "ffprobe"});
        m_dvd = setup.dvd;
        QVERIFY(m_dir.isValid());
        QString error;
        const QString made = m_dir.filePath(QStringLiteral("streams"));
        QDir().mkpath(made);
        m_streams = makeStreamsDvd(made, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // What the rows below assume about the fixtures.
        const auto a = lsdvdStreams(m_dvd->image, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).audio, (QStringList{QStringLiteral("en ac3 2 Undefined"),
                                             QStringLiteral("fr ac3 1 Undefined")}));
        QCOMPARE(a.at(1).subtitles, QStringList{QStringLiteral("es Undefined")});
        const auto b = lsdvdStreams(m_streams, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).audio.size(), 3);
        QVERIFY2(b.at(0).audio.at(2).startsWith(QLatin1String("en ac3 2 Comment")),
                 qPrintable(b.at(0).audio.join(u'|')));
        QCOMPARE(b.at(0).subtitles.size(), 2);
        const QMap<int, qint64> packs =
            countPacks(titleVobs(m_streams + QStringLiteral("/VIDEO_TS"), 1));
        for (int id : {0x80, 0x81, 0x82, 0x20, 0x21, 0x1e0, 0x1bf})
            QVERIFY2(packs.value(id) > 0, qPrintable(QString::number(id, 16)));
    }

    // The control: the readers accept the sources as they are.
    void sourcesPass_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("fixture image") << 0;
        QTest::newRow("fixture folder") << 1;
        QTest::newRow("three audio streams") << 2;
    }

    void sourcesPass()
    {
        QFETCH(int, which);
        const QString path = which == 0 ? m_dvd->image : which == 1 ? m_dvd->folder : m_streams;
        int status = -1;
        const QStringList report = navCheck(path, &status);
        QVERIFY2(status == 0, qPrintable(report.join(u'\n')));
        // Title 1: three chapters (fixture) or two, each jumped to; three time seeks.
        const int chapters = which == 2 ? 2 : 3;
        for (int c = 1; c <= chapters; ++c)
            QVERIFY2(report.contains(QStringLiteral("title 1 chapter %1 ok").arg(c)),
                     qPrintable(report.join(u'\n')));
        QCOMPARE(
            report.filter(QRegularExpression(QStringLiteral("^title 1 time \\d+% cell \\d+ ok$")))
                .size(),
            3);
        QCOMPARE(
            report.filter(QRegularExpression(QStringLiteral("^title \\d+ blocks \\d+ cells \\d+$")))
                .size(),
            which == 2 ? 1 : 3);
    }

    void dropStreams_data()
    {
        QTest::addColumn<int>("source");            // 0 fixture image, 1 fixture folder, 2 streams
        QTest::addColumn<QStringList>("titles");    // title options (the baseline has them too)
        QTest::addColumn<QStringList>("streams");   // stream options
        QTest::addColumn<QStringList>("dropped");   // "SET:a|sN" (source set, 1-based stream)
        QTest::addColumn<QStringList>("packs");     // "SET:0xID" VOB streams that go
        QTest::addColumn<QList<int>>("keptTitles"); // source titles in the result, in order
        QTest::addColumn<QList<int>>("sets");       // source set of each result set
        const QString a = QStringLiteral("--drop-audio");
        const QString s = QStringLiteral("--drop-subtitles");
        QTest::newRow("English of set 1, image")
            << 0 << QStringList{} << QStringList{a, QStringLiteral("1:1")}
            << QStringList{QStringLiteral("1:a1")} << QStringList{QStringLiteral("1:0x80")}
            << QList<int>{1, 2, 3} << QList<int>{1, 2};
        QTest::newRow("subtitles of set 2, folder")
            << 1 << QStringList{} << QStringList{s, QStringLiteral("2:1")}
            << QStringList{QStringLiteral("2:s1")} << QStringList{QStringLiteral("2:0x20")}
            << QList<int>{1, 2, 3} << QList<int>{1, 2};
        QTest::newRow("French, and all of set 2 (MPEG audio)")
            << 1 << QStringList{} << QStringList{a, QStringLiteral("1:2"), a, QStringLiteral("2:1"),
                                                 s, QStringLiteral("2:1")}
            << QStringList{QStringLiteral("1:a2"), QStringLiteral("2:a1"), QStringLiteral("2:s1")}
            << QStringList{QStringLiteral("1:0x81"), QStringLiteral("2:0x1c0"),
                           QStringLiteral("2:0x20")}
            << QList<int>{1, 2, 3} << QList<int>{1, 2};
        QTest::newRow("middle audio and first subtitles")
            << 2 << QStringList{} << QStringList{a, QStringLiteral("1:2"), s, QStringLiteral("1:1")}
            << QStringList{QStringLiteral("1:a2"), QStringLiteral("1:s1")}
            << QStringList{QStringLiteral("1:0x81"), QStringLiteral("1:0x20")} << QList<int>{1}
            << QList<int>{1};
        QTest::newRow("commentary and second subtitles")
            << 2 << QStringList{} << QStringList{a, QStringLiteral("1:3"), s, QStringLiteral("1:2")}
            << QStringList{QStringLiteral("1:a3"), QStringLiteral("1:s2")}
            << QStringList{QStringLiteral("1:0x82"), QStringLiteral("1:0x21")} << QList<int>{1}
            << QList<int>{1};
        QTest::newRow("with --drop-titles")
            << 0 << QStringList{QStringLiteral("--drop-titles"), QStringLiteral("1")}
            << QStringList{s, QStringLiteral("2:1")} << QStringList{QStringLiteral("2:s1")}
            << QStringList{QStringLiteral("2:0x20")} << QList<int>{2, 3} << QList<int>{2};
        QTest::newRow("with --main-feature-only")
            << 1 << QStringList{QStringLiteral("--main-feature-only")}
            << QStringList{a, QStringLiteral("1:1")} << QStringList{QStringLiteral("1:a1")}
            << QStringList{QStringLiteral("1:0x80")} << QList<int>{1} << QList<int>{1};
    }

    void dropStreams()
    {
        QFETCH(int, source);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, streams);
        QFETCH(QStringList, dropped);
        QFETCH(QStringList, packs);
        QFETCH(QList<int>, keptTitles);
        QFETCH(QList<int>, sets);
        const QString input = source == 0 ? m_dvd->image : source == 1 ? m_dvd->folder : m_streams;
        const QString videoTs =
            (source == 2 ? m_streams : m_dvd->folder) + QStringLiteral("/VIDEO_TS");
        const QString tag =
            QString::fromLatin1(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"));
        const QString baseline = m_dir.filePath(tag + QStringLiteral("-baseline.iso"));
        const QString out = m_dir.filePath(tag + QStringLiteral(".iso"));
        const QStringList quiet{QStringLiteral("--progress"), QStringLiteral("none")};
        // The baseline goes through the trim too (keeping every title when the row keeps them
        // all): an untrimmed build keeps the source's VMG layout, gaps included.
        const QStringList trim = titles.isEmpty()
                                     ? QStringList{QStringLiteral("--keep-titles"),
                                                   QStringLiteral("1-%1").arg(keptTitles.size())}
                                     : titles;
        ProcessRun r = cli(QStringList{QStringLiteral("build"), input} + trim +
                           QStringList{QStringLiteral("--output"), baseline} + quiet);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(QStringList{QStringLiteral("build"), input} + titles + streams +
                QStringList{QStringLiteral("--output"), out} + quiet);
        QVERIFY2(r.code == 0, r.err.constData());

        // udfinfo and isoinfo read the image.
        QByteArray info;
        QCOMPARE(runTool(QStringLiteral("udfinfo"), {out}, &info), 0);
        QVERIFY2(info.contains("\nudfrev=1.02\n"), info.constData());
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-l"), QStringLiteral("-i"), out}, &info),
                 0);
        QVERIFY2(info.contains("VTS_01_1.VOB"), info.constData());

        // lsdvd: each title keeps exactly the source's streams that were not named.
        QString error;
        const auto before = lsdvdStreams(input, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto after = lsdvdStreams(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const LsdvdReport sourceTitles = runLsdvd(input);
        QVERIFY2(sourceTitles.error.isEmpty(), qPrintable(sourceTitles.error));
        QCOMPARE(after.size(), keptTitles.size());
        for (int i = 0; i < keptTitles.size(); ++i) {
            const int title = keptTitles.at(i);
            const int set = sourceTitles.titles.at(title - 1).titleSet;
            StreamList expected = before.at(title - 1);
            for (int n = 8; n >= 1; --n) {
                if (n <= expected.audio.size() &&
                    dropped.contains(QStringLiteral("%1:a%2").arg(set).arg(n)))
                    expected.audio.removeAt(n - 1);
            }
            for (int n = 32; n >= 1; --n) {
                if (n <= expected.subtitles.size() &&
                    dropped.contains(QStringLiteral("%1:s%2").arg(set).arg(n)))
                    expected.subtitles.removeAt(n - 1);
            }
            QCOMPARE(after.at(i).audio, expected.audio);
            QCOMPARE(after.at(i).subtitles, expected.subtitles);
        }

        // The VOBs: streams that go are gone, the others demux to the same bytes, and the size
        // falls by exactly the packs that went.
        qint64 removed = 0;
        QMap<int, QMap<int, qint64>> newStreams; // per result set
        QList<QList<int>> newIds;
        for (int i = 0; i < sets.size(); ++i) {
            const int set = sets.at(i);
            const QStringList from = titleVobs(videoTs, set);
            const QStringList to = extractVobs(
                out, i + 1, m_dir.filePath(QStringLiteral("%1-vts%2").arg(tag).arg(i + 1)));
            QVERIFY(!from.isEmpty());
            QVERIFY2(!to.isEmpty(), "isoinfo -x gave no VOB");
            const QMap<int, qint64> sourcePacks = countPacks(from);
            const QMap<int, qint64> newPacks = countPacks(to);
            newStreams[i + 1] = newPacks;
            newIds << packStreams(to);
            QVERIFY(!newPacks.contains(-1));
            QList<int> gone;
            for (const QString &p : packs) {
                if (p.section(u':', 0, 0).toInt() == set)
                    gone << p.section(u':', 1).toInt(nullptr, 16);
            }
            qint64 goneHere = 0;
            for (int id : gone) {
                QVERIFY2(sourcePacks.value(id) > 0, qPrintable(QString::number(id, 16)));
                goneHere += sourcePacks.value(id);
                QVERIFY2(!newPacks.contains(id), qPrintable(QString::number(id, 16)));
            }
            const QMap<int, int> probed = probePackets(to, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (int id : gone)
                QVERIFY2(!probed.contains(id),
                         qPrintable(QStringLiteral("ffprobe finds 0x%1").arg(id, 0, 16)));
            for (auto it = sourcePacks.cbegin(); it != sourcePacks.cend(); ++it) {
                if (gone.contains(it.key()) || it.key() == 0x1bf)
                    continue; // NAV packs are rewritten
                QCOMPARE(newPacks.value(it.key()), it.value());
                if (it.key() == 0x1be)
                    continue; // padding: nothing to demux
                const QByteArray a = demuxStream(from, it.key(), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const QByteArray b = demuxStream(to, it.key(), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY2(a == b, qPrintable(QStringLiteral("stream 0x%1 differs: %2 bytes, was %3")
                                                .arg(it.key(), 0, 16)
                                                .arg(b.size())
                                                .arg(a.size())));
            }
            QCOMPARE(newPacks.value(0x1bf), sourcePacks.value(0x1bf));
            const QString difference = compareVobPacks(from, to, gone);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QCOMPARE(bytesOf(to), bytesOf(from) - goneHere * 2048);
            removed += goneHere * 2048;
        }
        const QString ifos = checkIfos(out, newIds);
        QVERIFY2(ifos.isEmpty(), qPrintable(ifos));
        const qint64 saved = QFileInfo(baseline).size() - QFileInfo(out).size();
        QVERIFY2(qAbs(saved - removed) <= 4 * 2048,
                 qPrintable(
                     QStringLiteral("saved %1 bytes, the streams had %2").arg(saved).arg(removed)));

        // libdvdnav plays, jumps and seeks on the result as on the baseline.
        int status = -1;
        const QStringList expected = navCheck(baseline, &status);
        QVERIFY2(status == 0, qPrintable(expected.join(u'\n')));
        const QStringList report = navCheck(out, &status);
        QVERIFY2(status == 0, qPrintable(report.join(u'\n')));
        // The streams a player selects: the baseline's without those that went, in order, each
        // playing a VOB stream that is there. Block counts differ by the packs that went; every
        // other line is the same.
        static const QRegularExpression stream(
            QStringLiteral("^title (\\d+) (audio|subtitle) (\\d+) (\\w+ 0x[0-9a-f]+)$"));
        static const QRegularExpression blocks(QStringLiteral("^title (\\d+) blocks \\d+"));
        QMap<QString, QStringList> selectable;
        QMap<QString, QStringList> now;
        for (const QString &line : expected) {
            const auto m = stream.match(line);
            if (!m.hasMatch())
                continue;
            const int title = m.captured(1).toInt();
            const int set = sourceTitles.titles.at(keptTitles.at(title - 1) - 1).titleSet;
            const QString kind = m.captured(2);
            if (!dropped.contains(
                    QStringLiteral("%1:%2%3").arg(set).arg(kind.at(0)).arg(m.captured(3))))
                selectable[m.captured(1) + u' ' + kind] << m.captured(4);
        }
        const LsdvdReport resultTitles = runLsdvd(out);
        QVERIFY2(resultTitles.error.isEmpty(), qPrintable(resultTitles.error));
        for (const QString &line : report) {
            const auto m = stream.match(line);
            if (!m.hasMatch())
                continue;
            now[m.captured(1) + u' ' + m.captured(2)] << m.captured(4);
            const int set = resultTitles.titles.at(m.captured(1).toInt() - 1).titleSet;
            const int id = m.captured(4).section(u' ', 1).toInt(nullptr, 16);
            QVERIFY2(newStreams.value(set).value(id) > 0,
                     qPrintable(line + QStringLiteral(": no such stream in the VOBs")));
        }
        QCOMPARE(now, selectable);
        const auto others = [](const QStringList &lines) {
            QStringList kept;
            for (const QString &line : lines) {
                if (!stream.match(line).hasMatch())
                    kept << QString(line).replace(blocks, QStringLiteral("title \\1 blocks"));
            }
            return kept;
        };
        QCOMPARE(others(report), others(expected));
        // Every menu button leads where it led.
        QCOMPARE(play(out), play(baseline));
    }

    // Burned to a virtual DVD-R, the result verifies and plays.
    void burnedAndVerified()
    {
        const QString image = m_dir.filePath(QStringLiteral("burn.iso"));
        const QString disc = m_dir.filePath(QStringLiteral("burn-disc.iso"));
        const QStringList options{QStringLiteral("build"),
                                  m_streams,
                                  QStringLiteral("--drop-audio"),
                                  QStringLiteral("1:1,3"),
                                  QStringLiteral("--drop-subtitles"),
                                  QStringLiteral("1:2"),
                                  QStringLiteral("--reproducible"),
                                  QStringLiteral("--progress"),
                                  QStringLiteral("none")};
        ProcessRun r = cli(options + QStringList{QStringLiteral("--output"), image});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(options + QStringList{QStringLiteral("--drive"), QStringLiteral("stdio:") + disc,
                                      QStringLiteral("--medium"), QStringLiteral("dvd-r"),
                                      QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("verify"), image, QStringLiteral("--drive"),
                 QStringLiteral("stdio:") + disc, QStringLiteral("--medium"),
                 QStringLiteral("dvd-r"), QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QString error;
        const auto titles = lsdvdStreams(disc, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(titles.size(), 1);
        QCOMPARE(titles.at(0).audio, QStringList{QStringLiteral("fr ac3 2 Undefined")});
        QCOMPARE(titles.at(0).subtitles.size(), 1);
        QVERIFY(titles.at(0).subtitles.at(0).startsWith(QLatin1String("en ")));
        int status = -1;
        const QStringList report = navCheck(disc, &status);
        QVERIFY2(status == 0, qPrintable(report.join(u'\n')));
    }

    // A damaged source VOB is refused naming the file and the sector; nothing is written.
    void damagedSource_data()
    {
        QTest::addColumn<QString>("damage"); // "pack" or "nav"
        QTest::newRow("pack header") << QStringLiteral("pack");
        QTest::newRow("NAV pack's own sector") << QStringLiteral("nav");
    }

    void damagedSource()
    {
        QFETCH(QString, damage);
        qint64 sector = -1;
        const QString folder = damagedCopy(damage, [&](QByteArray &vob) {
            // The second VOBU's NAV pack, or the pack after it (video or audio).
            int navs = 0;
            for (qint64 s = 0; s * 2048 < vob.size(); ++s) {
                const char *pack = vob.constData() + s * 2048;
                const int at = 14 + (quint8(pack[13]) & 0x07);
                if (quint8(pack[at + 3]) == 0xBB && ++navs == 2) {
                    sector = damage == QLatin1String("nav") ? s : s + 1;
                    break;
                }
            }
            if (sector < 0)
                return;
            char *pack = vob.data() + sector * 2048;
            if (damage == QLatin1String("nav"))
                pack[0x407 + 0x04 + 3] = char(pack[0x407 + 0x04 + 3] ^ 0x10); // DSI NV_PCK_LBN
            else
                std::fill_n(pack, 4, char(0x55)); // no pack start code
        });
        QVERIFY(!folder.isEmpty());
        QVERIFY(sector > 0);
        const QString out = m_dir.filePath(damage + QStringLiteral(".iso"));
        const ProcessRun r = cli({QStringLiteral("build"), folder, QStringLiteral("--drop-audio"),
                                  QStringLiteral("1:1"), QStringLiteral("--output"), out,
                                  QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(r.code, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("VTS_01_1.VOB sector %1").arg(sector)),
                 qPrintable(err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(QDir(m_dir.path()).entryList({damage + QStringLiteral(".iso*")}).isEmpty());
        // Without stream options the VOBs are copied as they are, as before.
        const ProcessRun copy = cli({QStringLiteral("build"), folder, QStringLiteral("--output"),
                                     out, QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(copy.code == 0, copy.err.constData());
    }

    void optionErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString a = QStringLiteral("--drop-audio");
        const QString s = QStringLiteral("--drop-subtitles");
        QTest::newRow("audio stream 3 of 2")
            << QStringList{a, QStringLiteral("1:3")} << 1
            << QStringLiteral("VTS_01_0.IFO has no audio stream 3 (it has 2)");
        QTest::newRow("subtitles of a set without")
            << QStringList{s, QStringLiteral("1:1")} << 1
            << QStringLiteral("VTS_01_0.IFO has no subtitle stream 1 (it has 0)");
        QTest::newRow("subtitle stream 2 of 1")
            << QStringList{s, QStringLiteral("2:1,2")} << 1
            << QStringLiteral("VTS_02_0.IFO has no subtitle stream 2 (it has 1)");
        QTest::newRow("no title set")
            << QStringList{a, QStringLiteral("1")} << 2 << QStringLiteral("such as 1:2,3");
        QTest::newRow("stream 0") << QStringList{a, QStringLiteral("1:0")} << 2
                                  << QStringLiteral("such as 1:2,3");
        QTest::newRow("audio stream 9")
            << QStringList{a, QStringLiteral("1:9")} << 2 << QStringLiteral("such as 1:2,3");
        QTest::newRow("not a number")
            << QStringList{s, QStringLiteral("x:1")} << 2 << QStringLiteral("such as 1:2,3");
        QTest::newRow("title set 0")
            << QStringList{s, QStringLiteral("0:1")} << 2 << QStringLiteral("such as 1:2,3");
    }

    void optionErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("refused.iso"));
        const ProcessRun r = cli(QStringList{QStringLiteral("build"), m_dvd->image} + options +
                                 QStringList{QStringLiteral("--output"), out});
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // A title set the disc does not have is named, not ignored (the fixture has two).
    void missingTitleSet()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-set.iso"));
        const ProcessRun r =
            cli({QStringLiteral("build"), m_dvd->image, QStringLiteral("--drop-audio"),
                 QStringLiteral("5:1"), QStringLiteral("--output"), out,
                 QStringLiteral("--progress"), QStringLiteral("none")});
        QVERIFY2(
            r.code == 1,
            qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains('5'), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliDvdStreams)
#include "tst_cli_dvdstreams.moc"
