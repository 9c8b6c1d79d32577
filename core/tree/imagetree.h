#pragma once

#include "tree/sourcespec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <vector>

namespace Spindle {

enum class EntryKind : uint8_t
{
    Directory,
    File,
    Symlink,
    Other // devices, fifos, sockets: listed, carried over from an image, never extracted
};

// What only some entries have: folders' and archives' entries, links. Kept out of TreeEntry so
// that the many entries of an image stay small (70,000 of them: 4 MiB less).
struct TreeEntryExtra
{
    QByteArray origin;  // where the bytes are: local path, archive member name; empty for images
    QString linkTarget; // symlinks only
    int member = -1;    // archives: the member's position in the archive

    bool isEmpty() const { return origin.isEmpty() && linkTarget.isEmpty() && member < 0; }
};

// One file or folder of the tree. Plain data in one flat vector (no QObject, no heap node per
// entry) so that 100,000 entries load, evaluate and filter in milliseconds.
struct TreeEntry
{
    QString name;
    QByteArray path;   // UTF-8 path in the new image, "/a/b"; "/" for the root
    qint64 size = 0;   // file bytes (0 for folders)
    qint64 mtime = 0;  // seconds since the epoch
    uint32_t mode = 0; // POSIX permission bits
    uint32_t uid = 0;
    uint32_t gid = 0;
    int parent = -1;    // index of the folder holding it; -1 for the root
    int firstChild = 0; // children are contiguous: [firstChild, firstChild + childCount)
    int childCount = 0;
    int extra = -1;      // index into ImageTree::extras(), -1 when it has none
    int16_t source = -1; // index into ImageTree::sources(); -1 for folders made up by mounting
    EntryKind kind = EntryKind::File;
    // Bits: with the fields above, an entry is 96 bytes.
    bool hidden : 1 = false;     // name starts with '.'
    bool unsafeName : 1 = false; // an archive member with an absolute name or ".." in its path
};

// The combined file tree of all sources of a new image, in breadth-first order: a folder's
// children are contiguous and every parent comes before its children, so sums over subtrees are
// one backwards pass. Immutable once built (ImageTreeBuilder makes it).
class ImageTree final
{
public:
    const std::vector<TreeEntry> &entries() const { return m_entries; }
    const TreeEntry &at(int index) const { return m_entries[size_t(index)]; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.size() <= 1; }
    const QList<SourceSpec> &sources() const { return m_sources; }
    // An entry's origin, link target and archive member (empty ones when it has none).
    const TreeEntryExtra &extra(const TreeEntry &entry) const;

    // The image source (ISO file or disc) the new image starts from, or -1 when there is none.
    int baseSource() const { return m_baseSource; }
    // Index of the entry at `path` ("/a/b"), or -1.
    int find(const QByteArray &path) const;
    // Label of the base image, for the default volume label.
    QString sourceLabel() const { return m_sourceLabel; }
    qint64 totalBytes() const { return m_totalBytes; }
    int totalFiles() const { return m_totalFiles; }

private:
    friend class ImageTreeBuilder;
    std::vector<TreeEntry> m_entries;
    std::vector<TreeEntryExtra> m_extras;
    QList<SourceSpec> m_sources;
    int m_baseSource = -1;
    QString m_sourceLabel;
    qint64 m_totalBytes = 0;
    int m_totalFiles = 0;
};

} // namespace Spindle
