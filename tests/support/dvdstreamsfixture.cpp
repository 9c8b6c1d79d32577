#include "dvdstreamsfixture.h"

#include "authoringtools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace Spindle::Test {

namespace {

const QString Font = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

// The authoring tools, and the steps this fixture repeats.
class Maker : public AuthoringTools
{
public:
    using AuthoringTools::AuthoringTools;

    QString aspect = QStringLiteral("4:3"); // the display aspect ratio encode() gives the video

    // An MPEG-2 program stream (ffmpeg's "dvd" muxer: 2048-byte packs with NAV packs) of
    // `seconds` from lavfi video `video`, one sine per tone as audio streams, encoded with
    // `audioArgs`. `videoArgs` replaces the default tiny low-rate video.
    bool encode(const QString &name, const QString &video, int seconds, const QList<int> &tones,
                const QStringList &audioArgs, const QStringList &videoArgs = {})
    {
        const QString length = QString::number(seconds);
        QStringList args{QStringLiteral("-loglevel"),
                         QStringLiteral("error"),
                         QStringLiteral("-y"),
                         QStringLiteral("-f"),
                         QStringLiteral("lavfi"),
                         QStringLiteral("-i"),
                         video.arg(length)};
        for (int tone : tones) {
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("sine=frequency=%1:sample_rate=48000:duration=%2")
                        .arg(tone)
                        .arg(length);
        }
        args << QStringLiteral("-map") << QStringLiteral("0:v");
        for (int i = 0; i < tones.size(); ++i)
            args << QStringLiteral("-map") << QStringLiteral("%1:a").arg(i + 1);
        const QStringList tiny{QStringLiteral("-b:v"),     QStringLiteral("400k"),
                               QStringLiteral("-maxrate"), QStringLiteral("800k"),
                               QStringLiteral("-bufsize"), QStringLiteral("224k")};
        args << QStringLiteral("-c:v") << QStringLiteral("mpeg2video") << QStringLiteral("-s")
             << QStringLiteral("352x240") << QStringLiteral("-r") << QStringLiteral("30000/1001")
             << QStringLiteral("-g") << QStringLiteral("15") << QStringLiteral("-pix_fmt")
             << QStringLiteral("yuv420p") << QStringLiteral("-aspect") << aspect
             << (videoArgs.isEmpty() ? tiny : videoArgs) << audioArgs << QStringLiteral("-f")
             << QStringLiteral("dvd") << name;
        return run(QStringLiteral("ffmpeg"), args);
    }

    // ffmpeg numbers AC-3 streams from 0x80, DTS from 0x88, LPCM from 0xA0 and MPEG audio
    // from 0xC0 independently, but on a DVD all share one set of physical numbers 0-7
    // (dvdauthor would merge AC-3 0x80 with MPEG 0xC0). Renumbers the private stream 1
    // substream `from` to `to` in every pack of `name`.
    bool renumberSubstream(const QString &name, int from, int to)
    {
        if (failed())
            return false;
        QFile file(path(name));
        if (!file.open(QIODevice::ReadWrite))
            return fail(QStringLiteral("cannot open %1").arg(file.fileName()));
        QByteArray d = file.readAll();
        const auto at = [&d](qint64 i) { return i < d.size() ? quint8(d[i]) : quint8(0); };
        int changed = 0;
        for (qint64 pack = 0; pack + 2048 <= d.size(); pack += 2048) {
            if (!d.mid(pack, 4).startsWith(QByteArrayLiteral("\x00\x00\x01\xba")))
                continue;
            qint64 i = pack + 14 + (at(pack + 13) & 7);
            while (i + 9 <= pack + 2048 && at(i) == 0 && at(i + 1) == 0 && at(i + 2) == 1) {
                const qint64 payload = i + 9 + at(i + 8);
                if (at(i + 3) == 0xbd && at(payload) == from) {
                    d[payload] = char(to);
                    ++changed;
                }
                i += 6 + ((at(i + 4) << 8) | at(i + 5));
            }
        }
        if (changed == 0 || !file.seek(0) || file.write(d) != d.size())
            return fail(QStringLiteral("cannot renumber substream %1 in %2").arg(from).arg(name));
        return true;
    }

