#include "dvdstreamsview.h"

#include "base/format.h"
#include "messagebox.h"
#include "tree/imagetree.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Spindle {

namespace {

constexpr int KindRole = Qt::UserRole + 1; // Kind below
constexpr int TitleSetRole = Qt::UserRole + 2;
constexpr int NumberRole = Qt::UserRole + 3; // 1-based logical stream number
constexpr int ProgressSteps = 1000;
const char *const LanguageProperty = "spindleLanguage";

enum Kind
{
    SetKind,
    AudioKind,
    SubtitleKind
};

QString numbers(const QList<int> &list)
{
    QStringList text;
    for (int n : list)
        text << QString::number(n);
    return text.join(QStringLiteral(", "));
}

// Languages in the order the disc first names them; unset ones cannot be chosen.
template <typename Streams> void addLanguages(const Streams &streams, QStringList &languages)
{
    for (const auto &s : streams) {
        if (!s.language.isEmpty() && !languages.contains(s.language))
            languages << s.language;
    }
}

// Lays its items out left to right and onto further lines when they do not fit, so that a
// disc with many languages never makes the window wider than the screen.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr) : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        place(rect, true);
    }
    QSize sizeHint() const override
    {
        // One line: what the items want when there is room.
        QSize size;
        for (const QLayoutItem *item : m_items) {
            size.rwidth() += item->sizeHint().width() + gap();
            size.setHeight(qMax(size.height(), item->sizeHint().height()));
        }
        return size;
    }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int gap() const
    {
        const int space = spacing();
        return space >= 0 ? space : 6;
    }
    int place(const QRect &rect, bool apply) const
    {
        int x = rect.x();
        int y = rect.y();
        int line = 0;
        for (QLayoutItem *item : m_items) {
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += line + gap();
                line = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap();
            line = qMax(line, hint.height());
        }
        return y + line - rect.y();
    }

    QList<QLayoutItem *> m_items;
};

} // namespace

DvdStreamsView::DvdStreamsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dvdStreamsView"));
    m_rules = createRules();

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dvdStreams"));
    m_tree->setAccessibleName(tr("Audio and subtitle streams"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Stream"), tr("Type"), tr("Size")});
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StreamColumn, QHeaderView::Stretch);
    // Sized for the widest size up front: the column must not jump when the sizes arrive.
    const QFontMetrics metrics(m_tree->font());
    header->setSectionResizeMode(SizeColumn, QHeaderView::Fixed);
    header->resizeSection(SizeColumn, qMax(header->sectionSizeHint(SizeColumn),
                                           metrics.horizontalAdvance(formatBytes(888'800'000)) +
                                               2 * metrics.averageCharWidth()));
    m_tree->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);

    m_sizeRow = new QWidget(this);
    m_sizeProgress = new QProgressBar(m_sizeRow);
    m_sizeProgress->setObjectName(QStringLiteral("streamSizeProgress"));
    m_sizeProgress->setRange(0, ProgressSteps);
    m_sizeProgress->setTextVisible(false);
    m_sizeProgress->setMaximumWidth(200);
    m_sizeLabel = new QLabel(m_sizeRow);
    m_sizeLabel->setObjectName(QStringLiteral("streamSizeLabel"));
    m_sizeLabel->setWordWrap(true);
    m_sizeButton = new QPushButton(m_sizeRow);
    m_sizeButton->setObjectName(QStringLiteral("streamSizeButton"));
    auto *sizeLayout = new QHBoxLayout(m_sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_sizeProgress);
    sizeLayout->addWidget(m_sizeLabel, 1);
    sizeLayout->addWidget(m_sizeButton);
    m_sizeRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rules);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_sizeRow);
    m_rules->hide();

    connect(&m_reader, &QFutureWatcher<Result<QList<DvdTitleSetStreams>>>::finished, this,
            &DvdStreamsView::onRead);
    connect(&m_sizer, &QFutureWatcher<Result<DvdStreamSizes>>::finished, this,
            &DvdStreamsView::onSized);
    connect(&m_sizer, &QFutureWatcher<Result<DvdStreamSizes>>::progressValueChanged, this,
            &DvdStreamsView::onSizeProgress);
    connect(m_sizeButton, &QPushButton::clicked, this, [this] {
        if (m_sizer.isRunning())
            cancelSizes();
        else
            readSizes();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &DvdStreamsView::onItemChanged);
    connect(m_dropCommentary, &QCheckBox::toggled, this, &DvdStreamsView::applyRules);
}

