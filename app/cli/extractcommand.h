#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli extract`: copies files out of an image, disc, archive or folder.
class ExtractCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
