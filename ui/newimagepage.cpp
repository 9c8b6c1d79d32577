#include "newimagepage.h"

#include "base/format.h"
#include "burnnewimagedialog.h"
#include "burntargetwatcher.h"
#include "drivepicker.h"
#include "dvd/dvdtrimsource.h"
#include "dvd/dvdvideo.h"
#include "dvdtitlesview.h"
#include "eccoptionwidget.h"
#include "fitbar.h"
#include "icons.h"
#include "imagetreemodel.h"
#include "inlinemessage.h"
#include "jobprogresspanel.h"
#include "jobs/buildimagejob.h"
#include "jobs/burnjob.h"
#include "jobs/extractjob.h"
#include "messagebox.h"
#include "project/imagesourcefactory.h"
#include "recentimagesbutton.h"
#include "savelocation.h"
#include "tree/imagetree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Spindle {

namespace {
QString g_nextFileName;
bool g_haveNextFileName = false;
const QString writeFolderKey = QStringLiteral("newImage/writeFolder");
const QString patternsFolderKey = QStringLiteral("newImage/patternsFolder");
} // namespace

void NewImagePage::setNextFileName(const QString &name)
{
    g_nextFileName = name;
    g_haveNextFileName = true;
}

NewImagePage::NewImagePage(DriveList *drives, QWidget *parent)
    : QWidget(parent), m_drives(drives), m_model(new ImageTreeModel(this)), m_job(this)
{
    setObjectName(QStringLiteral("newImagePage"));
    setAcceptDrops(true);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("newImageMessage"));
    m_message->hide();
    m_bootMessage = new InlineMessage(this);
    m_bootMessage->setObjectName(QStringLiteral("bootMessage"));
    m_bootMessage->hide();
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("treeFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter by name"));
    m_showHidden = new QCheckBox(tr("Show hidden files"), this);
    m_showHidden->setObjectName(QStringLiteral("showHidden"));
    m_showHidden->setChecked(true);
    m_undo = new QPushButton(actionIcon(ActionIcon::Undo), tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoSelection"));
    m_undo->setEnabled(false);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("imageTree"));
    m_view->setAccessibleName(tr("Files"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // 100,000 rows stay fast
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    fitColumns();

    m_fit = new FitBar(this);
    m_fit->setObjectName(QStringLiteral("fitBarWidget"));
    m_patterns = new QPlainTextEdit(this);
    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_patterns->setAccessibleName(tr("Left out (patterns)"));
    // Patterns never hold a tab, and Tab must lead out of the field for keyboard users.
    m_patterns->setTabChangesFocus(true);
    m_patterns->setPlaceholderText(tr("One pattern per line: /VIDEO_TS/VTS_02_*, *.bak, "
                                      "!/keep/this"));
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyPatterns"));
    auto *load = new QPushButton(tr("Load…"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    auto *patternsBox = new QGroupBox(tr("Left out (patterns)"), this);
    auto *patternsLayout = new QVBoxLayout(patternsBox);
    patternsLayout->addWidget(m_patterns);
    auto *patternButtons = new QHBoxLayout;
    patternButtons->addWidget(apply);
    patternButtons->addWidget(load);
    patternButtons->addWidget(save);
    patternsLayout->addLayout(patternButtons);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(patternsBox, 1);
    sideLayout->addWidget(createOptions());

    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showHidden);
    filterRow->addWidget(m_undo);
    treeLayout->addLayout(filterRow);
    treeLayout->addWidget(m_view, 1);

    // Titles are how people think of a DVD-Video; the tab is shown only for one.
    m_titles = new DvdTitlesView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("newImageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(treeSide, tr("Files"));
    m_tabs->addTab(m_titles, tr("Titles"));
    m_tabs->setTabVisible(1, false);
    // A tab bar takes focus by Tab alone (Qt::TabFocus), which desktops that tab only to
    // strong-focus controls skip.
    m_tabs->tabBar()->setFocusPolicy(Qt::StrongFocus);
    auto *mainSide = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(mainSide);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_tabs, 1);
    mainLayout->addWidget(m_fit);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(mainSide);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_write = new QPushButton(actionIcon(ActionIcon::SaveAs), tr("Write image…"), this);
    m_write->setObjectName(QStringLiteral("writeImage"));
    m_write->setEnabled(false);
    m_burn = new QPushButton(actionIcon(ActionIcon::Burn), tr("Burn…"), this);
    m_burn->setObjectName(QStringLiteral("burnNewImage"));
    m_burn->setToolTip(tr("Burn the new image to a disc as it is made, with no temporary file."));
    m_burn->setEnabled(false);
    m_progress = new JobProgressPanel(this);
    m_progress->hide();
    m_job.setPanel(m_progress);

    auto *layout = new QVBoxLayout(this);
    QWidget *sourceBar = createSourceBar();
    QWidget *burnRow = createBurnRow();
    // The source and Burn to lists start at one edge, which pairs them as the two drive roles.
    const int labelWidth =
        qMax(m_drivePicker->label()->sizeHint().width(), m_burnTo->label()->sizeHint().width());
    m_drivePicker->label()->setMinimumWidth(labelWidth);
    m_burnTo->label()->setMinimumWidth(labelWidth);
    layout->addWidget(sourceBar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_bootMessage);
    layout->addWidget(burnRow);
    // The boot message folds away with the form; formShown shows it again only when it has
    // something to say.
    m_job.setForm({sourceBar, splitter, m_bootMessage, burnRow});

    connect(&m_loader, &QFutureWatcher<Result<LoadedTree>>::finished, this,
            &NewImagePage::onLoaded);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ImageTreeModel::setNameFilter);
    connect(m_showHidden, &QCheckBox::toggled, m_model, &ImageTreeModel::setShowHidden);
    connect(m_undo, &QPushButton::clicked, m_model, &ImageTreeModel::undo);
    connect(m_model, &ImageTreeModel::selectionChanged, this, &NewImagePage::onSelectionChanged);
    connect(m_fit, &FitBar::capacityChanged, m_model, &ImageTreeModel::setTargetCapacity);
    connect(apply, &QPushButton::clicked, this, &NewImagePage::applyPatterns);
    connect(load, &QPushButton::clicked, this, &NewImagePage::loadPatterns);
    connect(save, &QPushButton::clicked, this, &NewImagePage::savePatterns);
    connect(m_write, &QPushButton::clicked, this, &NewImagePage::writeImage);
    connect(m_burn, &QPushButton::clicked, this, &NewImagePage::burnImage);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QAction *extract = menu.addAction(tr("Extract…"));
        // One job at a time: the panel shows one, and the page waits for one.
        extract->setEnabled(m_view->indexAt(pos).isValid() && !m_job.isRunning());
        connect(extract, &QAction::triggered, this, &NewImagePage::extractSelected);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(&m_job, &PageJob::started, this, &NewImagePage::onJobStarted);
    connect(&m_job, &PageJob::finished, this, &NewImagePage::onJobFinished);
    connect(&m_job, &PageJob::formShown, this, &NewImagePage::showBootMessage);
    connect(m_titles, &DvdTitlesView::loaded, this, &NewImagePage::onTitlesLoaded);
    connect(m_titles, &DvdTitlesView::trimChanged, this, &NewImagePage::onTrimChanged);
    m_titles->setTrimmable(true);
    m_model->setTargetCapacity(m_fit->capacity());
}

NewImagePage::~NewImagePage()
{
    m_loader.waitForFinished();
}

QWidget *NewImagePage::createSourceBar()
{
    auto *bar = new QWidget(this);
    // Two rows (the file sources and Clear; the drive picker and Use disc): in one, the drive
    // list was cut short and the picker's "no drive" note squeezed between the buttons.
    auto *column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    column->addLayout(layout);
    auto *image = new QPushButton(actionIcon(ActionIcon::Open), tr("Image…"), bar);
    image->setObjectName(QStringLiteral("addImage"));
    m_recent = new RecentImagesButton(QStringLiteral("newImage/recentImages"), bar);
    auto *folder = new QPushButton(actionIcon(ActionIcon::OpenFolder), tr("Folder…"), bar);
    folder->setObjectName(QStringLiteral("addFolder"));
    m_drivePicker = new DrivePicker(m_drives, bar);
    m_drivePicker->setObjectName(QStringLiteral("newImageDrivePicker"));
    // The disc read from, named so: people took a plain "Drive" for the one burned to.
    m_drivePicker->setLabelText(tr("Source &disc:"));
    m_drivePicker->setSettingsKey(QStringLiteral("newImage/drive"));
    auto *disc = new QPushButton(tr("Use disc"), bar);
    disc->setObjectName(QStringLiteral("addDisc"));
    auto *clear = new QPushButton(actionIcon(ActionIcon::Clear), tr("Clear"), bar);
    clear->setObjectName(QStringLiteral("clearSources"));
    clear->setToolTip(tr("Remove the sources and the patterns, to start a new image over."));
    m_sourcesLabel = new QLabel(tr("Drop an image, folders or archives here."), bar);
    m_sourcesLabel->setObjectName(QStringLiteral("sourcesLabel"));
    m_sourcesLabel->setWordWrap(true);
    // Long source lists must not widen the window.
    m_sourcesLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(image);
    layout->addWidget(m_recent);
    layout->addWidget(folder);
    layout->addWidget(m_sourcesLabel, 1);
    layout->addWidget(clear);
    m_drivePicker->addToRow(disc);
    column->addWidget(m_drivePicker);
    connect(image, &QPushButton::clicked, this, [this] {
        const QString file = askFileName(
            false, false, tr("Open image or archive"),
            tr("Images and archives (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar "
               "*.tar.* *.7z);;"
               "All files (*)"));
        if (!file.isEmpty())
            openImage(file);
    });
    connect(m_recent, &RecentImagesButton::imageChosen, this, &NewImagePage::openImage);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = askFileName(false, true, tr("Add folder"), {});
        if (!dir.isEmpty())
            addSource(dir);
    });
    connect(disc, &QPushButton::clicked, this, [this] {
        if (!m_drivePicker->currentAddress().isEmpty())
            addSource(m_drivePicker->currentAddress());
    });
    connect(clear, &QPushButton::clicked, this, &NewImagePage::clearSources);
    return bar;
}

