#include "guitest.h"

#include "burnpage.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "tree/imagetree.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <memory>

using namespace Spindle;

namespace {

constexpr int LoadTimeoutMs = 30000;

// Drags `urls` onto `target` and drops them there, as the window system delivers a drop:
// the enter event travels up to the first widget that takes drops, the drop goes to it.
// Returns whether some widget took the drop.
bool dropOn(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    // File managers add the URLs as plain text too, which a line edit would take.
    QStringList text;
    for (const QUrl &url : urls)
        text << url.toString();
    mime.setText(text.join(QLatin1Char('\n')));
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// Opening an image: MainWindow::openImage (what `spindle IMAGE` calls) and disc images dropped
// anywhere on the window go to the Burn page with the image chosen; other drops leave the
// page alone and say why in the window's message; the New image page keeps its own drops.
class TestOpenImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void discImageNames_data();
    void discImageNames();
    void openImageShowsBurnPage();
    void dropOnEveryPage_data();
    void dropOnEveryPage();
    void dropOnTheImageField();
    void notADiscImage();
    void severalFiles();
    void folderNamedLikeAnImage();
    void newImagePageTakesItsOwnDrops();
    void newImagePageRefusesWhatIsNoImage();

private:
    BurnPage *burnPage() const { return m_window->findChild<BurnPage *>(); }
    InlineMessage *message() const
    {
        return m_window->findChild<InlineMessage *>(QStringLiteral("windowMessage"));
    }
    QWidget *pageWidget(const QString &task) const;

    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<MainWindow> m_window;
};

void TestOpenImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_iso = Test::makeIso(m_dir.path(), QStringLiteral("dropped.iso"), QStringLiteral("DROPPED"),
                          {QStringLiteral("readme.txt=hello")});
    QVERIFY2(!m_iso.isEmpty(), "xorriso is needed (installer/debian-packages.txt)");
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOpenImage::init()
{
    burnPage()->setImagePath(QString());
    m_window->showStartPage();
}

QWidget *TestOpenImage::pageWidget(const QString &task) const
{
    static const QHash<QString, QString> names{
        {QString(), QStringLiteral("startPage")},
        {QStringLiteral("copy"), QStringLiteral("copyPage")},
        {QStringLiteral("burn"), QStringLiteral("burnPage")},
        {QStringLiteral("erase"), QStringLiteral("erasePage")},
        {QStringLiteral("info"), QStringLiteral("discInfoPage")}};
    return m_window->findChild<QWidget *>(names.value(task));
}

void TestOpenImage::discImageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("image");
    for (const char *yes : {"a.iso", "B.ISO", "c.img", "d.iso.gz", "e.iso.xz", "f.iso.bz2",
                            "g.iso.zst", "h.img.xz", "/some/folder/debian-12.iso"})
        QTest::newRow(yes) << QString::fromLatin1(yes) << true;
    for (const char *no : {"a.txt", "b.zip", "c.iso.txt", "iso", "d.gz", "e.tar.xz", "f.isox"})
        QTest::newRow(no) << QString::fromLatin1(no) << false;
}

void TestOpenImage::discImageNames()
{
    QFETCH(QString, name);
    QFETCH(bool, image);
    QCOMPARE(BurnPage::isDiscImageName(name), image);
}

void TestOpenImage::openImageShowsBurnPage()
{
    m_window->openImage(m_iso);
    QCOMPARE(m_window->currentTask(), QStringLiteral("burn"));
    QCOMPARE(burnPage()->imagePath(), m_iso);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("burnImageSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("DROPPED")), qPrintable(summary->text()));
    QVERIFY(!message()->isVisible());
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("open-image")));
}

void TestOpenImage::dropOnEveryPage_data()
{
    QTest::addColumn<QString>("task");
    for (const char *task : {"", "copy", "burn", "erase", "info"})
        QTest::newRow(*task ? task : "start") << QString::fromLatin1(task);
}

void TestOpenImage::dropOnEveryPage()
{
    QFETCH(QString, task);
    if (!task.isEmpty())
        QVERIFY(m_window->showTask(task));
    QWidget *page = pageWidget(task);
    QVERIFY(page);
    // Onto the deepest widget in the middle of the page, as a person's drop lands.
    QWidget *target = page->childAt(page->rect().center());
    QVERIFY(dropOn(target ? target : page, {QUrl::fromLocalFile(m_iso)}));
    QCOMPARE(m_window->currentTask(), QStringLiteral("burn"));
    QCOMPARE(burnPage()->imagePath(), m_iso);
    QVERIFY(!message()->isVisible());
}

