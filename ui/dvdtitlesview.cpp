#include "dvdtitlesview.h"

#include "base/format.h"
#include "dvdstreamsview.h"
#include "inlinemessage.h"
#include "tree/imagetree.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Spindle {

namespace {

constexpr int TitleNumberRole = Qt::UserRole + 1;

QString formatName(const QString &format)
{
    if (format == QLatin1String("ac3"))
        return QStringLiteral("AC-3");
    if (format == QLatin1String("mpeg1"))
        return QStringLiteral("MPEG-1");
    if (format == QLatin1String("mpeg2ext"))
        return QStringLiteral("MPEG-2");
    return format.toUpper(); // LPCM, DTS, SDDS
}

QString languageName(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("?"))
        return DvdTitlesView::tr("unknown language");
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

} // namespace

DvdTitlesView::DvdTitlesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dvdTitlesView"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("dvdTitlesMessage"));
    m_message->hide();

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("dvdTitles"));
    m_table->setAccessibleName(tr("DVD titles"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Title"), tr("Length"), tr("Chapters"), tr("Angles"), tr("Audio"),
                              tr("Subtitles"), tr("Title set"), tr("Set size")});
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AudioColumn, QHeaderView::Stretch);
    for (int c : {LengthColumn, ChaptersColumn, AnglesColumn, TitleSetColumn, SetSizeColumn})
        m_table->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);

    m_mainFeatureOnly = new QCheckBox(tr("Main feature only, no menus"), this);
    m_mainFeatureOnly->setObjectName(QStringLiteral("mainFeatureOnly"));
    m_mainFeatureOnly->setToolTip(tr("Keep only the longest title and play it as soon as the "
                                     "disc starts; the menus and every other title are left "
                                     "out."));
    m_mainFeatureOnly->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dvdTitlesSummary"));
    m_summary->setWordWrap(true);

    m_streams = new DvdStreamsView(this);
    m_streams->hide();
    // Titles above, streams below; the streams get the room, a disc has few titles.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("dvdTitlesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_streams);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_mainFeatureOnly);
    layout->addWidget(m_summary);

    connect(&m_reader, &QFutureWatcher<Result<DvdTitleList>>::finished, this,
            &DvdTitlesView::onRead);
    connect(m_table, &QTreeWidget::itemChanged, this, &DvdTitlesView::onItemChanged);
    connect(m_mainFeatureOnly, &QCheckBox::toggled, this, &DvdTitlesView::onMainFeatureOnly);
    connect(m_streams, &DvdStreamsView::choiceChanged, this, &DvdTitlesView::onStreamsChanged);
    connect(m_streams, &DvdStreamsView::sizesRead, this, &DvdTitlesView::onStreamsChanged);
}

DvdTitlesView::~DvdTitlesView()
{
    m_reader.waitForFinished();
}

void DvdTitlesView::load(std::shared_ptr<const ImageTree> tree)
{
    m_reader.waitForFinished();
    m_streams->load(nullptr, {});
    m_streams->hide();
    m_source = tree;
    m_list = {};
    m_error = {};
    m_keptBeforeMainFeature.clear();
    m_table->clear();
    m_message->hide();
    {
        const QSignalBlocker blocker(m_mainFeatureOnly);
        m_mainFeatureOnly->setChecked(false);
    }
    if (!tree || !isDvdVideo(*tree)) {
        m_summary->clear();
        Q_EMIT loaded(false);
        return;
    }
    m_summary->setText(tr("Reading the titles…"));
    m_reader.setFuture(QtConcurrent::run([tree] { return readDvdTitleList(*tree); }));
}

bool DvdTitlesView::hasTitles() const
{
    return !m_list.info.titles.isEmpty();
}

