#include "tree/sourcespec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Spindle;

// What a source name on the command line or in the Open dialog becomes.
class TestSourceSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drives()
    {
        for (const QString &name : {QStringLiteral("/dev/sr0"), QStringLiteral("/dev/sr9"),
                                    QStringLiteral("stdio:/tmp/disc.iso")}) {
            auto spec = SourceSpec::parse(name);
            QVERIFY2(spec, qPrintable(name));
            QCOMPARE(spec.value().kind, SourceSpec::Kind::Drive);
            QCOMPARE(spec.value().location, name);
        }
    }

    // /dev/shm is a tmpfs: a DVD folder or an image copied there is read as what it is.
    void foldersAndFilesUnderDev()
    {
        if (!QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QSKIP("/dev/shm is not writable here");
        QTemporaryDir dir(QStringLiteral("/dev/shm/spindle-spec-XXXXXX"));
        QVERIFY(dir.isValid());
        auto folder = SourceSpec::parse(dir.path());
        QVERIFY(folder);
        QCOMPARE(folder.value().kind, SourceSpec::Kind::Folder);
        QCOMPARE(folder.value().location, dir.path());

        QFile file(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a disc image\n");
        file.close();
        auto dropped = SourceSpec::parse(file.fileName(), SourceSpec::FileRole::Dropped);
        QVERIFY(dropped);
        QCOMPARE(dropped.value().kind, SourceSpec::Kind::LocalFile);
        // As a SOURCE it is refused for what it is, not opened as a drive.
        auto source = SourceSpec::parse(file.fileName());
        QVERIFY(!source);
        QVERIFY2(source.error().message.contains(QLatin1String("notes.txt")),
                 qPrintable(source.error().message));

        // A name that does not exist under /dev is still taken for a drive (and its error is
        // the drive's), as /dev/sr0 is before a disc drive appears.
        auto missing = SourceSpec::parse(dir.filePath(QStringLiteral("missing")));
        QVERIFY(missing);
        QCOMPARE(missing.value().kind, SourceSpec::Kind::Drive);
    }
};

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
