#include "dvdplanjob.h"

#include <QCoreApplication>

namespace Spindle::Cli {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

DvdPlanJob::DvdPlanJob(std::shared_ptr<const ImageTree> tree, DvdTrimOptions trim)
    : m_tree(std::move(tree)), m_trim(std::move(trim))
{}

QString DvdPlanJob::title() const
{
    return Tr::tr("Planning the new DVD-Video");
}

JobResult DvdPlanJob::run()
{
    setPhase(title());
    DvdTrimOptions trim = m_trim;
    trim.progress = [this](qint64 done, qint64 total) {
        reportProgress(done, total);
        return !isCancelRequested();
    };
    const auto plan = planDvdTrim(m_tree, trim);
    if (isCancelRequested())
        return JobResult::cancelled();
    if (!plan)
        return JobResult::failure(plan.error());
    return JobResult::success();
}

} // namespace Spindle::Cli
