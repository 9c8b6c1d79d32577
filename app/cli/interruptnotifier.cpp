#include "interruptnotifier.h"

#include "exitcodes.h"

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Spindle::Cli {

namespace {
int pipeFds[2] = {-1, -1};
std::atomic_bool installed{false};
// False until a job can be cancelled: before, a signal has nothing to clean up.
std::atomic_bool jobListens{false};
std::atomic_int signalCount{0};
static_assert(std::atomic_bool::is_always_lock_free && std::atomic_int::is_always_lock_free,
              "used in a signal handler");

void onSignal(int)
{
    signalCount.fetch_add(1);
    if (!jobListens.load())
        ::_exit(ExitCancelled);
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(pipeFds[1], &byte, 1);
}
} // namespace

void InterruptNotifier::installHandlers()
{
    if (installed.exchange(true))
        return;
    if (::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        pipeFds[0] = pipeFds[1] = -1; // a signal still ends the process with 130
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

InterruptNotifier::InterruptNotifier(QObject *parent) : QObject(parent)
{
    installHandlers(); // a no-op in spindle-cli, which installs them at start-up; tests do not
    if (pipeFds[0] < 0)
        return;
    // A signal that no notifier took (one that came after an earlier job ended) is not for
    // this job.
    char buffer[16];
    while (::read(pipeFds[0], buffer, sizeof buffer) > 0) {
    }
    m_signalsAtStart = signalCount.load();
    jobListens.store(true);
    m_notifier = std::make_unique<QSocketNotifier>(pipeFds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptNotifier::onReadable);
}

// The handlers stay: once a job has run, its output may be complete, and a late signal must
// not turn that into exit code 130.
InterruptNotifier::~InterruptNotifier() = default;

bool InterruptNotifier::signalled() const
{
    return signalCount.load() != m_signalsAtStart;
}

void InterruptNotifier::onReadable()
{
    char buffer[16];
    while (::read(pipeFds[0], buffer, sizeof buffer) > 0) {
    }
    Q_EMIT interrupted();
}

} // namespace Spindle::Cli
