#include "tree/imagetreebuilder.h"

#include <QDateTime>
#include <algorithm>

namespace Spindle {

namespace {
constexpr size_t IndexThreshold = 16;
}

ImageTreeBuilder::ImageTreeBuilder()
{
    TreeEntry root;
    root.kind = EntryKind::Directory;
    root.mode = 0755;
    root.mtime = QDateTime::currentSecsSinceEpoch();
    m_nodes.push_back(root);
    m_slot.push_back(-1);
}

const std::vector<int> *ImageTreeBuilder::childrenOf(int parent) const
{
    const int slot = m_slot[size_t(parent)];
    return slot >= 0 ? &m_children[size_t(slot)] : nullptr;
}

std::vector<int> &ImageTreeBuilder::childrenFor(int parent)
{
    int &slot = m_slot[size_t(parent)];
    if (slot < 0) {
        slot = int(m_children.size());
        m_children.emplace_back();
    }
    return m_children[size_t(slot)];
}

int ImageTreeBuilder::childCount(int parent) const
{
    const std::vector<int> *children = childrenOf(parent);
    return children ? int(children->size()) : 0;
}

int ImageTreeBuilder::addSource(const SourceSpec &spec)
{
    m_sources.append(spec);
    return int(m_sources.size()) - 1;
}

void ImageTreeBuilder::setBase(int source, const QString &label)
{
    m_base = source;
    m_label = label;
}

int ImageTreeBuilder::findChild(int parent, const QString &name)
{
    static const std::vector<int> none;
    const std::vector<int> *listed = childrenOf(parent);
    const std::vector<int> &children = listed ? *listed : none;
    if (children.size() < IndexThreshold) {
        for (int c : children) {
            if (m_nodes[size_t(c)].name == name)
                return c;
        }
        return -1;
    }
    auto it = m_index.find(parent);
    if (it == m_index.end()) {
        QHash<QString, int> index;
        index.reserve(qsizetype(children.size()));
        for (int c : children)
            index.insert(m_nodes[size_t(c)].name, c);
        it = m_index.emplace(parent, std::move(index)).first;
    }
    return it->second.value(name, -1);
}

void ImageTreeBuilder::detach(int parent, int child)
{
    std::vector<int> &children = childrenFor(parent);
    children.erase(std::remove(children.begin(), children.end(), child), children.end());
    auto it = m_index.find(parent);
    if (it != m_index.end())
        it->second.remove(m_nodes[size_t(child)].name);
}

int ImageTreeBuilder::ensureFolder(const QByteArray &path)
{
    int current = 0;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const QString name = QString::fromUtf8(part);
        const int found = findChild(current, name);
        if (found >= 0) {
            if (m_nodes[size_t(found)].kind != EntryKind::Directory)
                return -1;
            current = found;
            continue;
        }
        TreeEntry dir;
        dir.name = name;
        dir.kind = EntryKind::Directory;
        dir.mode = 0755;
        dir.mtime = m_nodes[size_t(current)].mtime;
        current = add(current, dir);
    }
    return current;
}

int ImageTreeBuilder::add(int parent, TreeEntry entry, TreeEntryExtra extra)
{
    const int existing = findChild(parent, entry.name);
    if (existing >= 0) {
        if (entry.kind == EntryKind::Directory &&
            m_nodes[size_t(existing)].kind == EntryKind::Directory) {
            return existing;
        }
        detach(parent, existing);
    }
    return addNew(parent, std::move(entry), std::move(extra));
}

void ImageTreeBuilder::attach(TreeEntry &entry, TreeEntryExtra &&extra)
{
    entry.extra = -1;
    if (extra.isEmpty())
        return;
    entry.extra = int(m_extras.size());
    m_extras.push_back(std::move(extra));
}

TreeEntryExtra &ImageTreeBuilder::extra(int index)
{
    TreeEntry &entry = m_nodes[size_t(index)];
    if (entry.extra < 0) {
        entry.extra = int(m_extras.size());
        m_extras.emplace_back();
    }
    return m_extras[size_t(entry.extra)];
}

void ImageTreeBuilder::reserve(int more)
{
    m_nodes.reserve(m_nodes.size() + size_t(std::max(more, 0)));
    m_slot.reserve(m_slot.size() + size_t(std::max(more, 0)));
}

