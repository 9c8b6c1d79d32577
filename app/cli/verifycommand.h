#pragma once

#include "jobcommand.h"

namespace Spindle {
struct VerifyOptions;
}

namespace Spindle::Cli {

// `spindle-cli verify IMAGE (--drive DRIVE | --checksum-file [FILE])`, and
// `spindle-cli verify --drive DRIVE`: the disc checked on its own (CheckDiscJob).
class VerifyCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;

private:
    int checkDisc(const QCommandLineParser &parser, CliContext &context,
                  const VerifyOptions &verify);
};

} // namespace Spindle::Cli
