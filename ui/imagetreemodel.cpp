#include "imagetreemodel.h"

#include "base/format.h"
#include "dvd/dvdvideo.h"
#include "iso/imagecomposer.h"
#include "messagebox.h"
#include "tree/imagetree.h"

#include <QDateTime>
#include <QLocale>
#include <QWidget>

#include <algorithm>

namespace Spindle {

namespace {
constexpr size_t UndoDepth = 100;
// Rough ISO 9660 + Rock Ridge + Joliet cost per entry, and the fixed part (system area, volume
// descriptors, path tables, boot catalog).
constexpr qint64 BytesPerEntry = 400;
constexpr qint64 FixedOverhead = 512 * 1024;
} // namespace

ImageTreeModel::ImageTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

ImageTreeModel::~ImageTreeModel() = default;

void ImageTreeModel::setTree(std::shared_ptr<const ImageTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_hasSymlinks =
        m_tree && std::any_of(m_tree->entries().begin(), m_tree->entries().end(),
                              [](const TreeEntry &e) { return e.kind == EntryKind::Symlink; });
    m_undo.clear();
    m_boot = {};
    m_bootFile.assign(m_tree ? size_t(m_tree->size()) : 0, -1);
    m_bootHolder.assign(m_bootFile.size(), 0);
    m_hasBootFiles = false;
    m_state = m_tree ? m_selection.evaluate(*m_tree) : SelectionState{};
    rebuildVisible();
    endResetModel();
    Q_EMIT selectionChanged();
}

void ImageTreeModel::setSelection(const Selection &selection)
{
    if (selection == m_selection)
        return;
    pushUndo();
    m_selection = selection;
    reevaluate();
}

void ImageTreeModel::undo()
{
    if (m_undo.empty())
        return;
    m_selection = m_undo.back();
    m_undo.pop_back();
    reevaluate();
}

void ImageTreeModel::pushUndo()
{
    m_undo.push_back(m_selection);
    if (m_undo.size() > UndoDepth)
        m_undo.erase(m_undo.begin());
}

void ImageTreeModel::reevaluate()
{
    if (!m_tree)
        return;
    m_state = m_selection.evaluate(*m_tree);
    // Check states and sums change anywhere above and below a click: refresh every shown row.
    const int columns = ColumnCount - 1;
    for (int i = 0; i < m_tree->size(); ++i) {
        if (m_visibleCount[size_t(i)] == 0)
            continue;
        const QModelIndex parent = i == 0 ? QModelIndex() : indexForEntry(i);
        if (i != 0 && !parent.isValid())
            continue;
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(m_visibleCount[size_t(i)] - 1, columns, parent));
    }
    Q_EMIT selectionChanged();
}

void ImageTreeModel::setNameFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuildVisible();
    endResetModel();
}

void ImageTreeModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    beginResetModel();
    m_showHidden = show;
    rebuildVisible();
    endResetModel();
}

void ImageTreeModel::rebuildVisible()
{
    m_visible.clear();
    m_firstVisible.clear();
    m_visibleCount.clear();
    m_row.clear();
    if (!m_tree)
        return;
    const std::vector<TreeEntry> &entries = m_tree->entries();
    const size_t n = entries.size();
    std::vector<uint8_t> shown(n, 0);
    std::vector<uint8_t> allowed(n, 1);
    for (size_t i = 1; i < n; ++i) {
        allowed[i] = allowed[size_t(entries[i].parent)] && (m_showHidden || !entries[i].hidden);
    }
    const bool filtering = !m_filter.isEmpty();
    for (size_t i = n; i-- > 1;) {
        if (!allowed[i])
            continue;
        if (!filtering || entries[i].name.contains(m_filter, Qt::CaseInsensitive))
            shown[i] = 1;
        if (shown[i])
            shown[size_t(entries[i].parent)] = 1;
    }
    m_firstVisible.assign(n, 0);
    m_visibleCount.assign(n, 0);
    m_row.assign(n, -1);
    m_visible.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const TreeEntry &e = entries[i];
        m_firstVisible[i] = int(m_visible.size());
        if (e.kind != EntryKind::Directory || (i != 0 && !shown[i]))
            continue;
        for (int c = e.firstChild; c < e.firstChild + e.childCount; ++c) {
            if (!shown[size_t(c)])
                continue;
            m_row[size_t(c)] = int(m_visible.size()) - m_firstVisible[i];
            m_visible.push_back(c);
        }
        m_visibleCount[i] = int(m_visible.size()) - m_firstVisible[i];
    }
}

