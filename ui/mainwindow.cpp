#include "mainwindow.h"

#include "aboutdialog.h"
#include "burnpage.h"
#include "copydiscpage.h"
#include "copypage.h"
#include "discinfopage.h"
#include "drivelist.h"
#include "erasepage.h"
#include "icons.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "messagebox.h"
#include "newimagepage.h"
#include "runningjobsbar.h"
#include "startpage.h"
#include "taskbutton.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSessionManager>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Spindle {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_drives(new DriveList(this)), m_stack(new QStackedWidget(this)),
      m_startPage(new StartPage(m_stack)), m_message(new InlineMessage(this)),
      m_jobsBar(new RunningJobsBar(this)), m_pageTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(spindleIcon(QStringLiteral("spindle")));
    setAcceptDrops(true);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_startPage);
    // Messages about the window as a whole (a drop that is not a disc image) sit above every
    // page.
    m_message->setObjectName(QStringLiteral("windowMessage"));
    m_message->setClosable(true);
    m_message->setVisible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *messageRow = new QVBoxLayout;
    messageRow->setContentsMargins(9, 9, 9, 0);
    messageRow->addWidget(m_message);
    centralLayout->addLayout(messageRow);
    centralLayout->addWidget(m_stack, 1);
    centralLayout->addWidget(m_jobsBar);
    setCentralWidget(central);
    createActions();
    connect(m_startPage, &StartPage::taskChosen, this, &MainWindow::showTask);
    connect(m_jobsBar, &RunningJobsBar::showRequested, this, &MainWindow::showTask);

    // The tasks that work today, in start-page order. A new task is one more line here.
    addTask({QStringLiteral("copy"), spindleIcon(QStringLiteral("disc-copy")),
             tr("Copy Disc to Image"),
             tr("Save a CD, DVD or Blu-ray as an ISO image, rescuing what a scratched disc still "
                "gives.")},
            new CopyPage(m_drives));
    addTask({QStringLiteral("copydisc"), spindleIcon(QStringLiteral("disc-copy")), tr("Copy Disc"),
             tr("Copy a CD, DVD or Blu-ray to a blank disc, with a second drive or with one.")},
            new CopyDiscPage(m_drives));
    m_burnPage = new BurnPage(m_drives);
    addTask({QStringLiteral("burn"), spindleIcon(QStringLiteral("disc-burn")), tr("Burn Image"),
             tr("Write an ISO image, also a compressed one, to a blank disc and check it.")},
            m_burnPage);
    addTask(
        {QStringLiteral("newimage"), spindleIcon(QStringLiteral("disc")), tr("New Image"),
         tr("Open an image, disc or folders, untick the files or DVD titles you do not want and "
            "write a smaller image; bootable discs stay bootable, DVDs stay playable.")},
        new NewImagePage(m_drives));
    addTask({QStringLiteral("erase"), spindleIcon(QStringLiteral("disc-erase")), tr("Erase Disc"),
             tr("Blank a rewritable CD or DVD, or format a DVD+RW or BD-RE, to use it again.")},
            new ErasePage(m_drives));
    addTask({QStringLiteral("info"), spindleIcon(QStringLiteral("disc-info")), tr("Disc Info"),
             tr("See what is on a disc or image: type, free space, sessions and file system.")},
            new DiscInfoPage(m_drives));

    resize(900, 640);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    showStartPage();

    m_drives->refresh();
    m_drives->startMonitoring();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::commitDataRequest, this, &MainWindow::onCommitDataRequest);
}

MainWindow::~MainWindow() = default;

void MainWindow::addTask(const Task &task, QWidget *page)
{
    Q_ASSERT(!m_pages.contains(task.id));
    m_startPage->addTask(task);
    m_stack->addWidget(page);
    m_pages.insert(task.id, page);
    m_tasks.insert(task.id, task);
    const QList<JobProgressPanel *> panels = page->findChildren<JobProgressPanel *>();
    for (JobProgressPanel *panel : panels)
        m_jobsBar->addPanel(task, panel);
}

QStringList MainWindow::taskIds() const
{
    QStringList ids = m_pages.keys();
    ids.sort();
    return ids;
}

QString MainWindow::currentTask() const
{
    return m_pages.key(m_stack->currentWidget());
}

bool MainWindow::showTask(const QString &id)
{
    QWidget *page = m_pages.value(id);
    if (!page)
        return false;
    m_message->setVisible(false);
    m_stack->setCurrentWidget(page);
    m_lastTask = id;
    updateChrome();
    focusFirstControl(page);
    return true;
}

