#include "dvdvideosetup.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "messagebox.h"
#include "project/imagetreeloader.h"
#include "tree/imagetree.h"
#include "tree/sourcespec.h"
#include "treefixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Spindle;
using namespace Spindle::Test;

// The selection rules and the tree model (checked by QAbstractItemModelTester); a 100,000-entry
// tree is tst_imagetreelarge's.
class TestImageTreeModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;

    static void touch(const QString &path, int bytes)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT, 0644);
        if (bytes > 0)
            ::ftruncate(fd, bytes);
        ::close(fd);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_small = m_dir.path() + QStringLiteral("/small");
        for (const char *d : {"/VIDEO_TS", "/extras/deep", "/docs", "/.config"})
            QDir().mkpath(m_small + QLatin1String(d));
        touch(m_small + QStringLiteral("/VIDEO_TS/VIDEO_TS.IFO"), 2048);
        touch(m_small + QStringLiteral("/VIDEO_TS/VTS_01_1.VOB"), 10000);
        touch(m_small + QStringLiteral("/VIDEO_TS/VTS_02_1.VOB"), 20000);
        touch(m_small + QStringLiteral("/extras/deep/bonus.bin"), 5000);
        touch(m_small + QStringLiteral("/docs/readme.txt"), 100);
        touch(m_small + QStringLiteral("/docs/readme.bak"), 50);
        touch(m_small + QStringLiteral("/.config/x"), 10);
    }

    void patternsAndTicks()
    {
        auto tree = loadTestTree(m_small);
        QVERIFY(tree);
        auto selection = Selection::parse(QStringLiteral(
            "# comment\n/VIDEO_TS/VTS_02_*\n*.bak\nextras/\n!/extras/deep/bonus.bin\n"));
        QVERIFY(selection);
        const SelectionState s = selection->evaluate(*tree);
        auto selected = [&](const char *path) {
            return bool(s.selected[size_t(tree->find(path))]);
        };
        auto written = [&](const char *path) { return bool(s.written[size_t(tree->find(path))]); };
        QVERIFY(!selected("/VIDEO_TS/VTS_02_1.VOB"));
        QVERIFY(selected("/VIDEO_TS/VTS_01_1.VOB"));
        QVERIFY(!selected("/docs/readme.bak"));
        QVERIFY(selected("/docs/readme.txt"));
        QVERIFY(!selected("/extras"));
        QVERIFY(written("/extras")); // holds the re-included file
        QVERIFY(selected("/extras/deep/bonus.bin"));
        QCOMPARE(s.selectedBytes[0], qint64(2048 + 10000 + 5000 + 100 + 10));
        QCOMPARE(s.totalFiles[0], 7);
        QVERIFY(Selection::parse(QStringLiteral("[abc\n")).ok() == false);
        // Round trip through text.
        QCOMPARE(Selection::parse(selection->toText()).value().toText(), selection->toText());
        // A literal path with glob characters is escaped.
        Selection literal;
        literal.setIncluded("/a[1]*", false);
        QCOMPARE(literal.rules().first().pattern, QStringLiteral("/a\\[1\\]\\*"));
    }

    void modelTesterAndChecks()
    {
        ImageTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(loadTestTree(m_small));
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex video = model.indexForEntry(model.tree()->find("/VIDEO_TS"));
        QVERIFY(video.isValid());
        QCOMPARE(model.data(video, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const QModelIndex vob2 = model.indexForEntry(model.tree()->find("/VIDEO_TS/VTS_02_1.VOB"));
        QVERIFY(model.setData(vob2, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(vob2, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.data(video, Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(model.selectedBytes(), qint64(2048 + 10000 + 5000 + 100 + 50 + 10));
        QVERIFY(model.selection().toText().contains(QStringLiteral("/VIDEO_TS/VTS_02_1.VOB")));
        QCOMPARE(model.warnings().size(), 1); // DVD-Video playback warning
        QVERIFY(model.data(video.siblingAtColumn(ImageTreeModel::FilesColumn))
                    .toString()
                    .startsWith(QStringLiteral("2 of 3")));
        // Unticking a folder unticks everything in it; undo brings it back.
        QVERIFY(model.setData(video, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(video, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.canUndo());
        model.undo();
        QCOMPARE(model.data(video, Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        model.undo();
        QCOMPARE(model.data(video, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.warnings().isEmpty());
        // Filters change what is shown, not what is written.
        model.setShowHidden(false);
        QCOMPARE(model.rowCount(), 3);
        model.setNameFilter(QStringLiteral("bonus"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.selectedBytes(), model.state().selectedBytes[0]);
        model.setNameFilter({});
        model.setShowHidden(true);
        QCOMPARE(model.rowCount(), 4);
        // The fit against a medium.
        model.setTargetCapacity(100 * 1024);
        QVERIFY(!model.fits()); // overhead alone is half a megabyte
        model.setTargetCapacity(qint64(700) * 1000 * 1000);
        QVERIFY(model.fits());
    }

    // Ticking again what a click left out takes the click's line away rather than adding a
    // "!" line to undo it: the patterns stay the list of what is left out.
    void reTickRemovesPattern()
    {
        ImageTreeModel model;
        model.setTree(loadTestTree(m_small));
        const QModelIndex extras = model.indexForEntry(model.tree()->find("/extras"));
        const QModelIndex deep = model.indexForEntry(model.tree()->find("/extras/deep"));
        QVERIFY(model.setData(extras, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QStringLiteral("/extras\n"));
        QVERIFY(model.setData(extras, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QString());
        QCOMPARE(model.data(extras, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // A folder ticked inside a left-out one needs its "!" line; ticking the outer folder
        // takes both lines away.
        QVERIFY(model.setData(extras, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(deep, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QStringLiteral("/extras\n!/extras/deep\n"));
        QVERIFY(model.setData(extras, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QString());
        // What a typed pattern leaves out needs a "!" line to come back, and unticking it
        // again leaves the typed pattern alone.
        model.setSelection(Selection::parse(QStringLiteral("extras/\n")).value());
        QCOMPARE(model.data(extras, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(extras, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QStringLiteral("extras/\n!/extras\n"));
        QCOMPARE(model.data(extras, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(extras, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QStringLiteral("extras/\n"));
        QCOMPARE(model.data(extras, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void folderMergesIntoImageFolder()
    {
        // A folder added at "/" whose subfolder is also in the image: its files join the
        // image's folder and replace same-named ones. (The walk used to follow the merged
        // entry's origin, which is empty for an image folder, and lost them with a warning.)
        const QString iso =
            Test::makeIso(m_dir.path(), QStringLiteral("base.iso"), QStringLiteral("BASE"),
                          {QStringLiteral("B/b=old"), QStringLiteral("B/keep=k")});
        QVERIFY(!iso.isEmpty());
        const QString add = m_dir.path() + QStringLiteral("/add");
        QVERIFY(QDir().mkpath(add + QStringLiteral("/B")));
        touch(add + QStringLiteral("/B/b"), 7);
        touch(add + QStringLiteral("/B/new"), 3);
        auto image = SourceSpec::parse(iso);
        auto folder = SourceSpec::parse(add + QStringLiteral("=/"), true);
        QVERIFY(image && folder);
        auto loaded = loadImageTree({image.value(), folder.value()});
        QVERIFY(loaded);
        QVERIFY2(loaded.value().warnings.isEmpty(),
                 qPrintable(loaded.value().warnings.join(QLatin1Char('\n'))));
        const ImageTree &tree = *loaded.value().tree;
        QCOMPARE(tree.at(tree.find("/B")).childCount, 3);
        QCOMPARE(tree.at(tree.find("/B/b")).size, qint64(7));
        QCOMPARE(tree.at(tree.find("/B/new")).size, qint64(3));
        QCOMPARE(tree.at(tree.find("/B/keep")).source, int16_t(tree.baseSource()));
    }

    // The New image tree's info column shows what the loader read, for each VOB.
    void dvdTitlesInInfoColumn()
    {
        SPINDLE_PREPARE_DVD_VIDEO(setup);
        auto spec = SourceSpec::parse(setup.dvd->image);
        QVERIFY(spec);
        auto loaded = loadImageTree({spec.value()});
        QVERIFY(loaded);
        ImageTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.setTree(loaded.value().tree);
        model.setFileInfo(loaded.value().fileInfo);
        QModelIndex videoTs;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == QLatin1String("VIDEO_TS"))
                videoTs = model.index(r, 0);
        }
        QVERIFY(videoTs.isValid());
        int described = 0;
        for (int r = 0; r < model.rowCount(videoTs); ++r) {
            const QString name = model.index(r, 0, videoTs).data().toString();
            const QString info =
                model.index(r, ImageTreeModel::InfoColumn, videoTs).data().toString();
            QCOMPARE(info, loaded.value().fileInfo.value(name));
            if (name == QLatin1String("VTS_02_1.VOB")) {
                QVERIFY(info.contains(QLatin1String("Title 2")));
                QVERIFY(info.contains(QLatin1String("Title 3")));
                ++described;
            }
        }
        QCOMPARE(described, 1);
    }
    // A bootable image's boot files (xorriso: BIOS and UEFI El Torito images in /boot, the
    // catalog beside them): marked in the info column and tooltip, and unticking one, or /boot,
    // asks first; No keeps them. Other files and the catalog (kept anyway) are left out
    // without a question.
    void bootFilesAreMarkedAndAsked()
    {
        const QString iso = Test::makeIso(
            m_dir.path(), QStringLiteral("boot.iso"), QStringLiteral("BOOT"),
            {QStringLiteral("boot/bios.img=bios code"), QStringLiteral("boot/efi.img=esp"),
             QStringLiteral("data/readme.txt=text")},
            {QStringLiteral("-b"), QStringLiteral("boot/bios.img"), QStringLiteral("-no-emul-boot"),
             QStringLiteral("-c"), QStringLiteral("boot/boot.cat"),
             QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
             QStringLiteral("boot/efi.img"), QStringLiteral("-no-emul-boot")});
        QVERIFY(!iso.isEmpty());
        auto loaded = loadImageTree({SourceSpec::parse(iso).value()});
        QVERIFY(loaded);
        ImageTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.setTree(loaded.value().tree);
        QVERIFY(!model.hasInfo());
        model.setBootInfo(loaded.value().boot);
        QVERIFY(model.hasInfo());
        const auto at = [&](const char *path, int column = 0) {
            const QModelIndex i = model.indexForEntry(model.tree()->find(path));
            return i.siblingAtColumn(column);
        };
        QCOMPARE(at("/boot/bios.img", ImageTreeModel::InfoColumn).data().toString(),
                 QStringLiteral("Needed to boot"));
        QCOMPARE(at("/boot/efi.img", ImageTreeModel::InfoColumn).data().toString(),
                 QStringLiteral("Needed to boot"));
        QCOMPARE(at("/boot", ImageTreeModel::InfoColumn).data().toString(),
                 QStringLiteral("Holds boot files"));
        QCOMPARE(at("/data", ImageTreeModel::InfoColumn).data().toString(), QString());
        QCOMPARE(at("/data/readme.txt", ImageTreeModel::InfoColumn).data().toString(), QString());
        QCOMPARE(at("/boot/bios.img").data(Qt::ToolTipRole).toString(),
                 QStringLiteral("/boot/bios.img\nNeeded to start the computer from this disc "
                                "(BIOS boot image)."));

        // Not a boot file: no question.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(model.setData(at("/data/readme.txt"), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selection().toText(), QStringLiteral("/data/readme.txt\n"));
        // The catalog stays while the image boots: no question either (the unused No above
        // is still pending and answers the next one).
        QVERIFY(model.setData(at("/boot/boot.cat"), Qt::Unchecked, Qt::CheckStateRole));
        model.undo();

        QVERIFY(!model.setData(at("/boot/bios.img"), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(MessageBox::lastQuestion(),
                 QStringLiteral("/boot/bios.img is needed to start the computer from this disc. "
                                "Leave it out anyway?"));
        QCOMPARE(at("/boot/bios.img").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.selection().toText(), QStringLiteral("/data/readme.txt\n"));
        QVERIFY(model.bootFilesLeftOut().isEmpty());

        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(!model.setData(at("/boot"), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY2(MessageBox::lastQuestion().startsWith(QStringLiteral("/boot holds /boot/")),
                 qPrintable(MessageBox::lastQuestion()));
        QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("/boot/bios.img")));
        QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("/boot/efi.img")));
        QVERIFY(!MessageBox::lastQuestion().contains(QStringLiteral("boot.cat")));

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(model.setData(at("/boot/efi.img"), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.bootFilesLeftOut(), QStringList{QStringLiteral("/boot/efi.img")});
        // Left out already: unticking its folder asks about the one still in.
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(model.setData(at("/boot"), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(MessageBox::lastQuestion(),
                 QStringLiteral("/boot holds /boot/bios.img, needed to start the computer from "
                                "this disc. Leave it out anyway?"));
        QCOMPARE(model.bootFilesLeftOut().size(), 2);
        // Ticking back in never asks.
        QVERIFY(model.setData(at("/boot"), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.bootFilesLeftOut().isEmpty());

        // A new tree forgets the old one's boot files.
        model.setTree(loaded.value().tree);
        QCOMPARE(at("/boot/bios.img", ImageTreeModel::InfoColumn).data().toString(), QString());
        QVERIFY(model.setData(at("/boot/bios.img"), Qt::Unchecked, Qt::CheckStateRole));
    }
};

QTEST_GUILESS_MAIN(TestImageTreeModel)
#include "tst_imagetreemodel.moc"
