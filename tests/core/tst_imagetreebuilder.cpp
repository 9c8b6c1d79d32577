#include "tree/imagetreebuilder.h"

#include <QTest>

using namespace Spindle;

// ImageTreeBuilder::finish(): breadth-first order with folders first and names compared
// without case, links (parent, first child, child count) and paths that agree with each other,
// totals, and entries that a later source replaced dropped.
class TestImageTreeBuilder final : public QObject
{
    Q_OBJECT

private:
    static TreeEntry entry(const QString &name, EntryKind kind, qint64 size = 0)
    {
        TreeEntry e;
        e.name = name;
        e.kind = kind;
        e.size = size;
        return e;
    }

    // Every entry is where its parent's run says, and its path is its parent's plus its name.
    static void checkLinks(const ImageTree &tree)
    {
        QCOMPARE(tree.at(0).path, QByteArray("/"));
        QCOMPARE(tree.at(0).parent, -1);
        int reached = 1;
        for (int i = 0; i < tree.size(); ++i) {
            const TreeEntry &dir = tree.at(i);
            for (int c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
                const TreeEntry &child = tree.at(c);
                QCOMPARE(child.parent, i);
                const QByteArray prefix = i == 0 ? QByteArray() : dir.path;
                QCOMPARE(child.path, prefix + '/' + child.name.toUtf8());
                ++reached;
            }
        }
        QCOMPARE(reached, tree.size()); // every entry is some folder's child, once
    }

private Q_SLOTS:
    void ordersLinksAndReplaces()
    {
        ImageTreeBuilder b;
        const int source = b.addSource(SourceSpec{});
        const int docs = b.add(0, entry(QStringLiteral("docs"), EntryKind::Directory));
        b.add(0, entry(QStringLiteral("b.txt"), EntryKind::File, 10));
        b.add(0, entry(QStringLiteral("A.txt"), EntryKind::File, 20));
        b.add(0, entry(QStringLiteral("Zeta"), EntryKind::Directory));
        b.add(docs, entry(QStringLiteral("old.txt"), EntryKind::File, 1000));
        b.add(docs, entry(QStringLiteral("keep.txt"), EntryKind::File, 5));
        const int inner = b.add(docs, entry(QStringLiteral("inner"), EntryKind::Directory));
        b.add(inner, entry(QStringLiteral("deep.bin"), EntryKind::File, 7));
        // Later sources win: a file over a file, a folder over a file, folders merge.
        b.add(docs, entry(QStringLiteral("old.txt"), EntryKind::File, 3));
        b.add(0, entry(QStringLiteral("b.txt"), EntryKind::Directory));
        QCOMPARE(b.add(0, entry(QStringLiteral("docs"), EntryKind::Directory)), docs);
        (void)source;
        const ImageTree tree = b.finish();

        QList<QByteArray> paths;
        for (const TreeEntry &e : tree.entries())
            paths << e.path;
        QCOMPARE(paths,
                 (QList<QByteArray>{"/", "/b.txt", "/docs", "/Zeta", "/A.txt", "/docs/inner",
                                    "/docs/keep.txt", "/docs/old.txt", "/docs/inner/deep.bin"}));
        checkLinks(tree);
        QCOMPARE(tree.at(tree.find("/docs/old.txt")).size, 3); // the replacement
        QCOMPARE(tree.at(tree.find("/b.txt")).kind, EntryKind::Directory);
        QCOMPARE(tree.totalFiles(), 4);
        QCOMPARE(tree.totalBytes(), 20 + 5 + 3 + 7);
    }

    void largeFlatAndDeepTrees()
    {
        ImageTreeBuilder b;
        b.reserve(3000);
        int folder = 0;
        for (int depth = 0; depth < 20; ++depth)
            folder = b.add(folder, entry(QStringLiteral("d%1").arg(depth), EntryKind::Directory));
        for (int i = 2000; i > 0; --i) // added in reverse: finish() sorts
            b.add(0,
                  entry(QStringLiteral("f%1").arg(i, 5, 10, QLatin1Char('0')), EntryKind::File, i));
        for (int i = 0; i < 500; ++i) // replaced, every one: 500 dropped entries
            b.add(0, entry(QStringLiteral("f%1").arg(i + 1, 5, 10, QLatin1Char('0')),
                           EntryKind::File, 1));
        const ImageTree tree = b.finish();
        QCOMPARE(tree.size(), 1 + 20 + 2000);
        checkLinks(tree);
        QCOMPARE(tree.at(1).path, QByteArray("/d0"));
        QCOMPARE(tree.at(2).path, QByteArray("/f00001"));
        QCOMPARE(tree.at(2).size, 1);
        QCOMPARE(tree.at(2000 + 1).path, QByteArray("/f02000"));
        QCOMPARE(
            tree.find("/d0/d1/d2/d3/d4/d5/d6/d7/d8/d9/d10/d11/d12/d13/d14/d15/d16/d17/d18/d19"),
            tree.size() - 1);
        qint64 bytes = 500;
        for (int i = 501; i <= 2000; ++i)
            bytes += i;
        QCOMPARE(tree.totalBytes(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestImageTreeBuilder)
#include "tst_imagetreebuilder.moc"
