#include "qemuguest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Spindle::Test {

QString QemuGuest::kernelVersion()
{
    QStringList versions;
    const QStringList kernels =
        QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")}, QDir::Files);
    for (const QString &kernel : kernels) {
        const QString version = kernel.mid(int(qstrlen("vmlinuz-")));
        if (QFile::exists(QStringLiteral("/lib/modules/%1/modules.dep").arg(version)))
            versions << version;
    }
    std::sort(versions.begin(), versions.end());
    return versions.isEmpty() ? QString() : versions.constLast();
}

QString QemuGuest::qemuProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
}

QByteArray blkdebugRules(const QList<qint64> &sectors, bool once)
{
    QByteArray rules;
    for (qint64 sector : sectors) {
        // blkdebug counts 512-byte sectors and fails a request that covers the one named.
        rules += "[inject-error]\nevent = \"read_aio\"\nerrno = \"5\"\nsector = \"" +
                 QByteArray::number(sector * 4) + "\"\nonce = \"" + (once ? "on" : "off") +
                 "\"\n\n";
    }
    return rules;
}

namespace {

bool runQuietly(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2%3")
                     .arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                          process.errorString());
        return false;
    }
    return true;
}

// The cached initramfs followed by a second cpio archive holding /batch.sh: the kernel
// unpacks both, so the big part is built once per spindle-cli.
bool makeInitrd(const QString &batch, const QString &target, QString *error)
{
    const QString kernel = QemuGuest::kernelVersion();
    const QString cached = QStringLiteral(SPINDLE_DRIVE_CACHE "/drive-initramfs.cpio");
    if (!runQuietly(
            QStringLiteral(SPINDLE_DRIVE_SCRIPTS "/mkinitramfs.sh"),
            {QStringLiteral(SPINDLE_CLI), kernel, cached, QStringLiteral(SPINDLE_DRIVEWATCH)},
            error))
        return false;
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("batch.sh")));
    if (!script.open(QIODevice::WriteOnly) || script.write(batch.toUtf8()) < 0)
        return (*error = QStringLiteral("cannot write the batch")), false;
    script.close();
    QProcess cpio;
    cpio.setWorkingDirectory(dir.path());
    cpio.setStandardOutputFile(dir.filePath(QStringLiteral("batch.cpio")));
    cpio.start(QStringLiteral("cpio"), {QStringLiteral("-o"), QStringLiteral("-H"),
                                        QStringLiteral("newc"), QStringLiteral("--quiet")});
    cpio.write("batch.sh\n");
    cpio.closeWriteChannel();
    if (!cpio.waitForFinished() || cpio.exitCode() != 0)
        return (*error = QStringLiteral("cpio failed: ") + cpio.errorString()), false;
    QFile out(target);
    QFile big(cached);
    QFile small(dir.filePath(QStringLiteral("batch.cpio")));
    if (!out.open(QIODevice::WriteOnly) || !big.open(QIODevice::ReadOnly) ||
        !small.open(QIODevice::ReadOnly))
        return (*error = QStringLiteral("cannot assemble the initrd")), false;
    while (!big.atEnd())
        out.write(big.read(1 << 20));
    out.write(small.readAll());
    return true;
}

} // namespace

