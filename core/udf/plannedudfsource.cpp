#include "udf/plannedudfsource.h"

#include "tree/imagetree.h"
#include "udf/udfbridgesource.h"

#include <QCoreApplication>

namespace Spindle {

PlannedUdfSource::PlannedUdfSource(std::shared_ptr<const ImageTree> tree, Planner planner,
                                   ImageOptions options)
    : m_tree(std::move(tree)), m_planner(std::move(planner)), m_options(std::move(options))
{}

PlannedUdfSource::~PlannedUdfSource() = default;

std::optional<Error> PlannedUdfSource::open()
{
    if (m_source)
        return m_source->open();
    Result<PlannedDisc> planned = m_planner(m_progress);
    if (!planned) {
        m_error = planned.error();
        return m_error;
    }
    m_plan = std::move(planned.value());
    m_source = std::make_unique<UdfBridgeSource>(m_tree, m_plan.files, m_options);
    m_live = m_source.get();
    if (m_cancelled)
        m_source->cancel();
    return m_source->open();
}

qint64 PlannedUdfSource::size() const
{
    return m_source ? m_source->size() : 0;
}

qint64 PlannedUdfSource::read(char *buffer, qint64 max)
{
    if (!m_source) {
        m_error = {QCoreApplication::translate("PlannedUdfSource",
                                               "The DVD-Video image was not prepared before "
                                               "reading."),
                   {}};
        return -1;
    }
    return m_source->read(buffer, max);
}

Error PlannedUdfSource::error() const
{
    return m_source ? m_source->error() : m_error;
}

QString PlannedUdfSource::description() const
{
    // Before open() the label is not known yet; a bridge source made only to name it says the
    // same as the real one will.
    return m_source ? m_source->description()
                    : UdfBridgeSource(m_tree, {}, m_options).description();
}

void PlannedUdfSource::cancel()
{
    // Planning is short (IFO files); a read in progress is what a cancel must reach.
    m_cancelled = true;
    if (UdfBridgeSource *source = m_live.load())
        source->cancel();
}

QStringList PlannedUdfSource::warnings() const
{
    return m_plan.warnings + (m_source ? m_source->warnings() : QStringList());
}

} // namespace Spindle
