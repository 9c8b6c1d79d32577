#pragma once

#include "ecc/eccplan.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Spindle {

class FitBar;
class InlineMessage;

// "Add error correction": whether a burn or a written image gets dvdisaster RS03 data, and how
// much (fill the disc, or a redundancy), with a line saying the space it takes and the damage
// it survives for the image and disc at hand (planEcc). When the data does not fit, planEcc's
// message shows inline and refusal() says why the page must not start. Shared by the Burn image
// page, the New image page and its burn dialog.
class EccOptionWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EccOptionWidget)

public:
    enum class Shape
    {
        Row,   // the choice beside the check box
        Column // the choice under it, for a narrow side panel (New image)
    };
    explicit EccOptionWidget(Shape shape, QWidget *parent = nullptr);

    // Restores the choice remembered under `key` (QSettings) and remembers the person's changes.
    void setSettingsKey(const QString &key);
    // The image the data is for, without it; -1 while its size is unknown.
    void setImageBytes(qint64 bytes);
    // The room on the target disc in 2048-byte sectors; 0 when writing a file with no disc
    // (Fill then sizes the data for the smallest standard medium).
    void setCapacitySectors(qint64 sectors);
    // Keeps the capacity at the fit bar's target and adds the data's bytes to its usage.
    void followFitBar(FitBar *fit);
    // Why this image cannot take the data (damaged dvdisaster data, say); empty: it can.
    void setUnavailableReason(const QString &reason);
    // What taking the data costs beyond its space (a compressed image decompressed to a
    // temporary file first), added to the line while the option is on; empty: nothing.
    void setPreparationNote(const QString &note);
    // The image already carries RS03 data with that many roots: a note replaces the option.
    // 0: it carries none.
    void setExistingRoots(int roots);
    void setEditable(bool editable);

    // What to ask the job for: Off unless the option is on and usable for this image.
    EccChoice choice() const;
    // The person's choice as set in the controls (for another EccOptionWidget to start from).
    EccChoice selection() const;
    void setSelection(EccChoice choice);
    // The data planned for the image and disc; nullopt when off, unknown or refused.
    std::optional<EccPlan> plan() const;
    qint64 addedBytes() const;
    // planEcc's message when the option is on and the data does not fit; empty otherwise.
    QString refusal() const;

Q_SIGNALS:
    // The choice, the plan or the refusal changed.
    void changed();

private:
    void update();
    void save() const;
    int indexFor(EccChoice choice);

    QCheckBox *m_enable;
    QComboBox *m_mode;
    QLabel *m_summary;
    InlineMessage *m_message;
    QLabel *m_note;
    FitBar *m_fit = nullptr;
    QString m_settingsKey;
    QString m_unavailable;
    QString m_preparation;
    qint64 m_imageBytes = -1;
    qint64 m_capacitySectors = 0;
    int m_existingRoots = 0;
    bool m_editable = true;
    std::optional<EccPlan> m_plan;
    QString m_refusal;
};

} // namespace Spindle
