#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Spindle {

class InlineMessage;

// Asks for what makes a virtual drive: an image file (existing, or a new name for a blank
// disc) and the medium it emulates, so that "does it fit" behaves as with a real disc.
class AddVirtualDriveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddVirtualDriveDialog)

public:
    explicit AddVirtualDriveDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // What MediumKind::parse takes: "" (plain file), a known key ("dvd-r") or a size ("700M").
    QString mediumText() const;
    void setMediumText(const QString &text);

private:
    void browse();
    void validate();
    void fitHeight();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_path;
    QComboBox *m_medium;
    QLineEdit *m_customSize;
    QLabel *m_fileState;
    InlineMessage *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Spindle
