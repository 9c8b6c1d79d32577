#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli repair IMAGE [--map IMAGE.map] [--json]`: rebuilds the damaged sectors of an
// image that carries dvdisaster RS03 error-correction data.
class RepairCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("repair"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
