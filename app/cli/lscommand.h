#pragma once

#include "sourcecommand.h"

namespace Spindle::Cli {

// `spindle-cli ls`: the file tree of an image, disc, archive or folder.
class LsCommand final : public SourceCommand
{
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runOn(const LoadedTree &loaded, const QCommandLineParser &parser,
              CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
