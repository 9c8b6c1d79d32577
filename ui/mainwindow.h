#pragma once

#include "base/result.h"
#include "task.h"

#include <QHash>
#include <QMainWindow>
#include <optional>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QSessionManager;
class QStackedWidget;
class QToolBar;

namespace Spindle {

class BurnPage;
class DriveList;
class InlineMessage;
class JobProgressPanel;
class RunningJobsBar;
class StartPage;

// The window: a start page of tasks and one page per task in a stack, a toolbar to go back,
// and File/Help menus. It owns the DriveList all pages share. Adding a task is one addTask()
// call in the constructor. A disc image dropped anywhere on it (or given on the command line)
// opens the Burn page with that image; a page with a use of its own for drops (New image)
// takes them itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts a card on the start page and `page` in the stack (the window takes ownership).
    void addTask(const Task &task, QWidget *page);
    QStringList taskIds() const;
    QString currentTask() const; // empty on the start page
    bool showTask(const QString &id);
    void showStartPage();

    DriveList *driveList() const { return m_drives; }
    // Selects a drive on every page, adding a virtual one (for this run only) when
    // `address` is stdio:PATH or a file path: the command line's --drive and --medium.
    std::optional<Error> useDrive(const QString &address, const QString &mediumText = {});
    // Shows the Burn page with `path` chosen (`spindle IMAGE`, a drop). While a burn runs
    // the image stays and a message says why.
    void openImage(const QString &path);

    // Whether a job runs on any page (until it has finished).
    bool hasRunningJob() const;
    // Cancels every running job without asking, shows that they stop, and closes the window
    // once they have finished and released their drives (SIGTERM). Closing the window asks
    // first, then does the same.
    void stopJobsAndClose();
    // The session is about to end (logout) while a job may run: asks whether to stop it when
    // `mayAsk`, else stops it. True when the person chose to keep the job, i.e. the logout
    // should be cancelled.
    bool keepJobsAtLogout(bool mayAsk);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showAbout();
    void updateChrome();
    void saveSettings() const;
    void showWindowMessage(const QString &text);
    void focusFirstControl(QWidget *page);
    QList<JobProgressPanel *> runningPanels() const;
    void closeIfStopped();
    void onCommitDataRequest(QSessionManager &manager);

    DriveList *m_drives;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    BurnPage *m_burnPage = nullptr;
    InlineMessage *m_message;
    RunningJobsBar *m_jobsBar; // on every page: the jobs that run elsewhere
    QString m_lastTask;        // the card to focus when the start page shows again
    QLabel *m_pageTitle;
    QAction *m_backAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, Task> m_tasks;
    bool m_closeWhenStopped = false; // the jobs were told to stop so that the window can close
};

} // namespace Spindle
