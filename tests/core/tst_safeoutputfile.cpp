#include "base/safeoutputfile.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Spindle;
using namespace Spindle::Test;

// SafeOutputFile on its good path and its bad ones: NAME.part while writing, NAME only after
// commit(), an existing NAME never touched before that, the .part gone after an error or a
// cancel (destroyed without commit) unless kept for a rescue, and write errors that say why.
class TestSafeOutputFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void writeFile(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), qint64(data.size()));
    }

    static ino_t inode(const QString &file)
    {
        struct stat st
        {};
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? st.st_ino : 0;
    }

    // RLIMIT_FSIZE for this process while it lives; SIGXFSZ ignored so that write() fails
    // with EFBIG instead of the signal ending the test.
    struct FileSizeLimit
    {
        rlimit old{};
        void (*oldHandler)(int) = SIG_DFL;
        explicit FileSizeLimit(rlim_t bytes)
        {
            oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &old);
            rlimit limited = old;
            limited.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limited);
        }
        ~FileSizeLimit()
        {
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        }
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesPartThenRenamesOnCommit()
    {
        const QString name = path(QStringLiteral("new.iso"));
        SafeOutputFile out(name);
        QCOMPARE(out.finalPath(), name);
        QCOMPARE(out.partPath(), name + QStringLiteral(".part"));
        QVERIFY(!out.open(false));
        QVERIFY(QFile::exists(name + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(name));
        QVERIFY(!out.write("hello ", 6));
        QVERIFY(!out.writeAt(6, "world", 5));
        QVERIFY(!QFile::exists(name)); // nothing under the final name before commit()
        QVERIFY(!out.commit());
        QCOMPARE(readAll(name), QByteArray("hello world"));
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
    }

    void relativeNameIsMadeAbsolute()
    {
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        {
            SafeOutputFile out(QStringLiteral("relative.iso"));
            QVERIFY(QDir::setCurrent(old)); // a later change of folder must not move it
            QCOMPARE(out.finalPath(), path(QStringLiteral("relative.iso")));
            QVERIFY(!out.open(false));
            QVERIFY(!out.write("x", 1));
            QVERIFY(!out.commit());
        }
        QCOMPARE(readAll(path(QStringLiteral("relative.iso"))), QByteArray("x"));
    }

    // The error and cancel paths of every job: return without commit() and the object goes.
    void destroyedWithoutCommitRemovesPart()
    {
        const QString name = path(QStringLiteral("abandoned.iso"));
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            QVERIFY(!out.write(QByteArray(100000, 'a').constData(), 100000));
            QVERIFY(QFile::exists(out.partPath()));
        }
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(name));
        // Opened but nothing written: the empty .part goes too.
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
        }
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(name));
    }

    void existingNameUntouchedUntilCommit()
    {
        const QString name = path(QStringLiteral("existing.iso"));
        writeFile(name, "old content");
        const ino_t before = inode(name);

        // Not allowed to overwrite: refused before anything is created.
        {
            SafeOutputFile out(name);
            const auto refused = out.open(false);
            QVERIFY(refused);
            QVERIFY2(refused->message.contains(QStringLiteral("already exists")),
                     qPrintable(refused->message));
            QVERIFY(refused->message.contains(name));
            QVERIFY(!QFile::exists(out.partPath()));
        }
        QCOMPARE(readAll(name), QByteArray("old content"));

        // Allowed, but abandoned: the old file is still there, the same file.
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(true));
            QVERIFY(!out.write("new", 3));
            QCOMPARE(readAll(name), QByteArray("old content"));
        }
        QCOMPARE(readAll(name), QByteArray("old content"));
        QCOMPARE(inode(name), before);
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));

        // Allowed and committed: replaced in one rename.
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(true));
            QVERIFY(!out.write("new content", 11));
            QCOMPARE(readAll(name), QByteArray("old content"));
            QVERIFY(!out.commit());
        }
        QCOMPARE(readAll(name), QByteArray("new content"));
        QVERIFY(inode(name) != before);
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
    }

    // A refused open() must not delete a NAME.part it never opened: another job may be writing
    // it (two queued jobs with the same output), or it is a kept rescue image.
    void refusedOpenLeavesForeignPartAlone()
    {
        const QString name = path(QStringLiteral("busy.iso"));
        writeFile(name, "finished earlier");
        writeFile(name + QStringLiteral(".part"), "someone else's partial image");
        {
            SafeOutputFile out(name);
            QVERIFY(out.open(false));
        }
        QCOMPARE(readAll(name + QStringLiteral(".part")),
                 QByteArray("someone else's partial image"));
        QCOMPARE(readAll(name), QByteArray("finished earlier"));
    }

    void keptPartialAndResume()
    {
        const QString name = path(QStringLiteral("rescued.iso"));
        {
            SafeOutputFile out(name);
            out.setKeepPartial(true);
            QVERIFY(!out.open(false));
            QVERIFY(!out.writeAt(0, "first half|", 11));
        }
        // Kept for a rescue read to resume from; the final name is still not there.
        QCOMPARE(readAll(name + QStringLiteral(".part")), QByteArray("first half|"));
        QVERIFY(!QFile::exists(name));
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false, true)); // resume: not truncated
            QCOMPARE(out.file().size(), qint64(11));
            QVERIFY(!out.writeAt(11, "second half", 11));
            QVERIFY(!out.commit());
        }
        QCOMPARE(readAll(name), QByteArray("first half|second half"));
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));

        // Without resume an old .part is started afresh.
        writeFile(name + QStringLiteral(".part"), "stale bytes from a crash");
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(true));
            QCOMPARE(out.file().size(), qint64(0));
            QVERIFY(!out.write("fresh", 5));
            QVERIFY(!out.commit());
        }
        QCOMPARE(readAll(name), QByteArray("fresh"));
    }

    // A NAME.part planted as a symbolic link (or a hard link) to another file: neither a fresh
    // write nor a resume may write through it. A fresh write replaces the link by its own file;
    // a resume, whose .part must hold earlier bytes, refuses.
    void plantedPartLinkIsNeverFollowed()
    {
        const QString victim = path(QStringLiteral("victim.txt"));
        writeFile(victim, "precious");
        const QString name = path(QStringLiteral("linked.iso"));
        const QString part = name + QStringLiteral(".part");
        QVERIFY(QFile::link(victim, part));
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            QVERIFY(!out.write("image", 5));
            QVERIFY(!out.commit());
        }
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QCOMPARE(readAll(name), QByteArray("image"));
        QVERIFY(!QFileInfo(name).isSymLink());

        // Resume: refused, the link and its target left alone.
        QVERIFY(QFile::remove(name));
        QVERIFY(QFile::link(victim, part));
        {
            SafeOutputFile out(name);
            out.setKeepPartial(true);
            const auto e = out.open(false, true);
            QVERIFY(e);
            QVERIFY2(e->message.contains(part), qPrintable(e->message));
            QVERIFY(out.writeAt(0, "image", 5)); // not open: nothing written anywhere
        }
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(part).isSymLink());

        // A dangling link: not created through either.
        const QString missing = path(QStringLiteral("created-through-link.txt"));
        QVERIFY(QFile::remove(part));
        QVERIFY(QFile::link(missing, part));
        {
            SafeOutputFile out(name);
            QVERIFY(out.open(false, true));
        }
        QVERIFY(!QFile::exists(missing));
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            QVERIFY(!out.write("fresh", 5));
        }
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFileInfo::exists(part) && !QFileInfo(part).isSymLink());

        // A hard link: a fresh write gets a file of its own, a resume refuses.
        QVERIFY(::link(QFile::encodeName(victim).constData(),
                       QFile::encodeName(part).constData()) == 0);
        {
            SafeOutputFile out(name);
            out.setKeepPartial(true);
            QVERIFY(out.open(false, true));
        }
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            QVERIFY(!out.writeAt(0, "image", 5));
        }
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(!QFile::exists(part));
    }

    void unusableTargetsAreRefused()
    {
        {
            SafeOutputFile out(path(QStringLiteral("no/such/folder/x.iso")));
            const auto e = out.open(true);
            QVERIFY(e);
            QVERIFY2(e->message.contains(QStringLiteral("does not exist")), qPrintable(e->message));
        }
        QVERIFY(QDir().mkpath(path(QStringLiteral("a-folder"))));
        {
            SafeOutputFile out(path(QStringLiteral("a-folder")));
            const auto e = out.open(true);
            QVERIFY(e);
            QVERIFY2(e->message.contains(QStringLiteral("is a folder")), qPrintable(e->message));
        }
        QVERIFY(QFileInfo(path(QStringLiteral("a-folder"))).isDir());
    }

    void readOnlyFolderIsReported()
    {
        // A folder nobody may create files in. Root ignores permission bits: under root it is
        // a read-only tmpfs, or /proc where mounting is not allowed.
        QString folder = path(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        bool mounted = false;
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        } else {
            mounted =
                runTool(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("ro,size=64k"), QStringLiteral("tmpfs"), folder}) == 0;
            if (!mounted)
                folder = QStringLiteral("/proc");
        }
        std::optional<Error> e;
        {
            SafeOutputFile out(folder + QStringLiteral("/spindle-test.iso"));
            e = out.open(true);
        }
        const bool partLeft = QFile::exists(folder + QStringLiteral("/spindle-test.iso.part"));
        if (mounted)
            runTool(QStringLiteral("umount"), {folder});
        QFile::setPermissions(path(QStringLiteral("read-only")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("cannot write to")), qPrintable(e->message));
        QVERIFY(e->message.contains(folder));
        QVERIFY(!partLeft);
    }

    void fileSizeLimitIsReported()
    {
        const QString name = path(QStringLiteral("limited.iso"));
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            const QByteArray chunk(64 * 1024, 'z');
            std::optional<Error> e;
            {
                FileSizeLimit limit(100000);
                e = out.write(chunk.constData(), chunk.size());
                QVERIFY(!e); // 64 KiB fit
                e = out.write(chunk.constData(), chunk.size());
            }
            QVERIFY(e);
            QVERIFY2(e->message.contains(QStringLiteral("too large")), qPrintable(e->message));
            QVERIFY(e->message.contains(m_dir.path()));
            QCOMPARE(e->detail, QString::fromLocal8Bit(strerror(EFBIG)));

            // writeAt() says the same.
            {
                FileSizeLimit limit(100000);
                e = out.writeAt(200000, chunk.constData(), chunk.size());
            }
            QVERIFY(e);
            QVERIFY2(e->message.contains(QStringLiteral("too large")), qPrintable(e->message));
        }
        // The job gives up: nothing of the failed output is left.
        QVERIFY(!QFile::exists(name));
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
    }

    void fullDiskIsReported()
    {
        // A 256 KiB tmpfs fills up half-way through the write.
        const QString mnt = path(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mnt));
        if (runTool(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mnt}) != 0)
            QSKIP("mounting a tmpfs needs root");
        std::optional<Error> e;
        bool partLeft = true;
        {
            SafeOutputFile out(mnt + QStringLiteral("/x.iso"));
            QVERIFY(!out.open(false));
            const QByteArray data(1024 * 1024, 'f');
            e = out.write(data.constData(), data.size());
        }
        partLeft = QFile::exists(mnt + QStringLiteral("/x.iso.part"));
        runTool(QStringLiteral("umount"), {mnt});
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("is full")), qPrintable(e->message));
        QVERIFY(e->message.contains(mnt));
        QVERIFY(!partLeft);
    }

    void freeSpaceCheck()
    {
        const QString name = path(QStringLiteral("space.iso"));
        SafeOutputFile out(name);
        QVERIFY(!out.open(false));
        QVERIFY(!out.checkFreeSpace(1024));
        const auto e = out.checkFreeSpace(qint64(1) << 60); // an exbibyte
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("Not enough free space")),
                 qPrintable(e->message));
        QVERIFY(e->message.contains(m_dir.path()));
    }

    // Resuming, the bytes already in the .part count as written: a sparse .part larger than
    // the free space leaves only the rest to find room for.
    void freeSpaceCountsResumedBytes()
    {
        const QString name = path(QStringLiteral("resume-space.iso"));
        const qint64 available = QStorageInfo(m_dir.path()).bytesAvailable();
        if (available < (qint64(256) << 20))
            QSKIP("needs 256 MiB free");
        const qint64 already = qint64(1) << 40; // 1 TiB of holes
        {
            QFile part(name + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            if (!part.resize(already))
                QSKIP("the file system cannot hold a 1 TiB sparse file");
        }
        const qint64 total = already + available - (qint64(128) << 20);
        {
            SafeOutputFile out(name);
            out.setKeepPartial(true);
            QVERIFY(!out.open(false, true));
            const auto e = out.checkFreeSpace(total);
            QVERIFY2(!e, e ? qPrintable(e->message) : "");
        }
        {
            SafeOutputFile fresh(name);
            QVERIFY(!fresh.open(false)); // truncates: everything still to write
            QVERIFY(fresh.checkFreeSpace(total));
        }
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
    }

    void failedRenameKeepsNothingAndSaysSo()
    {
        const QString name = path(QStringLiteral("blocked.iso"));
        std::optional<Error> e;
        {
            SafeOutputFile out(name);
            QVERIFY(!out.open(false));
            QVERIFY(!out.write("data", 4));
            // Something else takes the name meanwhile: a non-empty folder cannot be replaced.
            QVERIFY(QDir().mkpath(name + QStringLiteral("/inside")));
            e = out.commit();
        }
        QVERIFY(e);
        QVERIFY2(e->message.contains(QStringLiteral("could not be renamed")),
                 qPrintable(e->message));
        QVERIFY(QFileInfo(name).isDir());
        QVERIFY(!QFile::exists(name + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestSafeOutputFile)
#include "tst_safeoutputfile.moc"
