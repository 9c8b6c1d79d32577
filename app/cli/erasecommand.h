#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli erase --drive DRIVE`: blanks or formats a rewritable disc.
class EraseCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("erase"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace Spindle::Cli
