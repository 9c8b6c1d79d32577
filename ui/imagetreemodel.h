#pragma once

#include "iso/bootfiles.h"
#include "tree/selection.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace Spindle {

class ImageTree;

// The tree of a new image for a view: tri-state checkboxes backed by a Selection (unticking adds
// a pattern, so the patterns panel, undo and "save selection" all see the same thing), selected
// and total size and file count per folder, the total against a target medium, a name filter
// and hidden files on or off. Works on the flat ImageTree: visible children are one flat index
// vector, rebuilt on filter changes, so 100,000 entries filter in milliseconds.
class ImageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTreeModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        FilesColumn,
        ModifiedColumn,
        InfoColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, "/a/b"
        EntryIndexRole,              // int, index into the ImageTree
        SelectedBytesRole,           // qint64
        TotalBytesRole               // qint64
    };

    explicit ImageTreeModel(QObject *parent = nullptr);
    ~ImageTreeModel() override;

    void setTree(std::shared_ptr<const ImageTree> tree);
    std::shared_ptr<const ImageTree> tree() const { return m_tree; }

    // Selection: replaced wholesale (patterns panel, load) or by ticking; each change can be
    // undone.
    const Selection &selection() const { return m_selection; }
    void setSelection(const Selection &selection);
    bool canUndo() const { return !m_undo.empty(); }
    void undo();
    const SelectionState &state() const { return m_state; }

    // View filters (they never change what goes into the image).
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_filter; }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }

    // Fit against a target medium.
    void setTargetCapacity(qint64 bytes);
    qint64 targetCapacity() const { return m_capacity; }
    qint64 selectedBytes() const;
    int selectedFiles() const;
    // Data plus file system overhead, an estimate; the exact size is known when libisofs lays
    // the image out.
    qint64 estimatedImageBytes() const;
    bool fits() const { return m_capacity <= 0 || estimatedImageBytes() <= m_capacity; }

    // Per-file notes shown in the info column (DVD-Video titles), keyed by file name.
    void setFileInfo(const QHash<QString, QString> &info);
    // Whether any row has something in the info column (a DVD-Video title, a link's target),
    // so a view can leave the column out when it would stay empty.
    bool hasInfo() const { return m_hasSymlinks || !m_fileInfo.isEmpty() || m_hasBootFiles; }
    // The size column's text of a folder: "14.8 MB", or "14.8 MB of 17.2 MB" when part of it
    // is left out; views measure their column with it.
    static QString sizeText(qint64 selectedBytes, qint64 totalBytes);
    QStringList warnings() const;
    // The base image's boot files: marked in the info column, and unticking one (or a folder
    // holding one) asks first. Set after setTree(), which forgets them.
    void setBootInfo(const BootInfo &boot);
    const BootInfo &bootInfo() const { return m_boot; }
    // The boot files the selection leaves out (the catalog aside, which stays).
    QStringList bootFilesLeftOut() const;
    // For the page, before writing: what of the source's boot setup the new image cannot keep
    // and the boot files left out; empty when there is nothing to say. `detail` gets the whole
    // list when the text names only the first few.
    QString bootWarning(QString *detail) const;

    int entryIndex(const QModelIndex &index) const;
    QModelIndex indexForEntry(int entry) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    void rebuildVisible();
    void reevaluate();
    void pushUndo();
    // Asks before unticking `entry` leaves out boot files; true to go on.
    bool confirmLeavingOut(int entry) const;

    std::shared_ptr<const ImageTree> m_tree;
    Selection m_selection;
    SelectionState m_state;
    std::vector<Selection> m_undo;
    QString m_filter;
    bool m_showHidden = true;
    qint64 m_capacity = 0;
    QHash<QString, QString> m_fileInfo;
    bool m_hasSymlinks = false;
    bool m_hasBootFiles = false;
    BootInfo m_boot;
    std::vector<int> m_bootFile;       // per entry: index into m_boot.files covering it, or -1
    std::vector<uint8_t> m_bootHolder; // per entry: a folder holding a boot file
    // Visible children of entry i: m_visible[m_firstVisible[i] .. + m_visibleCount[i]).
    std::vector<int> m_visible;
    std::vector<int> m_firstVisible;
    std::vector<int> m_visibleCount;
    std::vector<int> m_row; // row of entry i among its parent's visible children, -1 if hidden
};

} // namespace Spindle
