#include "base/translations.h"
#include "mainwindow.h"
#include "terminationsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version must work without a display (over ssh, in a package build): they
// need only a core application, while QApplication aborts when no display is reachable.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app(wantsTextOnly(argc, argv)
                                                    ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QApplication::setOrganizationName(QStringLiteral("Spindle"));
    QApplication::setApplicationName(QStringLiteral("Spindle"));
    QApplication::setApplicationVersion(QStringLiteral(SPINDLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("spindle"));

    Spindle::installTranslations(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Burn, copy and inspect CDs, DVDs and Blu-ray discs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption driveOption(
        QStringLiteral("drive"),
        QApplication::translate("main", "Select DRIVE: a device (/dev/sr0) or a virtual drive "
                                        "(stdio:FILE or a file path)."),
        QStringLiteral("DRIVE"));
    const QCommandLineOption mediumOption(
        QStringLiteral("medium"),
        QApplication::translate("main", "The medium a virtual drive emulates: cd-r, dvd-r, "
                                        "bd-re, ... or a size such as 4.7G."),
        QStringLiteral("KIND"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main",
                                "Open the page of TASK: copy, burn, newimage, erase or info."),
        QStringLiteral("TASK"));
    parser.addOptions({driveOption, mediumOption, pageOption});
    // The desktop file's "Exec=spindle %f": a file manager's "Open with Spindle".
    parser.addPositionalArgument(
        QStringLiteral("image"),
        QApplication::translate("main", "A disc image to burn: opens the Burn page with it."),
        QStringLiteral("[IMAGE]"));
    parser.process(*app); // exits here for --help and --version

    Spindle::MainWindow window;
    if (parser.isSet(driveOption)) {
        if (const auto error =
                window.useDrive(parser.value(driveOption), parser.value(mediumOption))) {
            std::fprintf(stderr, "spindle: %s\n", qPrintable(error->message));
            return 2;
        }
    }
    if (parser.isSet(pageOption) && !window.showTask(parser.value(pageOption))) {
        std::fprintf(stderr, "spindle: %s\n",
                     qPrintable(QApplication::translate("main", "Unknown page \"%1\". Pages: %2.")
                                    .arg(parser.value(pageOption),
                                         window.taskIds().join(QStringLiteral(", ")))));
        return 2;
    }
    const QStringList images = parser.positionalArguments();
    if (images.size() > 1) {
        std::fprintf(
            stderr, "spindle: %s\n",
            qPrintable(QApplication::translate("main", "Give one image at a time (%n were given).",
                                               nullptr, int(images.size()))));
        return 2;
    }
    if (!images.isEmpty()) {
        // Some launchers pass file:// URLs even for %f.
        const QUrl url(images.first());
        window.openImage(
            QFileInfo(url.isLocalFile() ? url.toLocalFile() : images.first()).absoluteFilePath());
    }
    // SIGTERM stops the running job cleanly, then quits.
    const Spindle::TerminationSignals termination;
    QObject::connect(&termination, &Spindle::TerminationSignals::received, &window,
                     &Spindle::MainWindow::stopJobsAndClose);
    window.show();
    return QApplication::exec();
}