DvdStreamsView::~DvdStreamsView()
{
    m_sizer.cancel();
    m_sizer.waitForFinished();
    m_reader.waitForFinished();
}

QWidget *DvdStreamsView::createRules()
{
    auto *rules = new QWidget(this);
    rules->setObjectName(QStringLiteral("dvdStreamRules"));
    auto *grid = new QGridLayout(rules);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *audio = new QLabel(tr("Keep audio:"), rules);
    auto *subtitles = new QLabel(tr("Keep subtitles:"), rules);
    // As high as a button, so that the text lines up with the buttons' first line.
    const int buttonHeight = QToolButton(rules).sizeHint().height();
    for (QLabel *label : {audio, subtitles})
        label->setMinimumHeight(buttonHeight);
    m_audioRow = new FlowLayout;
    m_subtitleRow = new FlowLayout;
    m_dropCommentary = new QCheckBox(tr("Leave out commentary tracks"), rules);
    m_dropCommentary->setObjectName(QStringLiteral("dropCommentary"));
    m_dropCommentary->setToolTip(tr("Audio and subtitle streams marked as director's comments "
                                    "are left out."));
    // Two rows, the commentary box at the end of the second: every row given to the choices
    // is taken from the list of streams.
    grid->addWidget(audio, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addLayout(m_audioRow, 0, 1);
    grid->addWidget(subtitles, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addLayout(m_subtitleRow, 1, 1);
    grid->setColumnStretch(1, 1);
    return rules;
}

void DvdStreamsView::load(std::shared_ptr<const ImageTree> tree, const DvdTitleList &titles)
{
    m_sizer.cancel();
    m_sizer.waitForFinished();
    m_reader.waitForFinished();
    m_source = tree;
    m_streams.clear();
    m_sizes = {};
    m_sizesKnown = false;
    m_droppedSets.clear();
    m_angleSets.clear();
    for (const DvdTitle &t : titles.info.titles) {
        if (t.angles > 1)
            m_angleSets.insert(t.titleSet);
    }
    m_tree->clear();
    m_rules->hide();
    m_sizeRow->hide();
    if (!tree)
        return;
    m_reader.setFuture(QtConcurrent::run([tree] { return readDvdStreams(tree); }));
}

void DvdStreamsView::onRead()
{
    if (!m_source)
        return; // cleared while the read was finishing
    const Result<QList<DvdTitleSetStreams>> read = m_reader.result();
    if (!read) {
        // The titles are there (libdvdread read them); the streams only add detail.
        m_sizeLabel->setText(read.error().forGui());
        m_sizeProgress->hide();
        m_sizeButton->hide();
        m_sizeRow->show();
        Q_EMIT loaded(false);
        return;
    }
    m_streams = read.value();
    fill();
    fillRules();
    readSizes();
    Q_EMIT loaded(true);
}

void DvdStreamsView::fill()
{
    m_filling = true;
    m_tree->clear();
    for (const DvdTitleSetStreams &set : std::as_const(m_streams)) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setData(StreamColumn, KindRole, SetKind);
        top->setData(StreamColumn, TitleSetRole, set.titleSet);
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(StreamColumn);
        bold.setBold(true);
        top->setFont(StreamColumn, bold);
        const auto add = [&](Kind kind, int number, const QString &text, const QString &type) {
            auto *item = new QTreeWidgetItem(top);
            item->setData(StreamColumn, KindRole, kind);
            item->setData(StreamColumn, TitleSetRole, set.titleSet);
            item->setData(StreamColumn, NumberRole, number);
            item->setText(StreamColumn, text);
            item->setText(TypeColumn, type);
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        };
        for (const DvdAudioAttributes &a : set.audio)
            add(AudioKind, a.number, describeDvdAudio(a), tr("Audio %1").arg(a.number));
        for (const DvdSubpictureAttributes &s : set.subpictures)
            add(SubtitleKind, s.number, describeDvdSubpicture(s), tr("Subtitles %1").arg(s.number));
    }
    m_tree->expandAll();
    m_filling = false;
    updateEnabled();
    showSizes();
}

void DvdStreamsView::fillRules()
{
    m_subtitleRow->removeWidget(m_dropCommentary);
    for (QAbstractButton *b : std::as_const(m_audioButtons) + m_subtitleButtons)
        delete b; // its layout item goes with it
    m_audioButtons.clear();
    m_subtitleButtons.clear();
    QStringList audio;
    QStringList subtitles;
    for (const DvdTitleSetStreams &set : std::as_const(m_streams)) {
        addLanguages(set.audio, audio);
        addLanguages(set.subpictures, subtitles);
    }
    const auto button = [this](QList<QAbstractButton *> &group, QLayout *row, const QString &text,
                               const QString &language, const QString &name) {
        auto *b = new QToolButton(m_rules);
        b->setText(text);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setProperty(LanguageProperty, language);
        // "All" and "None" alone say little to a screen reader: the row's label goes first.
        b->setAccessibleName(QStringLiteral("%1 %2").arg(
            &group == &m_audioButtons ? tr("Keep audio:") : tr("Keep subtitles:"), text));
        group << b;
        row->addWidget(b);
        connect(b, &QToolButton::toggled, this, [this, b](bool on) { onRuleToggled(b, on); });
    };
    button(m_audioButtons, m_audioRow, tr("All"), {}, QStringLiteral("keepAudioAll"));
    for (const QString &language : std::as_const(audio))
        button(m_audioButtons, m_audioRow, dvdLanguageName(language), language,
               QStringLiteral("keepAudio_") + language);
    button(m_audioButtons, m_audioRow, tr("Original language"), QStringLiteral("original"),
           QStringLiteral("keepAudioOriginal"));
    m_audioButtons.last()->setToolTip(
        tr("The language of each title set's first audio stream, which is usually the language "
           "the film was made in."));
    button(m_subtitleButtons, m_subtitleRow, tr("All"), {}, QStringLiteral("keepSubtitlesAll"));
    for (const QString &language : std::as_const(subtitles))
        button(m_subtitleButtons, m_subtitleRow, dvdLanguageName(language), language,
               QStringLiteral("keepSubtitles_") + language);
    button(m_subtitleButtons, m_subtitleRow, tr("None"), QStringLiteral("none"),
           QStringLiteral("keepSubtitlesNone"));
    m_subtitleRow->addWidget(m_dropCommentary);
    for (QAbstractButton *b : {m_audioButtons.first(), m_subtitleButtons.first()}) {
        const QSignalBlocker blocker(b);
        b->setChecked(true);
    }
    {
        const QSignalBlocker blocker(m_dropCommentary);
        m_dropCommentary->setChecked(false);
    }
    m_rules->setVisible(m_trimmable && !m_streams.isEmpty());
}

void DvdStreamsView::onRuleToggled(QAbstractButton *button, bool on)
{
    // "All" stands for no rule: it is on exactly when nothing else in its row is, and in the
    // subtitle row "None" excludes the languages.
    QList<QAbstractButton *> &group =
        m_audioButtons.contains(button) ? m_audioButtons : m_subtitleButtons;
    const auto set = [](QAbstractButton *b, bool checked) {
        const QSignalBlocker blocker(b);
        b->setChecked(checked);
    };
    QAbstractButton *all = group.first();
    QAbstractButton *none = &group == &m_subtitleButtons ? group.last() : nullptr;
    if (button == all || button == none) {
        if (!on) {
            set(button, true); // chosen by ticking something else
            return;
        }
        for (QAbstractButton *b : group)
            set(b, b == button);
    } else if (on) {
        set(all, false);
        if (none)
            set(none, false);
    } else if (std::none_of(group.cbegin(), group.cend(),
                            [](const QAbstractButton *b) { return b->isChecked(); })) {
        set(all, true);
    }
    applyRules();
}

void DvdStreamsView::applyRules()
{
    DvdStreamRules rules;
    for (const QAbstractButton *b : std::as_const(m_audioButtons)) {
        if (b->isChecked() && b != m_audioButtons.first())
            rules.keepAudioLanguages << b->property(LanguageProperty).toString();
    }
    for (const QAbstractButton *b : std::as_const(m_subtitleButtons)) {
        if (!b->isChecked() || b == m_subtitleButtons.first())
            continue;
        if (b == m_subtitleButtons.last())
            rules.keepNoSubtitles = true;
        else
            rules.keepSubtitleLanguages << b->property(LanguageProperty).toString();
    }
    rules.dropCommentary = m_dropCommentary->isChecked();
    QMap<int, DvdStreamChoice> choices;
    applyStreamRules(m_streams, rules, choices);
    m_filling = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int set = top->data(StreamColumn, TitleSetRole).toInt();
        if (m_angleSets.contains(set))
            continue;
        const DvdStreamChoice choice = choices.value(set);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *item = top->child(c);
            const int number = item->data(StreamColumn, NumberRole).toInt() - 1;
            const bool dropped = item->data(StreamColumn, KindRole).toInt() == AudioKind
                                     ? choice.dropAudio.contains(number)
                                     : choice.dropSubpictures.contains(number);
            item->setCheckState(StreamColumn, dropped ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_filling = false;
    Q_EMIT choiceChanged();
}

void DvdStreamsView::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != StreamColumn || !m_trimmable)
        return;
    const int set = item->data(StreamColumn, TitleSetRole).toInt();
    if (item->data(StreamColumn, KindRole).toInt() == AudioKind &&
        item->checkState(StreamColumn) == Qt::Unchecked && !confirmSilentTitles(set)) {
        const QSignalBlocker blocker(m_tree);
        item->setCheckState(StreamColumn, Qt::Checked);
        m_tree->viewport()->update();
        return;
    }
    Q_EMIT choiceChanged();
}