QWidget *NewImagePage::createBurnRow()
{
    // The drive Burn… writes to, under the fit bar that measures against its disc, beside the
    // two ways out of the page (the source picker above says when no drive exists).
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_burnTo = new DrivePicker(m_drives, row);
    m_burnTo->setObjectName(QStringLiteral("burnToDrivePicker"));
    m_burnTo->setLabelText(tr("Burn &to:"));
    m_burnTo->setStatusShown(false);
    m_burnTo->setSettingsKey(QStringLiteral("burn/drive")); // the Burn image page's drive too
    layout->addWidget(m_burnTo, 1);
    layout->addSpacing(12);
    layout->addWidget(m_write, 0, Qt::AlignTop);
    layout->addWidget(m_burn, 0, Qt::AlignTop);
    // The fit bar measures against the disc in the Burn to drive.
    m_target = new BurnTargetWatcher(
        m_burnTo, m_fit, [this] { return isVisible() && !m_job.isRunning(); }, this);
    return row;
}

void NewImagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_target->refreshIfStale();
}

QWidget *NewImagePage::createOptions()
{
    auto *box = new QGroupBox(tr("Image options"), this);
    auto *form = new QFormLayout(box);
    m_label = new QLineEdit(box);
    m_label->setObjectName(QStringLiteral("imageLabel"));
    m_label->setMaxLength(32);
    m_level = new QComboBox(box);
    m_level->setObjectName(QStringLiteral("isoLevel"));
    m_level->addItem(tr("Automatic"), 0);
    m_level->addItem(tr("Level 1"), 1);
    m_level->addItem(tr("Level 2"), 2);
    m_level->addItem(tr("Level 3"), 3);
    m_level->setToolTip(tr("Automatic picks level 3 when a file is 4 GiB or larger."));
    m_rockRidge = new QCheckBox(tr("Rock Ridge"), box);
    m_rockRidge->setToolTip(tr("Long names, links and permissions for Linux and macOS."));
    m_rockRidge->setChecked(true);
    m_joliet = new QCheckBox(tr("Joliet"), box);
    m_joliet->setToolTip(tr("Long names for Windows."));
    m_joliet->setChecked(true);
    m_reproducible = new QCheckBox(tr("Reproducible"), box);
    m_reproducible->setObjectName(QStringLiteral("reproducible"));
    m_reproducible->setToolTip(tr("The same files give the same bytes (fixed dates)."));
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("ISO level:"), m_level);
    form->addRow(m_rockRidge);
    form->addRow(m_joliet);
    form->addRow(m_reproducible);
    // Sized for the fit bar's target (disc or medium), as BuildImageJob does for targetCapacity.
    m_ecc = new EccOptionWidget(EccOptionWidget::Shape::Column, box);
    m_ecc->setSettingsKey(QStringLiteral("newImage/ecc"));
    m_ecc->followFitBar(m_fit);
    form->addRow(m_ecc);
    connect(m_ecc, &EccOptionWidget::changed, this, &NewImagePage::onTrimChanged);
    return box;
}

