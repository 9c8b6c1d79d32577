#pragma once

#include "base/result.h"
#include "dvd/dvdtitlelist.h"
#include "dvd/dvdtrim.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace Spindle {

class DvdStreamsView;
class ImageTree;
class InlineMessage;

// The titles of a DVD-Video source beside the New image page's file tree: one row per title
// with its length, chapters, angles, audio and subtitle streams, title set and the set's
// size, the longest marked as the main feature. When trimming is on, each title has a box to
// keep it, and "Main feature only, no menus" keeps the longest title alone, played at start.
// Below the titles, DvdStreamsView shows each title set's audio and subtitle streams.
class DvdTitlesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DvdTitlesView)

public:
    enum Column
    {
        TitleColumn,
        LengthColumn,
        ChaptersColumn,
        AnglesColumn,
        AudioColumn,
        SubtitlesColumn,
        TitleSetColumn,
        SetSizeColumn,
        ColumnCount
    };

    explicit DvdTitlesView(QWidget *parent = nullptr);
    ~DvdTitlesView() override;

    // Reads the titles of `tree` off the UI thread (libdvdread parses the IFO files); emits
    // loaded() when done. A null tree or one that is no DVD-Video clears the view.
    void load(std::shared_ptr<const ImageTree> tree);
    bool isLoading() const { return m_reader.isRunning(); }
    bool hasTitles() const;
    const DvdTitleList &titles() const { return m_list; }
    // Why the last load() found no titles (empty when the source is no DVD-Video).
    const Error &error() const { return m_error; }

    // Shows the boxes that keep or drop titles and the "main feature only" choice; off, the
    // view only describes the disc.
    void setTrimmable(bool trimmable);
    bool isTrimmable() const { return m_trimmable; }
    // The titles ticked (source numbering); with "main feature only", the longest alone.
    QList<int> keptTitles() const;
    bool mainFeatureOnly() const;
    // True when the output differs from the source: a title or a stream unticked, or "main
    // feature only".
    bool isTrimmed() const;
    DvdTrimOptions trimOptions() const;
    // What the trim saves: the title sets whose every title is unticked, the video that only
    // unticked titles play in the title sets that stay, and the streams unticked there (once
    // their sizes are read).
    qint64 droppedBytes() const;
    // The title sets whose every title is unticked (their files go).
    QList<int> droppedTitleSets() const;

Q_SIGNALS:
    void loaded(bool ok);
    // A title or stream was ticked or unticked, "main feature only" changed, or the sizes of
    // the streams became known.
    void trimChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onRead();
    void fitTitles();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onMainFeatureOnly(bool on);
    void onStreamsChanged();
    void updateSummary();

    QTreeWidget *m_table;
    DvdStreamsView *m_streams;
    QSplitter *m_splitter;
    bool m_fitTitles = false; // the splitter still has to fit the table to the titles
    QCheckBox *m_mainFeatureOnly;
    QLabel *m_summary;
    InlineMessage *m_message;
    QFutureWatcher<Result<DvdTitleList>> m_reader;
    std::shared_ptr<const ImageTree> m_source;
    DvdTitleList m_list;
    Error m_error;
    QList<int> m_keptBeforeMainFeature; // restored when "main feature only" is unticked
    bool m_trimmable = false;
    bool m_filling = false;
};

} // namespace Spindle
