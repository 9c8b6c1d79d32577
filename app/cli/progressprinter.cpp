#include "progressprinter.h"

#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace Spindle::Cli {

namespace {
constexpr qint64 PlainIntervalMs = 5000;
constexpr int PlainPercentStep = 5;
} // namespace

bool ProgressPrinter::parseMode(const QString &text, bool isTty, Mode *mode)
{
    if (text.isEmpty() || text == QLatin1String("auto"))
        *mode = isTty ? Mode::Bar : Mode::Plain;
    else if (text == QLatin1String("bar"))
        *mode = Mode::Bar;
    else if (text == QLatin1String("plain"))
        *mode = Mode::Plain;
    else if (text == QLatin1String("json"))
        *mode = Mode::Json;
    else if (text == QLatin1String("none"))
        *mode = Mode::None;
    else
        return false;
    return true;
}

ProgressPrinter::ProgressPrinter(Mode mode, QTextStream &out, SpeedBase base)
    : m_mode(mode), m_out(out), m_base(base)
{
    m_sincePlain.start();
}

QString ProgressPrinter::barLine(const JobProgress &p, SpeedBase base, int width)
{
    QString bar;
    if (p.fraction >= 0) {
        const int filled = int(std::lround(p.fraction * width));
        bar = QStringLiteral("[%1%2] %3%")
                  .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                  .arg(int(p.fraction * 100), 3);
    }
    QString line = QStringLiteral("%1 %2").arg(p.phase, bar);
    if (p.bytesPerSecond > 0) {
        line += QStringLiteral("  %1 (%2)")
                    .arg(formatRate(p.bytesPerSecond), formatSpeedX(p.bytesPerSecond, base));
    }
    if (p.secondsLeft >= 0) {
        line += QStringLiteral("  ") +
                QCoreApplication::translate("cli", "%1 left").arg(formatDuration(p.secondsLeft));
    }
    return line.simplified();
}

void ProgressPrinter::update(const JobProgress &p)
{
    switch (m_mode) {
    case Mode::None:
        return;
    case Mode::Json: {
        QJsonObject o = toJson(p);
        o.insert(QStringLiteral("type"), QStringLiteral("progress"));
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        break;
    }
    case Mode::Bar: {
        // \r and an erase-to-end-of-line keep one live line; the bar never scrolls.
        m_out << '\r' << barLine(p, m_base) << QStringLiteral("\x1b[K");
        m_barVisible = true;
        break;
    }
    case Mode::Plain: {
        const int percent = p.fraction >= 0 ? int(p.fraction * 100) : -1;
        const bool phaseChanged = p.phase != m_lastPhase;
        const bool stepReached = percent >= 0 && percent >= m_lastPlainPercent + PlainPercentStep;
        if (!phaseChanged && !stepReached && m_sincePlain.elapsed() < PlainIntervalMs)
            return;
        m_lastPhase = p.phase;
        if (phaseChanged)
            m_lastPlainPercent = -PlainPercentStep; // a new pass counts from 0% again
        if (percent >= 0)
            m_lastPlainPercent = percent - percent % PlainPercentStep;
        m_sincePlain.restart();
        m_out << barLine(p, m_base, 0).remove(QStringLiteral("[]")).simplified() << '\n';
        break;
    }
    }
    m_out.flush();
}

void ProgressPrinter::finish(const JobResult &result, bool withResult)
{
    if (m_mode == Mode::Bar && m_barVisible) {
        m_out << '\n';
        m_barVisible = false;
    }
    if (m_mode == Mode::Json && withResult) {
        QJsonObject o = toJson(result);
        o.insert(QStringLiteral("type"), QStringLiteral("result"));
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    m_out.flush();
}

} // namespace Spindle::Cli