void DvdTitlesView::onRead()
{
    const Result<DvdTitleList> read = m_reader.result();
    if (!read) {
        m_error = read.error();
        m_summary->clear();
        m_message->setMessage(InlineMessage::Kind::Warning, read.error().forGui(),
                              read.error().detail);
        m_message->show();
        Q_EMIT loaded(false);
        return;
    }
    m_list = read.value();
    m_filling = true;
    const QLocale locale;
    for (const DvdTitle &t : std::as_const(m_list.info.titles)) {
        auto *item = new QTreeWidgetItem(m_table);
        const bool main = t.number == m_list.info.longestTitle;
        item->setData(TitleColumn, TitleNumberRole, t.number);
        item->setText(TitleColumn,
                      main ? tr("%1 (main feature)").arg(t.number) : QString::number(t.number));
        if (main) {
            QFont bold = item->font(TitleColumn);
            bold.setBold(true);
            item->setFont(TitleColumn, bold);
            item->setToolTip(TitleColumn, tr("The longest title, which players take for the "
                                             "main feature."));
        }
        item->setText(LengthColumn, formatDvdDuration(t.seconds));
        item->setText(ChaptersColumn, locale.toString(t.chapters));
        item->setText(AnglesColumn, locale.toString(t.angles));
        QStringList audio;
        QStringList audioLong;
        for (const DvdAudioStream &a : t.audio) {
            audio << tr("%1 %2 %3 ch").arg(a.language, formatName(a.format)).arg(a.channels);
            audioLong << tr("%1: %2, %3 channels")
                             .arg(languageName(a.language), formatName(a.format))
                             .arg(a.channels);
        }
        item->setText(AudioColumn, audio.isEmpty() ? tr("none") : audio.join(QStringLiteral(", ")));
        item->setToolTip(AudioColumn, audioLong.join(QLatin1Char('\n')));
        QStringList subtitlesLong;
        for (const QString &s : t.subtitleLanguages)
            subtitlesLong << languageName(s);
        item->setText(SubtitlesColumn, t.subtitleLanguages.isEmpty()
                                           ? tr("none")
                                           : t.subtitleLanguages.join(QStringLiteral(", ")));
        item->setToolTip(SubtitlesColumn, subtitlesLong.join(QLatin1Char('\n')));
        item->setText(TitleSetColumn, locale.toString(t.titleSet));
        item->setText(SetSizeColumn, formatBytes(m_list.titleSetBytes.value(t.titleSet)));
        item->setToolTip(SetSizeColumn, tr("All files of title set %1 (VTS_%2_*)")
                                            .arg(t.titleSet)
                                            .arg(t.titleSet, 2, 10, QLatin1Char('0')));
        for (int c : {LengthColumn, ChaptersColumn, AnglesColumn, TitleSetColumn, SetSizeColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (m_trimmable)
            item->setCheckState(TitleColumn, Qt::Checked);
    }
    m_filling = false;
    updateSummary();
    m_streams->load(m_source, m_list);
    m_streams->show();
    m_fitTitles = true;
    fitTitles();
    Q_EMIT loaded(true);
}

void DvdTitlesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTitles();
}

void DvdTitlesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitTitles();
}

void DvdTitlesView::fitTitles()
{
    // The table as high as its titles (most discs have a few), up to about half the view; the
    // streams below get the rest. Done once per disc, when the view has its size; the user may
    // move the splitter afterwards.
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (!m_fitTitles || !m_streams->isVisibleTo(this) || total <= 0 || !isVisible())
        return;
    m_fitTitles = false;
    const int rows = qMax(1, m_table->topLevelItemCount());
    const int rowHeight = qMax(m_table->sizeHintForRow(0), m_table->fontMetrics().height());
    const int wanted = m_table->header()->sizeHint().height() + rows * rowHeight +
                       2 * m_table->frameWidth() + rowHeight / 2;
    const int table = qMin(wanted, total / 2);
    m_splitter->setSizes({table, total - table});
}

