#include "readback/streamdigest.h"

#include "device/grabbeddrive.h"
#include "readback/discreader.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace Spindle {

namespace {

constexpr qint64 BlockSize = 2048;
constexpr qint64 ReadBytes = 16 * StreamDigest::GroupBytes; // 1 MiB per disc read

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StreamDigest)
};

quint64 groupHash(const char *data, qint64 size)
{
    return quint64(qHashBits(data, size_t(size), 0));
}

} // namespace

StreamDigest::StreamDigest()
{
    m_group.reserve(GroupBytes);
}

void StreamDigest::add(const char *data, qint64 size)
{
    m_sha.addData(QByteArrayView(data, size));
    m_bytes += size;
    while (size > 0) {
        const qint64 n = qMin(size, GroupBytes - m_group.size());
        m_group.append(data, n);
        data += n;
        size -= n;
        if (m_group.size() == GroupBytes)
            finishGroup();
    }
}

void StreamDigest::finishGroup()
{
    m_groupHashes.push_back(groupHash(m_group.constData(), m_group.size()));
    m_group.clear();
}

QString StreamDigest::sha256()
{
    if (m_result.isEmpty()) {
        if (!m_group.isEmpty())
            finishGroup();
        m_result = QString::fromLatin1(m_sha.result().toHex());
    }
    return m_result;
}

CompareOutcome StreamDigest::compareWithDisc(const GrabbedDrive &drive,
                                             const ImageComparer::Progress &progress,
                                             const ImageComparer::CancelCheck &cancelled)
{
    CompareOutcome outcome;
    outcome.imageSha256 = sha256();
    const auto compareChunk = [&](qint64 done, qint64 want, QByteArrayView disc) {
        // Chunks start on a group boundary; a group cut short by the disc's end is left to
        // the check below, which names the first sector that could not be read.
        for (qint64 at = 0; at < want && outcome.firstDifferentSector < 0; at += GroupBytes) {
            const qint64 n = qMin(GroupBytes, want - at);
            if (at + n > disc.size())
                break;
            const size_t group = size_t((done + at) / GroupBytes);
            if (group >= m_groupHashes.size() ||
                groupHash(disc.data() + at, n) != m_groupHashes[group])
                outcome.firstDifferentSector = (done + at) / BlockSize;
        }
    };
    const DiscReader::Result read =
        DiscReader::read(drive, m_bytes, ReadBytes, progress, cancelled, compareChunk);
    if (read.status == DiscReader::Status::Cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    outcome.discSha256 = read.discSha256;
    if (read.status == DiscReader::Status::Short) {
        // The disc ends (or cannot be read) before the stream did.
        if (outcome.firstDifferentSector < 0)
            outcome.firstDifferentSector = read.discEnd / BlockSize;
        outcome.error = read.shortReadError(drive.address());
        return outcome;
    }
    outcome.matched = outcome.firstDifferentSector < 0 && outcome.imageSha256 == outcome.discSha256;
    return outcome;
}

QString StreamDigest::mismatchMessage(const CompareOutcome &outcome, const QString &driveAddress)
{
    if (outcome.error && outcome.firstDifferentSector >= 0) {
        return Tr::tr(
                   "Verification failed: the disc in %1 holds less than was burned; it could not "
                   "be read from sector %2 on. The burn is incomplete or the disc is damaged; "
                   "burn it again, preferably on another disc.")
            .arg(driveAddress)
            .arg(outcome.firstDifferentSector);
    }
    if (outcome.firstDifferentSector < 0) // only SHA-256 saw the difference
        return Tr::tr("Verification failed: the disc in %1 differs from what was burned. Burn it "
                      "again, preferably on another disc or at a lower speed.")
            .arg(driveAddress);
    const qint64 sectorsPerGroup = GroupBytes / BlockSize;
    const qint64 first = outcome.firstDifferentSector / sectorsPerGroup * sectorsPerGroup;
    return Tr::tr("Verification failed: the disc in %1 differs from what was burned, first within "
                  "sectors %2 to %3. The disc is not a faithful copy; burn it again, preferably on "
                  "another disc or at a lower speed.")
        .arg(driveAddress)
        .arg(first)
        .arg(first + sectorsPerGroup - 1);
}

} // namespace Spindle
