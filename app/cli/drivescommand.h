#pragma once

#include "command.h"

namespace Spindle::Cli {

// `spindle-cli drives`: the real drives libburn finds, plus virtual drives named with --drive.
class DrivesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("drives"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace Spindle::Cli
