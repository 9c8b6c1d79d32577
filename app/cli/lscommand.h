#pragma once

#include "command.h"

namespace Spindle::Cli {

// `spindle-cli ls`: the file tree of an image, disc, archive or folder.
class LsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