QList<int> DvdStreamsView::silentTitles(int titleSet) const
{
    const QTreeWidgetItem *top = setItem(titleSet);
    auto it =
        std::find_if(m_streams.cbegin(), m_streams.cend(),
                     [titleSet](const DvdTitleSetStreams &s) { return s.titleSet == titleSet; });
    if (!top || it == m_streams.cend())
        return {};
    QSet<int> kept; // logical audio numbers still ticked
    for (int c = 0; c < top->childCount(); ++c) {
        const QTreeWidgetItem *item = top->child(c);
        if (item->data(StreamColumn, KindRole).toInt() == AudioKind &&
            item->checkState(StreamColumn) == Qt::Checked)
            kept.insert(item->data(StreamColumn, NumberRole).toInt());
    }
    if (it->audio.isEmpty())
        return {};
    if (kept.isEmpty())
        return it->titles;
    // A title that enables only streams that go has no sound either, even if others stay.
    QList<int> silent;
    for (int title : it->titles) {
        bool has = false;
        bool keeps = false;
        for (const DvdAudioAttributes &a : it->audio) {
            if (a.titles.contains(title)) {
                has = true;
                keeps |= kept.contains(a.number);
            }
        }
        if (has && !keeps)
            silent << title;
    }
    return silent;
}