void TestOpenImage::dropOnTheImageField()
{
    // A line edit takes text drops; this one must hand the file to the window instead of
    // inserting "file:///…" into itself.
    QVERIFY(m_window->showTask(QStringLiteral("burn")));
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("burnImage"));
    QVERIFY(dropOn(field, {QUrl::fromLocalFile(m_iso)}));
    QCOMPARE(field->text(), m_iso);
}

void TestOpenImage::notADiscImage()
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    QVERIFY(m_window->showTask(QStringLiteral("copy")));
    QVERIFY(dropOn(pageWidget(QStringLiteral("copy")), {QUrl::fromLocalFile(notes)}));
    QCOMPARE(m_window->currentTask(), QStringLiteral("copy"));
    QVERIFY(burnPage()->imagePath().isEmpty());
    QVERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(QStringLiteral("notes.txt")) &&
                 message()->text().contains(QStringLiteral(".iso")),
             qPrintable(message()->text()));
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("drop-not-an-image")));
    // The message goes with the page it was about.
    m_window->showStartPage();
    QVERIFY(!message()->isVisible());
}

void TestOpenImage::severalFiles()
{
    QVERIFY(dropOn(pageWidget(QString()),
                   {QUrl::fromLocalFile(m_iso), QUrl::fromLocalFile(m_iso + QStringLiteral("2"))}));
    QCOMPARE(m_window->currentTask(), QString());
    QVERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(QStringLiteral("2 files")), qPrintable(message()->text()));
}

void TestOpenImage::folderNamedLikeAnImage()
{
    const QString folder = m_dir.filePath(QStringLiteral("folder.iso"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(dropOn(pageWidget(QString()), {QUrl::fromLocalFile(folder)}));
    QCOMPARE(m_window->currentTask(), QString());
    QVERIFY(message()->isVisible());
    QVERIFY(burnPage()->imagePath().isEmpty());
}

void TestOpenImage::newImagePageTakesItsOwnDrops()
{
    QVERIFY(m_window->showTask(QStringLiteral("newimage")));
    auto *page = m_window->findChild<NewImagePage *>();
    QVERIFY(dropOn(page, {QUrl::fromLocalFile(m_iso)}));
    QCOMPARE(m_window->currentTask(), QStringLiteral("newimage"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), LoadTimeoutMs);
    QVERIFY(burnPage()->imagePath().isEmpty());
    auto *sources = page->findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    QVERIFY2(sources->text().contains(QStringLiteral("dropped.iso")), qPrintable(sources->text()));
    page->clearSources();
}

// Issue 16, item 6: the New image page refuses a file that looks like an image but is none,
// with the message spindle-cli gives, whether it is opened with "Image…" or dropped; a
// dropped file that does not look like an image is still added as a file.
void TestOpenImage::newImagePageRefusesWhatIsNoImage()
{
    QVERIFY(m_window->showTask(QStringLiteral("newimage")));
    auto *page = m_window->findChild<NewImagePage *>();
    auto *sources = page->findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    auto *pageMessage = page->findChild<InlineMessage *>(QStringLiteral("newImageMessage"));
    const QString random = m_dir.filePath(QStringLiteral("random.iso"));
    QFile file(random);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Test::randomBytes(256 * 1024, 6));
    file.close();
    const auto refused = SourceSpec::parse(random);
    QVERIFY(!refused);
    const QString expected = refused.error().forGui();
    QVERIFY2(expected.contains(QStringLiteral("not a disc image")), qPrintable(expected));

    NewImagePage::setNextFileName(random);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addImage")), Qt::LeftButton);
    QVERIFY(pageMessage->isVisible());
    QCOMPARE(pageMessage->text(), expected);
    QVERIFY(!sources->text().contains(QStringLiteral("random.iso")));

    page->clearSources();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), LoadTimeoutMs);
    QVERIFY(!pageMessage->isVisible());
    QVERIFY(dropOn(page, {QUrl::fromLocalFile(random)}));
    QCOMPARE(m_window->currentTask(), QStringLiteral("newimage"));
    QVERIFY(pageMessage->isVisible());
    QCOMPARE(pageMessage->text(), expected);
    QVERIFY(!sources->text().contains(QStringLiteral("random.iso")));
    QVERIFY(GuiTest::saveScreenshot(m_window.get(), QStringLiteral("newimage-not-an-image")));

    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("hello\n");
    text.close();
    QVERIFY(dropOn(page, {QUrl::fromLocalFile(notes)}));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), LoadTimeoutMs);
    QVERIFY2(sources->text().contains(QStringLiteral("notes.txt")), qPrintable(sources->text()));
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->tree() && page->model()->tree()->find("/notes.txt") >= 0, LoadTimeoutMs);
    page->clearSources();
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestOpenImage>(argc, argv);
}

#include "tst_openimage.moc"
