#include "dvd/vobrewrite.h"

#include "tree/imagetree.h"
#include "udf/fileplanreader.h"

#include <QCoreApplication>

#include <cstring>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::VobRewrite)
};

constexpr qint64 ChunkPacks = 256; // 512 KiB source reads

} // namespace

// Reads the source VOBs as one run of packs and hands out the kept ones, NAV packs rewritten.
class VobRewrite::Engine
{
public:
    Engine(std::shared_ptr<const VobPacks> packs, std::shared_ptr<const SectorMap> map,
           StreamDrop drop, CellNumbers cells, NavRewrite buttons)
        : m_packs(std::move(packs)), m_map(std::move(map)), m_drop(drop), m_cells(std::move(cells)),
          m_buttons(std::move(buttons))
    {}

    // Places the engine so that the next kept pack is output sector `target`.
    std::optional<Error> seek(const std::shared_ptr<const ImageTree> &tree, qint64 target)
    {
        const qint64 source = m_map->sourceSector(target);
        if (source < 0)
            return Error{Tr::tr("Spindle asked for sector %1 of the new VOB files, which do not "
                                "have it. This is a bug in Spindle; please report it.")
                             .arg(target),
                         {}};
        if (!m_reader || tree != m_tree || source < m_next) {
            m_tree = tree;
            m_reader = std::make_unique<FilePlanReader>(tree);
            m_file = -1;
            m_next = 0;
            m_fileLeft = 0;
            m_chunkPacks = m_chunkAt = 0;
        }
        while (m_next < source) {
            if (!loadChunk())
                return m_error;
            const qint64 skip = std::min(source - m_next, m_chunkPacks - m_chunkAt);
            m_chunkAt += skip;
            m_next += skip;
        }
        return std::nullopt;
    }

    // The next kept pack into `out`; false with error() set when reading or rewriting fails.
    bool nextPack(char *out)
    {
        for (;;) {
            if (!loadChunk())
                return false;
            const char *pack = m_chunk.constData() + m_chunkAt * MpegPack::Size;
            const qint64 sector = m_next;
            ++m_chunkAt;
            ++m_next;
            const MpegPack::Code code = m_packs->codes[size_t(sector)];
            if (MpegPack::classify(pack) != code) {
                m_error = {Tr::tr("%1 changed since Spindle read it: the source changed while "
                                  "the image was written. Open the source again and retry.")
                               .arg(m_packs->where(sector)),
                           {}};
                return false;
            }
            if (!m_map->kept(sector))
                continue;
            std::memcpy(out, pack, MpegPack::Size);
            if (code == MpegPack::Nav) {
                if (auto problem = rewriteNavPack(out, sector, *m_map, m_drop)) {
                    m_error = {Tr::tr("%1 is damaged: %2. Copy the disc again, or keep its "
                                      "streams as they are.")
                                   .arg(m_packs->where(sector), *problem),
                               {}};
                    return false;
                }
                if (!m_cells.empty() && !renumberCell(out)) {
                    m_error = {Tr::tr("%1 is damaged: its NAV pack names a cell the IFO file does "
                                      "not have. Copy the disc again, or keep all its titles.")
                                   .arg(m_packs->where(sector)),
                               {}};
                    return false;
                }
                if (m_buttons)
                    rewriteButtons(out);
            }
            return true;
        }
    }

    Error error() const { return m_error; }

private:
    // Makes sure the chunk holds the pack at m_next; reads the next chunk (across files).
    bool loadChunk()
    {
        if (m_chunkAt < m_chunkPacks)
            return true;
        while (m_fileLeft == 0) {
            m_reader->close();
            ++m_file;
            if (m_file >= m_packs->files.size()) {
                m_error = {Tr::tr("The VOB files ended before the packs Spindle counted in them. "
                                  "This is a bug in Spindle; please report it."),
                           {}};
                return false;
            }
            const TreeEntry &e = m_tree->at(m_packs->files.at(m_file));
            PlannedFile file;
            file.path = e.path;
            file.size = e.size;
            file.treeEntry = m_packs->files.at(m_file);
            if (auto problem = m_reader->open(file)) {
                m_error = *problem;
                return false;
            }
            m_fileLeft = m_packs->fileSectors.at(m_file);
        }
        const qint64 want = std::min(m_fileLeft, ChunkPacks);
        m_chunk.resize(ChunkPacks * MpegPack::Size);
        const qint64 got = m_reader->readFully(m_chunk.data(), want * MpegPack::Size);
        if (got < 0) {
            m_error = m_reader->error();
            return false;
        }
        if (got < want * MpegPack::Size) {
            m_error = {Tr::tr("%1 ends before its size says: the source changed or is damaged. "
                              "Open the source again and retry.")
                           .arg(m_packs->names.at(m_file)),
                       {}};
            return false;
        }
        m_fileLeft -= want;
        m_chunkPacks = want;
        m_chunkAt = 0;
        return true;
    }

