#include "aboutdialog.h"
#include "addvirtualdrivedialog.h"
#include "base/translations.h"
#include "burnnewimagedialog.h"
#include "fixtures.h"
#include "guitest.h"
#include "imagetreemodel.h"
#include "mainwindow.h"
#include "newimagepage.h"
#include "tsfile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <functional>
#include <memory>

using namespace Spindle;

// The GUI in the language LANGUAGE names (ctest runs this once per shipped language): every
// page of the main window, with a disc loaded, must show no English. A text that is the
// English source of a translated message means tr() ran in a context the .ts does not have;
// English function words in a text mean a string that never went through tr().
class TestGuiTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageIsTranslated_data();
    void everyPageIsTranslated();
    void dialogsAreTranslated();
    void newImageTreeColumns();

private:
    QStringList englishIn(const QStringList &texts) const;

    QString m_language;
    QHash<QString, QString> m_translated; // English source -> translation, where they differ
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString plain(const QString &text)
{
    QString t =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return t.simplified();
}

// Everything a person reads or a screen reader speaks on the visible part of a window.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    auto add = [&texts](const QString &t) {
        if (!t.trimmed().isEmpty())
            texts << plain(t);
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : widgets) {
        if (w != window && !w->isVisibleTo(window))
            continue;
        add(w->toolTip());
        add(w->accessibleName());
        add(w->accessibleDescription());
        add(w->statusTip());
        add(w->whatsThis());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
                add(tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(view->model()->headerData(c, Qt::Horizontal).toString());
        }
        for (QAction *action : w->actions()) {
            add(action->text());
            add(action->toolTip());
        }
    }
    return texts;
}

} // namespace

void TestGuiTranslations::initTestCase()
{
    m_language = qEnvironmentVariable("LANGUAGE");
    if (!shippedLanguages().contains(m_language))
        QSKIP("run by ctest with LANGUAGE set to a shipped language");
    QVERIFY2(!installTranslations(qApp).isEmpty(),
             "LANGUAGE names a shipped language, but no translation was loaded");
    const TsFile ts = readTsFile(
        QStringLiteral(SPINDLE_SOURCE_DIR "/translations/spindle_%1.ts").arg(m_language));
    QVERIFY(ts.error.isEmpty());
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus && !m.translations.isEmpty() &&
            plain(m.translations.first()) != plain(m.source))
            m_translated.insert(plain(m.source), plain(m.translations.first()));
    }
    QVERIFY(m_translated.size() > 100);

    QVERIFY(m_dir.isValid());
    const QString iso = Test::makeIso(
        m_dir.path(), QStringLiteral("disc.iso"), QStringLiteral("PHOTOS_2024"),
        {QStringLiteral("DCIM/IMG_0001.JPG=jpeg"), QStringLiteral("README.TXT=text")});
    QVERIFY(!iso.isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->useDrive(QStringLiteral("stdio:") + iso).has_value());
}

// Words that only English among the shipped languages uses ("will" is German too, so no).
QStringList TestGuiTranslations::englishIn(const QStringList &texts) const
{
    static const QSet<QString> words = {
        QStringLiteral("the"),    QStringLiteral("and"),    QStringLiteral("with"),
        QStringLiteral("from"),   QStringLiteral("this"),   QStringLiteral("that"),
        QStringLiteral("your"),   QStringLiteral("you"),    QStringLiteral("are"),
        QStringLiteral("is"),     QStringLiteral("into"),   QStringLiteral("could"),
        QStringLiteral("cannot"), QStringLiteral("there"),  QStringLiteral("when"),
        QStringLiteral("which"),  QStringLiteral("choose"), QStringLiteral("select"),
        QStringLiteral("click"),  QStringLiteral("drop"),   QStringLiteral("files"),
        QStringLiteral("burn"),   QStringLiteral("copy"),   QStringLiteral("erase"),
        QStringLiteral("write"),  QStringLiteral("speed")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QStringList found;
    for (const QString &text : texts) {
        if (m_translated.contains(text)) {
            found << QStringLiteral("untranslated: \"%1\"").arg(text);
            continue;
        }
        for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (token.contains(QLatin1Char('/')) || token.contains(QLatin1Char('.')) ||
                token.contains(QLatin1Char('_')))
                continue; // a path, a file or volume name: data, not a message
            const auto m = word.match(token);
            if (m.hasMatch() &&
                m.captured() == token.chopped(token.endsWith(QLatin1Char(':')) ||
                                                      token.endsWith(QLatin1Char(','))
                                                  ? 1
                                                  : 0) &&
                words.contains(m.captured().toLower())) {
                found << QStringLiteral("English word \"%1\" in \"%2\"").arg(m.captured(), text);
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void TestGuiTranslations::everyPageIsTranslated_data()
{
    QTest::addColumn<QString>("task");
    QTest::newRow("start") << QString();
    for (const QString &id : MainWindow().taskIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestGuiTranslations::everyPageIsTranslated()
{
    QFETCH(QString, task);
    if (task.isEmpty())
        m_window->showStartPage();
    else
        QVERIFY(m_window->showTask(task));
    QTest::qWait(1500); // drive scans and disc reads land; what they show is checked too
    const QStringList texts = visibleTexts(m_window.get());
    QVERIFY(texts.size() > 3);
    QVERIFY(GuiTest::saveScreenshot(
        m_window.get(), QStringLiteral("i18n-%1-%2")
                            .arg(m_language, task.isEmpty() ? QStringLiteral("start") : task)));
    // Longer words must not push the window past the size it opens at in English.
    QCOMPARE(m_window->size(), QSize(900, 640));
    const QStringList english = englishIn(texts);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    // libburn's name for a virtual drive's medium (the window's drive is one) is no message.
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QLatin1String("stdio file")), qPrintable(text));
}

void TestGuiTranslations::dialogsAreTranslated()
{
    AboutDialog about(m_window.get());
    AddVirtualDriveDialog addDrive(m_window.get());
    BurnNewImageDialog burn(m_window->driveList(), 3 * 1000 * 1000, m_window.get());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&about, &addDrive, &burn}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(300); // the burn dialog reads the chosen drive
        const QStringList texts = visibleTexts(dialog);
        QVERIFY(texts.size() > 2);
        const QStringList english = englishIn(texts);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                            QLatin1Char('\n') + english.join(QLatin1Char('\n'))));
        dialog->hide();
    }
}

