#pragma once

#include "sourcecommand.h"

namespace Spindle::Cli {

// `spindle-cli titles`: the titles of a DVD-Video (length, chapters, angles, audio and
// subtitle streams, title set and its size, the main feature), numbered as `build
// --keep-titles` takes them.
class TitlesCommand final : public SourceCommand
{
public:
    QString name() const override { return QStringLiteral("titles"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runOn(const LoadedTree &loaded, const QCommandLineParser &parser,
              CliContext &context) override;
    QString epilog() const override;
};

} // namespace Spindle::Cli
