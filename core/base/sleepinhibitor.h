#pragma once

#include <QString>

namespace Spindle {

// Keeps the computer awake while a disc is burned: a logind "sleep:idle" inhibitor lock, held
// as a file descriptor for the object's lifetime. Without a system bus (containers, CI) it does
// nothing and says why in reason(): a burn must never fail for want of it.
class SleepInhibitor final
{
public:
    explicit SleepInhibitor(const QString &why);
    ~SleepInhibitor();
    Q_DISABLE_COPY_MOVE(SleepInhibitor)

    bool isActive() const { return m_fd >= 0; }
    QString reason() const { return m_reason; } // why it is not active, for the log

private:
    int m_fd = -1;
    QString m_reason;
};

} // namespace Spindle
