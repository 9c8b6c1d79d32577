#include "guitest.h"

#include "savelocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Spindle;

// Where save dialogs start and the suffix they add (SaveLocation), without a native dialog.
class TestSaveDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString fallback()
    {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileInfo(documents).isDir() ? documents : QDir::homePath();
    }

private Q_SLOTS:
    void suffixAddedWhenNoneTyped()
    {
        QCOMPARE(SaveLocation::withSuffix(QStringLiteral("/tmp/disc"), QStringLiteral("iso")),
                 QStringLiteral("/tmp/disc.iso"));
        QCOMPARE(SaveLocation::withSuffix(QStringLiteral("/tmp/disc.iso"), QStringLiteral("iso")),
                 QStringLiteral("/tmp/disc.iso"));
        // A suffix the person typed is theirs.
        QCOMPARE(SaveLocation::withSuffix(QStringLiteral("/tmp/disc.img"), QStringLiteral("iso")),
                 QStringLiteral("/tmp/disc.img"));
        // A dot in a folder's name is no suffix of the file.
        QCOMPARE(SaveLocation::withSuffix(QStringLiteral("/tmp/v1.2/disc"), QStringLiteral("iso")),
                 QStringLiteral("/tmp/v1.2/disc.iso"));
        QCOMPARE(SaveLocation::withSuffix(QString(), QStringLiteral("iso")), QString());
    }

    void nameFromTheLabel()
    {
        const QString iso = QStringLiteral("iso");
        QCOMPARE(SaveLocation::nameFor(QStringLiteral("MY DISC"), iso),
                 QStringLiteral("MY_DISC.iso"));
        QCOMPARE(SaveLocation::nameFor(QStringLiteral(" a/b:c-1.2 "), iso),
                 QStringLiteral("abc-1.2.iso"));
        QCOMPARE(SaveLocation::nameFor(QString(), iso), QStringLiteral("disc.iso"));
        QCOMPARE(SaveLocation::nameFor(QStringLiteral("///"), iso), QStringLiteral("disc.iso"));
    }

    // With nothing remembered: the documents folder (or home), not the working directory.
    void startsInDocumentsNotWorkingDirectory()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QString start = SaveLocation::startFolder(QStringLiteral("test/fresh"));
        QDir::setCurrent(before);
        QCOMPARE(start, fallback());
        QVERIFY(start != m_dir.path());
    }

    void startsInLastUsedFolder()
    {
        const QString key = QStringLiteral("test/last");
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        SaveLocation::remember(key, a + QStringLiteral("/one.iso"));
        QCOMPARE(SaveLocation::startFolder(key), a);
        SaveLocation::remember(key, b + QStringLiteral("/two.iso"));
        QCOMPARE(SaveLocation::startFolder(key), b);
        // A folder that has gone is not proposed.
        QVERIFY(QDir(b).removeRecursively());
        QCOMPARE(SaveLocation::startFolder(key), fallback());
    }

    // A folder a write failed in as read-only is not proposed again, until a save there works.
    void failedFolderNotProposed()
    {
        const QString key = QStringLiteral("test/failed");
        const QString c = m_dir.filePath(QStringLiteral("c"));
        QVERIFY(QDir().mkpath(c));
        SaveLocation::remember(key, c + QStringLiteral("/x.iso"));
        QCOMPARE(SaveLocation::startFolder(key), c);
        SaveLocation::failed(key, c + QStringLiteral("/x.iso"));
        QCOMPARE(SaveLocation::startFolder(key), fallback());
        SaveLocation::remember(key, c + QStringLiteral("/y.iso"));
        QCOMPARE(SaveLocation::startFolder(key), c);
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestSaveDialogs>(argc, argv);
}

#include "tst_savedialogs.moc"