    // A subtitle stream from an SRT file rendered in DejaVu Sans, muxed as subpicture stream
    // `stream` (0x20 + stream) of `in` into `out`.
    bool subtitles(const QString &in, const QString &out, int stream, const QString &srt)
    {
        const QString srtName = QStringLiteral("%1-%2.srt").arg(out).arg(stream);
        const QString xmlName = QStringLiteral("%1-%2.xml").arg(out).arg(stream);
        const QString xml =
            QStringLiteral("<subpictures format=\"NTSC\"><stream><textsub filename=\"%1\" "
                           "font=\"%2\" fontsize=\"18\" horizontal-alignment=\"center\" "
                           "vertical-alignment=\"bottom\" movie-width=\"352\" "
                           "movie-height=\"240\"/></stream></subpictures>\n")
                .arg(srtName, Font);
        return write(srtName, srt.toUtf8()) && write(xmlName, xml.toUtf8()) &&
               run(QStringLiteral("spumux"),
                   {QStringLiteral("-s"), QString::number(stream), xmlName}, in, out);
    }

    // Masters the DVD folder `dvd` as a UDF bridge image.
    bool master(const QString &dvd, const QString &image, const QString &label)
    {
        return run(QStringLiteral("genisoimage"),
                   {QStringLiteral("-quiet"), QStringLiteral("-dvd-video"), QStringLiteral("-udf"),
                    QStringLiteral("-V"), label, QStringLiteral("-o"), image, dvd});
    }

    // dvdauthor makes the DVD folder dvd/ of dvd.xml, genisoimage masters it as dvd.iso; the
    // sources go, and `fixture` gets the paths and the first error.
    void author(DvdStreamsFixture &fixture)
    {
        run(QStringLiteral("dvdauthor"), {QStringLiteral("-x"), QStringLiteral("dvd.xml")});
        fixture.folder = path(QStringLiteral("dvd"));
        fixture.image = path(QStringLiteral("dvd.iso"));
        master(fixture.folder, fixture.image, fixture.label);
        fixture.error = error();
        for (const QString &name : QDir(m_dir).entryList(QDir::Files | QDir::System)) {
            if (name != QLatin1String("dvd.iso"))
                QFile::remove(path(name));
        }
    }
};

QStringList ac3(const QStringList &channels, const QString &rate = QStringLiteral("64k"))
{
    QStringList args{QStringLiteral("-c:a"), QStringLiteral("ac3"), QStringLiteral("-b:a"), rate};
    for (int i = 0; i < channels.size(); ++i)
        args << QStringLiteral("-ac:a:%1").arg(i) << channels.at(i);
    return args;
}

const char *MenuSpu = R"(<subpictures format="NTSC"><stream>
<spu start="00:00:00.00" force="yes" highlight="highlight.png" select="highlight.png">
<button name="b1" x0="10" y0="40" x1="80" y1="80" right="b2"/>
<button name="b2" x0="95" y0="40" x1="165" y1="80" left="b1" right="b3"/>
<button name="b3" x0="180" y0="40" x1="250" y1="80" left="b2" right="b4"/>
<button name="b4" x0="265" y0="40" x1="335" y1="80" left="b3"/>
</spu></stream></subpictures>
)";

// Titles: 1 = the film (VTS 1), 2 = bonus, 3 = trailer (VTS 2). Button 2 plays the film with
// the commentary (audio stream 2, 0-based) the way disc menus often do: it keeps the choice in
// a register (g5) and the film's pre command selects the stream from it. The film starts with
// German subtitles shown (64 + stream 1). Set 2's Spanish subtitles are physical stream 1 (spumux
// -s 1).
const char *Authoring = R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm>
  <menus>
   <video format="ntsc" aspect="4:3"/>
   <pgc entry="title">
    <vob file="menu.mpg" pause="inf"/>
    <button name="b1">jump title 1;</button>
    <button name="b2">g5=2; jump title 1;</button>
    <button name="b3">jump title 2;</button>
    <button name="b4">jump title 3;</button>
   </pgc>
  </menus>
 </vmgm>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="en"/><audio lang="fr"/><audio lang="en" content="comments1"/>
   <subpicture lang="en" content="normal"/><subpicture lang="de" content="large"/>
   <pgc>
    <pre>subtitle=65; audio=g5;</pre>
    <vob file="main.mpg" chapters="0,0:02,0:04"/>
    <post>call vmgm menu 1;</post>
   </pgc>
  </titles>
 </titleset>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="de"/><audio lang="es"/>
   <subpicture lang="es"><stream id="1" mode="normal"/></subpicture>
   <pgc><vob file="bonus.mpg"/><post>call vmgm menu 1;</post></pgc>
   <pgc><vob file="trailer.mpg"/><post>call vmgm menu 1;</post></pgc>
  </titles>
 </titleset>
