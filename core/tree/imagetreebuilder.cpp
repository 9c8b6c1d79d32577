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
    m_children.emplace_back();
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
    const std::vector<int> &children = m_children[size_t(parent)];
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
    std::vector<int> &children = m_children[size_t(parent)];
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

int ImageTreeBuilder::add(int parent, TreeEntry entry)
{
    const int existing = findChild(parent, entry.name);
    if (existing >= 0) {
        if (entry.kind == EntryKind::Directory &&
            m_nodes[size_t(existing)].kind == EntryKind::Directory) {
            return existing;
        }
        detach(parent, existing);
    }
    return addNew(parent, std::move(entry));
}

void ImageTreeBuilder::reserve(int more)
{
    m_nodes.reserve(m_nodes.size() + size_t(std::max(more, 0)));
    m_children.reserve(m_children.size() + size_t(std::max(more, 0)));
}

int ImageTreeBuilder::addNew(int parent, TreeEntry entry)
{
    entry.parent = parent;
    entry.hidden = entry.name.startsWith(QLatin1Char('.'));
    const int index = int(m_nodes.size());
    m_nodes.push_back(std::move(entry));
    m_children.emplace_back();
    std::vector<int> &children = m_children[size_t(parent)];
    children.push_back(index);
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
    std::vector<TreeEntry> &out = tree.m_entries;
    out.reserve(m_nodes.size());
    out.push_back(std::move(m_nodes[0]));
    out[0].path = "/";
    out[0].parent = -1;
    // Breadth-first: out[i]'s children are appended as one contiguous run.
    std::vector<int> rawOf{0};
    rawOf.reserve(m_nodes.size());
    for (size_t i = 0; i < out.size(); ++i) {
        std::vector<int> &children = m_children[size_t(rawOf[i])];
        std::sort(children.begin(), children.end(), [this](int a, int b) {
            const TreeEntry &x = m_nodes[size_t(a)];
            const TreeEntry &y = m_nodes[size_t(b)];
            const bool xd = x.kind == EntryKind::Directory, yd = y.kind == EntryKind::Directory;
            if (xd != yd)
                return xd;
            const int c = x.name.compare(y.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : x.name < y.name;
        });
        out[i].firstChild = int(out.size());
        out[i].childCount = int(children.size());
        const QByteArray prefix = i == 0 ? QByteArray() : out[i].path;
        for (int c : children) {
            TreeEntry e = std::move(m_nodes[size_t(c)]);
            e.parent = int(i);
            e.path = prefix + '/' + e.name.toUtf8();
            if (e.kind != EntryKind::Directory) {
                tree.m_totalBytes += e.size;
                ++tree.m_totalFiles;
            }
            out.push_back(std::move(e));
            rawOf.push_back(c);
        }
    }
    m_nodes.clear();
    m_children.clear();
    m_index.clear();
    return tree;
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
