#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli verify IMAGE (--drive DRIVE | --checksum-file [FILE])`.
class VerifyCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
