#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace Spindle {

// How full the target medium would be: a bar, "1.2 GB of 4.7 GB", and the medium presets
// (CD, DVD, DVD DL, BD, custom size). Red when the selection does not fit.
class FitBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitBar)

public:
    explicit FitBar(QWidget *parent = nullptr);

    qint64 capacity() const;
    void setUsage(qint64 estimatedBytes);

Q_SIGNALS:
    void capacityChanged(qint64 bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPresetChanged();

    QComboBox *m_preset;
    QSpinBox *m_customMb;
    QProgressBar *m_bar;
    QLabel *m_text;
    qint64 m_used = 0;
};

} // namespace Spindle
