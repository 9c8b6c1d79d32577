#pragma once

#include "base/result.h"
#include "udf/plannedfile.h"

#include <QFile>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Spindle {

class ArchiveReader;
class ImageTree;
class IsoImport;
struct SelectionState;

// The files and folders of `tree` as a FilePlan, in tree order: those `state` writes (all
// when null). Symbolic links and special files cannot go into a UDF bridge image; their paths
// are added to `skipped`.
FilePlan filePlanFromTree(const ImageTree &tree, const SelectionState *state = nullptr,
                          QStringList *skipped = nullptr);

// Reads the bytes of planned files one after the other: literal content, or a tree entry
// from its source (an image or disc through libisofs, an archive member, a local file).
// Images and archives stay open between files. Use from one thread at a time.
class FilePlanReader final
{
public:
    explicit FilePlanReader(std::shared_ptr<const ImageTree> tree);
    ~FilePlanReader();
    Q_DISABLE_COPY_MOVE(FilePlanReader)

    std::optional<Error> open(const PlannedFile &file);
    // Bytes of the open file: the count, 0 at its end, -1 on error (see error()).
    qint64 read(char *buffer, qint64 max);
    // Reads until `size` bytes are in or the file ends; how many, or -1 on an error (error()).
    qint64 readFully(char *buffer, qint64 size);
    void close();
    Error error() const { return m_error; }

private:
    std::optional<Error> openEntry(const PlannedFile &file);

    std::shared_ptr<const ImageTree> m_tree;
    std::map<int, std::shared_ptr<IsoImport>> m_imports;
    std::map<int, std::vector<void *>> m_nodes;
    std::map<int, std::unique_ptr<ArchiveReader>> m_archives;
    std::function<qint64(char *, qint64)> m_read;
    std::function<void()> m_finish;
    QFile m_local;
    QByteArray m_content;
    qint64 m_contentOffset = 0;
    QString m_path;
    Error m_error;
    std::optional<Error> m_producedError; // a produced file's own message beats a generic one
};

} // namespace Spindle
