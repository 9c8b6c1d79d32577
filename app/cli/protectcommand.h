#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli protect IMAGE [--medium cd|dvd|dvd-dl|bd|bd-dl] [--json]`: appends dvdisaster
// RS03 error-correction data to the image.
class ProtectCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("protect"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