int ImageTreeBuilder::addNew(int parent, TreeEntry entry, TreeEntryExtra extra)
{
    attach(entry, std::move(extra));
    entry.parent = parent;
    entry.hidden = entry.name.startsWith(QLatin1Char('.'));
    const int index = int(m_nodes.size());
    m_nodes.push_back(std::move(entry));
    m_slot.push_back(-1);
    childrenFor(parent).push_back(index);
    auto it = m_index.find(parent);
    if (it != m_index.end())
        it->second.insert(m_nodes.back().name, index);
    return index;
}

ImageTree ImageTreeBuilder::finish()
{
    ImageTree tree;
    tree.m_sources = m_sources;
    tree.m_baseSource = m_base;
    tree.m_sourceLabel = m_label;
    // Breadth-first: the children of the i-th entry in `order` are appended to it as one
    // contiguous run. Links, paths and totals are filled in on the entries where they are, then
    // the entries are moved into that order in place: a second vector of every entry was the
    // peak memory of a large load (70,000 entries: 11 MiB).
    std::vector<int> order{0};
    order.reserve(m_nodes.size());
    m_nodes[0].path = "/";
    m_nodes[0].parent = -1;
    std::vector<int> noChildren;
    for (size_t i = 0; i < order.size(); ++i) {
        const int raw = order[i];
        const int slot = m_slot[size_t(raw)];
        std::vector<int> &children = slot >= 0 ? m_children[size_t(slot)] : noChildren;
        std::sort(children.begin(), children.end(), [this](int a, int b) {
            const TreeEntry &x = m_nodes[size_t(a)];
            const TreeEntry &y = m_nodes[size_t(b)];
            const bool xd = x.kind == EntryKind::Directory, yd = y.kind == EntryKind::Directory;
            if (xd != yd)
                return xd;
            const int c = x.name.compare(y.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : x.name < y.name;
        });
        TreeEntry &dir = m_nodes[size_t(raw)];
        dir.firstChild = int(order.size());
        dir.childCount = int(children.size());
        const QByteArray prefix = i == 0 ? QByteArray() : dir.path;
        for (int c : children) {
            TreeEntry &e = m_nodes[size_t(c)];
            e.parent = int(i);
            e.path = prefix + '/' + e.name.toUtf8();
            if (e.kind != EntryKind::Directory) {
                tree.m_totalBytes += e.size;
                ++tree.m_totalFiles;
            }
            order.push_back(c);
        }
        std::vector<int>().swap(children); // in `order` now
    }
    // Where each entry goes; entries that were replaced (detached, so not reached above) go
    // past the end and are dropped.
    const size_t kept = order.size();
    std::vector<int> dest(m_nodes.size(), -1);
    for (size_t i = 0; i < kept; ++i)
        dest[size_t(order[i])] = int(i);
    order = {};
    int next = int(kept);
    for (int &d : dest) {
        if (d < 0)
            d = next++;
    }
    for (size_t i = 0; i < dest.size(); ++i) {
        while (dest[i] != int(i)) {
            const size_t to = size_t(dest[i]);
            std::swap(m_nodes[i], m_nodes[to]);
            std::swap(dest[i], dest[to]);
        }
    }
    m_nodes.resize(kept);
    // A folder read grows the vector by doubling: up to half of it can be unused room, which
    // the tree would carry for as long as it lives (a build holds it next to libisofs' tree).
    // Copying it to its size costs a moment now, when nothing else is large yet.
    if (m_nodes.capacity() > kept + kept / 8)
        m_nodes.shrink_to_fit();
    tree.m_entries = std::move(m_nodes);
    tree.m_extras = std::move(m_extras);
    m_nodes.clear();
    m_extras.clear();
    m_children.clear();
    m_slot.clear();
    m_index.clear();
    return tree;
}

const TreeEntryExtra &ImageTree::extra(const TreeEntry &entry) const
{
    static const TreeEntryExtra none;
    return entry.extra >= 0 ? m_extras[size_t(entry.extra)] : none;
}

int ImageTree::find(const QByteArray &path) const
{
    if (path == "/" || path.isEmpty())
        return 0;
    int current = 0;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty())
            continue;
        const QString name = QString::fromUtf8(part);
        const TreeEntry &dir = m_entries[size_t(current)];
        int found = -1;
        for (int c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
            if (m_entries[size_t(c)].name == name) {
                found = c;
                break;
            }
        }
        if (found < 0)
            return -1;
        current = found;
    }
    return current;
}

} // namespace Spindle
