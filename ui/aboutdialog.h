#pragma once

#include <QDialog>

namespace Spindle {

// Help > About: what Spindle is and which library versions it runs on (what a bug report
// needs).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Spindle
