#include "dvd/dvdfilereader.h"

#include "tree/imagetree.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// The planner's context (dvdtrim.cpp), where these messages were first.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdTrim)
};
} // namespace

DvdFileReader::DvdFileReader(std::shared_ptr<const ImageTree> tree)
    : m_tree(tree), m_reader(std::move(tree))
{}

std::optional<Error> DvdFileReader::open(int entry)
{
    const TreeEntry &e = m_tree->at(entry);
    PlannedFile file;
    file.path = e.path;
    file.size = e.size;
    file.treeEntry = entry;
    return m_reader.open(file);
}

Result<QByteArray> DvdFileReader::readEntry(int entry, qint64 cap, const QString &name)
{
    const TreeEntry &e = m_tree->at(entry);
    if (e.size > cap)
        return Error{Tr::tr("%1 is %2 MiB, too large to be a DVD-Video IFO file. The DVD cannot "
                            "be trimmed; copy it whole.")
                         .arg(name)
                         .arg(e.size / (1024 * 1024)),
                     {}};
    if (auto err = open(entry))
        return *err;
    QByteArray bytes(e.size, '\0');
    const qint64 done = m_reader.readFully(bytes.data(), bytes.size());
    if (done < 0)
        return m_reader.error();
    m_reader.close();
    bytes.truncate(done);
    return bytes;
}

std::optional<Error> DvdFileReader::readChunks(int entry, qint64 chunkBytes,
                                               const std::function<void(const QByteArray &)> &use)
{
    if (auto err = open(entry))
        return err;
    QByteArray chunk(chunkBytes, '\0');
    for (;;) {
        const qint64 filled = m_reader.readFully(chunk.data(), chunk.size());
        if (filled < 0)
            return m_reader.error();
        if (filled == 0)
            break;
        use(filled < chunk.size() ? chunk.left(filled) : chunk);
        if (filled < chunk.size())
            break;
    }
    m_reader.close();
    return std::nullopt;
}

} // namespace Spindle
