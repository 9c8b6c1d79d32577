#include "guitest.h"

#include "burnpage.h"
#include "drivelist.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "newimagepage.h"
#include "recentimages.h"
#include "recentimagesbutton.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

using namespace Spindle;

namespace {

constexpr int LoadTimeoutMs = 30000;

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
}

// The image paths the button's menu offers when it opens (rebuilt then, as for a person).
QStringList offered(RecentImagesButton *button)
{
    Q_EMIT button->recentMenu()->aboutToShow();
    QStringList paths;
    for (QAction *action : button->recentMenu()->actions()) {
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    }
    return paths;
}

QAction *actionFor(RecentImagesButton *button, const QString &path)
{
    Q_EMIT button->recentMenu()->aboutToShow();
    for (QAction *action : button->recentMenu()->actions()) {
        if (action->data().toString() == path)
            return action;
    }
    return nullptr;
}

} // namespace

// Recent images: the list itself (newest first, at most ten, no duplicates, gone files left
// out and forgotten), the Burn page's and the New image page's Recent menus, which survive a
// new page (QSettings, in the test's own folder) and load the image chosen from them.
class TestRecentImages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keepsTheTenNewestFirst();
    void choosingAgainMovesToTheFront();
    void relativePathsAreStoredAbsolute();
    void goneFilesAreLeftOutAndForgotten();
    void burnPageRemembersAndOffers();
    void burnPageDoesNotRememberNonImages();
    void newImagePageRemembersOpenedImages();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_iso;
};

void TestRecentImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The settings must be the test's throw-away ones (GuiTest::run), never the user's.
    const QString config = QDir::homePath() + QStringLiteral("/.config/");
    QVERIFY2(!QSettings().fileName().startsWith(config), qPrintable(QSettings().fileName()));
    m_iso = Test::makeIso(m_dir.path(), QStringLiteral("release.iso"), QStringLiteral("RECENT"),
                          {QStringLiteral("readme.txt=hello")});
    QVERIFY2(!m_iso.isEmpty(), "xorriso is needed (installer/debian-packages.txt)");
}

void TestRecentImages::init()
{
    QSettings().clear();
}

void TestRecentImages::keepsTheTenNewestFirst()
{
    RecentImages recent(QStringLiteral("test/recent"));
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        const QString path = file(QStringLiteral("image%1.iso").arg(i));
        QVERIFY(touch(path));
        recent.add(path);
        added.prepend(path);
    }
    QCOMPARE(recent.paths(), added.mid(0, 10));
    // Another list object on the same key (a page made later) reads the same.
    QCOMPARE(RecentImages(QStringLiteral("test/recent")).paths(), added.mid(0, 10));
    QCOMPARE(RecentImages(QStringLiteral("test/other")).paths(), QStringList());
}

void TestRecentImages::choosingAgainMovesToTheFront()
{
    const QString a = file(QStringLiteral("a.iso"));
    const QString b = file(QStringLiteral("b.iso"));
    QVERIFY(touch(a) && touch(b));
    RecentImages recent(QStringLiteral("test/recent"));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    QCOMPARE(recent.paths(), (QStringList{a, b}));
    recent.clear();
    QCOMPARE(recent.paths(), QStringList());
}

void TestRecentImages::relativePathsAreStoredAbsolute()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    QVERIFY(touch(QStringLiteral("relative.img")));
    RecentImages recent(QStringLiteral("test/recent"));
    recent.add(QStringLiteral("relative.img"));
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(recent.paths(),
             QStringList{QFileInfo(file(QStringLiteral("relative.img"))).absoluteFilePath()});
}

void TestRecentImages::goneFilesAreLeftOutAndForgotten()
{
    const QString kept = file(QStringLiteral("kept.iso"));
    const QString gone = file(QStringLiteral("gone.iso"));
    QVERIFY(touch(kept) && touch(gone));
    RecentImages recent(QStringLiteral("test/recent"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.paths(), QStringList{kept});
    // Forgotten in the settings too: the file coming back later does not bring it back.
    QCOMPARE(QSettings().value(QStringLiteral("test/recent")).toStringList(), QStringList{kept});
    QVERIFY(touch(gone));
    QCOMPARE(recent.paths(), QStringList{kept});
}

void TestRecentImages::burnPageRemembersAndOffers()
{
    DriveList drives;
    const QString copy = file(QStringLiteral("copy.iso"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_iso, copy));
    {
        BurnPage page(&drives);
        auto *button = page.findChild<RecentImagesButton *>();
        QVERIFY(button);
        QVERIFY(offered(button).isEmpty());
        page.setImagePath(m_iso);
        page.setImagePath(copy);
        QCOMPARE(offered(button), (QStringList{copy, m_iso}));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(GuiTest::saveScreenshot(&page, QStringLiteral("burn-page-recent")));
        QMenu *menu = button->recentMenu();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(GuiTest::saveScreenshot(menu, QStringLiteral("burn-page-recent-menu")));
        menu->close();
    }
    // A new page (the next start of Spindle) offers them; one that is gone is not offered.
    QVERIFY(QFile::remove(copy));
    BurnPage page(&drives);
    auto *button = page.findChild<RecentImagesButton *>();
    QCOMPARE(offered(button), QStringList{m_iso});
    QVERIFY(page.imagePath().isEmpty());
    QAction *action = actionFor(button, m_iso);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(page.imagePath(), m_iso);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("burnImageSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("RECENT")), qPrintable(summary->text()));
    // The New image page keeps a list of its own.
    NewImagePage newImage(&drives);
    QVERIFY(offered(newImage.findChild<RecentImagesButton *>()).isEmpty());
}

void TestRecentImages::burnPageDoesNotRememberNonImages()
{
    DriveList drives;
    BurnPage page(&drives);
    const QString notes = file(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("not a disc image\n").repeated(5000));
    text.close();
    page.setImagePath(notes);
    page.setImagePath(file(QStringLiteral("missing.iso")));
    QVERIFY(offered(page.findChild<RecentImagesButton *>()).isEmpty());
}

void TestRecentImages::newImagePageRemembersOpenedImages()
{
    DriveList drives;
    {
        NewImagePage page(&drives);
        NewImagePage::setNextFileName(m_iso);
        auto *open = page.findChild<QPushButton *>(QStringLiteral("addImage"));
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), LoadTimeoutMs);
        QCOMPARE(offered(page.findChild<RecentImagesButton *>()), QStringList{m_iso});
    }
    NewImagePage page(&drives);
    auto *button = page.findChild<RecentImagesButton *>();
    QAction *action = actionFor(button, m_iso);
    QVERIFY(action);
    action->trigger();
    auto *sources = page.findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    QVERIFY2(sources->text().contains(QStringLiteral("release.iso")), qPrintable(sources->text()));
    // The tree fills when the loader's result arrives, an event after the loader stops.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, LoadTimeoutMs);
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestRecentImages>(argc, argv);
}

#include "tst_recentimages.moc"
