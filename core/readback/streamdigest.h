#pragma once

#include "base/sha256.h"
#include "readback/imagecomparer.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace Spindle {

class GrabbedDrive;

// Fingerprints of the bytes handed to libburn, for verifying a disc burned from a stream that
// cannot be read a second time (a new image from libisofs: its dates and layout come out of
// one run). SHA-256 of the whole stream decides; a short hash per 64 KiB names where the disc
// starts to differ. Memory: 8 bytes per 64 KiB (4 MB for a 25 GB BD).
class StreamDigest final
{
public:
    StreamDigest();
    Q_DISABLE_COPY_MOVE(StreamDigest)

    // Called by the one thread that reads the stream (libburn's FIFO thread).
    void add(const char *data, qint64 size);
    // Only once the stream has ended (no more add()).
    qint64 bytes() const { return m_bytes; }
    QString sha256();

    // Reads back exactly bytes() from the disc (never the drive's padding after them).
    CompareOutcome compareWithDisc(const GrabbedDrive &drive,
                                   const ImageComparer::Progress &progress,
                                   const ImageComparer::CancelCheck &cancelled);
    static QString mismatchMessage(const CompareOutcome &outcome, const QString &driveAddress);

    static constexpr qint64 GroupBytes = 64 * 1024;

private:
    void finishGroup();

    Sha256 m_sha;
    QByteArray m_group; // the current 64 KiB, filled across add() calls
    std::vector<quint64> m_groupHashes;
    qint64 m_bytes = 0;
    QString m_result;
};

} // namespace Spindle
