#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace Spindle::Cli {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so Ctrl-C cancels the job cleanly and the
// drive gets released instead of the process dying mid-write.
class InterruptNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptNotifier)

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Spindle::Cli