QString NewImagePage::askFileName(bool save, bool folder, const QString &title,
                                  const QString &filter)
{
    if (g_haveNextFileName) {
        g_haveNextFileName = false;
        return g_nextFileName;
    }
    if (folder)
        return QFileDialog::getExistingDirectory(this, title);
    return save ? QFileDialog::getSaveFileName(this, title, {}, filter)
                : QFileDialog::getOpenFileName(this, title, {}, filter);
}

QString NewImagePage::askSaveName(const QString &title, const QString &filter, const QString &key,
                                  const QString &suffix, bool *overwriteAsked, const QString &name)
{
    if (g_haveNextFileName) {
        g_haveNextFileName = false;
        const QString path = SaveLocation::withSuffix(g_nextFileName, suffix);
        // As a dialog would have asked about the name it returned.
        *overwriteAsked = path == g_nextFileName;
        if (!path.isEmpty())
            SaveLocation::remember(key, path);
        return path;
    }
    return SaveLocation::ask(this, title, filter, key, suffix, overwriteAsked, name);
}

bool NewImagePage::addSource(const QString &text)
{
    auto spec = SourceSpec::parse(text);
    if (!spec) {
        m_message->setMessage(InlineMessage::Kind::Error, spec.error().forGui());
        m_message->show();
        return false;
    }
    m_sources.append(spec.value());
    reload();
    return true;
}