bool DvdStreamsView::confirmSilentTitles(int titleSet)
{
    const QList<int> silent = silentTitles(titleSet);
    if (silent.isEmpty())
        return true;
    MessageBox::Request request;
    request.title = tr("Leave out the only audio stream?");
    request.text =
        silent.size() == 1
            ? tr("Without this audio stream, title %1 plays without sound. Leave it out anyway?")
                  .arg(silent.first())
            : tr("Without this audio stream, titles %1 play without sound. Leave it out anyway?")
                  .arg(numbers(silent));
    request.dangerous = true;
    return MessageBox::ask(this, request);
}

QTreeWidgetItem *DvdStreamsView::setItem(int titleSet) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(StreamColumn, TitleSetRole).toInt() == titleSet)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void DvdStreamsView::setTrimmable(bool trimmable)
{
    m_trimmable = trimmable;
    m_rules->setVisible(trimmable && !m_streams.isEmpty());
    updateEnabled();
}

void DvdStreamsView::setDroppedTitleSets(const QList<int> &sets)
{
    const QSet<int> dropped(sets.cbegin(), sets.cend());
    if (dropped == m_droppedSets)
        return;
    m_droppedSets = dropped;
    updateEnabled();
}

void DvdStreamsView::updateEnabled()
{
    // A title set left out whole takes its streams along; one with angles keeps them all
    // (the trim does not rewrite interleaved units). Their boxes show it and cannot change.
    m_filling = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int set = top->data(StreamColumn, TitleSetRole).toInt();
        const auto it =
            std::find_if(m_streams.cbegin(), m_streams.cend(),
                         [set](const DvdTitleSetStreams &s) { return s.titleSet == set; });
        const QList<int> titles = it == m_streams.cend() ? QList<int>() : it->titles;
        QString text = titles.size() == 1
                           ? tr("Title set %1, title %2").arg(set).arg(titles.first())
                           : tr("Title set %1, titles %2").arg(set).arg(numbers(titles));
        QString why;
        const bool dropped = m_droppedSets.contains(set);
        const bool angles = m_angleSets.contains(set);
        if (dropped) {
            text = tr("%1: left out with its titles").arg(text);
        } else if (angles) {
            text = tr("%1: streams stay (several camera angles)").arg(text);
            why = tr("A title of title set %1 has several camera angles. Spindle cannot leave "
                     "out streams of such a title set yet, so all of its streams stay.")
                      .arg(set);
        }
        top->setText(StreamColumn, text);
        top->setToolTip(StreamColumn, why);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *item = top->child(c);
            if (!m_trimmable) {
                item->setData(StreamColumn, Qt::CheckStateRole, QVariant());
                continue;
            }
            if (!item->data(StreamColumn, Qt::CheckStateRole).isValid() || angles)
                item->setCheckState(StreamColumn, Qt::Checked);
            Qt::ItemFlags flags = item->flags() | Qt::ItemIsUserCheckable;
            if (dropped || angles)
                flags &= ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            else
                flags |= Qt::ItemIsEnabled;
            item->setFlags(flags);
            item->setToolTip(StreamColumn, why);
        }
    }
    m_filling = false;
}

