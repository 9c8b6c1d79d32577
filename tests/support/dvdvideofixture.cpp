#include "dvdvideofixture.h"

#include "authoringtools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace Spindle::Test {

namespace {

// Tiny NTSC video: quarter resolution (a valid DVD size), low bitrate, a GOP every half second
// so chapter marks land where asked.
const QStringList VideoArgs{
    QStringLiteral("-c:v"),    QStringLiteral("mpeg2video"), QStringLiteral("-s"),
    QStringLiteral("352x240"), QStringLiteral("-r"),         QStringLiteral("30000/1001"),
    QStringLiteral("-b:v"),    QStringLiteral("400k"),       QStringLiteral("-maxrate"),
    QStringLiteral("800k"),    QStringLiteral("-bufsize"),   QStringLiteral("224k"),
    QStringLiteral("-g"),      QStringLiteral("15"),         QStringLiteral("-pix_fmt"),
    QStringLiteral("yuv420p"), QStringLiteral("-aspect"),    QStringLiteral("4:3")};

// The authoring tools, and the steps this fixture repeats.
class Maker : public AuthoringTools
{
public:
    using AuthoringTools::AuthoringTools;

    // An MPEG-2 program stream of `seconds` from video source `video`, with one sine tone per
    // entry of `tones` as separate audio streams.
    bool encode(const QString &name, const QString &video, int seconds, const QList<int> &tones,
                const QStringList &audioArgs)
    {
        const QString length = QString::number(seconds);
        QStringList args{QStringLiteral("-loglevel"),
                         QStringLiteral("error"),
                         QStringLiteral("-y"),
                         QStringLiteral("-f"),
                         QStringLiteral("lavfi"),
                         QStringLiteral("-i"),
                         video + QStringLiteral("=size=352x240:rate=30000/1001:duration=") +
                             length};
        for (int tone : tones) {
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("sine=frequency=%1:sample_rate=48000:duration=%2")
                        .arg(tone)
                        .arg(length);
        }
        args << QStringLiteral("-map") << QStringLiteral("0:v");
        for (int i = 0; i < tones.size(); ++i)
            args << QStringLiteral("-map") << QStringLiteral("%1:a").arg(i + 1);
        args << VideoArgs << audioArgs << QStringLiteral("-f") << QStringLiteral("dvd") << name;
        return run(QStringLiteral("ffmpeg"), args);
    }

    // A one-frame transparent PNG with filled or outlined boxes (spumux overlays).
    bool overlay(const QString &name, const QString &boxes)
    {
        return run(QStringLiteral("ffmpeg"),
                   {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("color=c=black@0.0:size=352x240,format=rgba,") + boxes,
                    QStringLiteral("-frames:v"), QStringLiteral("1"), name});
    }
};

const char *MenuSpu = R"(<subpictures format="NTSC"><stream>
<spu start="00:00:00.00" force="yes" highlight="highlight.png" select="highlight.png">
<button name="b1" x0="20" y0="40" x1="110" y1="80" right="b2"/>
<button name="b2" x0="130" y0="40" x1="220" y1="80" left="b1" right="b3"/>
<button name="b3" x0="240" y0="40" x1="330" y1="80" left="b2"/>
</spu></stream></subpictures>
)";

const char *SubtitleSpu = R"(<subpictures format="NTSC"><stream>
<spu start="00:00:00.50" end="00:00:03.00" image="subtitle.png"/>
</stream></subpictures>
)";

// Title numbers follow the order of title sets and their titles: 1 = main feature (VTS 1),
// 2 = bonus, 3 = trailer (VTS 2). Each menu button jumps to one title; each title returns to
// the menu.
const char *Authoring = R"(<dvdauthor dest="dvd" jumppad="0">
 <vmgm>
  <menus>
   <video format="ntsc" aspect="4:3"/>
   <pgc entry="title">
    <vob file="menu.mpg" pause="inf"/>
    <button name="b1">jump title 1;</button>
    <button name="b2">jump title 2;</button>
    <button name="b3">jump title 3;</button>
   </pgc>
  </menus>
 </vmgm>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="en"/><audio lang="fr"/>
   <pgc>
    <vob file="main.mpg" chapters="0,0:03,0:06"/>
    <post>call vmgm menu 1;</post>
   </pgc>
  </titles>
 </titleset>
 <titleset>
  <titles>
   <video format="ntsc" aspect="4:3"/>
   <audio lang="de"/>
   <subpicture lang="es"/>
   <pgc><vob file="bonus.mpg"/><post>call vmgm menu 1;</post></pgc>
   <pgc><vob file="trailer.mpg"/><post>call vmgm menu 1;</post></pgc>
  </titles>
 </titleset>
