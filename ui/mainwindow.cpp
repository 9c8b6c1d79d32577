#include "mainwindow.h"

#include "aboutdialog.h"
#include "burnpage.h"
#include "copypage.h"
#include "discinfopage.h"
#include "drivelist.h"
#include "erasepage.h"
#include "icons.h"
#include "newimagepage.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>

namespace Spindle {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_drives(new DriveList(this)), m_stack(new QStackedWidget(this)),
      m_startPage(new StartPage(m_stack)), m_pageTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(spindleIcon(QStringLiteral("spindle")));
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_startPage);
    setCentralWidget(m_stack);
    createActions();
    connect(m_startPage, &StartPage::taskChosen, this, &MainWindow::showTask);

    // The tasks that work today, in start-page order. A new task is one more line here.
    addTask({QStringLiteral("copy"), spindleIcon(QStringLiteral("disc-copy")),
             tr("Copy Disc to Image"),
             tr("Save a CD, DVD or Blu-ray as an ISO image, rescuing what a scratched disc still "
                "gives.")},
            new CopyPage(m_drives));
    addTask({QStringLiteral("burn"), spindleIcon(QStringLiteral("disc-burn")), tr("Burn Image"),
             tr("Write an ISO image, also a compressed one, to a blank disc and check it.")},
            new BurnPage(m_drives));
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
}

MainWindow::~MainWindow() = default;

void MainWindow::addTask(const Task &task, QWidget *page)
{
    Q_ASSERT(!m_pages.contains(task.id));
    m_startPage->addTask(task);
    m_stack->addWidget(page);
    m_pages.insert(task.id, page);
    m_tasks.insert(task.id, task);
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
    m_stack->setCurrentWidget(page);
    updateChrome();
    return true;
}

void MainWindow::showStartPage()
{
    m_stack->setCurrentWidget(m_startPage);
    updateChrome();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(spindleIcon(QStringLiteral("go-back")), tr("&All Tasks"), this);
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
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace Spindle
