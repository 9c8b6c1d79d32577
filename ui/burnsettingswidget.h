#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QSpinBox;

namespace Spindle {

struct BurnOptions;
struct MediaInfo;

// The burn settings every burn offers: speed (from the medium's list), copies, simulate,
// verify and eject. Shared by the Burn image page and the New image page's burn dialog.
class BurnSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnSettingsWidget)

public:
    explicit BurnSettingsWidget(QWidget *parent = nullptr);

    // Offers the medium's write speeds, keeping the current choice if it is still offered;
    // nullptr (no disc read yet): only "Maximum".
    void setMedium(const MediaInfo *info);
    // Writes speed, copies, simulate, verify and eject into `options`.
    void applyTo(BurnOptions &options) const;
    void setEditable(bool editable);
    // Adds an option under the check boxes, lined up with them (the error-correction option).
    void addOption(QWidget *widget);

private:
    QComboBox *m_speed;
    QSpinBox *m_copies;
    QCheckBox *m_simulate;
    QCheckBox *m_verify;
    QCheckBox *m_eject;
    QVBoxLayout *m_column;
    QFormLayout *m_form;
};

} // namespace Spindle