void ImageTreeModel::setTargetCapacity(qint64 bytes)
{
    m_capacity = bytes;
    Q_EMIT selectionChanged();
}

qint64 ImageTreeModel::selectedBytes() const
{
    return m_state.selectedBytes.empty() ? 0 : m_state.selectedBytes[0];
}

int ImageTreeModel::selectedFiles() const
{
    return m_state.selectedFiles.empty() ? 0 : m_state.selectedFiles[0];
}

qint64 ImageTreeModel::estimatedImageBytes() const
{
    if (!m_tree)
        return 0;
    qint64 bytes = FixedOverhead + m_state.writtenEntries * BytesPerEntry;
    const std::vector<TreeEntry> &entries = m_tree->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].kind == EntryKind::File && m_state.selected[i])
            bytes += (entries[i].size + 2047) / 2048 * 2048;
    }
    return bytes;
}

QString ImageTreeModel::sizeText(qint64 selectedBytes, qint64 totalBytes)
{
    if (selectedBytes == totalBytes)
        return formatBytes(totalBytes);
    return tr("%1 of %2").arg(formatBytes(selectedBytes), formatBytes(totalBytes));
}

void ImageTreeModel::setFileInfo(const QHash<QString, QString> &info)
{
    m_fileInfo = info;
    if (m_tree && m_tree->size() > 1)
        Q_EMIT dataChanged(index(0, InfoColumn), index(rowCount() - 1, InfoColumn));
}

QStringList ImageTreeModel::warnings() const
{
    return m_tree ? dvdVideoWarnings(*m_tree, m_state) : QStringList();
}

void ImageTreeModel::setBootInfo(const BootInfo &boot)
{
    if (!m_tree)
        return;
    m_boot = boot;
    m_bootFile.assign(size_t(m_tree->size()), -1);
    m_bootHolder.assign(size_t(m_tree->size()), 0);
    m_hasBootFiles = false;
    const std::vector<TreeEntry> &entries = m_tree->entries();
    for (qsizetype f = 0; f < m_boot.files.size(); ++f) {
        const int entry = m_tree->find(m_boot.files[f].path);
        if (entry <= 0)
            continue;
        m_hasBootFiles = true;
        m_bootFile[size_t(entry)] = int(f);
        for (int p = entries[size_t(entry)].parent; p > 0; p = entries[size_t(p)].parent)
            m_bootHolder[size_t(p)] = 1;
    }
    // Parents come before their children: what is inside a folder of boot files is needed too.
    for (size_t i = 1; i < entries.size(); ++i) {
        const int parent = entries[i].parent;
        if (m_bootFile[i] < 0 && parent > 0 && m_bootFile[size_t(parent)] >= 0)
            m_bootFile[i] = m_bootFile[size_t(parent)];
    }
    if (m_tree->size() > 1)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList ImageTreeModel::bootFilesLeftOut() const
{
    return m_tree ? Spindle::bootFilesLeftOut(m_boot, *m_tree, m_state) : QStringList();
}

QString ImageTreeModel::bootWarning(QString *detail) const
{
    QStringList lines;
    if (!m_boot.notKept.isEmpty())
        lines << tr("The new image cannot keep all of the source's boot setup. Not kept: %1.")
                     .arg(m_boot.notKept.join(QStringLiteral("; ")));
    const QStringList leftOut = bootFilesLeftOut();
    if (leftOut.size() == 1)
        lines << tr("Left out, though needed to start the computer from this disc: %1. Tick it "
                    "to keep the new image bootable.")
                     .arg(leftOut.first());
    else if (!leftOut.isEmpty())
        lines << tr("Left out, though needed to start the computer from this disc: %1. Tick "
                    "them to keep the new image bootable.")
                     .arg(shortFileList(leftOut));
    const bool shortened = shortFileList(leftOut) != leftOut.join(QStringLiteral(", "));
    *detail = shortened ? leftOut.join(QLatin1Char('\n')) : QString();
    return lines.join(QLatin1Char('\n'));
}

bool ImageTreeModel::confirmLeavingOut(int entry) const
{
    if (m_bootFile.empty() || (m_bootFile[size_t(entry)] < 0 && !m_bootHolder[size_t(entry)]))
        return true;
    const TreeEntry &e = m_tree->at(entry);
    const QString path = QString::fromUtf8(e.path);
    MessageBox::Request q;
    q.title = tr("Leave Out a Boot File?");
    q.yesText = tr("Leave Out");
    q.noText = tr("Keep");
    q.dangerous = true; // Keep is the default
    if (const int f = m_bootFile[size_t(entry)]; f >= 0) {
        if (m_boot.files[f].catalog || !m_state.written[size_t(entry)])
            return true;
        q.text =
            tr("%1 is needed to start the computer from this disc. Leave it out anyway?").arg(path);
        q.detail = m_boot.files[f].role;
    } else {
        // The boot files inside that are still in the image.
        QStringList inside;
        const QByteArray prefix = e.path + '/';
        for (const BootFile &file : m_boot.files) {
            const int at = m_tree->find(file.path);
            if (!file.catalog && at > 0 && file.path.startsWith(prefix) &&
                m_state.written[size_t(at)])
                inside << QString::fromUtf8(file.path);
        }
        if (inside.isEmpty())
            return true;
        q.text = tr("%1 holds %2, needed to start the computer from this disc. Leave it out "
                    "anyway?",
                    nullptr, int(inside.size()))
                     .arg(path, shortFileList(inside));
        q.detail = inside.join(QLatin1Char('\n'));
    }
    return MessageBox::ask(qobject_cast<QWidget *>(QObject::parent()), q);
}

int ImageTreeModel::entryIndex(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ImageTreeModel::indexForEntry(int entry) const
{
    if (!m_tree || entry <= 0 || entry >= m_tree->size() || m_row[size_t(entry)] < 0)
        return {};
    return createIndex(m_row[size_t(entry)], 0, quintptr(entry));
}

QModelIndex ImageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = entryIndex(parent);
    if (row >= m_visibleCount[size_t(p)])
        return {};
    return createIndex(row, column, quintptr(m_visible[size_t(m_firstVisible[size_t(p)] + row)]));
}

QModelIndex ImageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    return indexForEntry(m_tree->at(int(child.internalId())).parent);
}

int ImageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || (parent.isValid() && parent.column() != 0))
        return 0;
    return m_visibleCount[size_t(entryIndex(parent))];
}

int ImageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_tree)
        return {};
    const int i = entryIndex(index);
    const TreeEntry &e = m_tree->at(i);
    const bool folder = e.kind == EntryKind::Directory;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case SizeColumn:
            if (!folder)
                return formatBytes(e.size);
            return sizeText(m_state.selectedBytes[size_t(i)], m_state.totalBytes[size_t(i)]);
        case FilesColumn:
            if (!folder)
                return {};
            return tr("%1 of %2")
                .arg(m_state.selectedFiles[size_t(i)])
                .arg(m_state.totalFiles[size_t(i)]);
        case ModifiedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(e.mtime), QLocale::ShortFormat);
        case InfoColumn:
            if (e.kind == EntryKind::Symlink)
                return tr("→ %1").arg(m_tree->extra(e).linkTarget);
            if (!m_bootFile.empty() && m_bootFile[size_t(i)] >= 0)
                return tr("Needed to boot");
            if (!m_bootHolder.empty() && m_bootHolder[size_t(i)])
                return tr("Holds boot files");
            return m_fileInfo.value(e.name.toUpper());
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        if (m_state.allSelected[size_t(i)])
            return Qt::Checked;
        return m_state.written[size_t(i)] ? Qt::PartiallyChecked : Qt::Unchecked;
    case Qt::ToolTipRole:
        // The info column is narrow; a DVD title list is read in full from its tooltip.
        if (index.column() == InfoColumn && m_fileInfo.contains(e.name.toUpper()))
            return m_fileInfo.value(e.name.toUpper());
        if (!m_bootFile.empty() && m_bootFile[size_t(i)] >= 0)
            return tr("%1\nNeeded to start the computer from this disc (%2).")
                .arg(QString::fromUtf8(e.path), m_boot.files[m_bootFile[size_t(i)]].role);
        return QString::fromUtf8(e.path);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == FilesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return QString::fromUtf8(e.path);
    case EntryIndexRole:
        return i;
    case SelectedBytesRole:
        return m_state.selectedBytes[size_t(i)];
    case TotalBytesRole:
        return m_state.totalBytes[size_t(i)];
    }
    return {};
}

bool ImageTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool include = value.toInt() != Qt::Unchecked;
    if (!include && !confirmLeavingOut(entryIndex(index)))
        return false;
    pushUndo();
    m_selection.setIncluded(*m_tree, entryIndex(index), include);
    reevaluate();
    return true;
}

Qt::ItemFlags ImageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case FilesColumn:
        return tr("Files");
    case ModifiedColumn:
        return tr("Modified");
    case InfoColumn:
        return tr("Info");
    }
    return {};
}

} // namespace Spindle
