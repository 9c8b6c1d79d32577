#include "base/translations.h"
#include "cli.h"
#include "interruptnotifier.h"

#include <QCoreApplication>

#include <csignal>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // A file size limit (ulimit -f) must end a copy with a clear "file too large" error, not kill
    // the process mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    // Before anything else: a Ctrl-C while a verb loads its sources must exit with 130, not
    // kill the process.
    Spindle::Cli::InterruptNotifier::installHandlers();
#ifdef __GLIBC__
    // One malloc arena for all threads: a build loads its tree on this thread and lays the new
    // image out on a job thread, which with an arena of its own could not reuse what the load
    // freed (a 70,000-file trim: 9 MiB more at its peak). A CLI verb runs one job at a time.
    mallopt(M_ARENA_MAX, 1);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spindle-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Spindle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINDLE_VERSION));

    Spindle::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Spindle::Cli::CliContext context{out, err, isatty(STDOUT_FILENO) != 0,
                                     isatty(STDIN_FILENO) != 0};
    return Spindle::Cli::runCli(app.arguments().mid(1), context);
}
