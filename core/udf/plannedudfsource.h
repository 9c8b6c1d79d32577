#pragma once

#include "base/result.h"
#include "image/imagesource.h"
#include "iso/imageoptions.h"
#include "udf/plannedfile.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace Spindle {

class ImageTree;
class UdfBridgeSource;

// What goes into a UDF bridge image, and what the user should know about it.
struct PlannedDisc
{
    FilePlan files;
    QStringList notes;
    QStringList warnings;
};

// A UDF 1.02 + ISO 9660 bridge image whose file plan is made in open(), on the thread that
// writes or burns: planning reads the tree (a disc's IFO files for a trim) and may fail with a
// message, which open() then returns like any other source's failure.
class PlannedUdfSource final : public ImageSource
{
public:
    using Planner = std::function<Result<PlannedDisc>(const PreparationProgress &progress)>;

    PlannedUdfSource(std::shared_ptr<const ImageTree> tree, Planner planner, ImageOptions options);
    ~PlannedUdfSource() override;
    Q_DISABLE_COPY_MOVE(PlannedUdfSource)

    std::optional<Error> open() override;
    qint64 size() const override;
    qint64 read(char *buffer, qint64 max) override;
    Error error() const override;
    QString description() const override;
    void cancel() override;
    void setPreparationProgress(PreparationProgress progress) override
    {
        m_progress = std::move(progress);
    }
    QStringList notes() const override { return m_plan.notes; }
    QStringList warnings() const override;

private:
    std::shared_ptr<const ImageTree> m_tree;
    Planner m_planner;
    PreparationProgress m_progress;
    ImageOptions m_options;
    PlannedDisc m_plan;
    std::unique_ptr<UdfBridgeSource> m_source;
    // cancel() comes from another thread (a burn's FIFO may be blocked in read()).
    std::atomic<UdfBridgeSource *> m_live{nullptr};
    std::atomic_bool m_cancelled{false};
    Error m_error;
};

} // namespace Spindle
