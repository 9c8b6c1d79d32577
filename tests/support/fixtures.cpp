#include "fixtures.h"

#include "eccfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Spindle::Test {

int runTool(const QString &program, const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool haveTool(const char *path)
{
    return path && *path && QFileInfo(QString::fromLocal8Bit(path)).isExecutable();
}

QString makeIso(const QString &dir, const QString &name, const QString &label,
                const QStringList &entries, const QStringList &extraArgs)
{
    const QString root = dir + QStringLiteral("/root-") + name;
    QDir().mkpath(root);
    for (const QString &entry : entries) {
        const int eq = entry.indexOf(QLatin1Char('='));
        const QString path = root + QLatin1Char('/') + (eq < 0 ? entry : entry.left(eq));
        if (path.endsWith(QLatin1Char('/'))) {
            QDir().mkpath(path);
            continue;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(entry.mid(eq + 1).toUtf8());
    }
    const QString iso = dir + QLatin1Char('/') + name;
    QStringList args{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                     QStringLiteral("-V"),  label,
                     QStringLiteral("-o"),  iso};
    args << extraArgs << root;
    QByteArray output;
    if (runTool(QStringLiteral(SPINDLE_XORRISO), args, &output) != 0) {
        qWarning("xorriso failed: %s", output.constData());
        return {};
    }
    return iso;
}

ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, '\0');
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QString xorrisoBootReport(const QString &iso)
{
    QByteArray out;
    runTool(QStringLiteral(SPINDLE_XORRISO),
            {QStringLiteral("-indev"), iso, QStringLiteral("-report_el_torito"),
             QStringLiteral("plain"), QStringLiteral("-report_system_area"),
             QStringLiteral("plain")},
            &out);
    return QString::fromUtf8(out);
}

QByteArray sha256Of(const QString &path)
{
    return sha256OfPrefix(path, QFileInfo(path).size());
}

QString compressFile(const QString &source, const QString &tool, const QString &target)
{
    if (QFileInfo::exists(target))
        return target;
    QProcess p;
    p.setStandardOutputFile(target);
    p.start(QStandardPaths::findExecutable(tool),
            {QStringLiteral("-c"), QStringLiteral("-1"), source});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return target;
}

} // namespace Spindle::Test