</dvdauthor>
)";

QString srt(const QString &first, const QString &second)
{
    return QStringLiteral("1\n00:00:00,500 --> 00:00:01,800\n%1\n\n"
                          "2\n00:00:02,500 --> 00:00:04,500\n%2\n")
        .arg(first, second);
}

DvdStreamsFixture describe()
{
    DvdStreamsFixture f;
    f.label = QStringLiteral("SPINDLE_STREAMS");
    const auto en = QStringLiteral("en");
    f.titleSets = {{1,
                    {{en, QStringLiteral("ac3"), 2, 0, 0, 440},
                     {QStringLiteral("fr"), QStringLiteral("ac3"), 1, 0, 1, 660},
                     {en, QStringLiteral("ac3"), 2, 3, 2, 880}},
                    {{en, 1, 0}, {QStringLiteral("de"), 2, 1}}},
                   {2,
                    {{QStringLiteral("de"), QStringLiteral("mpeg1"), 2, 0, 0, 330},
                     {QStringLiteral("es"), QStringLiteral("ac3"), 2, 0, 1, 550}},
                    {{QStringLiteral("es"), 0, 1}}}};
    f.titles = {{1, 1, 1, 6, 3, {0, 1, 2}, {0, 1}},
                {2, 2, 1, 3, 1, {0, 1}, {0}},
                {3, 2, 2, 2, 1, {0, 1}, {}}};
    f.selections = {2, 2, 5, 1, 1};
    return f;
}

