#include "guitest.h"

#include "aboutdialog.h"
#include "addvirtualdrivedialog.h"
#include "burnnewimagedialog.h"
#include "drivelist.h"
#include "fixtures.h"
#include "imagetreemodel.h"
#include "jobprogresspanel.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "taskbutton.h"
#include "testjob.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <memory>

using namespace Spindle;

namespace {

constexpr int ReadTimeoutMs = 30000;

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        text = edit->placeholderText();
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            if (p != w)
                break;
        }
    }
    return QStringLiteral("%1 [%2]%3")
        .arg(QLatin1String(w->metaObject()->className()), path.join(QLatin1Char('/')),
             text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

// Widgets a person operates. Labels whose text can be selected with the mouse also take
// (click) focus but are read, not operated, so they are not counted.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QLabel *>(w))
        return false;
    if (w->focusPolicy() & Qt::TabFocus)
        return true;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) ||
           (qobject_cast<const QGroupBox *>(w) && static_cast<const QGroupBox *>(w)->isCheckable());
}

// The parts of a composite control (a spin box's line edit, a combo box's list) are reached
// through the control itself.
bool isPartOfControl(const QWidget *w, const QWidget *window)
{
    if (w->focusProxy())
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

QList<QWidget *> visibleControls(QWidget *window)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != window || !w->isVisibleTo(window) || !w->isEnabled())
            continue;
        if (w->focusPolicy() == Qt::NoFocus || !isControl(w) || isPartOfControl(w, window))
            continue;
        controls << w;
    }
    return controls;
}

// What a screen reader announces for the control: its accessible name, else the text of the
// label that Qt reports as labelling it (a QLabel buddy), else a button's own text. On Linux
// Qt names a combo box by its current item, so for a combo box only the first two count.
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    // Qt also reports an enclosing group box as a label; a group names a set of controls, not
    // each of them, so only QLabel buddies count here.
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &relation : labels) {
        const QString text = relation.first->text(QAccessible::Name);
        if (qobject_cast<QLabel *>(relation.first->object()) && !text.trimmed().isEmpty())
            return text;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        QString text = button->text();
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            return text;
    }
    if (auto *box = qobject_cast<QGroupBox *>(w))
        return box->title();
    // A tab bar is announced by its current tab's text.
    if (auto *tabs = qobject_cast<QTabBar *>(w))
        return tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'));
    return {};
}

// Desktops whose theme tabs only to text fields and strong-focus controls
// (QPlatformTheme::TabFocusBehavior) skip a control that takes focus by Tab alone, as Qt's
// tool buttons and tab bars do; the offscreen platform tabs to every control and cannot show it.
bool takesStrongFocus(const QWidget *w)
{
    return (w->focusPolicy() & Qt::StrongFocus) == Qt::StrongFocus;
}

// Presses Tab from the window as a person would, until focus comes back to where it started;
// returns every widget that got focus on the way.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return chain;
    QWidget *first = nullptr;
    for (int i = 0; i < 400; ++i) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first)
            break;
        if (!first)
            first = now;
        if (!chain.contains(now))
            chain << now;
    }
    return chain;
}

// (a) every control is reached with Tab, (b) every control has a name a screen reader says.
QStringList keyboardProblems(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(window);
    if (chain.isEmpty())
        problems << QStringLiteral("Tab reaches nothing (window not active?)");
    for (QWidget *w : visibleControls(window)) {
        if (!chain.contains(w))
            problems << QStringLiteral("not reached with Tab: ") + describe(w);
        if (spokenName(w).trimmed().isEmpty())
            problems << QStringLiteral("no accessible name, label buddy or text: ") + describe(w);
    }
    return problems;
}

} // namespace

// Keyboard and screen-reader access: on every page of the main window, in the dialogs and in
// the job progress panel, Tab reaches every visible control and every control has a name (its
// accessible name, a label whose buddy it is, or its own text). The start page's tasks open
// with the keyboard alone.
class TestKeyboardAccess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPageTasksByKeyboard();
    void pages_data();
    void pages();
    void newImagePageWithTree();
    void addVirtualDriveDialog();
    void burnNewImageDialog();
    void aboutDialog();
    void jobProgressPanel();

