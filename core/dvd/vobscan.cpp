#include "dvd/vobscan.h"

#include "tree/imagetree.h"
#include "udf/fileplanreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>

#include <algorithm>
#include <map>
#include <set>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::VobScan)
};

constexpr qint64 ChunkPacks = 256; // 512 KiB reads

// What makes two scans the same: the source (its location and, for files and folders, the
// size and time of each VOB) and the files.
QString cacheKey(const ImageTree &tree, const QList<int> &files)
{
    QString key;
    for (int entry : files) {
        const TreeEntry &e = tree.at(entry);
        const SourceSpec &source = tree.sources().value(e.source);
        key += QStringLiteral("%1|%2|%3|%4|%5\n")
                   .arg(source.location, QString::fromUtf8(e.path))
                   .arg(e.size)
                   .arg(e.mtime)
                   .arg(QFileInfo(source.location).lastModified().toMSecsSinceEpoch());
    }
    return key;
}

QMutex cacheMutex;
std::map<QString, std::shared_ptr<const VobPacks>> &cache()
{
    static std::map<QString, std::shared_ptr<const VobPacks>> entries;
    return entries;
}
} // namespace

qint64 VobPacks::bytesOf(MpegPack::Code code) const
{
    qint64 n = 0;
    for (MpegPack::Code c : codes)
        n += c == code;
    return n * MpegPack::Size;
}

QString VobPacks::where(qint64 sector) const
{
    for (int i = 0; i < fileSectors.size(); ++i) {
        if (sector < fileSectors.at(i))
            return Tr::tr("%1 sector %2").arg(names.at(i)).arg(sector);
        sector -= fileSectors.at(i);
    }
    return Tr::tr("sector %1 after the last VOB").arg(sector);
}

Result<std::shared_ptr<const VobPacks>> scanVobPacks(const std::shared_ptr<const ImageTree> &tree,
                                                     const QList<int> &files,
                                                     const VobScanProgress &progress)
{
    const QString key = cacheKey(*tree, files);
    {
        QMutexLocker lock(&cacheMutex);
        if (auto it = cache().find(key); it != cache().end())
            return it->second;
    }
    auto packs = std::make_shared<VobPacks>();
    qint64 total = 0;
    for (int entry : files) {
        const TreeEntry &e = tree->at(entry);
        if (e.size % MpegPack::Size != 0)
            return Error{Tr::tr("%1 is not a whole number of 2048-byte packs: the VOB is damaged "
                                "or incomplete. Copy the disc again, or keep its streams as they "
                                "are.")
                             .arg(e.name),
                         {}};
        packs->files << entry;
        packs->names << e.name;
        packs->fileSectors << e.size / MpegPack::Size;
        total += e.size / MpegPack::Size;
    }
    packs->codes.reserve(size_t(total));
    FilePlanReader reader(tree);
    std::set<NavCommand> buttons;
    QByteArray chunk(ChunkPacks * MpegPack::Size, '\0');
    for (int i = 0; i < files.size(); ++i) {
        const TreeEntry &e = tree->at(files.at(i));
        PlannedFile file;
        file.path = e.path;
        file.size = e.size;
        file.treeEntry = files.at(i);
        if (auto error = reader.open(file))
            return *error;
        qint64 left = packs->fileSectors.at(i);
        while (left > 0) {
            const qint64 want = std::min(left, ChunkPacks);
            const qint64 got = reader.readFully(chunk.data(), want * MpegPack::Size);
            if (got < 0)
                return reader.error();
            if (got < want * MpegPack::Size)
                return Error{Tr::tr("%1 ends before its size says: the source is damaged or "
                                    "incomplete.")
                                 .arg(e.name),
                             {}};
            for (qint64 p = 0; p < want; ++p) {
                const MpegPack::Code code =
                    MpegPack::classify(chunk.constData() + p * MpegPack::Size);
                if (code == MpegPack::Invalid)
                    return Error{Tr::tr("%1 holds no MPEG pack: the VOB is damaged there. Copy "
                                        "the disc again, or keep its streams as they are.")
                                     .arg(packs->where(qint64(packs->codes.size()))),
                                 {}};
                packs->codes.push_back(code);
                if (code == MpegPack::Nav) {
                    for (const NavCommand &c :
                         navPackButtonCommands(chunk.constData() + p * MpegPack::Size))
                        buttons.insert(c);
                }
            }
            left -= want;
            if (progress && !progress(qint64(packs->codes.size()), total))
                return Error{Tr::tr("Cancelled."), {}};
        }
        reader.close();
    }
    packs->buttonCommands = QList<NavCommand>(buttons.cbegin(), buttons.cend());
    QMutexLocker lock(&cacheMutex);
    // A few discs' worth of title sets (one byte per sector: at most ~9 MiB each) is plenty.
    if (cache().size() >= 16)
        cache().clear();
    cache()[key] = packs;
    return std::shared_ptr<const VobPacks>(packs);
}

VobScanProgress VobScanTally::forTitleSet(int titleSet)
{
    const bool counts = m_counted.insert(titleSet).second;
    const qint64 before = m_done;
    return [this, before, counts](qint64 sectors, qint64) {
        if (counts)
            m_done = std::min(before + sectors * MpegPack::Size, std::max<qint64>(m_total, 0));
        return !m_report || m_report(m_done, std::max<qint64>(m_total, 0));
    };
}

void VobScanTally::finish() const
{
    if (m_report && m_total > 0)
        m_report(m_total, m_total);
}

} // namespace Spindle