void DvdTitlesView::setTrimmable(bool trimmable)
{
    m_trimmable = trimmable;
    m_mainFeatureOnly->setVisible(trimmable);
    m_streams->setTrimmable(trimmable);
    m_filling = true;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (trimmable)
            item->setCheckState(TitleColumn, Qt::Checked);
        else
            item->setData(TitleColumn, Qt::CheckStateRole, QVariant());
    }
    m_filling = false;
    // The boxes widen the first column; ResizeToContents does not notice a new check state.
    m_table->resizeColumnToContents(TitleColumn);
    updateSummary();
}

QList<int> DvdTitlesView::keptTitles() const
{
    QList<int> kept;
    if (m_mainFeatureOnly->isChecked() && m_list.info.longestTitle > 0)
        return {m_list.info.longestTitle};
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (!m_trimmable || item->checkState(TitleColumn) == Qt::Checked)
            kept << item->data(TitleColumn, TitleNumberRole).toInt();
    }
    return kept;
}

bool DvdTitlesView::mainFeatureOnly() const
{
    return m_trimmable && m_mainFeatureOnly->isChecked();
}

bool DvdTitlesView::isTrimmed() const
{
    return m_trimmable && hasTitles() &&
           (mainFeatureOnly() || keptTitles().size() != m_list.info.titles.size() ||
            !m_streams->choices().isEmpty());
}

DvdTrimOptions DvdTitlesView::trimOptions() const
{
    DvdTrimOptions options;
    options.keepTitles = keptTitles();
    options.mainFeatureOnly = mainFeatureOnly();
    options.streams = m_streams->choices();
    return options;
}

QList<int> DvdTitlesView::droppedTitleSets() const
{
    if (!m_trimmable || !hasTitles())
        return {};
    const QList<int> kept = keptTitles();
    QSet<int> keptSets;
    for (const DvdTitle &t : m_list.info.titles) {
        if (kept.contains(t.number))
            keptSets.insert(t.titleSet);
    }
    QList<int> dropped;
    for (auto it = m_list.titleSetBytes.cbegin(); it != m_list.titleSetBytes.cend(); ++it) {
        if (!keptSets.contains(it.key()))
            dropped << it.key();
    }
    return dropped;
}

qint64 DvdTitlesView::droppedBytes() const
{
    qint64 bytes = 0;
    for (int set : droppedTitleSets())
        bytes += m_list.titleSetBytes.value(set);
    const QMap<int, qint64> cut =
        m_trimmable ? dvdCutCellBytes(m_list.info, keptTitles()) : QMap<int, qint64>{};
    for (qint64 set : cut)
        bytes += set;
    // Streams of the title sets that go are not in the choices: they count once, above. In a
    // set that loses video too, the streams' packs in it go with it: a stream runs through
    // the whole set, so only its share in the video that stays counts here.
    const QMap<int, qint64> streams = m_streams->droppedBytesPerSet();
    for (auto it = streams.cbegin(); it != streams.cend(); ++it) {
        const qint64 setBytes = m_list.titleSetBytes.value(it.key());
        const double stays =
            setBytes > 0 ? std::max(0.0, 1.0 - double(cut.value(it.key())) / double(setBytes))
                         : 1.0;
        bytes += qint64(double(it.value()) * stays);
    }
    return bytes;
}

void DvdTitlesView::onStreamsChanged()
{
    updateSummary();
    Q_EMIT trimChanged();
}

void DvdTitlesView::onItemChanged(QTreeWidgetItem *item, int column)
{
    Q_UNUSED(item);
    if (m_filling || column != TitleColumn || !m_trimmable)
        return;
    updateSummary();
    Q_EMIT trimChanged();
}

