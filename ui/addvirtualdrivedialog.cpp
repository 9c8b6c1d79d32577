#include "addvirtualdrivedialog.h"

#include "base/format.h"
#include "device/mediumkind.h"
#include "inlinemessage.h"
#include "uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spindle {

namespace {
const QString CustomSize = QStringLiteral("custom");
} // namespace

AddVirtualDriveDialog::AddVirtualDriveDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_medium(new QComboBox(this)),
      m_customSize(new QLineEdit(this)), m_fileState(new QLabel(this)),
      m_problem(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Virtual Drive"));
    setObjectName(QStringLiteral("addVirtualDriveDialog"));

    auto *intro = new QLabel(tr("A virtual drive is an image file that Spindle treats as a disc "
                                "in a drive. An existing file reads as a written disc; a new "
                                "file name gives a blank one."),
                             this);
    intro->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("virtualDrivePath"));
    m_path->setPlaceholderText(tr("/path/to/disc.iso"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("virtualDriveBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_medium->setObjectName(QStringLiteral("virtualDriveMedium"));
    m_medium->addItem(mediumDisplayName(MediumKind{}), QString());
    for (const QString &key : MediumKind::knownKeys()) {
        const auto kind = MediumKind::parse(key);
        if (kind)
            m_medium->addItem(mediumDisplayName(kind.value()), key);
    }
    m_medium->addItem(tr("Custom size…"), CustomSize);

    m_customSize->setObjectName(QStringLiteral("virtualDriveCustomSize"));
    m_customSize->setPlaceholderText(tr("e.g. 700M, 4.7G or 25000000000"));

    m_fileState->setObjectName(QStringLiteral("virtualDriveFileState"));
    m_fileState->setWordWrap(true);
    m_fileState->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setObjectName(QStringLiteral("virtualDriveProblem"));
    m_problem->setVisible(false);

    auto *pathColumn = new QVBoxLayout;
    pathColumn->setSpacing(4);
    pathColumn->addLayout(pathRow);
    pathColumn->addWidget(m_fileState);
    auto *pathLabel = new QLabel(tr("Image &file:"), this);
    pathLabel->setBuddy(m_path);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(pathLabel, pathColumn);
    m_form->addRow(tr("&Medium:"), m_medium);
    m_form->addRow(tr("&Size:"), m_customSize);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addSpacing(12);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Drive"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AddVirtualDriveDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &AddVirtualDriveDialog::validate);
    connect(m_customSize, &QLineEdit::textChanged, this, &AddVirtualDriveDialog::validate);
    connect(m_medium, &QComboBox::currentIndexChanged, this, &AddVirtualDriveDialog::validate);

    resize(520, height());
    validate();
    fitHeight();
}

QString AddVirtualDriveDialog::path() const
{
    return m_path->text().trimmed();
}

void AddVirtualDriveDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString AddVirtualDriveDialog::mediumText() const
{
    const QString key = m_medium->currentData().toString();
    return key == CustomSize ? m_customSize->text().trimmed() : key;
}

void AddVirtualDriveDialog::setMediumText(const QString &text)
{
    const int index = m_medium->findData(text.trimmed().toLower());
    if (index >= 0) {
        m_medium->setCurrentIndex(index);
        return;
    }
    m_medium->setCurrentIndex(m_medium->findData(CustomSize));
    m_customSize->setText(text);
}

void AddVirtualDriveDialog::fitHeight()
{
    // Rows and wrapped messages come and go: Qt grows a dialog for them but never shrinks it,
    // and sizeHint() overestimates wrapped text, so fit the height to the current width.
    layout()->activate();
    resize(width(), layout()->totalHeightForWidth(width()));
}

void AddVirtualDriveDialog::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : QFileInfo(path()).absolutePath();
    // A save dialog lets the user type a new name (a blank disc) as well as pick a file.
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Choose an Image File"), start,
                                     tr("Disc images (*.iso *.img *.udf *.bin);;All files (*)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void AddVirtualDriveDialog::validate()
{
    const bool custom = m_medium->currentData().toString() == CustomSize;
    m_form->setRowVisible(m_customSize, custom);

    QString problem;
    const QFileInfo file(path());
    if (path().isEmpty()) {
        m_fileState->setText(tr("Pick an existing image or type a new file name."));
    } else if (file.isDir()) {
        problem = tr("%1 is a folder. A virtual drive needs a file name.").arg(path());
        m_fileState->clear();
    } else if (file.exists()) {
        m_fileState->setText(
            tr("This file exists (%1): it reads as a written disc.").arg(formatBytes(file.size())));
    } else if (!QFileInfo(file.absolutePath()).isDir()) {
        m_fileState->setText(tr("The folder %1 does not exist yet.").arg(file.absolutePath()));
    } else {
        m_fileState->setText(tr("This file does not exist yet: it acts as a blank disc."));
    }

    if (problem.isEmpty() && custom) {
        const auto medium = MediumKind::parse(mediumText());
        if (mediumText().isEmpty())
            problem = tr("Enter the size of the emulated disc.");
        else if (!medium)
            problem = tr("\"%1\" is not a size. Enter one such as 700M, 4.7G or 25000000000.")
                          .arg(mediumText());
    }
    m_problem->setMessage(InlineMessage::Kind::Warning, problem);
    m_problem->setVisible(!problem.isEmpty() && !path().isEmpty());
    fitHeight();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !path().isEmpty());
}

} // namespace Spindle
