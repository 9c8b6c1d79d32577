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
    // Installs the handlers for the whole process, at start-up. Until the first notifier
    // exists, a signal ends the process at once with exit code 130: nothing has been written
    // yet (a verb still checks its arguments or loads its sources). From then on a signal is a
    // request to cancel, which the job in progress carries out and cleans up after.
    static void installHandlers();

    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    // Whether SIGINT or SIGTERM arrived since this notifier was made, even one whose
    // interrupted() the event loop did not get to deliver.
    bool signalled() const;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_signalsAtStart = 0;
};

} // namespace Spindle::Cli
