#pragma once

#include "base/result.h"
#include "iso/imageoptions.h"
#include "jobs/burnoptions.h"
#include "pagejob.h"
#include "project/imagetreeloader.h"
#include "tree/sourcespec.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Spindle {

class DriveList;
class DrivePicker;
class DvdTitlesView;
class EccOptionWidget;
class FitBar;
class ImageTreeModel;
class InlineMessage;
class JobProgressPanel;
class BurnTargetWatcher;
class RecentImagesButton;

// The "New image" task: pick an image, a disc or folders (or drop them), untick what to leave
// out in a tree with sizes, watch the fit against a medium, edit the exclusion patterns, set
// the image options, and write the new image to a file or burn it straight to a disc (no
// temporary file). Extract is in the tree's context menu. A DVD-Video source also gets a
// Titles tab (DvdTitlesView) beside the tree.
class NewImagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewImagePage)

public:
    explicit NewImagePage(DriveList *drives, QWidget *parent = nullptr);
    ~NewImagePage() override;

    ImageTreeModel *model() const { return m_model; }
    // Adds a source and reloads the tree (off the UI thread); false (and a message) when
    // `text` is no source.
    bool addSource(const QString &text);
    // Image… and Recent: with sources open, asks whether to replace them or add it to them.
    void openImage(const QString &file);
    // Removes every source and the exclusion patterns.
    void clearSources();
    bool isLoading() const;
    // Test seam: the answer of the next file or folder dialog.
    static void setNextFileName(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createSourceBar();
    QWidget *createOptions();
    QWidget *createBurnRow();
    void reload();
    void onLoaded();
    void fitColumns();
    void onSelectionChanged();
    void onTitlesLoaded(bool ok);
    // ISO level, Rock Ridge and Joliet do not apply to a DVD-Video (a UDF bridge image).
    void updateOptionsForOutput();
    void applyPatterns();
    void loadPatterns();
    void savePatterns();
    ImageOptions imageOptions() const;
    // The new image's stream: the DVD-Video trim when titles are unticked in the Titles tab,
    // else the tree minus the selection (a UDF bridge for a DVD-Video, libisofs otherwise).
    ImageSourceFactory sourceFactory() const;
    qint64 estimatedBytes() const;
    bool canWrite() const;
    void onTrimChanged();
    void showSelectionWarnings();
    // Before Write image…/Burn…: what of the source's boot setup the new image cannot keep, and
    // the boot files left out.
    void showBootMessage();
    void writeImage();
    void burnImage();
    void startBurn(const BurnOptions &drive);
    void extractSelected();
    void onJobStarted();
    void onJobFinished(const JobResult &result);
    QString askFileName(bool save, bool folder, const QString &title, const QString &filter);
    // A save dialog through SaveLocation (start folder, suffix, `name` proposed); the test
    // seam answers too.
    QString askSaveName(const QString &title, const QString &filter, const QString &key,
                        const QString &suffix, bool *overwriteAsked, const QString &name = {});

    DriveList *m_drives;
    QList<SourceSpec> m_sources;
    QString m_outputPath; // of the last Write image
    ImageTreeModel *m_model;
    QFutureWatcher<Result<LoadedTree>> m_loader;
    DrivePicker *m_drivePicker; // the source disc
    DrivePicker *m_burnTo;
    BurnTargetWatcher *m_target;
    QLabel *m_sourcesLabel;
    RecentImagesButton *m_recent;
    InlineMessage *m_message;
    QString m_selectionMessage; // the selection warning on show, if any
    InlineMessage *m_bootMessage;
    QLineEdit *m_filter;
    QCheckBox *m_showHidden;
    QTreeView *m_view;
    QTabWidget *m_tabs;
    DvdTitlesView *m_titles;
    FitBar *m_fit;
    QPlainTextEdit *m_patterns;
    QLineEdit *m_label;
    QComboBox *m_level;
    QCheckBox *m_rockRidge;
    QCheckBox *m_joliet;
    QCheckBox *m_reproducible;
    EccOptionWidget *m_ecc;
    QPushButton *m_undo;
    QPushButton *m_write;
    QPushButton *m_burn;
    JobProgressPanel *m_progress;
    PageJob m_job;
};

} // namespace Spindle