QMap<int, DvdStreamChoice> DvdStreamsView::choices() const
{
    QMap<int, DvdStreamChoice> choices;
    if (!m_trimmable)
        return choices;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int set = top->data(StreamColumn, TitleSetRole).toInt();
        if (m_droppedSets.contains(set) || m_angleSets.contains(set))
            continue;
        DvdStreamChoice choice;
        for (int c = 0; c < top->childCount(); ++c) {
            const QTreeWidgetItem *item = top->child(c);
            if (item->checkState(StreamColumn) != Qt::Unchecked)
                continue;
            const int number = item->data(StreamColumn, NumberRole).toInt() - 1;
            if (item->data(StreamColumn, KindRole).toInt() == AudioKind)
                choice.dropAudio << number;
            else
                choice.dropSubpictures << number;
        }
        if (choice.any())
            choices.insert(set, choice);
    }
    return choices;
}

int DvdStreamsView::droppedStreamCount() const
{
    int count = 0;
    for (const DvdStreamChoice &c : choices())
        count += int(c.dropAudio.size() + c.dropSubpictures.size());
    return count;
}

qint64 DvdStreamsView::droppedBytes() const
{
    qint64 bytes = 0;
    for (qint64 set : droppedBytesPerSet())
        bytes += set;
    return bytes;
}

