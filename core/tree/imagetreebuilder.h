#pragma once

#include "tree/imagetree.h"

#include <QHash>
#include <functional>
#include <unordered_map>

namespace Spindle {

// Collects entries from the source readers (image, disc, folder, archive) into an ImageTree.
// Later sources win: a file replaces an earlier one of the same name, folders merge.
class ImageTreeBuilder final
{
public:
    ImageTreeBuilder();

    int addSource(const SourceSpec &spec);
    void setBase(int source, const QString &label);
    // The folder for `path` ("/a/b"), made up where missing; -1 if a non-folder is in the way.
    int ensureFolder(const QByteArray &path);
    // Adds `entry` under folder `parent`. A folder meeting a folder merges (the existing index is
    // returned); anything else replaces what was there.
    int add(int parent, TreeEntry entry, TreeEntryExtra extra = {});
    // add() for a listing whose names are known to be new in `parent`: the entries of one
    // directory read into a folder that was empty before (childCount() == 0). Skips the name
    // lookup, which was a hash insert per entry in large folders.
    int addNew(int parent, TreeEntry entry, TreeEntryExtra extra = {});
    // Room for `more` entries: a source that knows its size up front saves the vector's
    // doubling, whose old and new blocks together were the peak memory of a large load.
    void reserve(int more);
    int childCount(int parent) const;
    TreeEntry &node(int index) { return m_nodes[size_t(index)]; }
    // The extra data of entry `index`, made when it has none.
    TreeEntryExtra &extra(int index);
    int count() const { return int(m_nodes.size()); }

    // Orders every folder (folders first, then by name), flattens breadth-first, fills paths and
    // totals.
    ImageTree finish();

private:
    int findChild(int parent, const QString &name);
    void detach(int parent, int child);
    void attach(TreeEntry &entry, TreeEntryExtra &&extra);

    std::vector<TreeEntry> m_nodes;
    // The children of an entry, by its slot; folders only get one (a vector per entry was
    // 1.7 MiB for 70,000 entries).
    const std::vector<int> *childrenOf(int parent) const;
    std::vector<int> &childrenFor(int parent);

    std::vector<TreeEntryExtra> m_extras;
    std::vector<int> m_slot; // entry -> index into m_children, -1 when it has no children
    std::vector<std::vector<int>> m_children;
    // Name lookups only for folders with many entries; small ones are scanned.
    std::unordered_map<int, QHash<QString, int>> m_index;
    QList<SourceSpec> m_sources;
    int m_base = -1;
    QString m_label;
};

} // namespace Spindle