bool QemuGuest::run(const QString &batch, int timeoutMs, QString *error)
{
    const QString qemu = qemuProgram();
    const QString kernel = kernelVersion();
    if (qemu.isEmpty())
        return (*error = QStringLiteral("qemu-system-x86_64 not found (qemu-system-x86)")), false;
    if (kernel.isEmpty())
        return (*error = QStringLiteral("no kernel in /boot (linux-image-amd64)")), false;
    QTemporaryDir dir;
    const QString initrd = dir.filePath(QStringLiteral("initrd"));
    if (!makeInitrd(batch, initrd, error))
        return false;
    // The monitor on a pair of FIFOs (QEMU opens them read-write, so neither side waits for
    // the other); what it answers goes to monitor.out and is not read.
    const QString monitorPath = dir.filePath(QStringLiteral("monitor"));
    for (const char *suffix : {".in", ".out"}) {
        if (mkfifo(QFile::encodeName(monitorPath + QLatin1String(suffix)).constData(), 0600) != 0)
            return (*error = QStringLiteral("mkfifo failed")), false;
    }

    QStringList args{
        QStringLiteral("-accel"),
        QStringLiteral("tcg"),
        QStringLiteral("-m"),
        QStringLiteral("1024"),
        QStringLiteral("-kernel"),
        QStringLiteral("/boot/vmlinuz-") + kernel,
        QStringLiteral("-initrd"),
        initrd,
        QStringLiteral("-append"),
        QStringLiteral("console=ttyS0 loglevel=1 panic=-1 drives=%1").arg(m_drives.size()),
        QStringLiteral("-display"),
        QStringLiteral("none"),
        QStringLiteral("-serial"),
        QStringLiteral("stdio"),
        QStringLiteral("-monitor"),
        QStringLiteral("pipe:") + monitorPath,
        QStringLiteral("-no-reboot"),
        QStringLiteral("-nic"),
        QStringLiteral("none")};
    for (const GuestDrive &d : std::as_const(m_drives)) {
        QString spec = QStringLiteral("if=ide,bus=%1,unit=%2,media=cdrom").arg(d.bus).arg(d.unit);
        if (!d.image.isEmpty()) {
            const QString file =
                d.blkdebugRules.isEmpty()
                    ? d.image
                    : QStringLiteral("blkdebug:%1:%2").arg(d.blkdebugRules, d.image);
            spec = QStringLiteral("file=%1,format=raw,readonly=on,").arg(file) + spec;
        }
        if (!d.driveOptions.isEmpty())
            spec += QLatin1Char(',') + d.driveOptions;
        args << QStringLiteral("-drive") << spec;
    }

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qemu, args);
    if (!process.waitForStarted())
        return (*error = QStringLiteral("qemu did not start: ") + process.errorString()), false;
    process.closeWriteChannel();
    int monitor = -1;
    QElapsedTimer clock;
    clock.start();
    qsizetype scanned = 0;
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(100);
        m_serial += process.readAll();
        qsizetype end;
        while ((end = m_serial.indexOf('\n', scanned)) >= 0) {
            const QByteArray line = m_serial.mid(scanned, end - scanned).trimmed();
            scanned = end + 1;
            if (!line.startsWith("@@MONITOR "))
                continue;
            if (monitor < 0) {
                monitor = open(QFile::encodeName(monitorPath + QStringLiteral(".in")).constData(),
                               O_WRONLY | O_CLOEXEC);
            }
            const QByteArray command = line.mid(int(qstrlen("@@MONITOR "))) + '\n';
            if (monitor < 0 ||
                write(monitor, command.constData(), size_t(command.size())) != command.size()) {
                m_monitorSent << QStringLiteral("FAILED: ") + QString::fromUtf8(command);
            } else {
                m_monitorSent << QString::fromUtf8(command.trimmed());
            }
        }
    }
    if (monitor >= 0)
        close(monitor);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        m_serial += process.readAll();
        parse();
        return (*error = QStringLiteral("the guest did not power off within %1 s")
                             .arg(timeoutMs / 1000)),
               false;
    }
    m_serial += process.readAll();
    parse();
    if (!m_serial.contains("@@DONE"))
        return (*error = QStringLiteral("the guest did not finish its batch")), false;
    return true;
}

void QemuGuest::parse()
{
    // init.sh's run() adds one newline to each part, which the markers' leading \n take off;
    // the serial line adds carriage returns.
    const QByteArray text = QByteArray(m_serial).replace("\r\n", "\n");
    static const QRegularExpression begin(QStringLiteral("^@@BEGIN (\\S+)$"),
                                          QRegularExpression::MultilineOption);
    auto it = begin.globalMatch(QString::fromUtf8(text));
    const QString all = QString::fromUtf8(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const qsizetype bodyStart = m.capturedEnd() + 1;
        const QString errMarker = QStringLiteral("\n@@STDERR %1\n").arg(name);
        const QString endMarker = QStringLiteral("\n@@END %1 ").arg(name);
        const qsizetype errAt = all.indexOf(errMarker, bodyStart - 1);
        const qsizetype endAt = all.indexOf(endMarker, bodyStart - 1);
        if (errAt < 0 || endAt < 0 || endAt < errAt)
            continue;
        GuestRun run;
        run.out = all.mid(bodyStart, errAt - bodyStart).toUtf8();
        const qsizetype errStart = errAt + errMarker.size();
        run.err = all.mid(errStart, endAt - errStart).toUtf8();
        const qsizetype codeStart = endAt + endMarker.size();
        run.code = all.mid(codeStart, all.indexOf(QLatin1Char('\n'), codeStart) - codeStart)
                       .trimmed()
                       .toInt();
        m_runs.insert(name, run);
    }
}

} // namespace Spindle::Test
