#include "drivepicker.h"

#include "addvirtualdrivedialog.h"
#include "busyindicator.h"
#include "icons.h"
#include "inlinemessage.h"
#include "uiformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spindle {

namespace {

// The drive and what is in it: "TSSTcorp SH-224 — Blank DVD-R". A virtual drive's contents
// name its emulated medium; until they are known, the medium is named instead.
QString itemText(const DriveEntry &entry, const QString &contents)
{
    if (!contents.isEmpty())
        return DrivePicker::tr("%1 — %2").arg(entry.info.displayName(), contents);
    if (!entry.info.isVirtual || entry.medium.isPlainFile())
        return entry.info.displayName();
    return DrivePicker::tr("%1 (%2)").arg(entry.info.displayName(),
                                          mediumShortName(entry.medium.key));
}

bool sameChoice(const std::optional<DriveEntry> &a, const std::optional<DriveEntry> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->info.address == b->info.address && a->medium.key == b->medium.key);
}

} // namespace

DrivePicker::DrivePicker(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_drives(drives), m_label(new QLabel(tr("&Drive:"), this)),
      m_combo(new QComboBox(this)), m_refresh(new QToolButton(this)), m_add(new QToolButton(this)),
      m_more(new QToolButton(this)), m_busy(new BusyIndicator(this)),
      m_scanning(new QLabel(tr("Looking for drives…"), this)), m_hint(new InlineMessage(this))
{
    setObjectName(QStringLiteral("drivePicker"));

    m_label->setObjectName(QStringLiteral("drivePickerLabel"));
    m_label->setBuddy(m_combo);

    m_combo->setObjectName(QStringLiteral("drivePickerCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->setIconSize(QSize(16, 16));

    m_refresh->setObjectName(QStringLiteral("drivePickerRefresh"));
    m_refresh->setIcon(actionIcon(ActionIcon::Refresh));
    m_refresh->setToolTip(tr("Look for drives again"));
    m_refresh->setAccessibleName(tr("Look for drives again")); // it shows only an icon

    m_add->setObjectName(QStringLiteral("drivePickerAdd"));
    m_add->setText(tr("Add Virtual Drive…"));
    m_add->setIcon(spindleIcon(QStringLiteral("drive-virtual")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // The rarer actions behind an arrow button of their own, the size of the refresh button:
    // a split button (MenuButtonPopup) draws its arrow as a narrow separate bevel in most
    // styles, and setMenu() would add a second arrow to this one, so it pops the menu itself.
    m_more->setObjectName(QStringLiteral("drivePickerMore"));
    m_more->setArrowType(Qt::DownArrow);
    m_more->setToolTip(tr("More virtual drive actions"));
    m_more->setAccessibleName(tr("More virtual drive actions"));
    m_menu = new QMenu(m_more);
    m_menu->setObjectName(QStringLiteral("drivePickerMenu"));
    QAction *remove = m_menu->addAction(tr("Remove This Virtual Drive"));
    remove->setObjectName(QStringLiteral("drivePickerRemove"));
    connect(m_menu, &QMenu::aboutToShow, this,
            [this, remove] { remove->setEnabled(m_current && m_current->info.isVirtual); });
    connect(remove, &QAction::triggered, this, &DrivePicker::removeCurrentVirtualDrive);
    connect(m_more, &QToolButton::clicked, this,
            [this] { m_menu->popup(m_more->mapToGlobal(QPoint(0, m_more->height()))); });

    m_scanning->setObjectName(QStringLiteral("drivePickerScanning"));
    m_scanning->setForegroundRole(QPalette::PlaceholderText);

    m_hint->setObjectName(QStringLiteral("drivePickerHint"));
    m_hint->setClosable(true);
    m_hint->setVisible(false);
    // Closing the no-drive note closes it on every page (the DriveList keeps that); an error
    // from adding a drive belongs to this picker alone.
    connect(m_hint, &InlineMessage::closed, this, [this] {
        if (m_hint->kind() == InlineMessage::Kind::Info)
            m_drives->dismissProblem();
    });

    auto *row = new QHBoxLayout;
    m_row = row;
    row->setSpacing(6);
    row->addWidget(m_label);
    row->addWidget(m_combo, 1);
    row->addWidget(m_refresh);
    row->addWidget(m_add);
    row->addWidget(m_more);
    auto *status = new QHBoxLayout;
    status->setSpacing(6);
    status->addWidget(m_busy);
    status->addWidget(m_scanning, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addLayout(status);
    layout->addWidget(m_hint);

    connect(m_combo, &QComboBox::activated, this, &DrivePicker::onActivated);
    connect(m_refresh, &QToolButton::clicked, m_drives, &DriveList::refresh);
    connect(m_add, &QToolButton::clicked, this, &DrivePicker::addVirtualDrive);
    connect(m_drives, &DriveList::drivesChanged, this, &DrivePicker::rebuild);
    connect(m_drives, &DriveList::contentsChanged, this, &DrivePicker::updateItemTexts);
    connect(m_drives, &DriveList::scanningChanged, this, &DrivePicker::updateStatus);
    connect(m_drives, &DriveList::problemDismissedChanged, this, &DrivePicker::updateStatus);
    connect(m_drives, &DriveList::selectionRequested, this, &DrivePicker::setCurrentAddress);
    connect(m_drives, &DriveList::mediumChanged, this, [this](const QString &address) {
        if (m_current && m_current->info.address == address)
            Q_EMIT mediumChanged();
    });

    m_wanted = m_drives->requestedSelection();
    rebuild();
}

QString DrivePicker::currentAddress() const
{
    return m_current ? m_current->info.address : QString();
}

MediumKind DrivePicker::currentMedium() const
{
    return m_current ? m_current->medium : MediumKind{};
}

void DrivePicker::setCurrentAddress(const QString &address)
{
    const QString normalized = normalizeDriveAddress(address);
    if (m_combo->findData(normalized) < 0) {
        m_wanted = normalized;
        return;
    }
    m_wanted.clear();
    select(normalized);
    commitSelection();
}

void DrivePicker::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    if (!m_wanted.isEmpty())
        return; // the command line's choice wins over the remembered one
    const QString remembered = QSettings().value(key).toString();
    if (!remembered.isEmpty())
        setCurrentAddress(remembered);
}

void DrivePicker::addVirtualDrive()
{
    auto *dialog = new AddVirtualDriveDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_current && m_current->info.isVirtual)
        dialog->setMediumText(m_current->medium.key);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto added = m_drives->addVirtualDrive(dialog->path(), dialog->mediumText());
        if (!added) {
            m_hint->setMessage(InlineMessage::Kind::Error, added.error().forGui(),
                               added.error().detail);
            m_hint->setVisible(true);
            return;
        }
        setCurrentAddress(added->info.address);
    });
    dialog->open();
}

void DrivePicker::addToRow(QWidget *widget)
{
    m_row->addWidget(widget);
}

void DrivePicker::setLabelText(const QString &text)
{
    m_label->setText(text);
}

void DrivePicker::setStatusShown(bool shown)
{
    m_statusShown = shown;
    updateStatus();
}

void DrivePicker::removeCurrentVirtualDrive()
{
    if (m_current && m_current->info.isVirtual)
        m_drives->removeVirtualDrive(m_current->info.address);
}

void DrivePicker::rebuild()
{
    const QString keep = currentAddress();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const DriveEntry &entry : m_drives->drives()) {
            const QString icon = entry.info.isVirtual ? QStringLiteral("drive-virtual")
                                                      : QStringLiteral("drive-optical");
            m_combo->addItem(spindleIcon(icon),
                             itemText(entry, m_drives->contents(entry.info.address)),
                             entry.info.address);
            const QString tip = entry.info.isVirtual ? tr("%1\nEmulated medium: %2")
                                                           .arg(virtualPath(entry.info.address),
                                                                mediumDisplayName(entry.medium))
                                                     : entry.info.address;
            m_combo->setItemData(m_combo->count() - 1, tip, Qt::ToolTipRole);
        }
    }
    m_combo->setPlaceholderText(m_drives->isScanning() ? tr("Looking for drives…")
                                                       : tr("No drive found"));
    if (!m_wanted.isEmpty() && m_combo->findData(m_wanted) >= 0) {
        select(m_wanted);
        m_wanted.clear();
    } else if (m_combo->findData(keep) >= 0) {
        select(keep);
    } else {
        m_combo->setCurrentIndex(m_combo->count() > 0 ? 0 : -1);
    }
    commitSelection();
    updateStatus();
}

