#pragma once

#include "drivelist.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QHBoxLayout;

namespace Spindle {

class BusyIndicator;
class InlineMessage;

// The drive chooser every page shows: real drives and virtual drives from the shared
// DriveList, a rescan button, and "Add virtual drive…". It tells its page when the chosen
// drive changes and when the medium in it changes, so the page can read it again.
class DrivePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrivePicker)

public:
    explicit DrivePicker(DriveList *drives, QWidget *parent = nullptr);

    bool hasDrive() const { return m_current.has_value(); }
    std::optional<DriveEntry> currentDrive() const { return m_current; }
    QString currentAddress() const;
    MediumKind currentMedium() const;

    // Selects `address` now if listed, else as soon as a scan lists it.
    void setCurrentAddress(const QString &address);
    // Restores the choice remembered under this key and remembers later choices there.
    void setSettingsKey(const QString &key);
    // Adds a page's own widget (a button that uses the chosen drive) at the end of the
    // picker's row, so that the page needs no row around the picker and the picker's message
    // (no drive found) spans the page's width under it.
    void addToRow(QWidget *widget);
    // The row's label ("&Drive:" unless told): a page with two pickers names their roles.
    void setLabelText(const QString &text);
    QLabel *label() const { return m_label; }
    // Whether the "looking for drives" line and the no-drive note show under the row; a
    // second picker on a page leaves them to the first, so that the page says it once.
    void setStatusShown(bool shown);

public Q_SLOTS:
    void addVirtualDrive(); // opens the Add Virtual Drive dialog (window-modal, non-blocking)
    void removeCurrentVirtualDrive();

Q_SIGNALS:
    void currentDriveChanged(); // another drive, or another emulated medium
    void mediumChanged();       // a disc went in or out of the chosen drive, or its file changed
    void driveActivated();      // the person chose a drive in the list (the same one too)

private:
    void rebuild();
    void updateItemTexts();
    void onActivated();
    void updateStatus();
    void select(const QString &address);
    void commitSelection();

    DriveList *m_drives;
    QLabel *m_label;
    QComboBox *m_combo;
    QToolButton *m_refresh;
    QToolButton *m_add;
    QToolButton *m_more;
    QMenu *m_menu;
    BusyIndicator *m_busy;
    QLabel *m_scanning;
    InlineMessage *m_hint;
    QHBoxLayout *m_row = nullptr;
    std::optional<DriveEntry> m_current;
    QString m_wanted; // asked for but not listed yet
    QString m_settingsKey;
    bool m_statusShown = true;
};

} // namespace Spindle
