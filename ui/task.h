#pragma once

#include <QIcon>
#include <QString>

namespace Spindle {

// One thing the user can do, as the start page offers it. Its page is added with it
// (MainWindow::addTask).
struct Task
{
    QString id; // stable: --page ID on the command line, "task_ID" as the button's objectName
    QIcon icon;
    QString title;
    QString description;
};

} // namespace Spindle
