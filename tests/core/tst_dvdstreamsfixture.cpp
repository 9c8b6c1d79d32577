#include "dvdstreamsfixture.h"
#include "lsdvdreport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Spindle::Test;

namespace {

// lsdvd's words for the code extensions the fixtures author.
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

// The stream ids ffprobe (a demuxer we did not write) finds in a VOB: "0x80", "0x1c0", "0x21".
QSet<QString> ffprobeStreamIds(const QString &vob, QString *error)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("ffprobe")),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
             QStringLiteral("stream=id,codec_type"), QStringLiteral("-of"), QStringLiteral("json"),
             vob});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    QSet<QString> ids;
    const QJsonArray streams = QJsonDocument::fromJson(p.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("streams"))
                                   .toArray();
    for (const QJsonValue &s : streams) {
        const QString type = s.toObject().value(QStringLiteral("codec_type")).toString();
        if (type == QLatin1String("audio") || type == QLatin1String("subtitle"))
            ids << s.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

QString skipReason()
{
    QStringList missing = missingDvdStreamsTools();
    for (const char *tool : {"lsdvd", "ffprobe"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing.isEmpty() ? QString()
                             : QStringLiteral("not installed: %1; installer/debian-packages.txt "
                                              "lists them")
                                   .arg(missing.join(QLatin1Char(' ')));
}

} // namespace

// The stream fixtures (tests/support/dvdstreamsfixture.h) are what they claim, as lsdvd reads
// their IFOs and ffprobe their VOBs: the tests of leaving out streams rely on it.
class TestDvdStreamsFixture final : public QObject
{
    Q_OBJECT

private:
    // lsdvd lists, per title, the streams of its title set that the title's PGC enables.
    static void compareWithLsdvd(const DvdStreamsFixture &dvd, const QString &path)
    {
        const LsdvdReport report = runLsdvd(path);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.titles.size(), dvd.titles.size());
        for (int i = 0; i < dvd.titles.size(); ++i) {
            const AuthoredStreamsTitle &t = dvd.titles.at(i);
            const LsdvdTitle &l = report.titles.at(i);
            QCOMPARE(l.number, t.number);
            QCOMPARE(l.titleSet, t.titleSet);
            QCOMPARE(l.titleInSet, t.titleInSet);
            QCOMPARE(l.chapters, t.chapters);
            QVERIFY2(qAbs(l.seconds - t.seconds) < 0.5, qPrintable(QString::number(l.seconds)));
            const AuthoredTitleSet &set = dvd.titleSets.at(t.titleSet - 1);
            QStringList languages, formats, contents, subLanguages, subContents;
            QList<int> channels;
            for (int n : t.audio) {
                const AuthoredAudio &a = set.audio.at(n);
                languages << a.language;
                formats << a.format;
                channels << a.channels;
                contents << lsdvdAudioContent(a.extension);
            }
            for (int n : t.subpictures) {
                const AuthoredSubpicture &s = set.subpictures.at(n);
                subLanguages << s.language;
                subContents << lsdvdSubtitleContent(s.extension);
            }
            QCOMPARE(l.audioLanguages, languages);
            QCOMPARE(l.audioFormats, formats);
            QCOMPARE(l.audioChannels, channels);
            QCOMPARE(l.audioContents, contents);
            QCOMPARE(l.subtitleLanguages, subLanguages);
            QCOMPARE(l.subtitleContents, subContents);
        }
    }

    // Every authored stream is in the title set's first title VOB under its physical number.
    static void compareWithFfprobe(const DvdStreamsFixture &dvd)
    {
        for (const AuthoredTitleSet &set : dvd.titleSets) {
            const QString vob = QStringLiteral("%1/VIDEO_TS/VTS_%2_1.VOB")
                                    .arg(dvd.folder)
                                    .arg(set.number, 2, 10, QLatin1Char('0'));
            QString error;
            const QSet<QString> ids = ffprobeStreamIds(vob, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> expected;
            for (const AuthoredAudio &a : set.audio) {
                const int base = a.format == QLatin1String("ac3") ? 0x80 : 0x1c0;
                expected << QStringLiteral("0x%1").arg(base + a.physical, 0, 16);
            }
            for (const AuthoredSubpicture &s : set.subpictures)
                expected << QStringLiteral("0x%1").arg(0x20 + s.physical, 0, 16);
            QCOMPARE(ids, expected);
        }
    }

private Q_SLOTS:
    void streamsFixture()
    {
        const QString skip = skipReason();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QElapsedTimer timer;
        timer.start();
        const DvdStreamsFixture &dvd = dvdStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        qInfo("stream fixture made in %lld ms", qint64(timer.elapsed()));
        compareWithLsdvd(dvd, dvd.image);
        if (QTest::currentTestFailed())
            return;
        compareWithLsdvd(dvd, dvd.folder);
        if (QTest::currentTestFailed())
            return;
        compareWithFfprobe(dvd);
        // The commands that select streams, as dvdauthor compiles them: the menu's "mov gR, N"
        // (0x71, R in byte 3, N in bytes 4-5); in the film's pre commands SetSTN with an
        // immediate subpicture (0x51, then 0x80 | 0x40 shown | N) and SetSTN with the audio
        // stream from gR (0x41, then 0x80 | R).
        const auto ifo = [&dvd](const char *name) {
            QFile file(dvd.folder + QStringLiteral("/VIDEO_TS/") + QLatin1String(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const StreamSelections &s = dvd.selections;
        QVERIFY(ifo("VIDEO_TS.IFO")
                    .contains(QByteArray("\x71\x00\x00", 3) + char(s.menuRegister) + '\0' +
                              char(s.menuAudio)));
        const QByteArray vts = ifo("VTS_01_0.IFO");
        QVERIFY(vts.contains(QByteArray("\x51\x00\x00\x00", 4) + char(0xC0 | s.preSubtitle)));
        QVERIFY(vts.contains(QByteArray("\x41\x00\x00", 3) + char(0x80 | s.menuRegister)));
    }

    // Over 1 GiB: the title VOBs split in two and the one title spans both.
    void largeFixture()
    {
        const QString skip = skipReason();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QElapsedTimer timer;
        timer.start();
        const DvdStreamsFixture &dvd = dvdLargeStreamsFixture();
        QVERIFY2(dvd.error.isEmpty(), qPrintable(dvd.error));
        qInfo("large stream fixture made in %lld ms", qint64(timer.elapsed()));
        const QDir videoTs(dvd.folder + QStringLiteral("/VIDEO_TS"));
        const QFileInfo first(videoTs.filePath(QStringLiteral("VTS_01_1.VOB")));
        const QFileInfo second(videoTs.filePath(QStringLiteral("VTS_01_2.VOB")));
        QVERIFY(first.size() > 1000 * 1000 * 1000);
        QVERIFY(second.size() > 0);
        QVERIFY(!videoTs.exists(QStringLiteral("VTS_02_0.IFO")));
        QVERIFY(QFileInfo(dvd.image).size() > first.size() + second.size());
        compareWithLsdvd(dvd, dvd.image);
        if (QTest::currentTestFailed())
            return;
        compareWithFfprobe(dvd);
    }
};

QTEST_GUILESS_MAIN(TestDvdStreamsFixture)
#include "tst_dvdstreamsfixture.moc"