void MainWindow::showStartPage()
{
    m_message->setVisible(false);
    m_stack->setCurrentWidget(m_startPage);
    updateChrome();
    // Back on the start page, the card of the task just left has focus, so Tab and Return
    // carry on from there; at first, the first card.
    auto *card = m_startPage->findChild<TaskButton *>(QStringLiteral("task_") + m_lastTask);
    if (!card)
        card = m_startPage->findChild<TaskButton *>();
    if (card)
        card->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusFirstControl(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::openImage(const QString &path)
{
    showTask(QStringLiteral("burn"));
    if (m_burnPage->isRunning()) {
        showWindowMessage(tr("A burn is running, so %1 was not chosen. Drop it again once the "
                             "burn has finished.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_burnPage->setImagePath(path);
}

void MainWindow::showWindowMessage(const QString &text)
{
    m_message->setMessage(InlineMessage::Kind::Warning, text);
    m_message->setVisible(true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Every file is let in, so that one which is not a disc image gets a message on the drop
    // instead of a "no entry" cursor that says nothing.
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    if (urls.size() > 1) {
        showWindowMessage(tr("%n files were dropped. Drop one disc image to burn it.", nullptr,
                             int(urls.size())));
        return;
    }
    const QUrl url = urls.first();
    if (!url.isLocalFile()) {
        showWindowMessage(tr("%1 is not a file on this computer. Download it first, then drop "
                             "the downloaded image here.")
                              .arg(url.toDisplayString()));
        return;
    }
    const QString path = url.toLocalFile();
    if (!BurnPage::isDiscImageName(path) || QFileInfo(path).isDir()) {
        showWindowMessage(tr("%1 is not a disc image. Spindle burns .iso and .img files, also "
                             "compressed ones (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).")
                              .arg(QFileInfo(path).fileName()));
        return;
    }
    openImage(path);
}

std::optional<Error> MainWindow::useDrive(const QString &address, const QString &mediumText)
{
    const QString normalized = normalizeDriveAddress(address);
    if (isVirtualAddress(normalized)) {
        const auto added = m_drives->addVirtualDrive(normalized, mediumText, false);
        if (!added)
            return added.error();
    } else if (!mediumText.isEmpty()) {
        return Error{tr("A medium kind can only be given for a virtual drive (stdio:FILE), not "
                        "for %1.")
                         .arg(normalized),
                     {}};
    }
    m_drives->requestSelection(normalized);
    return std::nullopt;
}

QList<JobProgressPanel *> MainWindow::runningPanels() const
{
    QList<JobProgressPanel *> running;
    const QList<JobProgressPanel *> panels = findChildren<JobProgressPanel *>();
    for (JobProgressPanel *panel : panels) {
        if (panel->job() && panel->job()->isRunning())
            running << panel;
    }
    return running;
}

bool MainWindow::hasRunningJob() const
{
    return !runningPanels().isEmpty();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<JobProgressPanel *> running = runningPanels();
    if (running.isEmpty()) {
        saveSettings();
        QMainWindow::closeEvent(event);
        return;
    }
    // Quitting mid-burn would leave a write-once disc unusable: ask as Cancel does, and never
    // quit before the job has let go of the drive.
    event->ignore();
    if (m_closeWhenStopped)
        return; // already stopping
    JobProgressPanel *asking = running.first();
    for (JobProgressPanel *panel : running) {
        if (panel->job()->cancelHarmsMedium())
            asking = panel;
    }
    if (!MessageBox::ask(this, asking->stopQuestion(true)))
        return;
    stopJobsAndClose();
}

void MainWindow::stopJobsAndClose()
{
    const QList<JobProgressPanel *> running = runningPanels();
    m_closeWhenStopped = true;
    if (running.isEmpty()) {
        close();
        return;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value()->isAncestorOf(running.first())) {
            showTask(it.key());
            break;
        }
    }
    for (JobProgressPanel *panel : running) {
        connect(panel, &JobProgressPanel::finished, this, &MainWindow::closeIfStopped,
                Qt::UniqueConnection);
        panel->stop();
    }
    m_message->setMessage(InlineMessage::Kind::Info,
                          tr("Stopping… Spindle quits once the job has stopped and released "
                             "the drive."));
    m_message->setVisible(true);
    // A job that ended before its finished signal was connected is noticed here.
    QMetaObject::invokeMethod(this, &MainWindow::closeIfStopped, Qt::QueuedConnection);
}

void MainWindow::closeIfStopped()
{
    if (m_closeWhenStopped && runningPanels().isEmpty())
        close();
}

bool MainWindow::keepJobsAtLogout(bool mayAsk)
{
    const QList<JobProgressPanel *> running = runningPanels();
    if (running.isEmpty())
        return false;
    if (mayAsk && !m_closeWhenStopped &&
        !MessageBox::ask(this, running.first()->stopQuestion(true)))
        return true;
    stopJobsAndClose();
    // The session ends soon after this returns, without waiting for the event loop: give the
    // jobs a few seconds to release their drives.
    for (JobProgressPanel *panel : running)
        panel->job()->wait(5000);
    return false;
}

void MainWindow::onCommitDataRequest(QSessionManager &manager)
{
    if (!hasRunningJob())
        return;
    const bool mayAsk = manager.allowsInteraction();
    const bool keep = keepJobsAtLogout(mayAsk);
    if (mayAsk)
        manager.release();
    if (keep)
        manager.cancel();
}

void MainWindow::createActions()
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(actionIcon(ActionIcon::Back), tr("&All Tasks"), this);
    m_backAction->setObjectName(QStringLiteral("actionBack"));
    m_backAction->setToolTip(tr("Back to the list of tasks"));
    m_backAction->setShortcuts({QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Home)});
    connect(m_backAction, &QAction::triggered, this, &MainWindow::showStartPage);

    auto *about = new QAction(spindleIcon(QStringLiteral("spindle")), tr("&About Spindle"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    m_toolBar = addToolBar(tr("Navigation"));
    m_toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->toggleViewAction()->setEnabled(false); // the only way back must not vanish
    m_toolBar->addAction(m_backAction);
    // A tool bar's buttons take no focus; the way back must be reachable with Tab as well, also
    // where the desktop tabs only to strong-focus controls.
    m_toolBar->widgetForAction(m_backAction)->setFocusPolicy(Qt::StrongFocus);
    m_toolBar->addSeparator();
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_pageTitle->setContentsMargins(6, 0, 6, 0);
    QFont titleFont = m_pageTitle->font();
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_toolBar->addWidget(m_pageTitle);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateChrome()
{
    const QString id = currentTask();
    const bool onStart = id.isEmpty();
    m_backAction->setEnabled(!onStart);
    m_toolBar->setVisible(!onStart);
    m_pageTitle->setText(onStart ? QString() : m_tasks.value(id).title);
    setWindowTitle(onStart ? tr("Spindle") : tr("%1 – Spindle").arg(m_tasks.value(id).title));
    m_jobsBar->refresh();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace Spindle
