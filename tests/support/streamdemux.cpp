#include "streamdemux.h"

#include "fixtures.h"

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

QByteArray concatenated(const QStringList &files)
{
    QByteArray bytes;
    for (const QString &f : files)
        bytes += readAll(f);
    return bytes;
}

// The audio stream number (0..7) of a VOB stream id, -1 for other streams.
int audioNumber(int id)
{
    if ((id >= 0x80 && id <= 0x8f) || (id >= 0x1c0 && id <= 0x1c7) ||
        (id >= 0x1d0 && id <= 0x1d7) || (id >= 0xa0 && id <= 0xa7))
        return id & 0x07;
    return -1;
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

QString compareVobPacks(const QStringList &from, const QStringList &to, const QList<int> &gone)
{
    const QList<int> ids = packStreams(from);
    const QByteArray source = concatenated(from);
    const QByteArray result = concatenated(to);
    // newAt[s]: the kept packs before source pack s (its new sector when it stays).
    QList<qint64> newAt(ids.size() + 1, 0);
    for (qsizetype s = 0; s < ids.size(); ++s)
        newAt[s + 1] = newAt[s] + (gone.contains(ids[s]) ? 0 : 1);
    if (result.size() != newAt.last() * 2048)
        return QStringLiteral("%1 packs, expected %2").arg(result.size() / 2048).arg(newAt.last());
    const auto be = [](const QByteArray &b, qint64 at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = v << 8 | quint8(b.at(at + i));
        return v;
    };
    const auto put = [](QByteArray &b, qint64 at, int bytes, quint32 v) {
        for (int i = bytes - 1; i >= 0; --i, v >>= 8)
            b[at + i] = char(v);
    };
    for (qsizetype s = 0; s < ids.size(); ++s) {
        if (gone.contains(ids[s]))
            continue;
        QByteArray expected = source.mid(s * 2048, 2048);
        const qint64 here = newAt[s];
        if (ids[s] == 0x1bf) {
            const qint64 dsi = 0x407;
            put(expected, 0x2d, 4, quint32(here));
            put(expected, dsi + 4, 4, quint32(here));
            // Ends: the last kept pack at or before the old end.
            for (int at : {0x08, 0x0c, 0x10, 0x14}) {
                const quint32 old = be(expected, dsi + at, 4);
                if (old != 0 || at == 0x08)
                    put(expected, dsi + at, 4, quint32(newAt[s + old + 1] - 1 - here));
            }
            for (int i = 0; i < 42; ++i) {
                const qint64 at = dsi + 0xea + 4 * i;
                const quint32 v = be(expected, at, 4);
                const quint32 d = v & 0x3fffffff;
                if (d == 0 || d == 0x3fffffff)
                    continue;
                const qint64 moved = i <= 20 ? newAt[s + d] - here : here - newAt[s - d];
                put(expected, at, 4, (v & 0xc0000000u) | quint32(moved));
            }
            for (int n = 0; n < 8; ++n) {
                const qint64 at = dsi + 0x192 + 2 * n;
                const quint32 v = be(expected, at, 2);
                const quint32 d = v & 0x7fff;
                bool dropped = false;
                for (int id : gone)
                    dropped |= audioNumber(id) == n;
                if (dropped)
                    put(expected, at, 2, 0);
                else if (v != 0 && d != 0 && d != 0x3fff)
                    put(expected, at, 2,
                        (v & 0x8000) |
                            quint32((v & 0x8000) ? here - newAt[s - d] : newAt[s + d] - here));
            }
            for (int n = 0; n < 32; ++n) {
                const qint64 at = dsi + 0x1a2 + 4 * n;
                const quint32 v = be(expected, at, 4);
                const quint32 d = v & 0x7fffffff;
                if (gone.contains(0x20 + n))
                    put(expected, at, 4, 0);
                else if (v != 0 && d != 0 && d != 0x7fffffff)
                    put(expected, at, 4,
                        (v & 0x80000000u) |
                            quint32((v & 0x80000000u) ? here - newAt[s - d] : newAt[s + d] - here));
            }
        }
        const QByteArray actual = result.mid(here * 2048, 2048);
        if (actual != expected) {
            qsizetype byte = 0;
            while (actual.at(byte) == expected.at(byte))
                ++byte;
            return QStringLiteral("new sector %1 (source %2, stream 0x%3) differs at byte 0x%4")
                .arg(here)
                .arg(s)
                .arg(ids[s], 0, 16)
                .arg(byte, 0, 16);
        }
    }
    return {};
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
