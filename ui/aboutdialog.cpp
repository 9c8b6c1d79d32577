#include "aboutdialog.h"

#include "device/burnlibrary.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Spindle {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Spindle"));
    const LibraryVersions versions = BurnLibrary::versions();

    auto *icon = new QLabel(this);
    icon->setPixmap(
        spindleIcon(QStringLiteral("spindle")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Spindle %1").arg(versions.spindle), this);
    name->setObjectName(QStringLiteral("aboutName"));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    name->setFont(nameFont);
    auto *description =
        new QLabel(tr("Burns, copies, erases and inspects CDs, DVDs and Blu-ray discs."), this);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setWordWrap(true);

    auto *libraries = new QGroupBox(tr("Libraries"), this);
    auto *form = new QFormLayout(libraries);
    form->setLabelAlignment(Qt::AlignRight);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("Qt"), versions.qt},
        {QStringLiteral("libburn"), versions.libburn},
        {QStringLiteral("libisofs"), versions.libisofs},
        {QStringLiteral("libarchive"), versions.libarchive},
        {QStringLiteral("libdvdread"), versions.libdvdread},
    };
    for (const auto &[library, version] : rows) {
        auto *value = new QLabel(version, libraries);
        value->setObjectName(QStringLiteral("aboutVersion_") + library);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("%1:").arg(library), value);
    }

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(name);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(libraries);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 12);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace Spindle
