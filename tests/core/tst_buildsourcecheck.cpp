#include "badsectordisc.h"
#include "fixtures.h"
#include "iso/imageoptions.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "project/imagesourcefactory.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "tree/sourcespec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Spindle;
using namespace Spindle::Test;

// Issue 16, item 3: a new image made from a source whose files cannot be read in full (a
// truncated image, a file extent patched to point past the end, a sector that fails with EIO
// while the image is written) fails, naming the files, instead of holding zeros silently; told
// to go on (ImageOptions::skipUnreadable) it finishes with the files listed. Sources are made by
// xorriso and damaged by the test; results are read back with xorriso.
class TestBuildSourceCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_iso; // a.txt (100 kB), d/z.txt (1 MB), small.txt, made by xorriso
    QList<FileExtent> m_extents;
    QHash<QString, QString> m_variant; // row name -> damaged copy of m_iso
    QHash<QString, QStringList> m_damaged;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    FileExtent extent(const QString &file) const
    {
        for (const FileExtent &e : m_extents) {
            if (e.path == file)
                return e;
        }
        return {};
    }

    static QByteArray record(quint32 lba, quint32 size)
    {
        // Both-endian extent location and data length, as in an ISO 9660 directory record.
        QByteArray r(16, '\0');
        qToLittleEndian(lba, r.data());
        qToBigEndian(lba, r.data() + 4);
        qToLittleEndian(size, r.data() + 8);
        qToBigEndian(size, r.data() + 12);
        return r;
    }

    // A copy of m_iso with the directory record of `file` given a new extent.
    QString patched(const QString &name, const QString &file, quint32 lba, quint32 size)
    {
        QByteArray bytes = readAll(m_iso);
        const FileExtent e = extent(file);
        const QByteArray old = record(quint32(e.startBlock), quint32(fileSize(file)));
        const qsizetype at = bytes.indexOf(old);
        if (at < 0 || bytes.indexOf(old, at + 1) >= 0)
            return {}; // exactly one record (no Joliet tree) is expected
        bytes.replace(at, old.size(), record(lba, size));
        return write(name, bytes);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

    qint64 fileSize(const QString &file) const
    {
        return QFileInfo(path(QStringLiteral("root-source.iso")) + file).size();
    }

    static std::shared_ptr<const ImageTree> load(const QString &source)
    {
        auto spec = SourceSpec::parse(source);
        if (!spec)
            return {};
        auto loaded = loadImageTree({spec.value()});
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return {};
        }
        return loaded.value().tree;
    }

    struct Outcome
    {
        JobResult result;
        QStringList warnings;
    };

    static Outcome build(const QString &source, const QString &out, bool skip,
                         const Selection &selection = {})
    {
        Outcome outcome;
        const auto tree = load(source);
        if (!tree)
            return outcome;
        ImageOptions options;
        options.skipUnreadable = skip;
        BuildImageJob job({newImageSourceFactory(tree, selection, options), out, -1, true});
        QMutex lock; // logMessage comes from the job's thread
        QObject::connect(
            &job, &Job::logMessage, &job,
            [&](Severity s, const QString &text) {
                const QMutexLocker locker(&lock);
                if (s == Severity::Warning)
                    outcome.warnings << text;
            },
            Qt::DirectConnection);
        job.start();
        job.wait();
        outcome.result = job.result();
        return outcome;
    }

    // xorriso's view of an image: every file's path and bytes, extracted by osirrox.
    QHash<QString, QByteArray> extracted(const QString &iso)
    {
        const QString dir = iso + QStringLiteral(".x");
        QByteArray log;
        runTool(QStringLiteral(SPINDLE_XORRISO),
                {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso,
                 QStringLiteral("-extract"), QStringLiteral("/"), dir},
                &log);
        QHash<QString, QByteArray> files;
        for (const FileExtent &e : fileExtents(iso))
            files.insert(e.path, readAll(dir + e.path));
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(haveTool(SPINDLE_XORRISO));
        m_iso = makeIso(m_dir.path(), QStringLiteral("source.iso"), QStringLiteral("SRC"),
                        {QStringLiteral("a.txt=") + QString(100000, QLatin1Char('a')),
                         QStringLiteral("d/z.txt=") + QString(1000000, QLatin1Char('z')),
                         QStringLiteral("small.txt=hi\n")});
        QVERIFY(!m_iso.isEmpty());
        m_extents = fileExtents(m_iso);
        QCOMPARE(m_extents.size(), 3);
        const qint64 blocks = QFileInfo(m_iso).size() / 2048;
        const FileExtent z = extent(QStringLiteral("/d/z.txt"));
        QVERIFY(z.blocks > 100);

        // (a) Cut in the middle of z.txt's data: it and every file after it lie past the end.
        const qint64 cut = z.startBlock + z.blocks / 2;
        m_variant[QStringLiteral("truncated")] =
            write(QStringLiteral("truncated.iso"), readAll(m_iso).left(cut * 2048));
        for (const FileExtent &e : std::as_const(m_extents)) {
            if (e.startBlock + e.blocks > cut)
                m_damaged[QStringLiteral("truncated")] << e.path;
        }
        QVERIFY(m_damaged[QStringLiteral("truncated")].contains(QStringLiteral("/d/z.txt")));
        // The same as a virtual disc, which reads as zeros past its end instead of failing.
        m_variant[QStringLiteral("truncated virtual disc")] =
            QStringLiteral("stdio:") + m_variant[QStringLiteral("truncated")];
        m_damaged[QStringLiteral("truncated virtual disc")] =
            m_damaged[QStringLiteral("truncated")];
        QVERIFY(!m_damaged[QStringLiteral("truncated")].contains(QStringLiteral("/a.txt")));

        // (b) a.txt's directory record patched: its extent starts past the end, or runs past it.
        const QString a = QStringLiteral("/a.txt");
        m_variant[QStringLiteral("extent moved")] =
            patched(QStringLiteral("moved.iso"), a, quint32(blocks + 100), quint32(fileSize(a)));
        m_variant[QStringLiteral("extent too long")] =
            patched(QStringLiteral("long.iso"), a, quint32(extent(a).startBlock),
                    quint32((blocks + 10) * 2048));
        m_damaged[QStringLiteral("extent moved")] = QStringList{a};
        m_damaged[QStringLiteral("extent too long")] = QStringList{a};
        for (const QString &v : std::as_const(m_variant))
            QVERIFY(!v.isEmpty());
    }

    void damagedSource_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char *row :
             {"truncated", "truncated virtual disc", "extent moved", "extent too long"})
            QTest::newRow(row) << QString::fromLatin1(row);
    }

    // Refused before a byte is written: the message names every damaged file, nothing is left.
    void damagedSource()
    {
        QFETCH(QString, variant);
        const QString out =
            path(QStringLiteral("refused-%1.iso")
                     .arg(QString(variant).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const Outcome o = build(m_variant[variant], out, false);
        QCOMPARE(o.result.status, JobResult::Status::Failed);
        for (const QString &file : m_damaged[variant])
            QVERIFY2(o.result.message.contains(file), qPrintable(o.result.message));
        QVERIFY2(o.result.message.contains(QStringLiteral("shorter than its file system says")),
                 qPrintable(o.result.message));
        QVERIFY2(!o.result.message.contains(QStringLiteral("libisofs")),
                 qPrintable(o.result.message));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    void damagedSourceSkipped_data() { damagedSource_data(); }

    // Told to go on: the image is written, the damaged files are listed and hold zeros; the
    // others are intact, as xorriso reads them.
    void damagedSourceSkipped()
    {
        QFETCH(QString, variant);
        const QString out =
            path(QStringLiteral("skipped-%1.iso")
                     .arg(QString(variant).replace(QLatin1Char(' '), QLatin1Char('-'))));
        const Outcome o = build(m_variant[variant], out, true);
        if (variant.endsWith(QLatin1String("disc"))) {
            // A disc's read errors end the write: refused before it starts, with no offer to
            // go on.
            QCOMPARE(o.result.status, JobResult::Status::Failed);
            QVERIFY2(o.result.message.contains(QStringLiteral("shorter than its file system")),
                     qPrintable(o.result.message));
            QVERIFY(!o.result.message.contains(QStringLiteral("--skip-unreadable")));
            QVERIFY(!QFile::exists(out));
            QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
            return;
        }
        QCOMPARE(o.result.status, JobResult::Status::SuccessWithLoss);
        QVERIFY(o.result.succeeded());
        QVERIFY(QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        const QStringList damaged = m_damaged[variant];
        for (const QString &file : damaged) {
            QVERIFY2(o.result.message.contains(file), qPrintable(o.result.message));
            QVERIFY2(o.warnings.contains(QStringLiteral("Damaged file: ") + file),
                     qPrintable(o.warnings.join(QLatin1Char('\n'))));
        }
        const QHash<QString, QByteArray> files = extracted(out);
        QCOMPARE(files.size(), 3);
        const QString root = path(QStringLiteral("root-source.iso"));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!damaged.contains(it.key())) {
                QCOMPARE(it.value(), readAll(root + it.key()));
                continue;
            }
            // What lay past the end became zeros (a moved extent: all of it).
            const qsizetype tail = qMin<qsizetype>(1000, it.value().size());
            QVERIFY(tail > 0);
            QCOMPARE(it.value().right(tail), QByteArray(tail, '\0'));
        }
    }

    // Leaving the damaged files out makes a complete image: nothing to refuse.
    void damagedFilesLeftOut()
    {
        Selection selection;
        for (const QString &file : m_damaged[QStringLiteral("truncated")])
            selection.addRule(file, false);
        const QString out = path(QStringLiteral("left-out.iso"));
        const Outcome o = build(m_variant[QStringLiteral("truncated")], out, false, selection);
        QCOMPARE(o.result.status, JobResult::Status::Success);
        QCOMPARE(extracted(out).value(QStringLiteral("/a.txt")),
                 readAll(path(QStringLiteral("root-source.iso/a.txt"))));
    }

    // A sector that fails only when the file is read (the size is right, so the check before
    // writing passes): the write fails naming the file, or, told to go on, lists it.
    void readErrorWhileWriting()
    {
        // FileDataSource reads 128 blocks at a time and a failed read fails them all: the bad
        // sector's 128 blocks must hold nothing but z.txt.
        const FileExtent z = extent(QStringLiteral("/d/z.txt"));
        const qint64 bad = (z.startBlock / 128 + 1) * 128 + 10;
        QVERIFY(bad / 128 * 128 + 128 <= z.startBlock + z.blocks);
        BadSectorDisc disc(m_iso, {bad});
        QVERIFY2(disc.isMounted(), qPrintable(disc.errorText()));

        const QString out = path(QStringLiteral("read-error.iso"));
        const Outcome failed = build(disc.path(), out, false);
        QCOMPARE(failed.result.status, JobResult::Status::Failed);
        QVERIFY2(failed.result.message.contains(QStringLiteral("/d/z.txt")),
                 qPrintable(failed.result.message));
        QVERIFY2(failed.result.message.contains(QStringLiteral("--skip-unreadable")),
                 qPrintable(failed.result.message));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        const Outcome skipped = build(disc.path(), out, true);
        QCOMPARE(skipped.result.status, JobResult::Status::SuccessWithLoss);
        QCOMPARE(skipped.warnings.filter(QStringLiteral("Damaged file: ")),
                 QStringList{QStringLiteral("Damaged file: /d/z.txt")});
        const QHash<QString, QByteArray> files = extracted(out);
        QCOMPARE(files.value(QStringLiteral("/a.txt")),
                 readAll(path(QStringLiteral("root-source.iso/a.txt"))));
        const QByteArray zData = files.value(QStringLiteral("/d/z.txt"));
        QCOMPARE(zData.size(), 1000000);
        QCOMPARE(zData.left(10 * 2048), QByteArray(10 * 2048, 'z'));
        QVERIFY(zData.endsWith(QByteArray(1000, '\0')));
    }

    // Burning a new image directly goes through the same check, before the disc is touched.
    void burnRefusedBeforeWriting()
    {
        const auto tree = load(m_variant[QStringLiteral("truncated")]);
        QVERIFY(tree);
        const QString disc = path(QStringLiteral("burned.iso"));
        BurnOptions o;
        o.driveAddress = QStringLiteral("stdio:") + disc;
        o.sourceFactory = newImageSourceFactory(tree, {}, {});
        o.sourceName = QStringLiteral("the new image");
        BurnJob job(o);
        job.start();
        QVERIFY(job.wait(120000));
        const JobResult r = job.result();
        QCOMPARE(r.status, JobResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("/d/z.txt")), qPrintable(r.message));
        // The check before writing said so, not a failed write.
        QVERIFY2(r.message.contains(QStringLiteral("shorter than its file system says")),
                 qPrintable(r.message));
        QVERIFY(!QFile::exists(disc) || QFileInfo(disc).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestBuildSourceCheck)
#include "tst_buildsourcecheck.moc"
