#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct archive;
struct archive_entry;

namespace Spindle {

class ImageTreeBuilder;

// Reads a zip/tar/7z archive member by member (libarchive). Archives are streams: moving
// forward skips members, moving back reopens the archive.
class ArchiveReader final
{
public:
    explicit ArchiveReader(const QString &path);
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // Adds every member under `mountFolder`; folders missing from the archive are made up.
    static std::optional<Error> addToTree(ImageTreeBuilder &builder, int source, int mountFolder,
                                          const QString &path);

    // Positions at member `index` (0-based); its data can then be read.
    std::optional<Error> seek(int index);
    // Reads data of the current member; 0 at its end, -1 on error.
    qint64 read(char *buffer, qint64 max);
    QString errorText() const;

private:
    std::optional<Error> reopen();
    void close();

    QString m_path;
    archive *m_archive = nullptr;
    int m_current = -1; // member whose header was read last
};

} // namespace Spindle
