#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace Spindle {

// SIGTERM (and SIGINT from a terminal) as a Qt signal, through a self-pipe: the default action
// would end the process in the middle of a burn, leaving the drive grabbed and a write-once
// disc ruined for nothing; the window cancels its jobs cleanly and quits instead.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    // Installs the process's handlers; one instance at a time.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override; // restores the default actions

Q_SIGNALS:
    void received();

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Spindle