QMap<int, qint64> DvdStreamsView::droppedBytesPerSet() const
{
    QMap<int, qint64> bytes;
    if (!m_sizesKnown)
        return bytes;
    const QMap<int, DvdStreamChoice> chosen = choices();
    for (const DvdTitleSetStreams &set : std::as_const(m_streams)) {
        const auto it = chosen.constFind(set.titleSet);
        if (it == chosen.cend())
            continue;
        // Packs go only when no stream that stays plays them (a 4:3 and a wide subtitle
        // stream may share theirs), and packs shared by several streams that go count once.
        const auto saved = [](const auto &streams, const QList<int> &drop,
                              const QMap<int, qint64> &sizes) {
            QSet<int> kept;
            for (const auto &s : streams) {
                if (!drop.contains(s.number - 1))
                    kept.unite(QSet<int>(s.physical.cbegin(), s.physical.cend()));
            }
            QSet<int> counted;
            qint64 n = 0;
            for (const auto &s : streams) {
                const QSet<int> physical(s.physical.cbegin(), s.physical.cend());
                if (!drop.contains(s.number - 1) || physical.intersects(kept) ||
                    physical.intersects(counted))
                    continue;
                counted.unite(physical);
                n += sizes.value(s.number);
            }
            return n;
        };
        bytes[set.titleSet] =
            saved(set.audio, it->dropAudio, m_sizes.audio.value(set.titleSet)) +
            saved(set.subpictures, it->dropSubpictures, m_sizes.subpictures.value(set.titleSet));
    }
    return bytes;
}

void DvdStreamsView::readSizes()
{
    if (!m_source || m_streams.isEmpty() || m_sizer.isRunning())
        return;
    const std::shared_ptr<const ImageTree> tree = m_source;
    const QList<DvdTitleSetStreams> streams = m_streams;
    m_sizeProgress->setValue(0);
    m_sizeProgress->show();
    m_sizeLabel->setText(tr("Reading the size of each stream from the VOB files…"));
    m_sizeButton->setText(tr("Cancel"));
    m_sizeButton->setToolTip(tr("The streams stay as they are; only their sizes are not shown."));
    m_sizeButton->show();
    m_sizeRow->show();
    m_sizer.setFuture(QtConcurrent::run([tree, streams](QPromise<Result<DvdStreamSizes>> &promise) {
        promise.setProgressRange(0, ProgressSteps);
        const auto progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(done * ProgressSteps / total));
            return !promise.isCanceled();
        };
        promise.addResult(readDvdStreamSizes(tree, streams, progress));
    }));
}

void DvdStreamsView::cancelSizes()
{
    m_sizer.cancel();
}

void DvdStreamsView::onSizeProgress(int value)
{
    m_sizeProgress->setValue(value);
}

void DvdStreamsView::onSized()
{
    if (!m_source || m_streams.isEmpty())
        return;
    const QFuture<Result<DvdStreamSizes>> future = m_sizer.future();
    const bool done = !future.isCanceled() && future.resultCount() > 0 && future.result();
    if (done) {
        m_sizes = future.result().value();
        m_sizesKnown = true;
        m_sizeRow->hide();
        showSizes();
    } else {
        m_sizeProgress->hide();
        m_sizeLabel->setText(future.isCanceled() || future.resultCount() == 0
                                 ? tr("The sizes of the streams were not read.")
                                 : future.result().error().forGui());
        m_sizeButton->setText(tr("Read sizes"));
        m_sizeButton->setToolTip(tr("Reads the VOB files once to find how much each stream "
                                    "takes."));
    }
    Q_EMIT sizesRead(done);
}

void DvdStreamsView::showSizes()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int set = top->data(StreamColumn, TitleSetRole).toInt();
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *item = top->child(c);
            const int number = item->data(StreamColumn, NumberRole).toInt();
            const QMap<int, qint64> sizes =
                (item->data(StreamColumn, KindRole).toInt() == AudioKind ? m_sizes.audio
                                                                         : m_sizes.subpictures)
                    .value(set);
            // Unknown is blank, never a zero that would read as "this stream takes nothing".
            item->setText(SizeColumn, m_sizesKnown && sizes.contains(number)
                                          ? formatBytes(sizes.value(number))
                                          : QString());
        }
    }
}

} // namespace Spindle
