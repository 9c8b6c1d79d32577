#include "cli.h"

#include "command.h"
#include "device/burnlibrary.h"
#include "exitcodes.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void printVersion(QTextStream &out)
{
    const LibraryVersions v = BurnLibrary::versions();
    out << QStringLiteral("spindle-cli %1\n").arg(v.spindle);
    out << QStringLiteral("Qt %1, libburn %2, libisofs %3, libarchive %4, libdvdread %5\n")
               .arg(v.qt, v.libburn, v.libisofs, v.libarchive, v.libdvdread);
}

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Command>> &commands)
{
    out << Tr::tr("Usage: spindle-cli VERB [options]") << "\n\n"
        << Tr::tr("Copy, burn and remaster optical discs.") << "\n\n"
        << Tr::tr("Verbs:") << '\n';
    for (const auto &c : commands)
        out << QStringLiteral("  %1 %2\n").arg(c->name(), -10).arg(c->summary());
    out << '\n'
        << Tr::tr("Options:") << '\n'
        << QStringLiteral("  %1 %2\n")
               .arg(QStringLiteral("--version"), -10)
               .arg(Tr::tr("Show the versions of Spindle and its libraries."))
        << QStringLiteral("  %1 %2\n")
               .arg(QStringLiteral("--help"), -10)
               .arg(Tr::tr("Show this help."))
        << '\n'
        << Tr::tr("Run 'spindle-cli VERB --help' for a verb's options.") << '\n'
        << Tr::tr(
               "Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with unreadable data "
               "skipped, 130 cancelled.")
        << '\n';
}

} // namespace

int runCli(const QStringList &args, CliContext &context)
{
    const auto commands = allCommands();
    if (args.isEmpty()) {
        printUsage(context.err, commands);
        context.err.flush();
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        printVersion(context.out);
        context.out.flush();
        return ExitSuccess;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        if (args.size() > 1) {
            for (const auto &c : commands) {
                if (c->name() == args.at(1)) {
                    context.out << c->helpText();
                    context.out.flush();
                    return ExitSuccess;
                }
            }
        }
        printUsage(context.out, commands);
        context.out.flush();
        return ExitSuccess;
    }
    for (const auto &c : commands) {
        if (c->name() == first)
            return c->execute(args.mid(1), context);
    }
    context.err << Tr::tr("spindle-cli: unknown verb '%1'.").arg(first) << '\n';
    printUsage(context.err, commands);
    context.err.flush();
    return ExitUsage;
}

} // namespace Spindle::Cli
