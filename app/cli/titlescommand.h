#pragma once

#include "command.h"

namespace Spindle::Cli {

// `spindle-cli titles`: the titles of a DVD-Video (length, chapters, angles, audio and
// subtitle streams, title set and its size, the main feature), numbered as `build
// --keep-titles` takes them.
class TitlesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("titles"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