void NewImagePage::openImage(const QString &file)
{
    if (m_sources.isEmpty()) {
        if (addSource(file))
            m_recent->remember(file);
        return;
    }
    auto spec = SourceSpec::parse(file);
    if (!spec) {
        m_message->setMessage(InlineMessage::Kind::Error, spec.error().forGui());
        m_message->show();
        return;
    }
    // A new image has one image or disc as its base; a second one can go in as a file.
    const auto base = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                   [](const SourceSpec &s) { return s.isImage(); });
    const bool asFile = spec->isImage() && base != m_sources.cend();
    QStringList names;
    for (const SourceSpec &s : std::as_const(m_sources))
        names << s.displayName();
    MessageBox::Request q;
    q.title = tr("Replace or add?");
    q.yesText = tr("Replace");
    q.cancelText = tr("Cancel");
    if (asFile) {
        q.text = tr("A new image is made from one image or disc, and %1 is that one now. "
                    "Replace the sources with %2, or add %2 to the new image as a file?")
                     .arg(base->displayName(), spec->displayName());
        q.noText = tr("Add as a file");
    } else {
        q.text = tr("Replace %1 with %2, or add the files of %2 to the new image?")
                     .arg(names.join(QStringLiteral(" + ")), spec->displayName());
        q.noText = tr("Add");
    }
    switch (MessageBox::choose(this, q)) {
    case MessageBox::Answer::Yes:
        // As Clear: the patterns were written for the sources that go.
        m_sources.clear();
        m_model->setSelection(Selection());
        m_patterns->clear();
        break;
    case MessageBox::Answer::No:
        if (asFile)
            spec->kind = SourceSpec::Kind::LocalFile;
        break;
    default:
        return;
    }
    m_sources.append(spec.value());
    m_recent->remember(file);
    reload();
}

void NewImagePage::clearSources()
{
    // Clear starts over: the patterns, written for the sources that go, would leave out files
    // of the next one unseen (Save… keeps them). Adding a source keeps them: they still apply.
    m_sources.clear();
    m_model->setSelection(Selection());
    m_patterns->clear();
    reload();
}

bool NewImagePage::isLoading() const
{
    return m_loader.isRunning();
}

void NewImagePage::reload()
{
    m_job.showForm(); // the sources are seen where they were put
    QStringList names;
    for (const SourceSpec &s : std::as_const(m_sources))
        names << s.displayName();
    m_sourcesLabel->setText(names.isEmpty() ? tr("Drop an image, folders or archives here.")
                                            : names.join(QStringLiteral(" + ")));
    m_write->setEnabled(false);
    m_burn->setEnabled(false);
    m_message->hide();
    m_bootMessage->hide();
    m_tabs->setTabVisible(1, false);
    m_loader.waitForFinished();
    const QList<SourceSpec> sources = m_sources;
    m_loader.setFuture(QtConcurrent::run([sources] { return loadImageTree(sources); }));
}

