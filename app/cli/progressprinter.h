#pragma once

#include "base/format.h"
#include "jobs/job.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace Spindle::Cli {

// Turns job progress into terminal output: a live bar on a TTY, plain lines otherwise,
// or one JSON object per line for scripts (--progress json).
class ProgressPrinter final
{
public:
    enum class Mode
    {
        Bar,
        Plain,
        Json,
        None
    };
    // "auto" picks Bar on a TTY and Plain elsewhere.
    static bool parseMode(const QString &text, bool isTty, Mode *mode);

    ProgressPrinter(Mode mode, QTextStream &out, SpeedBase base = SpeedBase::Dvd);

    void update(const JobProgress &progress);
    // Ends the bar; with `withResult`, JSON mode prints the result line.
    void finish(const JobResult &result, bool withResult = true);

    static QString barLine(const JobProgress &progress, SpeedBase base, int width = 30);

private:
    Mode m_mode;
    QTextStream &m_out;
    SpeedBase m_base;
    QString m_lastPhase;
    int m_lastPlainPercent = -1;
    QElapsedTimer m_sincePlain;
    bool m_barVisible = false;
};

} // namespace Spindle::Cli
