#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace Spindle::Cli {

// One verb of spindle-cli (KeePassXC's Command pattern): parses its own options, prints its own
// --help, returns an exit code.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // `args` excludes the program and verb names.
    int execute(const QStringList &args, CliContext &context);
    QString helpText();

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;
    // Extra help lines after the options (examples, notes).
    virtual QString epilog() const { return {}; }
    // Options whose value may be left out (QCommandLineParser has no such options): a bare
    // --NAME is read as --NAME=DEFAULT, so a value must be joined with "=" (--ecc=20).
    virtual QList<QPair<QString, QString>> optionalValueOptions() const { return {}; }

    static int usageError(CliContext &context, const QString &message, const QString &verb);
    // The usage error for the first of `args` past the first `most`, if there is one.
    static std::optional<QString> unexpectedArgument(const QStringList &args, qsizetype most);

private:
    void prepare(QCommandLineParser &parser);
};

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace Spindle::Cli
