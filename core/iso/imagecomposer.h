#pragma once

#include "base/result.h"
#include "iso/imageoptions.h"
#include "tree/selection.h"

#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>

struct Iso_Image;
struct Iso_Dir;
struct burn_source;

namespace Spindle {

class ArchiveReader;
class ImageTree;
class IsoImport;
class LibraryMessages;

// Puts together the libisofs image for a tree and a selection: imports the base image, removes
// what is left out, adds local and archive files, replays the boot setup and starts libisofs'
// writer. The result is a stream of known size (stream(), size()).
class ImageComposer final
{
public:
    ImageComposer(std::shared_ptr<const ImageTree> tree, Selection selection, ImageOptions options);
    ~ImageComposer();
    Q_DISABLE_COPY_MOVE(ImageComposer)

    // The base image already imported (by the tree load): compose() uses it instead of
    // importing the image again, when it is of the tree's base source.
    void setBaseImport(std::unique_ptr<IsoImport> import);
    std::optional<Error> compose(const std::function<bool()> &cancelled = {});
    // libisofs' own struct burn_source (not burn::burn_source; same layout).
    ::burn_source *stream() const { return m_stream; }
    qint64 size() const { return m_size; }
    int isoLevel() const { return m_level; }
    QString label() const { return m_label; }
    // Things the user should know (boot kept, files skipped); warnings are the serious ones.
    QStringList notes() const { return m_notes; }
    QStringList warnings() const { return m_warnings; }
    // Kept files of the base image whose data lies past the source's end, found before writing;
    // compose() fails on them unless the options say to go on.
    QStringList damagedFiles() const { return m_damaged; }
    bool skipsUnreadable() const { return m_options.skipUnreadable; }
    // Files of the base image that could not be read while writing, by their path (libisofs'
    // messages name them "UNKNOWN SOURCE": see IsoImport::compactFiles()).
    QStringList unreadableFiles() const;
    void cancel();
    // libisofs' messages from adding the files on, while the image is laid out and written
    // (explain a failed read of stream()); null before compose().
    LibraryMessages *messages() const { return m_messages.get(); }

private:
    std::optional<Error> checkExtents(const std::vector<void *> &nodeOf);
    std::optional<Error> prune(Iso_Image *image, std::vector<void *> &nodeOf);
    // What adding entries one by one carries along: the libisofs node of every entry, the
    // archives opened so far, the count of archive members left out.
    struct AddContext
    {
        std::vector<void *> &nodeOf;
        std::map<int, std::shared_ptr<ArchiveReader>> archives;
        int skipped = 0;
    };
    std::optional<Error> addNewEntries(Iso_Image *image, std::vector<void *> &nodeOf,
                                       const std::function<bool()> &cancelled);
    std::optional<Error> addEntry(Iso_Image *image, Iso_Dir *parent, size_t entry,
                                  const QByteArray &name, bool mayReplace, AddContext &context);
    time_t fixedTime() const;
    void releaseTreeIfLast();

    std::shared_ptr<const ImageTree> m_tree;
    Selection m_selection;
    ImageOptions m_options;
    SelectionState m_state;
    std::unique_ptr<IsoImport> m_import;
    Iso_Image *m_image = nullptr;
    ::burn_source *m_stream = nullptr;
    qint64 m_size = 0;
    int m_level = 0;
    QString m_label;
    QStringList m_notes;
    QStringList m_warnings;
    QStringList m_damaged;
    std::unique_ptr<LibraryMessages> m_messages;
};

// The first few of `files` for a message ("/a, /b and 3 more"); the detail lists them all.
QString shortFileList(const QStringList &files);
// Appended to a message about source files that cannot be read in full, for the CLI only: it
// names spindle-cli's option (the GUI has none).
QString skipUnreadableHint();

} // namespace Spindle
