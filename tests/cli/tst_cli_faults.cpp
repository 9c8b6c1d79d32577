#include "badsectordisc.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Spindle::Test;

// spindle-cli facing hostile input and faults as a script sees them: failures in JSON modes
// are JSON, names from a disc cannot forge terminal output, absurd sizes are refused as such,
// a build from a source that cannot be read in full fails (or, asked to, finishes with exit
// code 3), and a signal at any time ends with exit code 130 and nothing left behind.
class TestCliFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso;       // a small image made by xorriso
    QString m_truncated; // its first sectors only: a volume descriptor and no tree
    QString m_hostile;   // Rock Ridge names holding a newline and a "clear screen" sequence

    static ProcessRun cli(const QStringList &args)
    {
        return runProcess(QStringLiteral(SPINDLE_CLI), args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The result object of a failure printed in a JSON mode: {"result": {...}} for --json,
    // a line {"type": "result", ...} for --progress json.
    static QJsonObject failureObject(const QByteArray &out, bool lines)
    {
        if (!lines)
            return QJsonDocument::fromJson(out).object().value(QStringLiteral("result")).toObject();
        const QList<QByteArray> all = out.trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(all.last()).object();
        return last.value(QStringLiteral("type")).toString() == QLatin1String("result")
                   ? last
                   : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeIso(m_dir.path(), QStringLiteral("small.iso"), QStringLiteral("SMALL"),
                        {QStringLiteral("a.txt=hello\n"), QStringLiteral("d/b.txt=world\n")});
        QVERIFY(!m_iso.isEmpty());
        m_truncated = path(QStringLiteral("truncated.iso"));
        QFile truncated(m_truncated);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(readAll(m_iso).left(17 * 2048));
        truncated.close();

        const QString plain = path(QStringLiteral("plain.txt"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hi\n");
        f.close();
        m_hostile = path(QStringLiteral("hostile.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-outdev"), m_hostile, QStringLiteral("-map"), plain,
                          QStringLiteral("/a\nb"), QStringLiteral("-map"), plain,
                          QStringLiteral("/c\x1b[2Jd")}),
                 0);
    }

    // Issue 16, item 12: a script that asked for JSON gets JSON when things go wrong too.
    void jsonFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("lines");
        const QString missing = path(QStringLiteral("missing.iso"));
        QTest::newRow("ls missing")
            << QStringList{QStringLiteral("ls"), QStringLiteral("--json"), missing} << 1 << false;
        QTest::newRow("ls truncated")
            << QStringList{QStringLiteral("ls"), QStringLiteral("--json"), m_truncated} << 1
            << false;
        QTest::newRow("titles missing")
            << QStringList{QStringLiteral("titles"), QStringLiteral("--json"), missing} << 1
            << false;
        QTest::newRow("titles not a DVD")
            << QStringList{QStringLiteral("titles"), QStringLiteral("--json"), m_iso} << 1 << false;
        QTest::newRow("info no drive")
            << QStringList{QStringLiteral("info"), QStringLiteral("--json"),
                           QStringLiteral("--drive"), QStringLiteral("/dev/spindle-no-such-drive")}
            << 1 << false;
        QTest::newRow("ls usage") << QStringList{QStringLiteral("ls"), QStringLiteral("--json"),
                                                 m_iso, m_iso}
                                  << 2 << false;
        QTest::newRow("build missing, json progress")
            << QStringList{QStringLiteral("build"),      missing,
                           QStringLiteral("--output"),   path(QStringLiteral("never.iso")),
                           QStringLiteral("--progress"), QStringLiteral("json")}
            << 1 << true;
        QTest::newRow("read --json, no drive")
            << QStringList{QStringLiteral("read"),
                           QStringLiteral("--drive"),
                           QStringLiteral("/dev/spindle-no-such-drive"),
                           QStringLiteral("--output"),
                           path(QStringLiteral("never2.iso")),
                           QStringLiteral("--json")}
            << 1 << false;
    }
    void jsonFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(bool, lines);
        const ProcessRun r = cli(args);
        QCOMPARE(r.code, code);
        const QJsonObject result = failureObject(r.out, lines);
        QVERIFY2(!result.isEmpty(), r.out.constData());
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(message));
    }

    // Issue 16, item 12: with --progress json every line on stdout is JSON, the final report
    // included.
    void readJsonProgressIsOnlyJson_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("progress json") << false;
        QTest::newRow("progress json and --json") << true;
    }
    void readJsonProgressIsOnlyJson()
    {
        QFETCH(bool, json);
        const QString image =
            path(json ? QStringLiteral("read-j.iso") : QStringLiteral("read.iso"));
        QStringList args{QStringLiteral("read"),
                         QStringLiteral("--drive"),
                         QStringLiteral("stdio:") + m_iso,
                         QStringLiteral("--output"),
                         image,
                         QStringLiteral("--progress"),
                         QStringLiteral("json")};
        if (json)
            args << QStringLiteral("--json");
        const ProcessRun r = cli(args);
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        }
        // The checksum the text mode printed is still there, as JSON.
        const QJsonObject report = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(report.value(QStringLiteral("type")).toString(), QStringLiteral("report"));
        QCOMPARE(report.value(QStringLiteral("sha256")).toString().size(), 64);
    }

    // Issue 16, item 13: names with control characters are escaped on the terminal and exact
    // in JSON.
    void lsEscapesControlCharacters()
    {
        const ProcessRun r = cli({QStringLiteral("ls"), m_hostile});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("/a\\nb\n/c\\x1b[2Jd\n"));

        const ProcessRun longRun = cli({QStringLiteral("ls"), QStringLiteral("--long"), m_hostile});
        QCOMPARE(longRun.code, 0);
        QVERIFY(!longRun.out.contains('\x1b'));
        QCOMPARE(longRun.out.count('\n'), 2);
        QVERIFY(longRun.out.contains("/a\\nb\n"));

        const ProcessRun json = cli({QStringLiteral("ls"), QStringLiteral("--json"), m_hostile});
        QCOMPARE(json.code, 0);
        QStringList paths;
        const QJsonArray entries =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &v : entries)
            paths << v.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(paths, (QStringList{QStringLiteral("/a\nb"), QStringLiteral("/c\x1b[2Jd")}));
    }

    // Issue 16, item 13: names in error messages (a file's name here, a folder's name from a
    // disc elsewhere) are escaped on the terminal too, and exact in JSON.
    void errorsEscapeControlCharacters()
    {
        const QString name = path(QStringLiteral("evil\x1b[2J\nError: forged.iso"));
        const ProcessRun r = cli({QStringLiteral("ls"), name});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
        QVERIFY2(r.err.contains("evil\\x1b[2J\\nError: forged.iso"), r.err.constData());
        QVERIFY2(!r.err.contains("\nError: forged"), r.err.constData());

        const ProcessRun json = cli({QStringLiteral("ls"), QStringLiteral("--json"), name});
        QCOMPARE(json.code, 1);
        const QString message =
            failureObject(json.out, false).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("evil\x1b[2J\nError: forged.iso")),
                 qPrintable(message));
    }

    // The same for a Rock Ridge folder name from an image, in the message about its damage:
    // the one folder of the root made to point past the volume's end.
    void errorsEscapeNamesFromImages()
    {
        const QString plain = path(QStringLiteral("plain.txt"));
        const QString damaged = path(QStringLiteral("damaged-name.iso"));
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-outdev"), damaged, QStringLiteral("-map"), plain,
                          QStringLiteral("/c\x1b[2Jd/f.txt")}),
                 0);
        QByteArray image = readAll(damaged);
        const auto le32 = [&image](qint64 at) {
            return quint32(quint8(image[at])) | quint32(quint8(image[at + 1])) << 8 |
                   quint32(quint8(image[at + 2])) << 16 | quint32(quint8(image[at + 3])) << 24;
        };
        const qint64 root = qint64(le32(16 * 2048 + 156 + 2)) * 2048;
        const qint64 dot = quint8(image[root]);
        const qint64 folder = root + dot + quint8(image[root + dot]); // after "." and ".."
        QVERIFY(quint8(image[folder + 25]) & 0x02);
        const quint32 pastEnd = le32(16 * 2048 + 80) + 10;
        for (int i = 0; i < 4; ++i) { // both-endian (ECMA-119 7.3.3)
            image[folder + 2 + i] = char(pastEnd >> (8 * i));
            image[folder + 9 - i] = char(pastEnd >> (8 * i));
        }
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(image);
        out.close();
        const ProcessRun r = cli({QStringLiteral("ls"), damaged});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("/c\\x1b[2Jd in the image is damaged"), r.err.constData());
        QVERIFY(!r.err.contains('\x1b'));
        const ProcessRun json = cli({QStringLiteral("ls"), QStringLiteral("--json"), damaged});
        QVERIFY(failureObject(json.out, false)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("/c\x1b[2Jd in the image")));
    }

    // A job's own failure (printed by the job runner, not printError) names a file from the
    // image: extracting onto a folder that already holds a file of that name.
    void jobFailuresEscapeNames()
    {
        const QString plain = path(QStringLiteral("plain.txt"));
        const QString image = path(QStringLiteral("escname.iso"));
        const QString hostile = QStringLiteral("x\x1b[2J\nError: forged");
        QCOMPARE(runTool(QStringLiteral(SPINDLE_XORRISO),
                         {QStringLiteral("-outdev"), image, QStringLiteral("-map"), plain,
                          QLatin1Char('/') + hostile}),
                 0);
        const QString target = path(QStringLiteral("escout"));
        QVERIFY(QDir().mkpath(target));
        QFile existing(target + QLatin1Char('/') + hostile);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        const ProcessRun r =
            cli({QStringLiteral("extract"), image, QStringLiteral("--output"), target});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
        QVERIFY2(r.err.contains("x\\x1b[2J\\nError: forged"), r.err.constData());
    }

    // Issue 16, item 6: a file that should be an image but holds no ISO 9660 volume is refused
    // by ls and build (instead of listing or wrapping it as a file) and only --add wraps it.
    void notIso9660Sources_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // empty: a UDF-only image made by mkudffs
        QTest::addColumn<QString>("message");
        QByteArray patched = readAll(m_iso);
        patched.replace(16 * 2048 + 1, 5, "CDXXX");
        const QString notImage = QStringLiteral("not a disc image");
        QTest::newRow("random bytes")
            << QStringLiteral("random.iso") << randomBytes(1 << 20, 6) << notImage;
        QTest::newRow("broken magic") << QStringLiteral("patched.iso") << patched << notImage;
        QTest::newRow("plain file as SOURCE")
            << QStringLiteral("notes.txt") << QByteArray("hi\n") << notImage;
        QTest::newRow("UDF only") << QStringLiteral("udf.iso") << QByteArray()
                                  << QStringLiteral("UDF only: not supported as a source yet");
    }
    void notIso9660Sources()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("notiso/") + name);
        QVERIFY(QDir().mkpath(path(QStringLiteral("notiso"))));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (bytes.isEmpty()) {
            QVERIFY(f.resize(4 * 1024 * 1024));
            f.close();
            QString mkudffs = QStandardPaths::findExecutable(QStringLiteral("mkudffs"));
            if (mkudffs.isEmpty())
                mkudffs = QStandardPaths::findExecutable(QStringLiteral("mkudffs"),
                                                         {QStringLiteral("/usr/sbin")});
            QVERIFY2(!mkudffs.isEmpty(), "mkudffs is needed (installer/debian-packages.txt)");
            QCOMPARE(runProcess(mkudffs, {QStringLiteral("-b"), QStringLiteral("2048"),
                                          QStringLiteral("--media-type=hd"), file})
                         .code,
                     0);
        } else {
            f.write(bytes);
            f.close();
        }
        const ProcessRun ls = cli({QStringLiteral("ls"), file});
        QCOMPARE(ls.code, 1);
        QVERIFY2(ls.out.isEmpty(), ls.out.constData());
        QVERIFY2(QString::fromUtf8(ls.err).contains(message), ls.err.constData());
        QVERIFY2(ls.err.contains("--add"), ls.err.constData());

        const QString out = path(QStringLiteral("notiso/wrapped-") + name + QStringLiteral(".iso"));
        const ProcessRun build =
            cli({QStringLiteral("build"), file, QStringLiteral("--output"), out});
        QCOMPARE(build.code, 1);
        QVERIFY2(QString::fromUtf8(build.err).contains(message), build.err.constData());
        QVERIFY(!QFile::exists(out));

        // Asked for explicitly, the file goes into the new image as a file.
        const ProcessRun added =
            cli({QStringLiteral("build"), m_iso, QStringLiteral("--add"),
                 file + QStringLiteral("=/wrapped"), QStringLiteral("--output"), out});
        QCOMPARE(added.code, 0);
        const ProcessRun listed = cli({QStringLiteral("ls"), out});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains("/wrapped/" + name.toUtf8() + '\n'), listed.out.constData());
    }

    // Issue 16, item 14.
    void hugeMediumIsTooLarge()
    {
        const ProcessRun r = cli({QStringLiteral("info"), QStringLiteral("--drive"),
                                  QStringLiteral("stdio:") + path(QStringLiteral("virtual.iso")),
                                  QStringLiteral("--medium"), QStringLiteral("99999999999999G")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("99999999999999G is too large for a medium size."),
                 r.err.constData());
        QVERIFY(!r.err.contains("2048"));
    }

    // Issue 16, item 8: extracting onto a full disk (a 1.5 MiB tmpfs, which needs root) or past
    // the file size limit (prlimit) names the cause, exits 1 and leaves no partial file, under
    // its own name or a temporary one.
    void extractOntoFullDisk()
    {
        const QString src = path(QStringLiteral("bigsrc"));
        QDir().mkpath(src);
        QFile big(src + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(3000000, 'x'));
        big.close();
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        QVERIFY(!prlimit.isEmpty());
        const QString limitedOut = path(QStringLiteral("limited"));
        const ProcessRun limited =
            runProcess(prlimit, {QStringLiteral("--fsize=1000000"), QStringLiteral(SPINDLE_CLI),
                                 QStringLiteral("extract"), src, QStringLiteral("--output"),
                                 limitedOut, QStringLiteral("--progress"), QStringLiteral("none")});
        QCOMPARE(limited.code, 1);
        QVERIFY2(limited.err.contains("big.bin is too large for the file system holding"),
                 limited.err.constData());
        QVERIFY(QDir(limitedOut).entryList(QDir::Files | QDir::Hidden).isEmpty());

        const QString mnt = path(QStringLiteral("full"));
        QDir().mkpath(mnt);
        if (runTool(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=1536k"), QStringLiteral("tmpfs"), mnt}) != 0)
            QSKIP("mounting a tmpfs needs root");
        const ProcessRun full = cli({QStringLiteral("extract"), src, QStringLiteral("--output"),
                                     mnt, QStringLiteral("--progress"), QStringLiteral("none")});
        const QStringList left = QDir(mnt).entryList(QDir::Files | QDir::Hidden);
        runTool(QStringLiteral("umount"), {mnt});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains("The disk holding " + mnt.toUtf8() + " is full: free at least"),
                 full.err.constData());
        QVERIFY(!full.err.contains("No such file"));
        QVERIFY(left.isEmpty());
    }

    // Issue 16, item 3: a build from an image whose last file is cut off (a truncated download)
    // fails naming the file, with nothing left behind; --skip-unreadable writes it with zeros in
    // that file, lists it and exits 3; a direct burn is refused before the disc is touched.
    void buildFromTruncatedImage()
    {
        const QString big = QString(600000, QLatin1Char('z'));
        const QString iso =
            makeIso(m_dir.path(), QStringLiteral("cut-source.iso"), QStringLiteral("CUT"),
                    {QStringLiteral("a.txt=hello\n"), QStringLiteral("z.txt=") + big});
        QVERIFY(!iso.isEmpty());
        const qint64 a = fileStartBlock(iso, QStringLiteral("/a.txt"));
        const qint64 z = fileStartBlock(iso, QStringLiteral("/z.txt"));
        QVERIFY(a > 0 && z > a);
        const QString cut = path(QStringLiteral("cut.iso"));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(readAll(iso).left((z + 100) * 2048)); // z.txt holds 293 blocks
        file.close();

        const QString out = path(QStringLiteral("from-cut.iso"));
        const ProcessRun failed =
            cli({QStringLiteral("build"), cut, QStringLiteral("--output"), out});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("/z.txt"), failed.err.constData());
        QVERIFY2(!failed.err.contains("/a.txt"), failed.err.constData());
        QVERIFY2(failed.err.contains("--skip-unreadable"), failed.err.constData());
        QVERIFY2(!failed.err.contains("libisofs"), failed.err.constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        const ProcessRun skipped = cli({QStringLiteral("build"), cut, QStringLiteral("--output"),
                                        out, QStringLiteral("--skip-unreadable")});
        QCOMPARE(skipped.code, 3);
        QVERIFY2(skipped.err.contains("Damaged file: /z.txt"), skipped.err.constData());
        QVERIFY(!skipped.err.contains("Damaged file: /a.txt"));
        QVERIFY(QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        // isoinfo reads both files back: a.txt whole, z.txt its first blocks, then zeros.
        QByteArray text;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-R"), QStringLiteral("-i"), out, QStringLiteral("-x"),
                          QStringLiteral("/a.txt")},
                         &text),
                 0);
        QCOMPARE(text, QByteArray("hello\n"));
        QByteArray zData;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-R"), QStringLiteral("-i"), out, QStringLiteral("-x"),
                          QStringLiteral("/z.txt")},
                         &zData),
                 0);
        QCOMPARE(zData.size(), big.size());
        QCOMPARE(zData.left(2048), QByteArray(2048, 'z'));
        QCOMPARE(zData.right(2048), QByteArray(2048, '\0'));

        // A direct burn: refused before writing; going on is for files only.
        const QString disc = path(QStringLiteral("cut-disc.iso"));
        const ProcessRun burned = cli({QStringLiteral("build"), cut, QStringLiteral("--drive"),
                                       QStringLiteral("stdio:") + disc});
        QCOMPARE(burned.code, 1);
        QVERIFY2(burned.err.contains("/z.txt"), burned.err.constData());
        QVERIFY(!QFile::exists(disc) || QFileInfo(disc).size() == 0);
        const ProcessRun usage =
            cli({QStringLiteral("build"), cut, QStringLiteral("--drive"),
                 QStringLiteral("stdio:") + disc, QStringLiteral("--skip-unreadable")});
        QCOMPARE(usage.code, 2);
        QVERIFY2(usage.err.contains("--skip-unreadable needs --output"), usage.err.constData());
    }

    // Issue 16, item 3: a directory record patched so that a file's extent lies past the end.
    void buildWithExtentPastTheEnd()
    {
        const QString iso =
            makeIso(m_dir.path(), QStringLiteral("patch-source.iso"), QStringLiteral("PATCH"),
                    {QStringLiteral("a.txt=hello\n"), QStringLiteral("b.txt=bye\n")});
        QVERIFY(!iso.isEmpty());
        const qint64 b = fileStartBlock(iso, QStringLiteral("/b.txt"));
        QVERIFY(b > 0);
        QByteArray bytes = readAll(iso);
        // The both-endian extent location and length (4 bytes) of b.txt's directory record.
        QByteArray record(16, '\0');
        qToLittleEndian(quint32(b), record.data());
        qToBigEndian(quint32(b), record.data() + 4);
        qToLittleEndian(quint32(4), record.data() + 8);
        qToBigEndian(quint32(4), record.data() + 12);
        const qsizetype at = bytes.indexOf(record);
        QVERIFY(at > 0);
        const quint32 past = quint32(bytes.size() / 2048 + 50);
        qToLittleEndian(past, bytes.data() + at);
        qToBigEndian(past, bytes.data() + at + 4);
        const QString patched = path(QStringLiteral("patched.iso"));
        QFile file(patched);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        const QString out = path(QStringLiteral("from-patched.iso"));
        const ProcessRun failed =
            cli({QStringLiteral("build"), patched, QStringLiteral("--output"), out});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("/b.txt"), failed.err.constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        const ProcessRun skipped =
            cli({QStringLiteral("build"), patched, QStringLiteral("--output"), out,
                 QStringLiteral("--skip-unreadable")});
        QCOMPARE(skipped.code, 3);
        QVERIFY2(skipped.err.contains("Damaged file: /b.txt"), skipped.err.constData());
        QByteArray listing;
        QCOMPARE(runTool(QStringLiteral("isoinfo"),
                         {QStringLiteral("-R"), QStringLiteral("-f"), QStringLiteral("-i"), out},
                         &listing),
                 0);
        QVERIFY2(listing.contains("/a.txt") && listing.contains("/b.txt"), listing.constData());
    }

    // Issue 16, item 15: a signal while the tree loads (here: an archive that is a FIFO
    // nobody writes, so loading blocks deterministically) ends with 130, not death by signal,
    // and no output.
    void signalWhileLoading_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalWhileLoading()
    {
        QFETCH(int, signal);
        const QString fifo = path(QStringLiteral("slow-%1.tar").arg(signal));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString output = path(QStringLiteral("loading-%1.iso").arg(signal));
        QProcess p;
        p.start(QStringLiteral(SPINDLE_CLI),
                {QStringLiteral("build"), fifo, QStringLiteral("--output"), output});
        QVERIFY(p.waitForStarted());
        // Opening the write end succeeds only once spindle-cli has opened the FIFO to read:
        // from then on it waits for data inside the tree loading.
        int writer = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            (writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK)) >= 0,
            10000);
        QTest::qWait(200);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), signal);
        const bool finished = p.waitForFinished(10000);
        ::close(writer);
        QVERIFY(finished);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QFile::exists(output + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
