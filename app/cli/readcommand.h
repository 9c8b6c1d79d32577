#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli read`: copy a disc into an image file, with rescue mode and resume.
class ReadCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("read"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
