#include "eccfixtures.h"

#include "base/sha256.h"

#include <QFile>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>

namespace Spindle::Test {

using Spindle::Sha256;

QString dvdisasterProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("dvdisaster"));
}

QByteArray dvdisasterDeadSector()
{
    QByteArray sector(2048, '\0');
    const QByteArray head = "dvdisaster dead sector marker\n"
                            "This sector could not be read from the image.\n"
                            "Its contents have been substituted by the dvdisaster read "
                            "routine.\n";
    std::memcpy(sector.data(), head.constData(), size_t(head.size()));
    const QByteArray tail = "dvdisaster dead sector end marker\n";
    std::memcpy(sector.data() + 2046 - tail.size(), tail.constData(), size_t(tail.size()));
    return sector;
}

QByteArray sha256OfPrefix(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // nettle's SHA-256 (Spindle's own wrapper): QCryptographicHash takes seconds for each of
    // the CD-size images the error-correction tests hash many times.
    Sha256 h;
    while (bytes > 0) {
        const QByteArray chunk = f.read(std::min<qint64>(bytes, 4 << 20));
        if (chunk.isEmpty())
            return {};
        h.addData(chunk);
        bytes -= chunk.size();
    }
    return h.result().toHex();
}

bool overwriteAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

} // namespace Spindle::Test
