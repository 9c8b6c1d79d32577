#pragma once

#include "command.h"
#include "project/imagetreeloader.h"

namespace Spindle::Cli {

// A verb that reads exactly one SOURCE (ls, titles): checking the argument and loading the tree
// happen here, once; what the verb makes of the tree is its own.
class SourceCommand : public Command
{
protected:
    int run(const QCommandLineParser &parser, CliContext &context) final;
    virtual int runOn(const LoadedTree &loaded, const QCommandLineParser &parser,
                      CliContext &context) = 0;
};

} // namespace Spindle::Cli