void DrivePicker::updateItemTexts()
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (const auto entry = m_drives->find(m_combo->itemData(i).toString()))
            m_combo->setItemText(i, itemText(*entry, m_drives->contents(entry->info.address)));
    }
}

void DrivePicker::onActivated()
{
    m_wanted.clear();
    commitSelection();
    Q_EMIT driveActivated();
}

void DrivePicker::updateStatus()
{
    const bool scanning = m_drives->isScanning();
    m_busy->setVisible(scanning && m_statusShown);
    m_scanning->setVisible(scanning && m_statusShown);
    m_refresh->setEnabled(!scanning);
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(scanning ? tr("Looking for drives…") : tr("No drive found"));

    const QString problem = m_drives->problem();
    const bool moot = m_drives->problemIsNoDevice() && !m_drives->drives().isEmpty();
    if (!scanning && m_drives->hasScanned() && !problem.isEmpty() && !moot) {
        m_hint->setMessage(InlineMessage::Kind::Info, problem);
        m_hint->setVisible(m_statusShown && !m_drives->isProblemDismissed());
    } else if (m_hint->kind() == InlineMessage::Kind::Info) {
        m_hint->setVisible(false);
    }
}

void DrivePicker::select(const QString &address)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(address));
}

void DrivePicker::commitSelection()
{
    const QString address = m_combo->currentData().toString();
    const std::optional<DriveEntry> chosen =
        address.isEmpty() ? std::nullopt : m_drives->find(address);
    if (sameChoice(chosen, m_current))
        return;
    m_current = chosen;
    m_combo->setToolTip(m_combo->currentData(Qt::ToolTipRole).toString());
    // While a wanted drive is not listed yet, the fallback choice is not the user's; and a
    // virtual drive given for this run only (--drive) would not be listed next time.
    if (!m_settingsKey.isEmpty() && m_wanted.isEmpty() && m_current &&
        (!m_current->info.isVirtual || m_current->remembered))
        QSettings().setValue(m_settingsKey, m_current->info.address);
    Q_EMIT currentDriveChanged();
}

} // namespace Spindle
