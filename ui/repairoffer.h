#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Spindle {

class InlineMessage;

// The Copy page's offer to repair an image from the dvdisaster RS03 data it carries: what
// the data can do for this image, and a button that asks for the repair. check() decides
// whether there is anything to offer (an image with RS03 data and sectors its map marks as
// unread); without RS03 data the offer stays hidden.
class RepairOffer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairOffer)

public:
    explicit RepairOffer(QWidget *parent = nullptr);

    // Looks at `image` and its rescue map `mapPath`: shows the offer when the image carries
    // intact RS03 data and the map marks sectors as not read; hides it otherwise. `afterCopy`:
    // the copy just made (else an image the person picked). Returns whether it shows.
    bool check(const QString &image, const QString &mapPath, bool afterCopy);
    QString imagePath() const { return m_image; }
    QString mapPath() const { return m_map; }
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void repairRequested();

private:
    InlineMessage *m_message;
    QPushButton *m_button;
    QString m_image;
    QString m_map;
};

} // namespace Spindle