void DvdTitlesView::onMainFeatureOnly(bool on)
{
    // The boxes show what is kept: the main feature alone while this is on, the user's own
    // choice again when it goes off.
    m_filling = true;
    if (on) {
        m_keptBeforeMainFeature.clear();
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_table->topLevelItem(i);
            const int number = item->data(TitleColumn, TitleNumberRole).toInt();
            if (item->checkState(TitleColumn) == Qt::Checked)
                m_keptBeforeMainFeature << number;
            item->setCheckState(TitleColumn,
                                number == m_list.info.longestTitle ? Qt::Checked : Qt::Unchecked);
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    } else {
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_table->topLevelItem(i);
            const int number = item->data(TitleColumn, TitleNumberRole).toInt();
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(TitleColumn, m_keptBeforeMainFeature.contains(number)
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
        }
    }
    m_filling = false;
    updateSummary();
    Q_EMIT trimChanged();
}

void DvdTitlesView::updateSummary()
{
    m_streams->setDroppedTitleSets(droppedTitleSets());
    if (!hasTitles()) {
        m_summary->clear();
        return;
    }
    const int total = int(m_list.info.titles.size());
    QString text;
    if (!m_trimmable) {
        text = tr("%n title(s).", nullptr, total);
        if (m_list.info.longestTitle > 0)
            text += QLatin1Char(' ') +
                    tr("The main feature is title %1.").arg(m_list.info.longestTitle);
    } else if (mainFeatureOnly()) {
        text = tr("Only title %1 is kept; it plays as soon as the disc starts, with no menus.")
                   .arg(m_list.info.longestTitle);
    } else {
        const int kept = int(keptTitles().size());
        if (kept == 0)
            text = tr("Tick at least one title to keep.");
        else if (kept == total)
            text = tr("All %n title(s) are kept. Untick the titles to leave out.", nullptr, total);
        else
            text = tr("%1 of %2 titles kept.").arg(kept).arg(total);
    }
    const QList<int> sets = droppedTitleSets();
    qint64 setBytes = 0;
    for (int set : sets)
        setBytes += m_list.titleSetBytes.value(set);
    if (sets.size() == 1) {
        text += QLatin1Char(' ') +
                tr("Title set %1 is left out (%2).").arg(sets.first()).arg(formatBytes(setBytes));
    } else if (sets.size() > 1) {
        QStringList numbers;
        for (int set : sets)
            numbers << QString::number(set);
        text +=
            QLatin1Char(' ') + tr("Title sets %1 are left out (%2).")
                                   .arg(numbers.join(QStringLiteral(", ")), formatBytes(setBytes));
    }
    // An unticked title whose title set stays for a kept title: the set's files stay, and the
    // trim cuts the video that no kept title plays (none, when titles share all of theirs).
    QList<int> sharing;
    if (m_trimmable && !mainFeatureOnly()) {
        const QList<int> kept = keptTitles();
        for (const DvdTitle &t : std::as_const(m_list.info.titles)) {
            if (!kept.contains(t.number) && !sets.contains(t.titleSet))
                sharing << t.number;
        }
    }
    if (!sharing.isEmpty()) {
        qint64 cut = 0;
        for (qint64 set : dvdCutCellBytes(m_list.info, keptTitles()))
            cut += set;
        QStringList numbers;
        for (int title : std::as_const(sharing))
            numbers << QString::number(title);
        const QString titles = numbers.join(QStringLiteral(", "));
        if (cut > 0) {
            text += QLatin1Char(' ') +
                    tr("Title(s) %1 share a title set with titles that are kept: the video that "
                       "only they play goes (%2).",
                       nullptr, int(sharing.size()))
                        .arg(titles, formatBytes(cut));
        } else {
            text += QLatin1Char(' ') +
                    tr("Title(s) %1 share all of their video with titles that are kept, so "
                       "leaving them out saves nothing.",
                       nullptr, int(sharing.size()))
                        .arg(titles);
        }
    }
    if (const int streams = m_streams->droppedStreamCount(); streams > 0) {
        text += QLatin1Char(' ') + (m_streams->sizesKnown()
                                        ? tr("Streams left out: %1 (%2).")
                                              .arg(streams)
                                              .arg(formatBytes(m_streams->droppedBytes()))
                                        : tr("Streams left out: %1.").arg(streams));
    }
    m_summary->setText(text);
}

} // namespace Spindle
