#include "authoringtools.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Spindle::Test {

bool AuthoringTools::run(const QString &tool, const QStringList &args, const QString &in,
                         const QString &out)
{
    if (failed())
        return false;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIDEO_FORMAT"), QStringLiteral("NTSC"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir);
    if (!in.isEmpty())
        p.setStandardInputFile(path(in));
    if (!out.isEmpty())
        p.setStandardOutputFile(path(out));
    p.start(QStandardPaths::findExecutable(tool), args);
    if (!p.waitForStarted() || !p.waitForFinished(300000) ||
        p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("%1 %2 failed: %3")
                        .arg(tool, args.join(QLatin1Char(' ')),
                             QString::fromLocal8Bit(p.readAllStandardError().right(2000))));
    return true;
}

bool AuthoringTools::write(const QString &name, const QByteArray &text)
{
    if (failed())
        return false;
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    return true;
}

bool AuthoringTools::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

} // namespace Spindle::Test
