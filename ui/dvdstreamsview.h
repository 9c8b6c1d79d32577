#pragma once

#include "base/result.h"
#include "dvd/dvdtitlelist.h"
#include "dvd/streamchoice.h"

#include <QFutureWatcher>
#include <QMap>
#include <QSet>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QAbstractButton;
class QLayout;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Spindle {

class ImageTree;

// The audio and subtitle streams of every title set of a DVD-Video, under the Titles view:
// one row per stream with a box to keep it, its description and its size in the VOBs, and
// above them the one-step choices (keep audio in these languages, keep these subtitles or
// none, leave out commentary) that tick the boxes through applyStreamRules. The sizes come
// from one scan of the VOBs, off the UI thread, with progress and a way to cancel.
class DvdStreamsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DvdStreamsView)

public:
    enum Column
    {
        StreamColumn,
        TypeColumn,
        SizeColumn,
        ColumnCount
    };

    explicit DvdStreamsView(QWidget *parent = nullptr);
    ~DvdStreamsView() override;

    // Reads the streams of `tree` (the IFO files) off the UI thread, then the sizes (the VOB
    // files). `titles` says which title sets have angles. A null tree clears the view.
    void load(std::shared_ptr<const ImageTree> tree, const DvdTitleList &titles);
    bool isLoading() const { return m_reader.isRunning(); }
    bool isReadingSizes() const { return m_sizer.isRunning(); }
    bool hasStreams() const { return !m_streams.isEmpty(); }
    bool sizesKnown() const { return m_sizesKnown; }
    const QList<DvdTitleSetStreams> &streams() const { return m_streams; }
    // Starts the scan of the VOBs again (after a cancel); stops it.
    void readSizes();
    void cancelSizes();

    // Off, the view only describes the streams: no boxes, no choices.
    void setTrimmable(bool trimmable);
    // The title sets left out whole: their streams go with them and count there.
    void setDroppedTitleSets(const QList<int> &sets);

    // The streams unticked, per title set that stays (0-based, as DvdTrimOptions takes them).
    QMap<int, DvdStreamChoice> choices() const;
    int droppedStreamCount() const;
    // Bytes of the streams unticked, as far as the sizes are known: per title set, and in all.
    QMap<int, qint64> droppedBytesPerSet() const;
    qint64 droppedBytes() const;

Q_SIGNALS:
    void loaded(bool ok);
    void sizesRead(bool ok);
    // A box was ticked or unticked, by hand or by a one-step choice.
    void choiceChanged();

private:
    QWidget *createRules();
    void onRead();
    void onSized();
    void onSizeProgress(int value);
    void fill();
    void fillRules();
    void showSizes();
    void applyRules();
    void onRuleToggled(QAbstractButton *button, bool on);
    void onItemChanged(QTreeWidgetItem *item, int column);
    bool confirmSilentTitles(int titleSet);
    void updateEnabled();
    QTreeWidgetItem *setItem(int titleSet) const;
    QList<int> silentTitles(int titleSet) const;

    QWidget *m_rules;
    QLayout *m_audioRow; // flows onto more lines in a narrow window
    QLayout *m_subtitleRow;
    QList<QAbstractButton *> m_audioButtons;    // "All", languages, "Original language"
    QList<QAbstractButton *> m_subtitleButtons; // "All", languages, "None"
    QCheckBox *m_dropCommentary;
    QTreeWidget *m_tree;
    QWidget *m_sizeRow;
    QProgressBar *m_sizeProgress;
    QLabel *m_sizeLabel;
    QPushButton *m_sizeButton;

    std::shared_ptr<const ImageTree> m_source;
    QFutureWatcher<Result<QList<DvdTitleSetStreams>>> m_reader;
    QFutureWatcher<Result<DvdStreamSizes>> m_sizer;
    QList<DvdTitleSetStreams> m_streams;
    DvdStreamSizes m_sizes;
    bool m_sizesKnown = false;
    QSet<int> m_angleSets; // title sets with a title of several angles: streams stay
    QSet<int> m_droppedSets;
    bool m_trimmable = false;
    bool m_filling = false;
};

} // namespace Spindle
