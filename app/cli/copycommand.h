#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli copy --drive SRC [--to DST]`: copies a disc to another disc, on the fly with two
// drives, through a temporary image with one.
class CopyCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
