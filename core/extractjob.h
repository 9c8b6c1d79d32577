#pragma once

#include "job.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace Spindle {

class ImageTree;

// Copies files and folders out of a source tree (image, disc, archive, folder) into a local
// folder, keeping names, dates and permissions. Nothing is written outside that folder: an
// entry with ".." or "." as its name, an absolute or ".." archive member name, or a symlink
// pointing out of the folder makes the job refuse before it writes anything.
class ExtractJob final : public Job
{
    Q_OBJECT

public:
    // `paths`: entries of the tree to extract ("/a/b"); each lands in `targetFolder` under its
    // own name. Empty: everything.
    ExtractJob(std::shared_ptr<const ImageTree> tree, QList<QByteArray> paths, QString targetFolder,
               QObject *parent = nullptr);
    ~ExtractJob() override;

    QString title() const override;
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }

protected:
    JobResult run() override;

private:
    struct Item
    {
        int entry;
        QByteArray relative; // path below the target folder, "b/c"
    };
    std::optional<Error> plan(std::vector<Item> &items, qint64 &bytes) const;

    std::shared_ptr<const ImageTree> m_tree;
    QList<QByteArray> m_paths;
    QString m_target;
    bool m_overwrite = false;
};

} // namespace Spindle
