#include "guitest.h"

#include "drivelist.h"
#include "dvdvideosetup.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "newimagepage.h"
#include "tree/imagetree.h"

#include <QTreeView>

using namespace Spindle;
using namespace Spindle::Test;

// The "New image" page on a real DVD-Video (tests/support/dvdvideofixture.h): the tree's info
// column says which titles each VOB carries, and unticking a VOB warns that playback breaks.
class TestNewImagePageDvd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titlesInTheTree_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("image") << false;
        QTest::newRow("folder") << true;
    }

    void titlesInTheTree()
    {
        QFETCH(bool, folder);
        SPINDLE_PREPARE_DVD_VIDEO(setup);
        const DvdVideoFixture &dvd = *setup.dvd;

        DriveList drives;
        NewImagePage page(&drives);
        page.resize(1100, 700);
        page.show();
        page.addSource(folder ? dvd.folder : dvd.image);
        QTRY_VERIFY(!page.isLoading());
        QTRY_VERIFY(page.model()->tree() && page.model()->tree()->find("/VIDEO_TS") >= 0);
        auto *view = page.findChild<QTreeView *>(QStringLiteral("imageTree"));
        QVERIFY(view);
        const ImageTree &tree = *page.model()->tree();
        const auto info = [&](const char *path) {
            const QModelIndex name = page.model()->indexForEntry(tree.find(path));
            return page.model()
                ->index(name.row(), ImageTreeModel::InfoColumn, name.parent())
                .data()
                .toString();
        };
        const QString main = info("/VIDEO_TS/VTS_01_1.VOB");
        QVERIFY2(main.contains(QLatin1String("Title 1, main feature")), qPrintable(main));
        QVERIFY(main.contains(QLatin1String("en, fr")));
        const QString bonus = info("/VIDEO_TS/VTS_02_1.VOB");
        QVERIFY2(bonus.contains(QLatin1String("Title 2")) &&
                     bonus.contains(QLatin1String("Title 3")),
                 qPrintable(bonus));
        QVERIFY(!bonus.contains(QLatin1String("Title 1")));
        QVERIFY(!info("/VIDEO_TS/VIDEO_TS.IFO").isEmpty());
        // The column is narrow: the tooltip holds the whole text.
        const QModelIndex bonusName =
            page.model()->indexForEntry(tree.find("/VIDEO_TS/VTS_02_1.VOB"));
        QCOMPARE(page.model()
                     ->index(bonusName.row(), ImageTreeModel::InfoColumn, bonusName.parent())
                     .data(Qt::ToolTipRole)
                     .toString(),
                 bonus);
        view->expandAll();
        // Hidden for other sources, the Info column shows for a DVD-Video's titles.
        QVERIFY(!view->isColumnHidden(ImageTreeModel::InfoColumn));
        QVERIFY(view->columnWidth(ImageTreeModel::InfoColumn) >=
                view->fontMetrics().horizontalAdvance(QStringLiteral("Title 1, main")));
        GuiTest::saveScreenshot(&page, QStringLiteral("newimagepage-dvd"));

        auto *message = page.findChild<InlineMessage *>(QStringLiteral("newImageMessage"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        const QModelIndex vob = page.model()->indexForEntry(tree.find("/VIDEO_TS/VTS_02_1.VOB"));
        QVERIFY(view->model()->setData(vob, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("VTS_02_1.VOB")));
        // Ticked again: the warning goes.
        QVERIFY(view->model()->setData(vob, Qt::Checked, Qt::CheckStateRole));
        QTRY_VERIFY(!message->isVisible());
    }
};

int main(int argc, char *argv[])
{
    return GuiTest::run<TestNewImagePageDvd>(argc, argv);
}

#include "tst_newimagepage_dvd.moc"