void NewImagePage::onLoaded()
{
    const Result<LoadedTree> loaded = m_loader.result();
    if (!loaded) {
        m_message->setMessage(InlineMessage::Kind::Error, loaded.error().forGui(),
                              loaded.error().detail);
        m_message->show();
        m_sources.removeLast();
        return;
    }
    m_model->setTree(loaded.value().tree);
    m_label->setPlaceholderText(loaded.value().tree->sourceLabel());
    m_model->setFileInfo(loaded.value().fileInfo);
    m_model->setBootInfo(loaded.value().boot);
    showBootMessage();
    fitColumns();
    m_titles->load(loaded.value().tree);
    if (!loaded.value().warnings.isEmpty()) {
        m_message->setMessage(InlineMessage::Kind::Warning,
                              loaded.value().warnings.join(QLatin1Char('\n')));
        m_message->show();
    }
    m_view->expandToDepth(0);
    m_write->setEnabled(canWrite());
    m_burn->setEnabled(canWrite());
}

void NewImagePage::fitColumns()
{
    QHeaderView *header = m_view->header();
    // Every column but the names' is as wide as its content on screen, so the names get the
    // rest: a width measured for the widest size any tree could show ("999 bytes of 99.9 GB")
    // cut the names while the size column stood half empty (German at 900 px). Unticking a file
    // ("14.8 MB" becomes "14.8 MB of 17.2 MB") widens the column, which is the content.
    const QFontMetrics metrics(m_view->font());
    header->setSectionResizeMode(ImageTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImageTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImageTreeModel::FilesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImageTreeModel::ModifiedColumn, QHeaderView::ResizeToContents);
    // Info holds DVD-Video titles (read in full from the tooltip) and link targets; without
    // any it would be an empty column taking the names' room.
    header->setSectionResizeMode(ImageTreeModel::InfoColumn, QHeaderView::Interactive);
    header->resizeSection(ImageTreeModel::InfoColumn, 24 * metrics.averageCharWidth());
    m_view->setColumnHidden(ImageTreeModel::InfoColumn, !m_model->hasInfo());
}

bool NewImagePage::canWrite() const
{
    // A DVD-Video with every title unticked would be no DVD-Video; the Titles tab says so.
    return m_model->tree() && !m_sources.isEmpty() && !m_job.isRunning() &&
           !(m_titles->hasTitles() && m_titles->keptTitles().isEmpty()) &&
           m_ecc->refusal().isEmpty();
}

qint64 NewImagePage::estimatedBytes() const
{
    // The trim also shrinks the IFO files, but the title sets that go are what counts.
    return qMax<qint64>(0, m_model->estimatedImageBytes() - m_titles->droppedBytes());
}

void NewImagePage::onTrimChanged()
{
    m_fit->setUsage(estimatedBytes());
    m_ecc->setImageBytes(m_model->tree() ? estimatedBytes() : -1);
    showSelectionWarnings();
    m_write->setEnabled(canWrite());
    m_burn->setEnabled(canWrite());
}

void NewImagePage::onSelectionChanged()
{
    m_fit->setUsage(estimatedBytes());
    m_ecc->setImageBytes(m_model->tree() ? estimatedBytes() : -1);
    m_undo->setEnabled(m_model->canUndo());
    updateOptionsForOutput();
    const QString text = m_model->selection().toText();
    if (m_patterns->toPlainText() != text)
        m_patterns->setPlainText(text);
    showSelectionWarnings();
    showBootMessage();
}

void NewImagePage::showBootMessage()
{
    QString detail;
    const QString text = m_model->bootWarning(&detail);
    if (!text.isEmpty())
        m_bootMessage->setMessage(InlineMessage::Kind::Warning, text, detail);
    m_bootMessage->setVisible(!text.isEmpty() && !m_job.isShowingJob());
}

