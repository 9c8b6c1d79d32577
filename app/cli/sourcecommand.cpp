#include "sourcecommand.h"

#include "exitcodes.h"
#include "treeloading.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int SourceCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(context, Tr::tr("give exactly one SOURCE."), name());
    const auto loaded = loadSourcesForCli(args, {}, context);
    if (!loaded)
        return ExitFailure;
    return runOn(*loaded, parser, context);
}

} // namespace Spindle::Cli
