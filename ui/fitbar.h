#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace Spindle {

struct MediaInfo;

// How full the target medium would be: a bar, "1.2 GB of 4.7 GB", and the medium presets
// (CD, DVD, DVD DL, BD, custom size). Red when the selection does not fit. When the page knows
// the disc it will burn to, that disc is offered first and chosen; without one, the size the
// person chose comes back.
class FitBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitBar)

public:
    explicit FitBar(QWidget *parent = nullptr);

    qint64 capacity() const;
    void setUsage(qint64 estimatedBytes);
    // Bytes added to the image (error-correction data), counted in the usage and named apart.
    void setExtraUsage(qint64 bytes);
    // The disc to burn to, offered first as a preset is named ("CD-R 737 MB", with the room
    // a burn has there) and chosen now if it is new. A disc that takes nothing, or nullptr (no
    // disc, or it could not be read), takes it away and restores the person's choice.
    void setDisc(const MediaInfo *info);
    void clearDisc();
    bool hasDisc() const;

Q_SIGNALS:
    void capacityChanged(qint64 bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPresetChanged();
    void onActivated(int index);
    void setDiscItem(const QString &name, qint64 bytes);

    QComboBox *m_preset;
    QSpinBox *m_customMb;
    QProgressBar *m_bar;
    QLabel *m_text;
    qint64 m_used = 0;
    qint64 m_extra = 0;
    int m_presetCount = 0;
    int m_chosenPreset = 1; // index in mediumPresets() the person chose (DVD at first)
};

} // namespace Spindle