private:
    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Fixture: a small ISO made by xorriso, the source of the New image page's tree.
    m_iso = Test::makeIso(m_dir.path(), QStringLiteral("source.iso"), QStringLiteral("KEYS"),
                          {QStringLiteral("docs/readme.txt=hello"), QStringLiteral("a.txt=a")});
    QVERIFY2(!m_iso.isEmpty(), "xorriso is needed (installer/debian-packages.txt)");
    m_window = std::make_unique<MainWindow>();
    // A blank virtual DVD-R so that every drive picker has a drive and shows its controls.
    QVERIFY(
        !m_window->useDrive(m_dir.filePath(QStringLiteral("blank.iso")), QStringLiteral("dvd-r")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *drives = m_window->driveList();
    QTRY_VERIFY_WITH_TIMEOUT(drives->hasScanned() && !drives->isScanning(), ReadTimeoutMs);
}

void TestKeyboardAccess::startPageTasksByKeyboard()
{
    m_window->showStartPage();
    const QList<QWidget *> chain = tabChain(m_window.get());
    for (const QString &id : m_window->taskIds()) {
        auto *button = m_window->findChild<TaskButton *>(QStringLiteral("task_") + id);
        QVERIFY(button);
        QVERIFY2(chain.contains(button), qPrintable(id));
    }
    // Tab to the Burn task and open it with Return, go back with the keyboard, open it with
    // Space.
    for (Qt::Key key : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space}) {
        m_window->showStartPage();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *burn = m_window->findChild<TaskButton *>(QStringLiteral("task_burn"));
        int presses = 0;
        while (QApplication::focusWidget() != burn && presses++ < 50) {
            QWidget *target =
                QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
            QTest::keyClick(target, Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), burn);
        QTest::keyClick(burn, key);
        QCOMPARE(m_window->currentTask(), QStringLiteral("burn"));
        // Back to the start page by the keyboard shortcut of "All Tasks".
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                        Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(m_window->currentTask(), QString());
    }
}

void TestKeyboardAccess::pages_data()
{
    QTest::addColumn<QString>("task");
    QTest::newRow("start") << QString();
    // taskIds() is called on a window made for the purpose: the data function runs before
    // the test case's window exists on the first row.
    MainWindow window;
    for (const QString &id : window.taskIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestKeyboardAccess::pages()
{
    QFETCH(QString, task);
    if (task.isEmpty())
        m_window->showStartPage();
    else
        QVERIFY(m_window->showTask(task));
    QApplication::processEvents();
    const QStringList problems = keyboardProblems(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    if (task.isEmpty())
        return;
    // "All Tasks" in the toolbar: a tool bar's buttons take no focus unless told to, and the
    // check above counts only controls that take focus.
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
    QVERIFY(toolBar);
    auto *back = m_window->findChild<QAction *>(QStringLiteral("actionBack"));
    QVERIFY(back);
    QWidget *backButton = toolBar->widgetForAction(back);
    QVERIFY(backButton);
    QVERIFY2(tabChain(m_window.get()).contains(backButton), "All Tasks is not reached with Tab");
    QVERIFY2(takesStrongFocus(backButton), "All Tasks takes focus by Tab alone");
}

void TestKeyboardAccess::newImagePageWithTree()
{
    QVERIFY(m_window->showTask(QStringLiteral("newimage")));
    auto *page = m_window->findChild<NewImagePage *>();
    QVERIFY(page);
    page->clearSources();
    page->addSource(m_iso);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, ReadTimeoutMs);
    QApplication::processEvents();
    const QStringList problems = keyboardProblems(m_window.get());
    // The Files/Titles tab bar, shown as the tree's heading (the Titles tab only for a
    // DVD-Video), is a control: the style must not leave it out of the Tab chain.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("newImageTabs"));
    QVERIFY(tabs);
    QTabBar *tabBar = tabs->tabBar();
    const bool tabBarReached = tabChain(m_window.get()).contains(tabBar);
    page->clearSources();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(tabBar->isVisible(), "the tab bar is hidden");
    QVERIFY2(tabBarReached, "the Files/Titles tabs are not reached with Tab");
    QVERIFY2(takesStrongFocus(tabBar), "the Files/Titles tabs take focus by Tab alone");
}

void TestKeyboardAccess::addVirtualDriveDialog()
{
    AddVirtualDriveDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = keyboardProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::burnNewImageDialog()
{
    BurnNewImageDialog dialog(m_window->driveList(), 3 * 1000 * 1000, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = keyboardProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::aboutDialog()
{
    AboutDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = keyboardProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::jobProgressPanel()
{
    // The panel as a page shows it while a job runs, with the log open.
    Test::TestJob job(Test::TestJob::Outcome::Forever);
    JobProgressPanel panel;
    panel.resize(640, 480);
    panel.setJob(&job);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    job.start();
    auto *log = panel.findChild<QAbstractButton *>(QStringLiteral("jobLogToggle"));
    QVERIFY(log);
    log->setChecked(true);
    QTRY_VERIFY(panel.findChild<QAbstractButton *>(QStringLiteral("jobCancel"))->isEnabled());
    const QStringList problems = keyboardProblems(&panel);
    job.cancel();
    job.wait();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestKeyboardAccess>(argc, argv);
}

#include "tst_keyboardaccess.moc"
