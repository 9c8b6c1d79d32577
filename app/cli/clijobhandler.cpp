#include "clijobhandler.h"

#include <QCoreApplication>

namespace Spindle::Cli {

CliJobHandler::CliJobHandler(bool assumeYes, bool interactive, QTextStream &in, QTextStream &err)
    : m_assumeYes(assumeYes), m_interactive(interactive), m_in(in), m_err(err)
{}

bool CliJobHandler::ask(const Question &question)
{
    if (m_assumeYes)
        return true;
    if (!m_interactive && question.kind != m_pipeKind) {
        m_refused = true;
        m_err << question.text << QLatin1Char('\n');
        m_err.flush();
        return false;
    }
    m_err << '\n' << question.title << QLatin1Char('\n') << question.text << QLatin1Char('\n');
    if (!question.detail.isEmpty())
        m_err << question.detail << QLatin1Char('\n');
    m_err << QCoreApplication::translate("cli", "Continue? [y/N] ");
    m_err.flush();
    const QString answer = m_in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == QCoreApplication::translate("cli", "y") ||
           answer == QCoreApplication::translate("cli", "yes");
}

} // namespace Spindle::Cli
