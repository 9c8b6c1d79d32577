#include "command.h"

#include "buildcommand.h"
#include "burncommand.h"
#include "copycommand.h"
#include "drivescommand.h"
#include "erasecommand.h"
#include "exitcodes.h"
#include "extractcommand.h"
#include "infocommand.h"
#include "lscommand.h"
#include "protectcommand.h"
#include "readcommand.h"
#include "repaircommand.h"
#include "titlescommand.h"
#include "treeloading.h"
#include "verifycommand.h"

#include <QCoreApplication>

namespace Spindle::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DrivesCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<LsCommand>());
    commands.push_back(std::make_unique<TitlesCommand>());
    commands.push_back(std::make_unique<BuildCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<BurnCommand>());
    commands.push_back(std::make_unique<EraseCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ReadCommand>());
    commands.push_back(std::make_unique<CopyCommand>());
    commands.push_back(std::make_unique<ProtectCommand>());
    commands.push_back(std::make_unique<RepairCommand>());
    return commands;
}

void Command::prepare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("cli", "Show this help.")));
    addOptions(parser);
}

QString Command::helpText()
{
    QCommandLineParser parser;
    prepare(parser);
    QString text = parser.helpText();
    // Qt names the program in the usage line; the verb belongs there too.
    const int lineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(lineEnd);
    // Qt's usage line is "Usage: PROGRAM [options] ARGS", translated by Qt's own catalogue:
    // keep what follows the program, whatever the language.
    const QString program = QCoreApplication::arguments().value(0);
    const int programAt = program.isEmpty() ? -1 : usage.indexOf(program);
    const QString rest =
        programAt < 0 ? QString() : usage.mid(programAt + program.size()).trimmed();
    usage = QCoreApplication::translate("cli", "Usage: spindle-cli %1 %2").arg(name(), rest);
    text = usage + text.mid(lineEnd);
    const QString extra = epilog();
    if (!extra.isEmpty())
        text += QLatin1Char('\n') + extra + QLatin1Char('\n');
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

int Command::execute(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    prepare(parser);
    QStringList expanded = args;
    for (const auto &[option, value] : optionalValueOptions()) {
        for (QString &arg : expanded) {
            if (arg == QLatin1String("--"))
                break; // what follows is positional
            if (arg == QLatin1String("--") + option || arg == QLatin1Char('-') + option)
                arg = QStringLiteral("--%1=%2").arg(option, value);
        }
    }
    const bool parsed = parser.parse(QStringList{QStringLiteral("spindle-cli")} + expanded);
    // Known before any error can happen, so that every failure of a JSON run is JSON.
    // optionNames() holds only options this verb knows (isSet() warns about the others).
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("progress")) &&
        parser.value(QStringLiteral("progress")) == QLatin1String("json"))
        context.jsonFailure = CliContext::JsonFailure::Line;
    else if (given.contains(QStringLiteral("json")))
        context.jsonFailure = CliContext::JsonFailure::Document;
    if (!parsed)
        return usageError(context, parser.errorText(), name());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << helpText();
        context.out.flush();
        return ExitSuccess;
    }
    return run(parser, context);
}

int Command::usageError(CliContext &context, const QString &message, const QString &verb)
{
    context.err
        << QCoreApplication::translate("cli", "spindle-cli %1: %2").arg(verb, message)
        << QLatin1Char('\n')
        << QCoreApplication::translate("cli", "Run 'spindle-cli %1 --help' for usage.").arg(verb)
        << QLatin1Char('\n');
    context.err.flush();
    printJsonFailure(context, message, {});
    return ExitUsage;
}

std::optional<QString> Command::unexpectedArgument(const QStringList &args, qsizetype most)
{
    if (args.size() <= most)
        return std::nullopt;
    return QCoreApplication::translate("cli", "unexpected argument %1").arg(args.at(most));
}

} // namespace Spindle::Cli
