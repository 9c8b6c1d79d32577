#include "streamdemux.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Spindle::Test {

namespace {
QByteArray runTool(const QString &tool, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(tool, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(tool, args.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(p.readAllStandardError().right(2000)));
        return {};
    }
    return p.readAllStandardOutput();
}

int byteAt(const QByteArray &pack, int at)
{
    return at < pack.size() ? quint8(pack.at(at)) : -1;
}

bool startCode(const QByteArray &pack, int at)
{
    return byteAt(pack, at) == 0 && byteAt(pack, at + 1) == 0 && byteAt(pack, at + 2) == 1;
}

// The stream of one pack, as described in the header.
int packStream(const QByteArray &pack)
{
    if (!startCode(pack, 0) || byteAt(pack, 3) != 0xBA || (byteAt(pack, 4) & 0xC0) != 0x40)
        return -1;
    const int at = 14 + (byteAt(pack, 13) & 0x07);
    if (!startCode(pack, at))
        return -1;
    const int id = byteAt(pack, at + 3);
    if (id == 0xBB)
        return 0x1BF;
    if (id != 0xBD)
        return 0x100 | id;
    return byteAt(pack, at + 9 + byteAt(pack, at + 8));
}
} // namespace

QString ffmpegInput(const QStringList &vobs)
{
    return vobs.size() == 1 ? vobs.first()
                            : QStringLiteral("concat:") + vobs.join(QLatin1Char('|'));
}

QByteArray demuxStream(const QStringList &vobs, int id, QString *error)
{
    error->clear();
    const QByteArray payload = runTool(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-nostdin"),
         QStringLiteral("-i"), ffmpegInput(vobs), QStringLiteral("-map"),
         QStringLiteral("0:i:0x%1").arg(id, 0, 16), QStringLiteral("-c"), QStringLiteral("copy"),
         QStringLiteral("-f"), QStringLiteral("data"), QStringLiteral("-")},
        error);
    if (error->isEmpty() && payload.isEmpty())
        *error = QStringLiteral("ffmpeg found no data of stream 0x%1").arg(id, 0, 16);
    return payload;
}

QMap<int, int> probePackets(const QStringList &vobs, QString *error)
{
    error->clear();
    const QByteArray out =
        runTool(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("packet=stream_index:stream=index,id"), QStringLiteral("-of"),
                 QStringLiteral("compact"), ffmpegInput(vobs)},
                error);
    QMap<int, int> perIndex;
    QMap<int, int> idOf;
    static const QRegularExpression packet(QStringLiteral("^packet\\|stream_index=(\\d+)"));
    static const QRegularExpression stream(
        QStringLiteral("^stream\\|index=(\\d+)\\|id=0x([0-9a-fA-F]+)"));
    for (const QByteArray &line : out.split('\n')) {
        const QString text = QString::fromLatin1(line);
        if (const auto m = packet.match(text); m.hasMatch())
            ++perIndex[m.captured(1).toInt()];
        else if (const auto s = stream.match(text); s.hasMatch())
            idOf[s.captured(1).toInt()] = s.captured(2).toInt(nullptr, 16);
    }
    QMap<int, int> packets;
    for (auto it = perIndex.cbegin(); it != perIndex.cend(); ++it) {
        if (!idOf.contains(it.key())) {
            *error =
                QStringLiteral("ffprobe gave packets of stream %1 without its id").arg(it.key());
            return {};
        }
        packets[idOf.value(it.key())] += it.value();
    }
    if (error->isEmpty() && packets.isEmpty())
        *error = QStringLiteral("ffprobe read no packet of %1").arg(vobs.join(QLatin1Char(' ')));
    return packets;
}

QList<int> packStreams(const QStringList &vobs)
{
    QList<int> streams;
    for (const QString &name : vobs) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return {-1};
        for (QByteArray pack = file.read(2048); !pack.isEmpty(); pack = file.read(2048))
            streams << (pack.size() == 2048 ? packStream(pack) : -1);
    }
    return streams;
}

QMap<int, qint64> countPacks(const QStringList &vobs)
{
    QMap<int, qint64> packs;
    for (int stream : packStreams(vobs))
        ++packs[stream];
    return packs;
}

QStringList titleVobs(const QString &videoTs, int titleSet)
{
    QStringList vobs;
    for (int n = 1; n <= 9; ++n) {
        const QString name = QStringLiteral("%1/VTS_%2_%3.VOB")
                                 .arg(videoTs)
                                 .arg(titleSet, 2, 10, QLatin1Char('0'))
                                 .arg(n);
        if (!QFile::exists(name))
            break;
        vobs << name;
    }
    return vobs;
}

} // namespace Spindle::Test