// The New image tree at the window's opening width (900 px) in the language: the names get the
// room, the size column is as wide as the sizes this tree shows (not a worst case for any tree),
// and sizes are written as the language writes numbers.
void TestGuiTranslations::newImageTreeColumns()
{
    const QString iso = Test::makeIso(
        m_dir.path(), QStringLiteral("holiday.iso"), QStringLiteral("HOLIDAY"),
        {QStringLiteral("Photos/Summer at the lake/Sunset_over_the_lake_at_pier.jpg=") +
             QString(41000, QLatin1Char('a')),
         QStringLiteral("Photos/Summer at the lake/Morning_fog_on_the_water.jpg=") +
             QString(2600, QLatin1Char('b')),
         QStringLiteral("Notes/packing_list_for_the_next_trip.txt=list")});
    QVERIFY(!iso.isEmpty());
    QVERIFY(m_window->showTask(QStringLiteral("newimage")));
    auto *page = m_window->findChild<NewImagePage *>();
    QVERIFY(page);
    page->clearSources();
    QVERIFY(page->addSource(iso));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->tree() &&
                                 page->model()->tree()->find("/Notes") >= 0,
                             30000);
    ImageTreeModel *model = page->model();
    const int fog = model->tree()->find("/Photos/Summer at the lake/Morning_fog_on_the_water.jpg");
    QVERIFY(fog >= 0);
    QVERIFY(model->setData(model->indexForEntry(fog), Qt::Unchecked, Qt::CheckStateRole));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("imageTree"));
    QVERIFY(view);
    view->expandAll();
    QTest::qWait(50);
    QVERIFY(GuiTest::saveScreenshot(m_window.get(),
                                    QStringLiteral("i18n-%1-newimage-tree").arg(m_language)));
    QCOMPARE(m_window->width(), 900);

    const QFontMetrics metrics(view->font());
    int widestSize = 0;
    bool localNumbers = false;
    const QChar decimalPoint = QLocale(m_language).decimalPoint().front();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QString size =
                index.siblingAtColumn(ImageTreeModel::SizeColumn).data().toString();
            widestSize = qMax(widestSize, metrics.horizontalAdvance(size));
            localNumbers = localNumbers || size.contains(decimalPoint);
            walk(index);
        }
    };
    walk({});
    QVERIFY2(localNumbers, "no size is written with the language's decimal separator");
    const QHeaderView *header = view->header();
    const int sizeColumn = header->sectionSize(ImageTreeModel::SizeColumn);
    QVERIFY2(sizeColumn >= widestSize, qPrintable(QString::number(sizeColumn)));
    // Some air, but not the room of "999 bytes of 99.9 GB" in a tree of kilobytes.
    QVERIFY2(sizeColumn <= widestSize + 2 * metrics.averageCharWidth(),
             qPrintable(QStringLiteral("size column %1 px for sizes of %2 px")
                            .arg(sizeColumn)
                            .arg(widestSize)));
    // Every name shows in full (the view's size hint for the names counts their indentation;
    // public in QAbstractItemView).
    const int namesNeed =
        static_cast<QAbstractItemView *>(view)->sizeHintForColumn(ImageTreeModel::NameColumn);
    QVERIFY2(header->sectionSize(ImageTreeModel::NameColumn) >= namesNeed,
             qPrintable(QStringLiteral("names need %1 px, have %2 px")
                            .arg(namesNeed)
                            .arg(header->sectionSize(ImageTreeModel::NameColumn))));
    page->clearSources();
}

int main(int argc, char *argv[])
{
    return GuiTest::run<TestGuiTranslations>(argc, argv);
}

#include "tst_guitranslations.moc"
