#pragma once

#include "base/result.h"
#include "udf/fileplanreader.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Spindle {

class ImageTree;

// Reads the files of a DVD-Video's VIDEO_TS from any source a tree holds (folder, image, disc):
// an IFO whole, a VOB a chunk at a time. One file at a time.
class DvdFileReader final
{
public:
    explicit DvdFileReader(std::shared_ptr<const ImageTree> tree);

    // The bytes of tree entry `entry`; refused (naming it `name`) when larger than `cap`.
    Result<QByteArray> readEntry(int entry, qint64 cap, const QString &name);
    // Calls `use` with the bytes of tree entry `entry`, `chunkBytes` at a time (the last chunk
    // may be shorter).
    std::optional<Error> readChunks(int entry, qint64 chunkBytes,
                                    const std::function<void(const QByteArray &)> &use);

private:
    std::optional<Error> open(int entry);

    std::shared_ptr<const ImageTree> m_tree;
    FilePlanReader m_reader;
};

} // namespace Spindle