void NewImagePage::showSelectionWarnings()
{
    // The model warns about VIDEO_TS files left out; with titles unticked, the trim writes
    // VIDEO_TS and those boxes do not count, which is what the user needs to hear instead.
    const QStringList warnings = m_model->warnings();
    if (warnings.isEmpty()) {
        // Ticked again: the warning this function showed no longer holds (other messages,
        // such as a written image's summary, stay).
        if (!m_selectionMessage.isEmpty() && m_message->text() == m_selectionMessage)
            m_message->hide();
        m_selectionMessage.clear();
        return;
    }
    if (m_titles->isTrimmed())
        m_message->setMessage(InlineMessage::Kind::Info,
                              tr("While titles are unticked in the Titles tab, that tab decides "
                                 "what stays in VIDEO_TS; the boxes of VIDEO_TS files in the file "
                                 "tree are not used."));
    else
        m_message->setMessage(InlineMessage::Kind::Warning, warnings.join(QLatin1Char('\n')));
    m_selectionMessage = m_message->text();
    m_message->show();
}

void NewImagePage::onTitlesLoaded(bool ok)
{
    m_tabs->setTabVisible(1, ok);
    // A DVD-Video whose IFO files libdvdread cannot read keeps the file tree alone.
    if (!ok && !m_titles->error().forGui().isEmpty()) {
        m_message->setMessage(InlineMessage::Kind::Warning, m_titles->error().forGui(),
                              m_titles->error().detail);
        m_message->show();
    }
}

void NewImagePage::updateOptionsForOutput()
{
    const bool dvd = m_model->tree() && isDvdVideoOutput(*m_model->tree(), m_model->state());
    const QString why = tr("A DVD-Video is written as a UDF 1.02 + ISO 9660 bridge image, "
                           "as players need; this option does not apply to it.");
    m_level->setEnabled(!dvd);
    m_level->setToolTip(dvd ? why : tr("Automatic picks level 3 when a file is 4 GiB or larger."));
    m_rockRidge->setEnabled(!dvd);
    m_rockRidge->setToolTip(dvd ? why
                                : tr("Long names, links and permissions for Linux and macOS."));
    m_joliet->setEnabled(!dvd);
    m_joliet->setToolTip(dvd ? why : tr("Long names for Windows."));
}

void NewImagePage::applyPatterns()
{
    auto parsed = Selection::parse(m_patterns->toPlainText());
    if (!parsed) {
        m_message->setMessage(InlineMessage::Kind::Error, parsed.error().forGui());
        m_message->show();
        return;
    }
    m_model->setSelection(parsed.value());
}

void NewImagePage::loadPatterns()
{
    const QString name =
        askFileName(false, false, tr("Load patterns"), tr("Text files (*.txt);;All files (*)"));
    QFile file(name);
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    m_patterns->setPlainText(QString::fromUtf8(file.readAll()));
    applyPatterns();
}

void NewImagePage::savePatterns()
{
    bool overwriteAsked = false;
    const QString name = askSaveName(tr("Save patterns"), tr("Text files (*.txt)"),
                                     patternsFolderKey, QStringLiteral("txt"), &overwriteAsked);
    QFile file(name);
    if (name.isEmpty())
        return;
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->setMessage(InlineMessage::Kind::Error,
                              tr("Spindle cannot write %1: %2.").arg(name, file.errorString()));
        m_message->show();
        return;
    }
    file.write(m_model->selection().toText().toUtf8());
}

ImageOptions NewImagePage::imageOptions() const
{
    ImageOptions options;
    options.label = m_label->text();
    options.isoLevel = m_level->currentData().toInt();
    options.rockRidge = m_rockRidge->isChecked();
    options.joliet = m_joliet->isChecked();
    if (m_reproducible->isChecked())
        options.fixedTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    return options;
}

ImageSourceFactory NewImagePage::sourceFactory() const
{
    if (m_titles->isTrimmed())
        return dvdTrimSourceFactory(m_model->tree(), m_model->selection(), m_titles->trimOptions(),
                                    imageOptions());
    return newImageSourceFactory(m_model->tree(), m_model->selection(), imageOptions());
}

void NewImagePage::writeImage()
{
    if (!m_model->tree())
        return;
    bool overwriteAsked = false;
    const QString iso = QStringLiteral("iso");
    const QString label = m_label->text().isEmpty() ? m_label->placeholderText() : m_label->text();
    const QString output =
        askSaveName(tr("Write new image"), tr("ISO images (*.iso)"), writeFolderKey, iso,
                    &overwriteAsked, SaveLocation::nameFor(label, iso));
    if (output.isEmpty())
        return;
    BuildImageOptions o;
    o.source = sourceFactory();
    o.outputPath = output;
    m_outputPath = output;
    o.targetCapacity = m_fit->capacity();
    o.overwrite = overwriteAsked;
    o.ecc = m_ecc->choice();
    m_progress->setSpeedBase(SpeedBase::Dvd); // a file, not a disc: the usual scale
    m_job.start(std::make_unique<BuildImageJob>(o));
}

