#include "streamsizesjob.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

StreamSizesJob::StreamSizesJob(std::shared_ptr<const ImageTree> tree,
                               QList<DvdTitleSetStreams> streams)
    : m_tree(std::move(tree)), m_streams(std::move(streams))
{}

QString StreamSizesJob::title() const
{
    return Tr::tr("Measuring the streams");
}

JobResult StreamSizesJob::run()
{
    setPhase(title());
    auto read = readDvdStreamSizes(m_tree, m_streams, [this](qint64 done, qint64 total) {
        reportProgress(done * MpegPack::Size, total * MpegPack::Size);
        return !isCancelRequested();
    });
    if (isCancelRequested())
        return JobResult::cancelled();
    if (!read)
        return JobResult::failure(read.error());
    m_sizes = read.value();
    return JobResult::success();
}

} // namespace Spindle::Cli
