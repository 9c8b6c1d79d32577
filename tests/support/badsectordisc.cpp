#include "badsectordisc.h"

#include "fixtures.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace Spindle::Test {

BadSectorDisc::BadSectorDisc(const QString &image, const QList<qint64> &badSectors, int delayMs)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("mnt")));
    setBadSectors(badSectors);
    QStringList args{QStringLiteral("--image"), image, QStringLiteral("--bad"),
                     m_dir.filePath(QStringLiteral("bad.txt"))};
    if (delayMs > 0)
        args << QStringLiteral("--delay-ms") << QString::number(delayMs);
    args << m_dir.filePath(QStringLiteral("mnt"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(SPINDLE_BADSECTORFS), args);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(path())) {
            m_mounted = true;
            return;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(20);
    }
    m_process.waitForFinished(100);
    m_error = QString::fromLocal8Bit(m_process.readAll());
}

BadSectorDisc::~BadSectorDisc()
{
    if (m_process.state() != QProcess::NotRunning) {
        runTool(QStringLiteral("fusermount3"),
                {QStringLiteral("-u"), m_dir.filePath(QStringLiteral("mnt"))});
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QString BadSectorDisc::path() const
{
    return m_dir.filePath(QStringLiteral("mnt/disc.iso"));
}

void BadSectorDisc::setBadSectors(const QList<qint64> &sectors)
{
    QFile list(m_dir.filePath(QStringLiteral("bad.txt")));
    if (!list.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    for (qint64 s : sectors)
        list.write(QByteArray::number(s) + '\n');
}

void BadSectorDisc::eject()
{
    QFile list(m_dir.filePath(QStringLiteral("bad.txt")));
    if (list.open(QIODevice::WriteOnly | QIODevice::Truncate))
        list.write("eject\n");
}

QList<FileExtent> fileExtents(const QString &image)
{
    QByteArray out;
    runTool(QStringLiteral(SPINDLE_XORRISO),
            {QStringLiteral("-indev"), image, QStringLiteral("-find"), QStringLiteral("/"),
             QStringLiteral("-type"), QStringLiteral("f"), QStringLiteral("-exec"),
             QStringLiteral("report_lba"), QStringLiteral("--")},
            &out);
    // "File data lba:  0 ,   33 ,    1 ,   2048 , '/a.bin'"
    static const QRegularExpression line(QStringLiteral(
        "File data lba:\\s*\\d+\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*\\d+\\s*,\\s*'([^']*)'"));
    QList<FileExtent> extents;
    auto it = line.globalMatch(QString::fromUtf8(out));
    while (it.hasNext()) {
        const auto m = it.next();
        extents << FileExtent{m.captured(3), m.captured(1).toLongLong(),
                              m.captured(2).toLongLong()};
    }
    return extents;
}

qint64 fileStartBlock(const QString &image, const QString &path)
{
    for (const FileExtent &e : fileExtents(image)) {
        if (e.path == path)
            return e.startBlock;
    }
    return -1;
}

} // namespace Spindle::Test