void NewImagePage::burnImage()
{
    if (!m_model->tree() || m_job.isRunning())
        return;
    // Window-modal and not exec(): the page stays responsive and tests can reach the dialog.
    auto *dialog = new BurnNewImageDialog(m_drives, estimatedBytes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog opens on the page's Burn to drive; a drive chosen there becomes the page's.
    if (m_burnTo->hasDrive())
        dialog->drivePicker()->setCurrentAddress(m_burnTo->currentAddress());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_burnTo->setCurrentAddress(dialog->drivePicker()->currentAddress());
        m_ecc->setSelection(dialog->options().ecc); // both remember it as newImage/ecc
        m_progress->setSpeedBase(dialog->speedBase());
        startBurn(dialog->options());
    });
    dialog->open();
}

void NewImagePage::startBurn(const BurnOptions &drive)
{
    if (!m_model->tree() || m_job.isRunning())
        return;
    BurnOptions options = drive;
    const std::shared_ptr<const ImageTree> tree = m_model->tree();
    const ImageOptions image = imageOptions();
    options.sourceFactory = sourceFactory(); // a stream per copy: it can be read only once
    options.timeStream = true;
    const QString label = image.label.isEmpty() ? tree->sourceLabel() : image.label;
    options.sourceName =
        label.isEmpty() ? tr("the new image") : tr("the new image \"%1\"").arg(label);
    m_job.start(std::make_unique<BurnJob>(options));
}

void NewImagePage::extractSelected()
{
    QList<QByteArray> paths;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        paths << m_model->data(index, ImageTreeModel::PathRole).toString().toUtf8();
    if (paths.isEmpty() && m_view->currentIndex().isValid())
        paths
            << m_model->data(m_view->currentIndex(), ImageTreeModel::PathRole).toString().toUtf8();
    const QString target = askFileName(false, true, tr("Extract to folder"), {});
    if (target.isEmpty() || paths.isEmpty())
        return;
    m_progress->setSpeedBase(SpeedBase::Dvd);
    m_job.start(std::make_unique<ExtractJob>(ExtractOptions{m_model->tree(), paths, target}));
}

void NewImagePage::onJobStarted()
{
    m_write->setEnabled(false);
    m_burn->setEnabled(false);
}

void NewImagePage::onJobFinished(const JobResult &result)
{
    // A folder the image could not be written to (a read-only mount) is not proposed again; a
    // file is tried, as access() says yes to root on an NFS share that squashes root.
    if (m_job.job<BuildImageJob>() && result.status == JobResult::Status::Failed) {
        QTemporaryFile probe(QFileInfo(m_outputPath).absolutePath() +
                             QStringLiteral("/.spindle-XXXXXX"));
        if (!probe.open())
            SaveLocation::failed(writeFolderKey, m_outputPath);
    }
    m_write->setEnabled(canWrite());
    m_burn->setEnabled(canWrite());
    m_target->refresh(); // a burn fills the disc; a job may have held the drive
}

void NewImagePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void NewImagePage::dropEvent(QDropEvent *event)
{
    QStringList problems;
    const qsizetype before = m_sources.size();
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            // A dropped file that is no image or archive is added as a file (the page has no
            // other way to add one), unless it looks like an image and is none.
            auto spec = SourceSpec::parse(url.toLocalFile(), SourceSpec::FileRole::Dropped);
            if (!spec) {
                problems << spec.error().forGui();
                continue;
            }
            m_sources.append(spec.value());
            // Dropped images and archives are offered again under Recent, folders are not.
            if (QFileInfo(url.toLocalFile()).isFile())
                m_recent->remember(url.toLocalFile());
        }
    }
    if (m_sources.size() != before)
        reload();
    if (!problems.isEmpty()) {
        m_message->setMessage(InlineMessage::Kind::Error, problems.join(QLatin1Char('\n')));
        m_message->show();
    }
    event->acceptProposedAction();
}

} // namespace Spindle
