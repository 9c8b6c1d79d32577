#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli build`: a new image from an image, disc, folders and archives, with files left
// out by patterns; written to a file.
class BuildCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
    QList<QPair<QString, QString>> optionalValueOptions() const override;
};

} // namespace Spindle::Cli
