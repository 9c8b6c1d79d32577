#include "eccfixtures.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Spindle::Test;

// `build --ecc` and `burn --ecc` through the real spindle-cli on stdio: virtual drives.
// dvdisaster itself checks the result (the images and the virtual discs must be RS03 augmented
// images it tests as good, with the roots Spindle reported), xorriso and isoinfo read the file
// system, cmp compares the burned image. The media are small (a few MB, or a CD-R with
// --ecc=20) so that dvdisaster's test takes seconds. XDG_CACHE_HOME points into the test's
// folder, so that the temporary files are seen to come and go.
class TestCliEccBurn final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tree;  // the folder the images are built from
    QString m_iso;   // xorriso's image of it
    QString m_cache; // XDG_CACHE_HOME of every spindle-cli run
    QString m_dvdisaster;

    using Run = ProcessRun;

    static Run cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString stdio(const QString &file) { return QStringLiteral("stdio:") + file; }
    // `VERB SOURCE --drive stdio:DISC --medium cd-r --ecc=20 --verify --json`, which must say
    // `said` on stderr, verify, and add the data, as much as the disc then holds; its "ecc"
    // report, or an empty object after a warning.
    static QJsonObject eccToDisc(const QString &verb, const QString &source, const QString &disc,
                                 const QByteArray &said)
    {
        const Run r =
            cli({verb, source, QStringLiteral("--drive"), stdio(disc), QStringLiteral("--medium"),
                 QStringLiteral("cd-r"), QStringLiteral("--ecc=20"), QStringLiteral("--verify"),
                 QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject ecc = report.value(QStringLiteral("ecc")).toObject();
        if (r.code != 0 || !r.err.contains(said) ||
            !report.value(QStringLiteral("verified")).toBool() ||
            ecc.value(QStringLiteral("state")).toString() != QLatin1String("added") ||
            QFileInfo(disc).size() != ecc.value(QStringLiteral("totalBytes")).toInteger()) {
            qWarning() << r.code << r.out << r.err;
            return {};
        }
        return ecc;
    }

    // What the burns and builds left in the cache folder (nothing, once they ended).
    QStringList cacheLeftovers() const
    {
        QStringList found;
        QDir dir(m_cache + QStringLiteral("/Spindle/spindle-cli"));
        for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
            found << name;
        return found;
    }

    // The files isoinfo lists in an image (its own reader of the ISO 9660 tree).
    static QByteArray isoinfoFiles(const QString &image)
    {
        QByteArray out;
        runTool(QStringLiteral("isoinfo"),
                {QStringLiteral("-R"), QStringLiteral("-f"), QStringLiteral("-i"), image}, &out);
        return out;
    }
    static QByteArray xorrisoFiles(const QString &image)
    {
        QByteArray out;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-indev"), image, QStringLiteral("-find"), QStringLiteral("/"),
                 QStringLiteral("-exec"), QStringLiteral("lsdl")},
                &out);
        // Only the listing: xorriso's banner names the image file.
        QByteArray listing;
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith('-') || line.startsWith('d'))
                listing += line + '\n';
        return listing;
    }

    // `dvdisaster -t -i IMAGE`, with a home of its own and no display (it needs the one and
    // must not try the other). Returns its text with the progress carriage returns as lines.
    QString dvdisasterTest(const QString &image, int *code) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(m_dvdisaster, {QStringLiteral("-t"), QStringLiteral("-i"), image});
        p.closeWriteChannel();
        *code =
            p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError())
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }

    // dvdisaster finds an augmented image with `roots` roots, every sector present and good.
    void checkWithDvdisaster(const QString &image, int roots) const
    {
        if (m_dvdisaster.isEmpty())
            QSKIP("dvdisaster is not installed (Debian package dvdisaster)");
        int code = -1;
        const QString text = dvdisasterTest(image, &code);
        QVERIFY2(code == 0, qPrintable(text.right(2000)));
        QVERIFY2(text.contains(QStringLiteral("Augmented image")), qPrintable(text.right(2000)));
        const auto method =
            QRegularExpression(QStringLiteral("RS03, (\\d+) roots,\\s*([0-9.]+)% redundancy"))
                .match(text);
        QVERIFY2(method.hasMatch(), qPrintable(text.right(2000)));
        QCOMPARE(method.captured(1).toInt(), roots);
        QVERIFY2(text.contains(QStringLiteral("all sectors present")),
                 qPrintable(text.right(2000)));
        QVERIFY2(text.contains(QStringLiteral("Ecc block test   : pass")),
                 qPrintable(text.right(2000)));
        QVERIFY(!text.contains(QStringLiteral("CRC error")));
    }

    static QJsonObject lastJsonLine(const QByteArray &out)
    {
        QJsonObject last;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                last = QJsonDocument::fromJson(line).object();
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_dvdisaster = dvdisasterProgram();
        m_cache = path(QStringLiteral("cache"));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache));
        m_tree = path(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/docs")));
        QFile random(m_tree + QStringLiteral("/random.bin"));
        QVERIFY(random.open(QIODevice::WriteOnly));
        random.write(randomBytes(6000000, 17));
        random.close();
        QFile note(m_tree + QStringLiteral("/docs/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("error correction\n");
        note.close();
        m_iso = path(QStringLiteral("plain.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-R"),
                          QStringLiteral("-J"), QStringLiteral("-V"), QStringLiteral("ECC"),
                          QStringLiteral("-o"), m_iso, m_tree}),
                 0);
    }

    void usageErrors()
    {
        for (const QString &bad : {QStringLiteral("--ecc=3"), QStringLiteral("--ecc=201"),
                                   QStringLiteral("--ecc=lots")}) {
            const Run r = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"),
                               stdio(path(QStringLiteral("never.iso"))), bad});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--ecc takes fill or a redundancy in percent from 4 to 200"),
                     r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.iso"))));
        const Run help = cli({QStringLiteral("burn"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("--ecc <fill|PERCENT>"));
        QVERIFY(cli({QStringLiteral("build"), QStringLiteral("--help")})
                    .out.contains("--ecc <fill|PERCENT>"));
    }

    // build --ecc to a file, sized for --medium: dvdisaster finds the roots Spindle reports,
    // and the file system reads as without the data.
    void buildToFileFillsMedium()
    {
        const QString plain = path(QStringLiteral("built-plain.iso"));
        const QString out = path(QStringLiteral("built-fill.iso"));
        Run r = cli({QStringLiteral("build"), m_tree, QStringLiteral("--output"), plain,
                     QStringLiteral("--reproducible")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("build"), m_tree, QStringLiteral("--output"), out,
                 QStringLiteral("--reproducible"), QStringLiteral("--medium"), QStringLiteral("9M"),
                 QStringLiteral("--ecc"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("error-correction data"), r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject ecc = report.value(QStringLiteral("ecc")).toObject();
        QCOMPARE(ecc.value(QStringLiteral("state")).toString(), QStringLiteral("added"));
        const int roots = ecc.value(QStringLiteral("roots")).toInt();
        QVERIFY(roots >= 8 && roots <= 170);
        const qint64 imageBytes = QFileInfo(plain).size();
        QCOMPARE(report.value(QStringLiteral("imageBytes")).toInteger(), imageBytes);
        QCOMPARE(ecc.value(QStringLiteral("imageBytes")).toInteger(), imageBytes);
        const qint64 total = QFileInfo(out).size();
        QCOMPARE(ecc.value(QStringLiteral("totalBytes")).toInteger(), total);
        QCOMPARE(ecc.value(QStringLiteral("addedBytes")).toInteger(), total - imageBytes);
        QCOMPARE(report.value(QStringLiteral("fileBytes")).toInteger(), total);
        QVERIFY2(total <= 9000000 && total > 8000000, qPrintable(QString::number(total)));
        // The image is the one built without --ecc, the data only after it.
        QCOMPARE(sha256OfPrefix(out, imageBytes), sha256Of(plain));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
        QVERIFY(isoinfoFiles(out).contains("/docs/note.txt"));
        QCOMPARE(isoinfoFiles(out), isoinfoFiles(plain));
        QCOMPARE(xorrisoFiles(out), xorrisoFiles(plain));
        QVERIFY(xorrisoFiles(out).contains("random.bin"));
        checkWithDvdisaster(out, roots);
    }

    // --ecc=20: at least 20% redundancy (ecc layers against data layers), as dvdisaster counts.
    void buildToFileWithPercent()
    {
        const QString out = path(QStringLiteral("built-20.iso"));
        const Run r =
            cli({QStringLiteral("build"), m_iso, QStringLiteral("--output"), out,
                 QStringLiteral("--ecc=20"), QStringLiteral("--progress"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, r.err.constData());
        bool sawPhase = false;
        for (const QByteArray &line : r.out.split('\n'))
            sawPhase = sawPhase || line.contains("\"phase\":\"Computing error-correction data\"");
        QVERIFY(sawPhase);
        const QJsonObject report = lastJsonLine(r.out);
        QCOMPARE(report.value(QStringLiteral("type")).toString(), QStringLiteral("report"));
        const QJsonObject ecc = report.value(QStringLiteral("ecc")).toObject();
        QVERIFY(ecc.value(QStringLiteral("redundancyPercent")).toDouble() >= 20.0);
        // 43 roots of 255 at least; whole sectors per layer may leave room for a few more.
        const int roots = ecc.value(QStringLiteral("roots")).toInt();
        QVERIFY2(roots >= 43, qPrintable(QString::number(roots)));
        checkWithDvdisaster(out, roots);
    }

    // A target too small for the image and its data: refused before anything is written.
    void buildTooLargeRefused()
    {
        const QString out = path(QStringLiteral("built-too-large.iso"));
        const Run r =
            cli({QStringLiteral("build"), m_tree, QStringLiteral("--output"), out,
                 QStringLiteral("--medium"), QStringLiteral("7M"), QStringLiteral("--ecc=50")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Choose less redundancy"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
    }

    // burn --ecc=20 to a blank CD-R: the disc holds the image, then the data; dvdisaster tests
    // the disc's image as good; the image file is unchanged, the temporary data gone.
    void burnToCdrWithPercent()
    {
        const QByteArray imageSha = sha256Of(m_iso);
        const qint64 imageBytes = QFileInfo(m_iso).size();
        const QString disc = path(QStringLiteral("cdr.iso"));
        const Run r =
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(disc),
                 QStringLiteral("--medium"), QStringLiteral("cd-r"), QStringLiteral("--ecc=20"),
                 QStringLiteral("--verify"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Computing the error-correction data into " + m_cache.toUtf8()),
                 r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
        const QJsonObject ecc = report.value(QStringLiteral("ecc")).toObject();
        QCOMPARE(ecc.value(QStringLiteral("state")).toString(), QStringLiteral("added"));
        QVERIFY(ecc.value(QStringLiteral("redundancyPercent")).toDouble() >= 20.0);
        QCOMPARE(ecc.value(QStringLiteral("imageBytes")).toInteger(), imageBytes);
        QCOMPARE(QFileInfo(disc).size(), ecc.value(QStringLiteral("totalBytes")).toInteger());
        QCOMPARE(sha256OfPrefix(disc, imageBytes), imageSha);
        QCOMPARE(sha256Of(m_iso), imageSha);
        QCOMPARE(cacheLeftovers(), QStringList());
        checkWithDvdisaster(disc, ecc.value(QStringLiteral("roots")).toInt());
        QCOMPARE(isoinfoFiles(disc), isoinfoFiles(m_iso));
    }

    // "fill" on a blank disc of a given size: as much data as it holds (255 whole layers).
    void burnFillsSizedDisc()
    {
        const QString disc = path(QStringLiteral("sized.iso"));
        const Run r =
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(disc),
                 QStringLiteral("--medium"), QStringLiteral("9M"), QStringLiteral("--ecc"),
                 QStringLiteral("--progress"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = lastJsonLine(r.out);
        QCOMPARE(report.value(QStringLiteral("type")).toString(), QStringLiteral("report"));
        const QJsonObject ecc = report.value(QStringLiteral("ecc")).toObject();
        const qint64 total = QFileInfo(disc).size();
        QCOMPARE(total, ecc.value(QStringLiteral("totalBytes")).toInteger());
        // Within the last layer of 255 of the 9 MB (its whole sectors).
        QVERIFY2(total <= 9000000 && total > 9000000 - 2 * 255 * 2048,
                 qPrintable(QString::number(total)));
        bool sawTemporary = false;
        for (const QByteArray &line : r.out.split('\n'))
            sawTemporary = sawTemporary || line.contains("\"type\":\"temporaryFile\"");
        QVERIFY(sawTemporary);
        QCOMPARE(sha256OfPrefix(disc, QFileInfo(m_iso).size()), sha256Of(m_iso));
        QCOMPARE(cacheLeftovers(), QStringList());
        checkWithDvdisaster(disc, ecc.value(QStringLiteral("roots")).toInt());
    }

    // The image with its data would not fit: refused before the disc is touched.
    void burnTooLargeRefusedUntouched()
    {
        const QString disc = path(QStringLiteral("small-disc.iso"));
        const Run r =
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(disc),
                 QStringLiteral("--medium"), QStringLiteral("7M"), QStringLiteral("--ecc=50")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Choose less redundancy"), r.err.constData());
        QVERIFY(!QFileInfo::exists(disc));
        // Not even room for the fewest roots.
        const qint64 imageBytes = QFileInfo(m_iso).size();
        const Run fill = cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(disc),
                              QStringLiteral("--medium"), QString::number(imageBytes + 4 * 2048),
                              QStringLiteral("--ecc")});
        QCOMPARE(fill.code, 1);
        QVERIFY2(fill.err.contains("too little room"), fill.err.constData());
        QVERIFY(!QFileInfo::exists(disc));
        QCOMPARE(cacheLeftovers(), QStringList());
    }

    // A compressed image cannot be read in any order: it is decompressed to the cache first
    // (said so, with the path), the disc gets the image and its data, and the temporary files
    // are gone afterwards. Too large for the disc: refused before anything is decompressed.
    void compressedImageDecompressedFirst()
    {
        const QByteArray imageSha = sha256Of(m_iso);
        const qint64 imageBytes = QFileInfo(m_iso).size();
        const QString xz = compressFile(m_iso, QStringLiteral("xz"), m_iso + QStringLiteral(".xz"));
        QVERIFY(!xz.isEmpty());
        const QByteArray xzSha = sha256Of(xz);
        const QString disc = path(QStringLiteral("xz-disc.iso"));
        const QJsonObject ecc =
            eccToDisc(QStringLiteral("burn"), xz, disc,
                      "a compressed image cannot give: decompressing it to " + m_cache.toUtf8());
        QVERIFY(!ecc.isEmpty());
        QCOMPARE(ecc.value(QStringLiteral("imageBytes")).toInteger(), imageBytes);
        QCOMPARE(sha256OfPrefix(disc, imageBytes), imageSha);
        QCOMPARE(sha256Of(xz), xzSha); // the source is never modified
        QCOMPARE(cacheLeftovers(), QStringList());
        checkWithDvdisaster(disc, ecc.value(QStringLiteral("roots")).toInt());

        const QString small = path(QStringLiteral("xz-small.iso"));
        const Run refused =
            cli({QStringLiteral("burn"), xz, QStringLiteral("--drive"), stdio(small),
                 QStringLiteral("--medium"), QStringLiteral("1M"), QStringLiteral("--ecc=20")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(!refused.err.contains("decompressing it to"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(small) || QFileInfo(small).size() == 0);
        QCOMPARE(cacheLeftovers(), QStringList());
    }

    // An image that carries RS03 data already is burned as it is, with a note.
    void protectedImageBurnedAsItIs()
    {
        const QString image = path(QStringLiteral("built-20.iso"));
        QVERIFY(QFileInfo::exists(image)); // from buildToFileWithPercent
        const QString disc = path(QStringLiteral("as-is.iso"));
        const Run r = cli({QStringLiteral("burn"), image, QStringLiteral("--drive"), stdio(disc),
                           QStringLiteral("--medium"), QStringLiteral("cd-r"),
                           QStringLiteral("--ecc"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("already carries dvdisaster RS03 error-correction data"),
                 r.err.constData());
        const QJsonObject ecc =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ecc")).toObject();
        QCOMPARE(ecc.value(QStringLiteral("state")).toString(), QStringLiteral("alreadyPresent"));
        QCOMPARE(runTool(QStringLiteral("cmp"), {image, disc}), 0);
        QCOMPARE(cacheLeftovers(), QStringList());
    }

    // A burn that fails after the data was computed (the second copy is not confirmed) and one
    // cancelled while writing leave no temporary file behind.
    void temporaryDataGoneAfterFailureAndCancel()
    {
        const QString disc = path(QStringLiteral("copies.iso"));
        const Run r =
            cli({QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(disc),
                 QStringLiteral("--medium"), QStringLiteral("cd-r"), QStringLiteral("--ecc=20"),
                 QStringLiteral("--copies"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Stopped after 1 of 2 copies"), r.err.constData());
        QVERIFY2(r.err.contains("Computing the error-correction data"), r.err.constData());
        QCOMPARE(cacheLeftovers(), QStringList());

        // Slowed down to 1 MB/s (a test hook), the burn is cancelled while it writes.
        const QString slow = path(QStringLiteral("cancelled.iso"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SPINDLE_SOURCE_RATE_LIMIT"), QStringLiteral("1000000"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SPINDLE_CLI),
                {QStringLiteral("burn"), m_iso, QStringLiteral("--drive"), stdio(slow),
                 QStringLiteral("--medium"), QStringLiteral("cd-r"), QStringLiteral("--ecc=20"),
                 QStringLiteral("--progress"), QStringLiteral("plain")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Writing"), 60000);
        QVERIFY(!cacheLeftovers().isEmpty()); // the data is there while the burn runs
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QCOMPARE(cacheLeftovers(), QStringList());
    }

    // build --ecc straight to a disc: the new image goes to a temporary file first (said in one
    // line), the disc gets image and data, and the temporary files are gone afterwards.
    void buildToDriveWithEcc()
    {
        const QString disc = path(QStringLiteral("built-disc.iso"));
        const QJsonObject ecc = eccToDisc(
            QStringLiteral("build"), m_tree, disc,
            "Error correction needs the whole image first: writing it to " + m_cache.toUtf8());
        QVERIFY(!ecc.isEmpty());
        QVERIFY(isoinfoFiles(disc).contains("/docs/note.txt"));
        QVERIFY(xorrisoFiles(disc).contains("random.bin"));
        QCOMPARE(cacheLeftovers(), QStringList());
        checkWithDvdisaster(disc, ecc.value(QStringLiteral("roots")).toInt());

        // A blank disc too small for the image and its data: refused before the image is
        // written out.
        const QString small = path(QStringLiteral("built-small-disc.iso"));
        const Run refused =
            cli({QStringLiteral("build"), m_tree, QStringLiteral("--drive"), stdio(small),
                 QStringLiteral("--medium"), QStringLiteral("7M"), QStringLiteral("--ecc=50")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("Choose less redundancy"), refused.err.constData());
        QVERIFY2(!refused.err.contains("whole image first"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(small));
        QCOMPARE(cacheLeftovers(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliEccBurn)
#include "tst_cli_eccburn.moc"
