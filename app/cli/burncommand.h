#pragma once

#include "jobcommand.h"

namespace Spindle::Cli {

// `spindle-cli burn IMAGE --drive DRIVE`: burns an image file (plain or compressed).
class BurnCommand final : public JobCommand
{
public:
    QString name() const override { return QStringLiteral("burn"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    QString epilog() const override;
    QList<QPair<QString, QString>> optionalValueOptions() const override;
};

} // namespace Spindle::Cli
