// The GUI's tree load, timed for tests/benchmarks/bench_realworld.sh: what New Image does when
// an image is opened (loadImageTree off the UI thread, then the model takes the tree and the
// view asks for the top rows), without a window. Prints "load S model S entries N".
#include "imagetreemodel.h"
#include "project/imagetreeloader.h"
#include "tree/sourcespec.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Spindle;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "Usage: spindle_bench_treeload IMAGE_OR_FOLDER\n";
        return 2;
    }
    auto spec = SourceSpec::parse(app.arguments().at(1));
    if (!spec) {
        err << spec.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto loaded = loadImageTree({spec.value()});
    if (!loaded) {
        err << loaded.error().message << '\n';
        return 1;
    }
    const double load = timer.nsecsElapsed() / 1e9;
    timer.restart();
    ImageTreeModel model;
    model.setTree(loaded.value().tree);
    model.setBootInfo(loaded.value().boot);
    model.setFileInfo(loaded.value().fileInfo);
    // What the view shows first: the root's rows with their sizes and states.
    const QModelIndex root = model.index(0, 0);
    int rows = model.rowCount(root);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model.columnCount(root); ++c)
            model.data(model.index(r, c, root));
    const double shown = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("load %1 model %2 entries %3\n")
               .arg(load, 0, 'f', 3)
               .arg(shown, 0, 'f', 3)
               .arg(loaded.value().tree->size());
    return 0;
}