DvdStreamsFixture make(const QString &dir)
{
    DvdStreamsFixture fixture = describe();
    const QStringList missing = missingDvdStreamsTools();
    if (!missing.isEmpty()) {
        fixture.error = QStringLiteral("not installed: %1").arg(missing.join(QLatin1Char(' ')));
        return fixture;
    }
    Maker m(dir);
    const QString testsrc = QStringLiteral("testsrc=size=352x240:rate=30000/1001:duration=%1");
    m.encode(QStringLiteral("main0.mpg"), testsrc, 6, {440, 660, 880},
             ac3({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2")}));
    m.subtitles(QStringLiteral("main0.mpg"), QStringLiteral("main1.mpg"), 0,
                srt(QStringLiteral("Hello"), QStringLiteral("World")));
    m.subtitles(QStringLiteral("main1.mpg"), QStringLiteral("main.mpg"), 1,
                srt(QStringLiteral("Hallo"), QStringLiteral("Welt")));
    // German MPEG audio (0xC0) and Spanish AC-3, renumbered from 0x80 to 0x81.
    m.encode(QStringLiteral("bonus0.mpg"),
             QStringLiteral("testsrc2=size=352x240:rate=30000/1001:duration=%1"), 3, {330, 550},
             {QStringLiteral("-c:a:0"), QStringLiteral("mp2"), QStringLiteral("-b:a:0"),
              QStringLiteral("128k"), QStringLiteral("-ac:a:0"), QStringLiteral("2"),
              QStringLiteral("-c:a:1"), QStringLiteral("ac3"), QStringLiteral("-b:a:1"),
              QStringLiteral("64k"), QStringLiteral("-ac:a:1"), QStringLiteral("2")});
    m.renumberSubstream(QStringLiteral("bonus0.mpg"), 0x80, 0x81);
    m.subtitles(QStringLiteral("bonus0.mpg"), QStringLiteral("bonus.mpg"), 1,
                srt(QStringLiteral("Hola"), QStringLiteral("Mundo")));
    m.encode(QStringLiteral("trailer.mpg"),
             QStringLiteral("smptebars=size=352x240:rate=30000/1001:duration=%1"), 2, {330},
             {QStringLiteral("-c:a"), QStringLiteral("mp2"), QStringLiteral("-b:a"),
              QStringLiteral("128k"), QStringLiteral("-ac"), QStringLiteral("2")});
    m.encode(QStringLiteral("menu0.mpg"),
             QStringLiteral("rgbtestsrc=size=352x240:rate=30000/1001:duration=%1"), 1, {770},
             ac3({QStringLiteral("2")}));
    m.run(QStringLiteral("ffmpeg"),
          {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
           QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
           QStringLiteral("color=c=black@0.0:size=352x240,format=rgba,"
                          "drawbox=x=10:y=40:w=70:h=40:color=yellow:t=4,"
                          "drawbox=x=95:y=40:w=70:h=40:color=yellow:t=4,"
                          "drawbox=x=180:y=40:w=70:h=40:color=yellow:t=4,"
                          "drawbox=x=265:y=40:w=70:h=40:color=yellow:t=4"),
           QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("highlight.png")});
    m.write(QStringLiteral("menu.xml"), MenuSpu);
    m.run(QStringLiteral("spumux"), {QStringLiteral("menu.xml")}, QStringLiteral("menu0.mpg"),
          QStringLiteral("menu.mpg"));
    m.write(QStringLiteral("dvd.xml"), Authoring);
    m.author(fixture);
    return fixture;
}

constexpr int LargeCopies = 52;

DvdStreamsFixture makeLarge(const QString &dir)
{
    DvdStreamsFixture fixture;
    fixture.label = QStringLiteral("SPINDLE_LARGE");
    fixture.titleSets = {describe().titleSets.first()};
    fixture.titleSets.first().subpictures.clear();
    fixture.titles = {{1, 1, 1, 20 * LargeCopies, LargeCopies, {0, 1, 2}, {}}};
    const QStringList missing = missingDvdStreamsTools();
    if (!missing.isEmpty()) {
        fixture.error = QStringLiteral("not installed: %1").arg(missing.join(QLatin1Char(' ')));
        return fixture;
    }
    Maker m(dir);
    // Noise keeps the encoder from undershooting 8 Mbit/s: 22 MB per 20 s clip.
    m.encode(
        QStringLiteral("clip.mpg"),
        QStringLiteral("testsrc=size=352x240:rate=30000/1001:duration=%1,noise=alls=60:allf=t"), 20,
        {440, 660, 880},
        ac3({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2")},
            QStringLiteral("192k")),
        {QStringLiteral("-b:v"), QStringLiteral("8000k"), QStringLiteral("-minrate"),
         QStringLiteral("8000k"), QStringLiteral("-maxrate"), QStringLiteral("8000k"),
         QStringLiteral("-bufsize"), QStringLiteral("1835k")});
    // dvdauthor reads a file named twice only once; links under distinct names are read anew.
    QByteArray vobs;
    for (int i = 1; i <= LargeCopies && m.error().isEmpty(); ++i) {
        const QString link = QStringLiteral("clip%1.mpg").arg(i);
        QFile::link(m.path(QStringLiteral("clip.mpg")), m.path(link));
        vobs += "    <vob file=\"" + link.toUtf8() + "\"/>\n";
    }
    m.write(QStringLiteral("dvd.xml"), R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm/>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="en"/><audio lang="fr"/><audio lang="en" content="comments1"/>
   <pgc>
)" + vobs + R"(   </pgc>
  </titles>
 </titleset>
</dvdauthor>
)");
    m.author(fixture);
    return fixture;
}

// 16:9 video whose two subtitle streams each have a wide and a letterbox stream, and no
// pan-scan one (widescreen="nopanscan"): dvdauthor writes 0 in the pan-scan field, which on
// subtitle stream 2 looks like stream 1's wide stream 0x20. Its audio streams are the three
// formats of the private stream 1: AC-3, DTS (ffmpeg's experimental encoder) and LPCM.
DvdStreamsFixture makeWide(const QString &dir)
{
    DvdStreamsFixture fixture;
    fixture.label = QStringLiteral("SPINDLE_WIDE");
    const auto en = QStringLiteral("en");
    const auto de = QStringLiteral("de");
    fixture.titleSets = {{1,
                          {{en, QStringLiteral("ac3"), 2, 0, 0, 440},
                           {de, QStringLiteral("dts"), 2, 0, 1, 660},
                           {QStringLiteral("fr"), QStringLiteral("lpcm"), 2, 0, 2, 880}},
                          {{en, 0, 0, 1}, {de, 0, 2, 3}}}};
    fixture.titles = {{1, 1, 1, 4, 2, {0, 1, 2}, {0, 1}}};
    const QStringList missing = missingDvdStreamsTools();
    if (!missing.isEmpty()) {
        fixture.error = QStringLiteral("not installed: %1").arg(missing.join(QLatin1Char(' ')));
        return fixture;
    }
    Maker m(dir);
    m.aspect = QStringLiteral("16:9");
    m.encode(QStringLiteral("wide0.mpg"),
             QStringLiteral("testsrc=size=352x240:rate=30000/1001:duration=%1"), 4, {440, 660, 880},
             {QStringLiteral("-c:a:0"), QStringLiteral("ac3"), QStringLiteral("-b:a:0"),
              QStringLiteral("64k"), QStringLiteral("-c:a:1"), QStringLiteral("dca"),
              QStringLiteral("-strict"), QStringLiteral("-2"), QStringLiteral("-c:a:2"),
              QStringLiteral("pcm_dvd"), QStringLiteral("-ac"), QStringLiteral("2")});
    m.renumberSubstream(QStringLiteral("wide0.mpg"), 0x88, 0x89);
    m.renumberSubstream(QStringLiteral("wide0.mpg"), 0xA0, 0xA2);
    const QStringList lines{QStringLiteral("Hello"), QStringLiteral("World"),
                            QStringLiteral("Hallo"), QStringLiteral("Welt")};
    QString in = QStringLiteral("wide0.mpg");
    for (int stream = 0; stream < 4; ++stream) {
        const QString out =
            stream == 3 ? QStringLiteral("wide.mpg") : QStringLiteral("wide%1.mpg").arg(stream + 1);
        const int language = stream / 2 * 2;
        m.subtitles(in, out, stream, srt(lines.at(language), lines.at(language + 1)));
        in = out;
    }
    m.write(QStringLiteral("dvd.xml"), R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm><menus><video format="ntsc"/></menus></vmgm>
 <titleset>
  <titles>
   <video format="ntsc" aspect="16:9" widescreen="nopanscan"/>
   <audio lang="en"/><audio lang="de"/><audio lang="fr"/>
   <subpicture lang="en"><stream id="0" mode="widescreen"/><stream id="1" mode="letterbox"/>
   </subpicture>
   <subpicture lang="de"><stream id="2" mode="widescreen"/><stream id="3" mode="letterbox"/>
   </subpicture>
   <pgc><vob file="wide.mpg" chapters="0,0:02"/></pgc>
  </titles>
 </titleset>
</dvdauthor>
)");
    m.author(fixture);
    return fixture;
}

const DvdStreamsFixture &made(std::unique_ptr<QTemporaryDir> &dir, DvdStreamsFixture &fixture,
                              DvdStreamsFixture (*maker)(const QString &))
{
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>();
        if (dir->isValid()) {
            fixture = maker(dir->path());
        } else {
            fixture = {};
            fixture.error = dir->errorString();
        }
    }
    return fixture;
}

} // namespace

QStringList missingDvdStreamsTools()
{
    QStringList missing;
    for (const char *tool : {"ffmpeg", "spumux", "dvdauthor", "genisoimage"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    if (!QFileInfo::exists(Font))
        missing << QStringLiteral("fonts-dejavu-core");
    return missing;
}

const DvdStreamsFixture &dvdStreamsFixture()
{
    // The folder lives until the test process exits.
    static std::unique_ptr<QTemporaryDir> dir;
    static DvdStreamsFixture fixture;
    return made(dir, fixture, &make);
}

const DvdStreamsFixture &dvdLargeStreamsFixture()
{
    static std::unique_ptr<QTemporaryDir> dir;
    static DvdStreamsFixture fixture;
    return made(dir, fixture, &makeLarge);
}

const DvdStreamsFixture &dvdWideStreamsFixture()
{
    static std::unique_ptr<QTemporaryDir> dir;
    static DvdStreamsFixture fixture;
    return made(dir, fixture, &makeWide);
}

QString copyDvdStreamsFixture(const DvdStreamsFixture &dvd, const QString &dir)
{
    const QString copy = dir + QStringLiteral("/dvd");
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), dvd.folder, copy});
    const bool copied =
        cp.waitForFinished(120000) && cp.exitStatus() == QProcess::NormalExit && cp.exitCode() == 0;
    return copied ? copy : QString();
}

} // namespace Spindle::Test
