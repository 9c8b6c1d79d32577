#include "dvd/dvdtrim.h"
#include "dvd/dvdvmgtables.h"
#include "dvd/ifofile.h"
#include "dvdvideosetup.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "udf/udfbridgesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;
using namespace Spindle::Test;

namespace {

int runTool(const QString &tool, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStandardPaths::findExecutable(tool).isEmpty() ? tool
                                                           : QStandardPaths::findExecutable(tool),
            args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// lsdvd -x, one line per title without its number and title set (they are renumbered):
// length, chapters, cells, stream counts, then each audio language/format/channels and
// subtitle language.
QStringList lsdvdTitles(const QString &image)
{
    QByteArray out;
    if (runTool(QStringLiteral("lsdvd"), {QStringLiteral("-x"), image}, &out) != 0)
        return {QStringLiteral("lsdvd failed")};
    QStringList titles;
    static const QRegularExpression number(QStringLiteral("^Title: \\d+, "));
    static const QRegularExpression streamId(QStringLiteral(",? Stream id: .*$"));
    for (const QString &raw : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("Title:")))
            titles << QString(line).remove(number);
        else if (!titles.isEmpty() && (line.startsWith(QLatin1String("Audio:")) ||
                                       line.startsWith(QLatin1String("Subtitle:")) ||
                                       line.startsWith(QLatin1String("Chapter:"))))
            titles.last() += QStringLiteral(" | ") + QString(line).remove(streamId);
    }
    return titles;
}

// File names under /VIDEO_TS as isoinfo (ISO 9660 side) lists them.
QStringList isoNames(const QString &image)
{
    QByteArray out;
    runTool(QStringLiteral("isoinfo"), {QStringLiteral("-l"), QStringLiteral("-i"), image}, &out);
    QStringList names;
    bool inVideoTs = false;
    static const QRegularExpression entry(QStringLiteral("\\]\\s+(\\S+?)(;1)?\\s*$"));
    for (const QString &line : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Directory listing of ")))
            inVideoTs = line.contains(QLatin1String("/VIDEO_TS/"));
        const auto m = entry.match(line);
        if (inVideoTs && m.hasMatch() && !line.startsWith(QLatin1Char('d')))
            names << m.captured(1);
    }
    names.sort();
    return names;
}

// File names under VIDEO_TS as 7z (which reads the UDF side of a bridge image) lists them.
QStringList sevenZipNames(const QString &image)
{
    QByteArray out;
    runTool(QStringLiteral("7z"), {QStringLiteral("l"), image}, &out);
    QStringList names;
    static const QRegularExpression entry(
        QStringLiteral("^\\d{4}-\\S+ \\S+ \\.\\S+\\s.*\\s(\\S+)$"));
    for (const QString &line : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
        const auto m = entry.match(line.trimmed());
        if (m.hasMatch() && m.captured(1).startsWith(QLatin1String("VIDEO_TS/")))
            names << m.captured(1).mid(9);
    }
    names.sort();
    return names;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a tool in `dir` with VIDEO_FORMAT=NTSC (dvdauthor and spumux refuse to guess), with
// optional stdin/stdout files (spumux filters a stream). Returns its error output on failure.
QString runIn(const QString &dir, const QString &tool, const QStringList &args,
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
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return tool + QStringLiteral(" failed: ") +
               QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

const char *NestedMenuSpu = R"(<subpictures format="NTSC"><stream>
<spu start="00:00:00.00" force="yes" highlight="highlight.png" select="highlight.png">
<button name="b1" x0="20" y0="40" x1="110" y1="80"/>
<button name="b2" x0="130" y0="40" x1="220" y1="80"/>
<button name="b3" x0="240" y0="40" x1="330" y1="80"/>
</spu></stream></subpictures>
)";

// The fixture's titles re-authored (dvdauthor takes its VOBs) with menus in two domains:
// the VMG menu's buttons go to title set 2's menu (JumpSS VTSM), title 1 and title 3; title
// set 2's menu (VTS_02_0.VOB) to its titles 1 and 2 (JumpVTS_TT, = titles 2 and 3) and back.
const char *NestedMenuAuthoring = R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm><menus><video format="ntsc" aspect="4:3"/>
  <pgc entry="title"><vob file="menu.mpg" pause="inf"/>
   <button name="b1">jump titleset 2 menu;</button>
   <button name="b2">jump title 1;</button>
   <button name="b3">jump title 3;</button>
  </pgc></menus></vmgm>
 <titleset><titles><video format="ntsc" aspect="4:3"/><audio lang="en"/><audio lang="fr"/>
   <pgc><vob file="%1VTS_01_1.VOB"/><post>call vmgm menu 1;</post></pgc></titles></titleset>
 <titleset>
  <menus><video format="ntsc" aspect="4:3"/>
   <pgc entry="root"><vob file="menu.mpg" pause="inf"/>
    <button name="b1">jump title 1;</button>
    <button name="b2">jump title 2;</button>
    <button name="b3">jump vmgm menu 1;</button>
   </pgc></menus>
  <titles><video format="ntsc" aspect="4:3"/><audio lang="de"/><subpicture lang="es"/>
   <pgc><vob file="%1VTS_02_1.VOB"/><post>call menu;</post></pgc>
   <pgc><vob file="%1VTS_02_1.VOB"/><post>call vmgm menu 1;</post></pgc>
  </titles></titleset>
</dvdauthor>
)";

