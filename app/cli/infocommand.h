#pragma once

#include "command.h"

namespace Spindle {
struct MediaInfo;
}

namespace Spindle::Cli {

// `spindle-cli info`: the medium in a drive and the file system on it.
class InfoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;

private:
    static void printText(const MediaInfo &info, QTextStream &out);
};

} // namespace Spindle::Cli
