#include "udf/fileplanreader.h"

#include "iso/isoimport.h"
#include "tree/archivereader.h"
#include "tree/imagetree.h"
#include "tree/selection.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <cstring>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FilePlanReader)
};
} // namespace

FilePlan filePlanFromTree(const ImageTree &tree, const SelectionState *state, QStringList *skipped)
{
    FilePlan plan;
    for (int i = 1; i < tree.size(); ++i) {
        if (state && !state->written[size_t(i)])
            continue;
        const TreeEntry &e = tree.at(i);
        if (e.kind != EntryKind::Directory && e.kind != EntryKind::File) {
            if (skipped)
                *skipped << QString::fromUtf8(e.path);
            continue;
        }
        PlannedFile file;
        file.path = e.path;
        file.isDirectory = e.kind == EntryKind::Directory;
        file.size = file.isDirectory ? 0 : e.size;
        file.mtime = e.mtime;
        file.treeEntry = i;
        plan.append(file);
    }
    return plan;
}

FilePlanReader::FilePlanReader(std::shared_ptr<const ImageTree> tree) : m_tree(std::move(tree)) {}

FilePlanReader::~FilePlanReader()
{
    close();
}

std::optional<Error> FilePlanReader::open(const PlannedFile &file)
{
    close();
    m_path = QString::fromUtf8(file.path);
    if (file.produced) {
        if (auto problem = file.produced->open(m_tree)) {
            m_error = *problem;
            return problem;
        }
        PlannedContent *content = file.produced.get();
        m_read = [this, content](char *buffer, qint64 max) {
            const qint64 n = content->read(buffer, max);
            if (n < 0)
                m_producedError = content->error();
            return n;
        };
        m_finish = [content] { content->close(); };
        return std::nullopt;
    }
    if (file.treeEntry < 0) {
        m_content = file.content;
        m_contentOffset = 0;
        m_read = [this](char *buffer, qint64 max) {
            const qint64 n = std::min(max, qint64(m_content.size()) - m_contentOffset);
            std::memcpy(buffer, m_content.constData() + m_contentOffset, size_t(n));
            m_contentOffset += n;
            return n;
        };
        return std::nullopt;
    }
    if (auto problem = openEntry(file)) {
        m_error = *problem;
        return problem;
    }
    return std::nullopt;
}

std::optional<Error> FilePlanReader::openEntry(const PlannedFile &file)
{
    if (!m_tree || file.treeEntry >= m_tree->size())
        return Error{Tr::tr("%1 is not in the source any more. Open the source again.").arg(m_path),
                     {}};
    const TreeEntry &e = m_tree->at(file.treeEntry);
    if (e.source < 0 || e.source >= m_tree->sources().size())
        return Error{Tr::tr("%1 has no source to read from. This is a bug in Spindle; please "
                            "report it.")
                         .arg(m_path),
                     {}};
    const SourceSpec &spec = m_tree->sources().at(e.source);
    if (spec.isImage()) {
        auto &import = m_imports[e.source];
        if (!import) {
            auto opened = IsoImport::openShared(spec);
            if (!opened)
                return opened.error();
            import = std::move(opened.value());
            m_nodes[e.source] = import->mapNodes(*m_tree, e.source);
        }
        auto *node = static_cast<IsoNode *>(m_nodes[e.source][size_t(file.treeEntry)]);
        IsoStream *stream = node ? iso_file_get_stream(reinterpret_cast<IsoFile *>(node)) : nullptr;
        if (!stream || iso_stream_open(stream) < 0)
            return Error{Tr::tr("Spindle cannot read %1 from %2. The source may be damaged.")
                             .arg(QString::fromUtf8(e.path), spec.location),
                         {}};
        m_read = [stream](char *buffer, qint64 max) {
            // libisofs streams take an int count.
            const int n = iso_stream_read(stream, buffer, size_t(std::min<qint64>(max, 1 << 30)));
            return n < 0 ? qint64(-1) : qint64(n);
        };
        m_finish = [stream] { iso_stream_close(stream); };
        return std::nullopt;
    }
    if (spec.kind == SourceSpec::Kind::Archive) {
        auto &reader = m_archives[e.source];
        if (!reader)
            reader = std::make_unique<ArchiveReader>(spec.location);
        if (auto problem = reader->seek(m_tree->extra(e).member))
            return problem;
        ArchiveReader *r = reader.get();
        m_read = [r](char *buffer, qint64 max) { return r->read(buffer, max); };
        return std::nullopt;
    }
    m_local.setFileName(QFile::decodeName(m_tree->extra(e).origin));
    if (!m_local.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Spindle cannot read %1: %2. Check that the file is still there.")
                         .arg(m_local.fileName(), m_local.errorString()),
                     {}};
    m_read = [this](char *buffer, qint64 max) { return m_local.read(buffer, max); };
    return std::nullopt;
}

qint64 FilePlanReader::readFully(char *buffer, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = read(buffer + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

qint64 FilePlanReader::read(char *buffer, qint64 max)
{
    if (!m_read) {
        m_error = {
            Tr::tr("No file is open for reading. This is a bug in Spindle; please report it."), {}};
        return -1;
    }
    m_producedError.reset();
    const qint64 n = m_read(buffer, max);
    if (n < 0 && m_producedError)
        m_error = *m_producedError;
    else if (n < 0)
        m_error = {Tr::tr("Reading %1 failed; the source may be damaged or gone. Check it and try "
                          "again.")
                       .arg(m_path),
                   {}};
    return n;
}

void FilePlanReader::close()
{
    if (m_finish)
        m_finish();
    m_finish = nullptr;
    m_read = nullptr;
    m_local.close();
    m_content.clear();
}

} // namespace Spindle