// Made once: a menu stream (ffmpeg, spumux) and the disc (dvdauthor) in `dir`/dvd.
QString authorNestedMenuDisc(const QString &dir)
{
    QDir().mkpath(dir);
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    const QString vobs = dvdVideoFixture().folder + QStringLiteral("/VIDEO_TS/");
    if (!write(QStringLiteral("menu.xml"), NestedMenuSpu) ||
        !write(QStringLiteral("dvd.xml"),
               QString::fromLatin1(NestedMenuAuthoring).arg(vobs).toUtf8()))
        return QStringLiteral("cannot write in ") + dir;
    const QString ffmpeg = QStringLiteral("ffmpeg");
    QString error = runIn(dir, ffmpeg,
                          {QStringLiteral("-loglevel"),
                           QStringLiteral("error"),
                           QStringLiteral("-y"),
                           QStringLiteral("-f"),
                           QStringLiteral("lavfi"),
                           QStringLiteral("-i"),
                           QStringLiteral("rgbtestsrc=size=352x240:rate=30000/1001:duration=1"),
                           QStringLiteral("-f"),
                           QStringLiteral("lavfi"),
                           QStringLiteral("-i"),
                           QStringLiteral("sine=frequency=550:sample_rate=48000:duration=1"),
                           QStringLiteral("-c:v"),
                           QStringLiteral("mpeg2video"),
                           QStringLiteral("-b:v"),
                           QStringLiteral("400k"),
                           QStringLiteral("-aspect"),
                           QStringLiteral("4:3"),
                           QStringLiteral("-c:a"),
                           QStringLiteral("ac3"),
                           QStringLiteral("-b:a"),
                           QStringLiteral("64k"),
                           QStringLiteral("-f"),
                           QStringLiteral("dvd"),
                           QStringLiteral("menu0.mpg")});
    if (error.isEmpty())
        error = runIn(dir, ffmpeg,
                      {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                       QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("color=c=black@0.0:size=352x240,format=rgba,"
                                      "drawbox=x=20:y=40:w=310:h=40:color=yellow:t=4"),
                       QStringLiteral("-frames:v"), QStringLiteral("1"),
                       QStringLiteral("highlight.png")});
    if (error.isEmpty())
        error = runIn(dir, QStringLiteral("spumux"), {QStringLiteral("menu.xml")},
                      QStringLiteral("menu0.mpg"), QStringLiteral("menu.mpg"));
    if (error.isEmpty())
        error = runIn(dir, QStringLiteral("dvdauthor"),
                      {QStringLiteral("-x"), QStringLiteral("dvd.xml")});
    return error;
}

} // namespace

