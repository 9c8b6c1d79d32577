#pragma once

#include "base/result.h"
#include "jobs/job.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace Spindle {

class ImageTree;

struct ExtractOptions
{
    std::shared_ptr<const ImageTree> tree; // the source's tree (image, disc, archive, folder)
    // Entries of the tree to extract ("/a/b"); each lands in `targetFolder` under its own name.
    // Empty: everything.
    QList<QByteArray> paths;
    QString targetFolder;
    bool overwrite = false; // replace files that exist in the target folder
};

// Copies files and folders out of a source tree (image, disc, archive, folder) into a local
// folder, keeping names, dates and permissions. Nothing is written outside that folder: an
// entry with ".." or "." as its name, an absolute or ".." archive member name, or a symlink
// pointing out of the folder makes the job refuse before it writes anything.
class ExtractJob final : public Job
{
    Q_OBJECT

public:
    explicit ExtractJob(ExtractOptions options, QObject *parent = nullptr);
    ~ExtractJob() override;

    QString title() const override;
    // Only a tree read from an ISO image or a disc needs libisofs.
    bool needsBurnLibrary() const override;

protected:
    JobResult run() override;

private:
    struct Item
    {
        int entry;
        QByteArray relative; // path below the target folder, "b/c"
    };
    std::optional<Error> plan(std::vector<Item> &items, qint64 &bytes) const;
    static Error alreadyExists(const QByteArray &path);
    // Why writing `path` failed, from errno; `stillToWrite`: what the extraction still needs.
    Error writeFailure(const QByteArray &path, qint64 stillToWrite) const;

    const ExtractOptions m_options;
};

} // namespace Spindle
