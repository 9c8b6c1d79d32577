#pragma once

#include <QByteArray>
#include <QString>

// Helpers the error-correction tests share: dvdisaster (the independent reader they check
// against) and the small file edits that damage an image.
namespace Spindle::Test {

// The dvdisaster program, or empty when it is not installed (its checks are then skipped).
QString dvdisasterProgram();
// What dvdisaster's reader writes in place of a sector it could not read (2048 bytes).
QByteArray dvdisasterDeadSector();
// The SHA-256 (hex) of the first `bytes` bytes of `path`; empty when the file is shorter.
// (sha256Of in fixtures.h is this for the whole file.)
QByteArray sha256OfPrefix(const QString &path, qint64 bytes);
// Writes `bytes` over `path` from byte `offset` on.
bool overwriteAt(const QString &path, qint64 offset, const QByteArray &bytes);
// The same from the start of 2048-byte sector `sector`.
inline bool overwriteSector(const QString &path, qint64 sector, const QByteArray &bytes)
{
    return overwriteAt(path, sector * 2048, bytes);
}

} // namespace Spindle::Test
