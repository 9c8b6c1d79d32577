#include "repairoffer.h"

#include "ecc/rs03image.h"
#include "inlinemessage.h"
#include "readback/rescuemap.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spindle {

RepairOffer::RepairOffer(QWidget *parent)
    : QWidget(parent), m_message(new InlineMessage(this)),
      m_button(new QPushButton(tr("Re&pair with the error-correction data"), this))
{
    m_message->setObjectName(QStringLiteral("repairOfferText"));
    m_button->setObjectName(QStringLiteral("repairStart"));
    // The button under the message at its right edge, as a dialog's: beside it, a long label
    // took the message's room and was cut at 1024 px.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_button);
    layout->addLayout(row);
    connect(m_button, &QPushButton::clicked, this, &RepairOffer::repairRequested);
    hide();
}

bool RepairOffer::check(const QString &image, const QString &mapPath, bool afterCopy)
{
    m_image = image;
    m_map = mapPath;
    bool offer = false;
    qint64 unread = 0;
    int roots = 0;
    // Cheap checks first: this runs as the person types a file name.
    if (!image.isEmpty() && QFileInfo(image).isFile() && QFileInfo(mapPath).isFile()) {
        const auto map = RescueMap::load(mapPath);
        if (map) {
            for (const RescueMap::Range &range : map->pending())
                unread += (range.end() + 2047) / 2048 - range.pos / 2048;
        }
        if (unread > 0) {
            const auto ecc = inspectRs03Image(image);
            if (ecc && ecc->state == Rs03ImageInfo::State::Augmented) {
                roots = ecc->layout.nroots;
                offer = true;
            }
        }
    }
    if (offer) {
        const QString sectors = tr("%n sector(s)", nullptr, int(qMin<qint64>(unread, INT_MAX)));
        m_message->setMessage(
            InlineMessage::Kind::Info,
            afterCopy
                ? tr("The image carries error-correction data (%1 roots): the %2 that could not "
                     "be read can be rebuilt from it, up to %1 in each group of 255.")
                      .arg(roots)
                      .arg(sectors)
                : tr("%1 is a rescue copy whose map lists %2 as not read, and it carries "
                     "error-correction data (%3 roots): repair it from that data, or start the "
                     "copy to read the missing sectors from the disc again.")
                      .arg(QFileInfo(image).fileName(), sectors)
                      .arg(roots));
    }
    setVisible(offer);
    return offer;
}

} // namespace Spindle