class TestDvdTrim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const ImageTree> m_tree;
    QStringList m_sourceTitles;
    QString m_player;

    // Lays the plan out with the UDF bridge writer; returns the image path.
    QString write(const DvdTrimPlan &plan, const QString &name, QStringList *warnings)
    {
        ImageOptions options;
        options.label = dvdVideoFixture().label;
        UdfBridgeSource source(m_tree, plan.files, options);
        if (auto problem = source.open()) {
            qWarning("%s", qPrintable(problem->message));
            return {};
        }
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        QByteArray buffer(1 << 20, '\0');
        for (;;) {
            const qint64 n = source.read(buffer.data(), buffer.size());
            if (n < 0) {
                qWarning("%s", qPrintable(source.error().message));
                return {};
            }
            if (n == 0)
                break;
            out.write(buffer.constData(), n);
        }
        *warnings = source.warnings();
        // The writer's own view, to check the IFOs' sectors against where files landed.
        const UdfBridgeLayout *layout = source.layout();
        m_sectors.clear();
        for (const UdfBridgeExtent &e : layout->extents())
            m_sectors.insert(QString::fromUtf8(plan.files.at(e.planIndex).path), e.sector);
        return path;
    }
    QMap<QString, qint64> m_sectors;

    QStringList play(const QString &image)
    {
        QByteArray out;
        const int status = runTool(m_player, {image}, &out);
        // The player's report, and any libdvdnav message about an error (a VM failure).
        QStringList lines;
        const QLatin1String report("dvdnavplay: ");
        for (const QString &line : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
            if (line.startsWith(report))
                lines << line.mid(report.size());
            else if (line.contains(QLatin1String("error"), Qt::CaseInsensitive))
                lines << line;
        }
        if (status != 0)
            lines << QStringLiteral("exit %1").arg(status);
        return lines;
    }

    // Checks what every trimmed image must satisfy; `files` are the names under VIDEO_TS.
    void checkImage(const QString &image, const QStringList &files)
    {
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("udfinfo"), {image}, &out), 0);
        QVERIFY2(out.contains("\nudfrev=1.02\n"), out.constData());
        // numfiles counts the files of the whole image: VIDEO_TS only here (AUDIO_TS is empty).
        QVERIFY2(out.contains(QByteArray("\nnumfiles=") + QByteArray::number(files.size()) + '\n'),
                 out.constData());
        QCOMPARE(isoNames(image), files);
        QCOMPARE(sevenZipNames(image), files);
        // Every BUP is its IFO, and each IFO's title sets start where TT_SRPT says.
        const QByteArray bytes = readAll(image);
        const auto fileBytes = [&](const QString &name) {
            const qint64 sector = m_sectors.value(QStringLiteral("/VIDEO_TS/") + name, -1);
            const QByteArray ifo = bytes.mid(sector * 2048, 2048);
            const qint64 sectors = qint64(Ifo::be32(ifo, Ifo::Vmg::IfoLastSector)) + 1;
            return bytes.mid(sector * 2048, sectors * 2048);
        };
        const QByteArray vmg = fileBytes(QStringLiteral("VIDEO_TS.IFO"));
        QCOMPARE(fileBytes(QStringLiteral("VIDEO_TS.BUP")), vmg);
        const qint64 ttSrpt = qint64(Ifo::be32(vmg, Ifo::Vmg::TtSrpt)) * 2048;
        for (int t = 0; t < Ifo::be16(vmg, ttSrpt); ++t) {
            const int set = quint8(vmg[ttSrpt + 8 + 12 * t + 6]);
            const QString ifo = QStringLiteral("VTS_%1_0.IFO").arg(set, 2, 10, QLatin1Char('0'));
            QVERIFY2(files.contains(ifo), qPrintable(ifo));
            QCOMPARE(qint64(Ifo::be32(vmg, ttSrpt + 8 + 12 * t + 8)),
                     m_sectors.value(QStringLiteral("/VIDEO_TS/") + ifo) -
                         m_sectors.value(QStringLiteral("/VIDEO_TS/VIDEO_TS.IFO")));
            QCOMPARE(fileBytes(QString(ifo).replace(QLatin1String(".IFO"), QLatin1String(".BUP"))),
                     fileBytes(ifo));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_player = QCoreApplication::applicationDirPath() + QStringLiteral("/dvdnavplay");
        if (!QFileInfo(m_player).isExecutable())
            QSKIP("dvdnavplay was not built (libdvdnav-dev missing)");
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd", "udfinfo", "7z", "isoinfo"});
        const DvdVideoFixture &dvd = *setup.dvd;
        QVERIFY(m_dir.isValid());
        auto loaded = loadImageTree(
            {SourceSpec{SourceSpec::Kind::ImageFile, dvd.image, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        m_tree = loaded.value().tree;
        m_sourceTitles = lsdvdTitles(dvd.image);
        QCOMPARE(m_sourceTitles.size(), dvd.titles.size());
        // The source's menu sends button N to title N, and each title back to the menu.
        QCOMPARE(play(dvd.image),
                 (QStringList{QStringLiteral("menu 3"), QStringLiteral("button 1 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 2 title 2"),
                              QStringLiteral("title 2 end"), QStringLiteral("button 3 title 3"),
                              QStringLiteral("title 3 end"), QStringLiteral("done")}));
    }

    void dropBonusTitleSet()
    {
        DvdTrimOptions options;
        options.dropTitles = {2, 3};
        auto plan = planDvdTrim(m_tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->titleNumbers, (QList<QPair<int, int>>{{1, 1}}));
        QCOMPARE(plan->titleSetNumbers, (QList<QPair<int, int>>{{1, 1}}));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        qInfo("%s", qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("VIDEO_TS.VOB button 2: \"play title 2\" now does "
                                              "\"play title 1\"")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("VIDEO_TS.VOB button 3")), qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("button 1")), qPrintable(notes));
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("nobonus.iso"), &warnings);
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        QCOMPARE(lsdvdTitles(image), m_sourceTitles.mid(0, 1));
        checkImage(image, {QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VIDEO_TS.IFO"),
                           QStringLiteral("VIDEO_TS.VOB"), QStringLiteral("VTS_01_0.BUP"),
                           QStringLiteral("VTS_01_0.IFO"), QStringLiteral("VTS_01_1.VOB")});
        // Buttons 2 and 3 led to the bonus and the trailer: now to the main feature.
        QCOMPARE(play(image),
                 (QStringList{QStringLiteral("menu 3"), QStringLiteral("button 1 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 2 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 3 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("done")}));
        // The image shrank by at least the bonus title set.
        const QString bonus = dvdVideoFixture().folder + QStringLiteral("/VIDEO_TS/VTS_02_");
        const qint64 bonusBytes = QFileInfo(bonus + QStringLiteral("0.IFO")).size() * 2 +
                                  QFileInfo(bonus + QStringLiteral("1.VOB")).size();
        QVERIFY(QFileInfo(image).size() <= QFileInfo(dvdVideoFixture().image).size() - bonusBytes);
    }

    void dropFirstTitleSetRenumbers()
    {
        DvdTrimOptions options;
        options.keepTitles = {2, 3};
        auto plan = planDvdTrim(m_tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->titleNumbers, (QList<QPair<int, int>>{{2, 1}, {3, 2}}));
        QCOMPARE(plan->titleSetNumbers, (QList<QPair<int, int>>{{2, 1}}));
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("nomain.iso"), &warnings);
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(lsdvdTitles(image), m_sourceTitles.mid(1, 2));
        checkImage(image, {QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VIDEO_TS.IFO"),
                           QStringLiteral("VIDEO_TS.VOB"), QStringLiteral("VTS_01_0.BUP"),
                           QStringLiteral("VTS_01_0.IFO"), QStringLiteral("VTS_01_1.VOB")});
        // Button 1 (the main feature, left out) plays the longest title kept, the bonus (now
        // title 1); buttons 2 and 3 follow their titles' new numbers.
        QCOMPARE(play(image),
                 (QStringList{QStringLiteral("menu 3"), QStringLiteral("button 1 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 2 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 3 title 2"),
                              QStringLiteral("title 2 end"), QStringLiteral("done")}));
    }

    void mainFeatureOnly_data()
    {
        QTest::addColumn<QList<int>>("keep");
        QTest::newRow("main feature") << QList<int>{1};
        QTest::newRow("main feature and trailer") << QList<int>{1, 3};
        QTest::newRow("trailer, title set renumbered") << QList<int>{3};
    }

    void mainFeatureOnly()
    {
        QFETCH(QList<int>, keep);
        DvdTrimOptions options;
        options.keepTitles = keep;
        options.mainFeatureOnly = true;
        auto plan = planDvdTrim(m_tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("main.iso"), &warnings);
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QStringList expected;
        QStringList files{QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VIDEO_TS.IFO")};
        QStringList played;
        for (int i = 0; i < keep.size(); ++i) {
            expected << m_sourceTitles.at(keep.at(i) - 1);
            const QString set = QStringLiteral("VTS_%1_").arg(i + 1, 2, 10, QLatin1Char('0'));
            files << set + QStringLiteral("0.BUP") << set + QStringLiteral("0.IFO")
                  << set + QStringLiteral("1.VOB");
            played << QStringLiteral("title %1 end").arg(i + 1);
        }
        QCOMPARE(lsdvdTitles(image), expected);
        checkImage(image, files);
        // No menu: first play starts title 1, each title chains to the next, the last stops.
        QCOMPARE(play(image), played << QStringLiteral("stop"));
    }

    // A disc without menus whose titles stop (dvdauthor's default post command is Exit; the
    // last title has no command table at all, patched out): "main feature only" makes each
    // title go on to the next.
    void mainFeatureOnlyChainsTitlesThatStop()
    {
        const QString dir = m_dir.filePath(QStringLiteral("plain"));
        const QString vobs = dvdVideoFixture().folder + QStringLiteral("/VIDEO_TS/");
        QVERIFY(QDir().mkpath(dir));
        QFile xml(dir + QStringLiteral("/dvd.xml"));
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(QStringLiteral("<dvdauthor dest=\"%1/dvd\"><vmgm/>"
                                 "<titleset><titles><pgc><vob file=\"%2VTS_01_1.VOB\"/></pgc>"
                                 "</titles></titleset><titleset><titles>"
                                 "<pgc><vob file=\"%2VTS_02_1.VOB\"/></pgc>"
                                 "<pgc><vob file=\"%2VTS_02_1.VOB\"/></pgc>"
                                 "</titles></titleset></dvdauthor>")
                      .arg(dir, vobs)
                      .toUtf8());
        xml.close();
        QProcess author;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIDEO_FORMAT"), QStringLiteral("NTSC"));
        author.setProcessEnvironment(env);
        author.start(QStringLiteral("dvdauthor"), {QStringLiteral("-x"), xml.fileName()});
        QVERIFY(author.waitForFinished(60000) && author.exitCode() == 0);
        // Title 3 (the second PGC of VTS_02_0.IFO's VTS_PGCIT) loses its command table.
        for (const QString &name :
             {QStringLiteral("VTS_02_0.IFO"), QStringLiteral("VTS_02_0.BUP")}) {
            QFile f(dir + QStringLiteral("/dvd/VIDEO_TS/") + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray ifo = f.readAll();
            const qint64 pgcit = qint64(Ifo::be32(ifo, Ifo::Vts::Pgcit)) * 2048;
            const qint64 pgc = pgcit + Ifo::be32(ifo, pgcit + 8 + 8 + 4);
            Ifo::setBe16(ifo, pgc + 0xE4, 0);
            QVERIFY(f.seek(0) && f.write(ifo) == ifo.size());
        }
        const QString folder = dir + QStringLiteral("/dvd");
        QCOMPARE(play(folder),
                 (QStringList{QStringLiteral("title 1 end"), QStringLiteral("stop")}));
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, folder, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.mainFeatureOnly = true;
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("Title 3 had no command at its end")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("\"stop\" now does \"play the next title")),
                 qPrintable(notes));
        const auto tree = m_tree;
        m_tree = loaded.value().tree;
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("chained.iso"), &warnings);
        m_tree = tree;
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(lsdvdTitles(image), lsdvdTitles(folder));
        QCOMPARE(play(image),
                 (QStringList{QStringLiteral("title 1 end"), QStringLiteral("title 2 end"),
                              QStringLiteral("title 3 end"), QStringLiteral("stop")}));
    }

    void titleSetMenus_data()
    {
        QTest::addColumn<QList<int>>("drop");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("played");
        const QStringList vmg{QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VIDEO_TS.IFO"),
                              QStringLiteral("VIDEO_TS.VOB")};
        const auto set = [](int n, bool menu) {
            const QString p = QStringLiteral("VTS_0%1_").arg(n);
            QStringList files{p + QStringLiteral("0.BUP"), p + QStringLiteral("0.IFO")};
            if (menu)
                files << p + QStringLiteral("0.VOB");
            return files << p + QStringLiteral("1.VOB");
        };
        // Title set 2 becomes 1: the VMG button to its menu follows (JumpSS VTSM renumbered),
        // its menu's button 2 plays the trailer (now title 2), the VMG's button 3 too.
        QTest::newRow("drop title set 1")
            << QList<int>{1} << vmg + set(1, true)
            << QStringList{QStringLiteral("menu 3"),      QStringLiteral("button 2 title 2"),
                           QStringLiteral("title 2 end"), QStringLiteral("button 3 title 2"),
                           QStringLiteral("title 2 end"), QStringLiteral("done")};
        // Button 2 of title set 2's menu played the trailer: it now shows the VMG's title menu
        // (the main feature is in another set), where button 3 (the trailer too) plays the
        // main feature.
        QTest::newRow("drop the trailer")
            << QList<int>{3} << vmg + set(1, false) + set(2, true)
            << QStringList{QStringLiteral("menu 3"), QStringLiteral("button 3 title 1"),
                           QStringLiteral("title 1 end"), QStringLiteral("done")};
    }

    void titleSetMenus()
    {
        QFETCH(QList<int>, drop);
        QFETCH(QStringList, files);
        QFETCH(QStringList, played);
        const QString dir = m_dir.filePath(QStringLiteral("menus"));
        if (!QFileInfo::exists(dir + QStringLiteral("/dvd/VIDEO_TS/VTS_02_0.VOB"))) {
            const QString error = authorNestedMenuDisc(dir);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString folder = dir + QStringLiteral("/dvd");
        auto loaded =
            loadImageTree({SourceSpec{SourceSpec::Kind::Folder, folder, QStringLiteral("/")}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        DvdTrimOptions options;
        options.dropTitles = drop;
        auto plan = planDvdTrim(loaded.value().tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        qInfo("%s", qPrintable(plan->notes.join(QLatin1Char('\n'))));
        const auto tree = m_tree;
        m_tree = loaded.value().tree;
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("menus.iso"), &warnings);
        m_tree = tree;
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QStringList titles = lsdvdTitles(folder);
        for (int i = int(drop.size()) - 1; i >= 0; --i)
            titles.removeAt(drop.at(i) - 1);
        QCOMPARE(lsdvdTitles(image), titles);
        files.sort();
        checkImage(image, files);
        QCOMPARE(play(image), played);
    }

    void dropOneTitleOfAKeptSet()
    {
        DvdTrimOptions options;
        options.dropTitles = {3};
        auto plan = planDvdTrim(m_tree, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->titleNumbers, (QList<QPair<int, int>>{{1, 1}, {2, 2}}));
        QCOMPARE(plan->titleSetNumbers, (QList<QPair<int, int>>{{1, 1}, {2, 2}}));
        const QString notes = plan->notes.join(QLatin1Char('\n'));
        // The trailer's cells are its own: they go from the VOB the bonus title keeps.
        QVERIFY2(notes.contains(QLatin1String("goes from VTS_02_*.VOB")), qPrintable(notes));
        const auto vob = std::find_if(plan->files.cbegin(), plan->files.cend(), [](const auto &f) {
            return f.path.endsWith("/VTS_02_1.VOB");
        });
        QVERIFY(vob != plan->files.cend());
        const qint64 before = m_tree->at(m_tree->find("/VIDEO_TS/VTS_02_1.VOB")).size;
        QVERIFY2(vob->size < before * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(vob->size).arg(before)));
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("notrailer.iso"), &warnings);
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(lsdvdTitles(image), m_sourceTitles.mid(0, 2));
        checkImage(image, {QStringLiteral("VIDEO_TS.BUP"), QStringLiteral("VIDEO_TS.IFO"),
                           QStringLiteral("VIDEO_TS.VOB"), QStringLiteral("VTS_01_0.BUP"),
                           QStringLiteral("VTS_01_0.IFO"), QStringLiteral("VTS_01_1.VOB"),
                           QStringLiteral("VTS_02_0.BUP"), QStringLiteral("VTS_02_0.IFO"),
                           QStringLiteral("VTS_02_1.VOB")});
        QCOMPARE(play(image),
                 (QStringList{QStringLiteral("menu 3"), QStringLiteral("button 1 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("button 2 title 2"),
                              QStringLiteral("title 2 end"), QStringLiteral("button 3 title 1"),
                              QStringLiteral("title 1 end"), QStringLiteral("done")}));
    }

    // The tables that list title sets keep the columns and blocks of the sets that stay.
    void titleSetTables()
    {
        // PTL_MAIT: 2 countries, 3 title sets; masks = country * 1000 + level * 10 + column.
        const int sets = 3;
        QByteArray ptl(8 + 16, '\0');
        Ifo::setBe16(ptl, 0, 2);
        Ifo::setBe16(ptl, 2, sets);
        for (int c = 0; c < 2; ++c) {
            Ifo::setBe16(ptl, 8 + 8 * c, quint16(0x4445 + c)); // "DE", "DF"
            Ifo::setBe16(ptl, 8 + 8 * c + 4, quint16(ptl.size()));
            for (int level = 0; level < 8; ++level)
                for (int column = 0; column <= sets; ++column) {
                    QByteArray mask(2, '\0');
                    Ifo::setBe16(mask, 0, quint16(c * 1000 + level * 10 + column));
                    ptl += mask;
                }
        }
        Ifo::setBe32(ptl, 4, quint32(ptl.size() - 1));
        const QByteArray out = parentalTable(ptl, {1, 3});
        QCOMPARE(Ifo::be16(out, 0), quint16(2));
        QCOMPARE(Ifo::be16(out, 2), quint16(2));
        QCOMPARE(qint64(Ifo::be32(out, 4)), qint64(out.size() - 1));
        QCOMPARE(out.size(), 8 + 16 + 2 * 8 * 3 * 2);
        for (int c = 0; c < 2; ++c) {
            QCOMPARE(Ifo::be16(out, 8 + 8 * c), quint16(0x4445 + c));
            const int masks = Ifo::be16(out, 8 + 8 * c + 4);
            for (int level = 0; level < 8; ++level) {
                const int row = masks + level * 6;
                QCOMPARE(int(Ifo::be16(out, row)), c * 1000 + level * 10);
                QCOMPARE(int(Ifo::be16(out, row + 2)), c * 1000 + level * 10 + 1);
                QCOMPARE(int(Ifo::be16(out, row + 4)), c * 1000 + level * 10 + 3);
            }
        }
        QVERIFY(parentalTable(ptl, {4}).isEmpty());
        QVERIFY(parentalTable(ptl.left(40), {1}).isEmpty());

        // VTS_ATRT: blocks of different sizes, each starting with its last byte.
        QByteArray atrt(8 + 4 * sets, '\0');
        Ifo::setBe16(atrt, 0, sets);
        for (int set = 1; set <= sets; ++set) {
            QByteArray block(8 + set * 4, char(set));
            Ifo::setBe32(block, 0, quint32(block.size() - 1));
            Ifo::setBe32(atrt, 8 + 4 * (set - 1), quint32(atrt.size()));
            atrt += block;
        }
        Ifo::setBe32(atrt, 4, quint32(atrt.size() - 1));
        const QByteArray kept = titleSetAttributeTable(atrt, {3, 2});
        QCOMPARE(Ifo::be16(kept, 0), quint16(2));
        QCOMPARE(qint64(Ifo::be32(kept, 4)), qint64(kept.size() - 1));
        QCOMPARE(kept.mid(Ifo::be32(kept, 8), 20), atrt.mid(Ifo::be32(atrt, 16), 20));
        QCOMPARE(kept.mid(Ifo::be32(kept, 12), 16), atrt.mid(Ifo::be32(atrt, 12), 16));
        QCOMPARE(kept.size(), 16 + 20 + 16);
        QVERIFY(titleSetAttributeTable(atrt, {0}).isEmpty());
    }

    // Damaged IFO files (bytes overwritten at random, mostly in the management tables and
    // table headers) give an error with a message or a plan the writer lays out: no crash,
    // no hang. Fixed seed, so a failure reproduces.
    void damagedIfosFailCleanly()
    {
        const QString root = m_dir.filePath(QStringLiteral("damaged"));
        const QString videoTs = root + QStringLiteral("/VIDEO_TS");
        QVERIFY(QDir().mkpath(videoTs) && QDir().mkpath(root + QStringLiteral("/AUDIO_TS")));
        const QString source = dvdVideoFixture().folder + QStringLiteral("/VIDEO_TS/");
        QMap<QString, QByteArray> pristine;
        for (const QString &name : QDir(source).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(source + name, videoTs + QLatin1Char('/') + name));
            if (name.endsWith(QLatin1String(".IFO")))
                pristine.insert(name, readAll(source + name));
        }
        QRandomGenerator rng(20261124);
        int failed = 0, planned = 0;
        const QStringList names = pristine.keys();
        for (int round = 0; round < 300; ++round) {
            const QString name = names.at(int(rng.bounded(qint64(names.size()))));
            QByteArray bytes = pristine.value(name);
            const int sectors = int(bytes.size() / 2048);
            for (int n = 1 + int(rng.bounded(6)); n > 0; --n) {
                const qint64 sector = rng.bounded(sectors);
                const qint64 at = sector * 2048 + rng.bounded(rng.bounded(2) ? 0x100 : 2048);
                bytes[at] = char(rng.bounded(256));
            }
            {
                QFile f(videoTs + QLatin1Char('/') + name);
                QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
            }
            auto loaded =
                loadImageTree({SourceSpec{SourceSpec::Kind::Folder, root, QStringLiteral("/")}});
            QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
            DvdTrimOptions options;
            options.keepTitles = {1 + int(rng.bounded(3))};
            options.mainFeatureOnly = rng.bounded(2);
            auto plan = planDvdTrim(loaded.value().tree, options);
            if (!plan.ok()) {
                ++failed;
                QVERIFY(!plan.error().message.isEmpty());
            } else {
                ++planned;
                UdfBridgeSource layout(loaded.value().tree, plan->files, ImageOptions{});
                layout.open(); // lays out, reading each IFO's first sector: must not crash
            }
            QFile f(videoTs + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pristine.value(name)) > 0);
        }
        qInfo("%d damaged IFOs refused with a message, %d planned", failed, planned);
        QVERIFY(failed > 0);
        QVERIFY(planned > 0);
    }

    void nothingLeftOutKeepsEveryTitle()
    {
        auto plan = planDvdTrim(m_tree, DvdTrimOptions{});
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->titleNumbers, (QList<QPair<int, int>>{{1, 1}, {2, 2}, {3, 3}}));
        QStringList warnings;
        const QString image = write(plan.value(), QStringLiteral("all.iso"), &warnings);
        QVERIFY(!image.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(lsdvdTitles(image), m_sourceTitles);
        QCOMPARE(play(image), play(dvdVideoFixture().image));
    }

    void badChoices()
    {
        DvdTrimOptions missing;
        missing.keepTitles = {1, 4};
        auto plan = planDvdTrim(m_tree, missing);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QLatin1String("Title 4 does not exist")) &&
                     plan.error().message.contains(QLatin1String("titles 1 to 3")),
                 qPrintable(plan.error().message));
        DvdTrimOptions none;
        none.dropTitles = {1, 2, 3};
        plan = planDvdTrim(m_tree, none);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QLatin1String("Every title would be left out")),
                 qPrintable(plan.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDvdTrim)
#include "tst_dvdtrim.moc"