</dvdauthor>
)";

DvdVideoFixture make(const QString &dir)
{
    DvdVideoFixture fixture;
    fixture.label = QStringLiteral("SPINDLE_DVD");
    fixture.titles = {{1, 9, 3, {QStringLiteral("en"), QStringLiteral("fr")}, {}},
                      {2, 4, 1, {QStringLiteral("de")}, {QStringLiteral("es")}},
                      {2, 2, 1, {QStringLiteral("de")}, {}}};
    const QStringList missing = missingDvdVideoTools();
    if (!missing.isEmpty()) {
        fixture.error = QStringLiteral("not installed: %1").arg(missing.join(QLatin1Char(' ')));
        return fixture;
    }
    Maker m(dir);
    const auto ac3 = [](const QStringList &channels) {
        QStringList args{QStringLiteral("-c:a"), QStringLiteral("ac3"), QStringLiteral("-b:a"),
                         QStringLiteral("64k")};
        for (int i = 0; i < channels.size(); ++i)
            args << QStringLiteral("-ac:a:%1").arg(i) << channels.at(i);
        return args;
    };
    const QStringList mp2Mono{QStringLiteral("-c:a"), QStringLiteral("mp2"), QStringLiteral("-b:a"),
                              QStringLiteral("64k"),  QStringLiteral("-ac"), QStringLiteral("1")};
    // Main feature: English in stereo, French in mono (two formats of stream for readers).
    m.encode(QStringLiteral("main.mpg"), QStringLiteral("testsrc"), 9, {440, 660},
             ac3({QStringLiteral("2"), QStringLiteral("1")}));
    m.encode(QStringLiteral("bonus0.mpg"), QStringLiteral("testsrc2"), 4, {330}, mp2Mono);
    m.encode(QStringLiteral("trailer.mpg"), QStringLiteral("smptebars"), 2, {220}, mp2Mono);
    m.encode(QStringLiteral("menu0.mpg"), QStringLiteral("rgbtestsrc"), 1, {550},
             ac3({QStringLiteral("2")}));
    m.overlay(QStringLiteral("highlight.png"),
              QStringLiteral("drawbox=x=20:y=40:w=90:h=40:color=yellow:t=4,"
                             "drawbox=x=130:y=40:w=90:h=40:color=yellow:t=4,"
                             "drawbox=x=240:y=40:w=90:h=40:color=yellow:t=4"));
    m.overlay(QStringLiteral("subtitle.png"),
              QStringLiteral("drawbox=x=100:y=180:w=150:h=30:color=white:t=fill"));
    m.write(QStringLiteral("menu.xml"), MenuSpu);
    m.write(QStringLiteral("subtitle.xml"), SubtitleSpu);
    m.write(QStringLiteral("dvd.xml"), Authoring);
    m.run(QStringLiteral("spumux"), {QStringLiteral("menu.xml")}, QStringLiteral("menu0.mpg"),
          QStringLiteral("menu.mpg"));
    m.run(QStringLiteral("spumux"), {QStringLiteral("subtitle.xml")}, QStringLiteral("bonus0.mpg"),
          QStringLiteral("bonus.mpg"));
    m.run(QStringLiteral("dvdauthor"), {QStringLiteral("-x"), QStringLiteral("dvd.xml")});
    fixture.folder = dir + QStringLiteral("/dvd");
    fixture.image = dir + QStringLiteral("/dvd.iso");
    m.run(QStringLiteral("genisoimage"),
          {QStringLiteral("-quiet"), QStringLiteral("-dvd-video"), QStringLiteral("-udf"),
           QStringLiteral("-V"), fixture.label, QStringLiteral("-o"), fixture.image,
           fixture.folder});
    fixture.error = m.error();
    // The sources are no longer needed; only the DVD folder and its image stay.
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        if (name != QLatin1String("dvd.iso"))
            QFile::remove(dir + QLatin1Char('/') + name);
    }
    return fixture;
}

} // namespace

QStringList missingDvdVideoTools()
{
    QStringList missing;
    for (const char *tool : {"ffmpeg", "spumux", "dvdauthor", "genisoimage"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing;
}

const DvdVideoFixture &dvdVideoFixture()
{
    // The folder lives until the test process exits.
    static std::unique_ptr<QTemporaryDir> dir;
    static DvdVideoFixture fixture;
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>();
        fixture = dir->isValid() ? make(dir->path())
                                 : DvdVideoFixture{{}, {}, {}, {}, dir->errorString()};
    }
    return fixture;
}

} // namespace Spindle::Test
