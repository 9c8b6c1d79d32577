#include "dvdvideosetup.h"
#include "fixtures.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle::Test;

// A DVD-Video as a compressed image (.iso.gz, .iso.xz) through spindle-cli: `titles` and
// `build --drop-audio` against the same commands on the plain image, which
// tst_cli_dvdstreams checks with lsdvd, ffprobe and libdvdnav.
class TestCliDvdCompressed final : public QObject
{
    Q_OBJECT

private:
    const DvdVideoFixture *m_dvd = nullptr;
    QTemporaryDir m_dir;

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup, {"lsdvd"});
        m_dvd = setup.dvd;
        QVERIFY(m_dir.isValid());
    }

    // A compressed image (gzip, and xz in blocks): libdvdread reads the titles from IFO files
    // decoded out of it, so `titles --json` says what it says of the plain image (the rows
    // above check that against lsdvd), and leaving out a stream gives the same bytes as from
    // the plain image (checked above with lsdvd, ffprobe and libdvdnav).
    void compressedImage_data()
    {
        QTest::addColumn<QStringList>("compress");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("gzip") << QStringList{QStringLiteral("gzip"), QStringLiteral("-1")}
                              << QStringLiteral("gz");
        QTest::newRow("xz in blocks")
            << QStringList{QStringLiteral("xz"), QStringLiteral("-1"), QStringLiteral("-T2"),
                           QStringLiteral("--block-size=1MiB")}
            << QStringLiteral("xz");
    }
    void compressedImage()
    {
        QFETCH(QStringList, compress);
        QFETCH(QString, suffix);
        const QString packed = m_dir.filePath(QStringLiteral("fixture.iso.") + suffix);
        QProcess p;
        p.setStandardOutputFile(packed);
        p.start(QStandardPaths::findExecutable(compress.first()),
                compress.mid(1) + QStringList{QStringLiteral("-c"), m_dvd->image});
        QVERIFY(p.waitForFinished(120000) && p.exitCode() == 0);

        const auto titles = [](const QString &source) {
            ProcessRun r = cli({QStringLiteral("titles"), source, QStringLiteral("--json")});
            // The source's own name is the one line that differs.
            return r.code == 0 ? r.out.replace(source.toUtf8(), "SOURCE") : r.err;
        };
        const QByteArray plain = titles(m_dvd->image);
        QVERIFY2(plain.contains("\"titleSets\""), plain.constData());
        QCOMPARE(titles(packed), plain);

        QStringList outputs;
        for (const QString &source : {m_dvd->image, packed}) {
            const QString out = m_dir.filePath(
                QStringLiteral("from-%1-%2.iso").arg(QFileInfo(source).suffix(), suffix));
            const ProcessRun r = cli({QStringLiteral("build"), source,
                                      QStringLiteral("--drop-audio"), QStringLiteral("1:2"),
                                      QStringLiteral("--reproducible"), QStringLiteral("--output"),
                                      out, QStringLiteral("--progress"), QStringLiteral("none")});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2((r.out + r.err).contains("audio stream 2 left out"), r.err.constData());
            outputs << out;
        }
        QCOMPARE(sha256Of(outputs.at(1)), sha256Of(outputs.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestCliDvdCompressed)
#include "tst_cli_dvdcompressed.moc"