    bool renumberCell(char *pack) const
    {
        namespace F = MpegPack::Field;
        const auto *b = reinterpret_cast<const uchar *>(pack);
        const quint32 key = quint32(b[F::VobId] << 16 | b[F::VobId + 1] << 8 | b[F::CellId]);
        const auto it = m_cells.find(key);
        if (it == m_cells.end())
            return false;
        pack[F::VobId] = char(it->second >> 16);
        pack[F::VobId + 1] = char(it->second >> 8);
        pack[F::CellId] = char(it->second);
        return true;
    }

    void rewriteButtons(char *pack)
    {
        QByteArray bytes(pack, MpegPack::Size);
        NavContext context;
        context.domain = NavDomain::Title;
        if (rewriteMenuButtons(bytes, context, m_buttons, nullptr) > 0)
            std::memcpy(pack, bytes.constData(), MpegPack::Size);
    }

    std::shared_ptr<const VobPacks> m_packs;
    std::shared_ptr<const SectorMap> m_map;
    StreamDrop m_drop;
    CellNumbers m_cells;
    NavRewrite m_buttons;
    std::shared_ptr<const ImageTree> m_tree;
    std::unique_ptr<FilePlanReader> m_reader;
    int m_file = -1;
    qint64 m_fileLeft = 0; // packs of the open file not yet read
    qint64 m_next = 0;     // the source sector nextPack() looks at next
    QByteArray m_chunk;
    qint64 m_chunkPacks = 0;
    qint64 m_chunkAt = 0;
    Error m_error;
};

// One output file: a window of the output run.
class VobRewrite::File final : public PlannedContent
{
public:
    File(std::shared_ptr<Engine> engine, qint64 first, qint64 count)
        : m_engine(std::move(engine)), m_first(first), m_count(count)
    {}

    std::optional<Error> open(const std::shared_ptr<const ImageTree> &tree) override
    {
        m_done = 0;
        m_pendingAt = m_pending.size();
        if (auto problem = m_engine->seek(tree, m_first)) {
            m_error = *problem;
            return problem;
        }
        return std::nullopt;
    }

    qint64 read(char *buffer, qint64 max) override
    {
        qint64 n = 0;
        while (n < max) {
            if (m_pendingAt < m_pending.size()) {
                const qint64 take = std::min(max - n, qint64(m_pending.size()) - m_pendingAt);
                std::memcpy(buffer + n, m_pending.constData() + m_pendingAt, size_t(take));
                m_pendingAt += take;
                n += take;
                continue;
            }
            if (m_done == m_count)
                break;
            // Whole packs straight into the caller's buffer; a partial one through m_pending.
            const bool whole = max - n >= MpegPack::Size;
            if (!whole)
                m_pending.resize(MpegPack::Size);
            char *to = whole ? buffer + n : m_pending.data();
            if (!m_engine->nextPack(to)) {
                m_error = m_engine->error();
                return -1;
            }
            ++m_done;
            if (whole)
                n += MpegPack::Size;
            else
                m_pendingAt = 0;
        }
        return n;
    }

    Error error() const override { return m_error; }
    void close() override {}

private:
    std::shared_ptr<Engine> m_engine;
    qint64 m_first;
    qint64 m_count;
    qint64 m_done = 0;
    QByteArray m_pending;
    qint64 m_pendingAt = 0;
    Error m_error;
};

VobRewrite::VobRewrite(std::shared_ptr<const VobPacks> packs, const std::vector<bool> &kept,
                       StreamDrop drop, CellNumbers cells, NavRewrite buttons)
    : m_packs(std::move(packs)), m_map(std::make_shared<const SectorMap>(kept)),
      m_engine(std::make_shared<Engine>(m_packs, m_map, drop, std::move(cells), std::move(buttons)))
{}

QList<qint64> VobRewrite::fileSizes() const
{
    QList<qint64> sizes;
    for (qint64 first = 0; first < m_map->keptSectors(); first += FileSectors)
        sizes << std::min(FileSectors, m_map->keptSectors() - first) * MpegPack::Size;
    return sizes;
}

std::shared_ptr<PlannedContent> VobRewrite::file(int index)
{
    const qint64 first = index * FileSectors;
    return std::make_shared<File>(m_engine, first,
                                  std::min(FileSectors, m_map->keptSectors() - first));
}

} // namespace Spindle
