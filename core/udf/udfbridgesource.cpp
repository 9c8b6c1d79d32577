#include "udf/udfbridgesource.h"

#include "tree/imagetree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstring>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UdfBridgeSource)
};
} // namespace

UdfBridgeSource::UdfBridgeSource(std::shared_ptr<const ImageTree> tree, FilePlan plan,
                                 ImageOptions options)
    : m_tree(std::move(tree)), m_plan(std::move(plan)), m_options(std::move(options))
{
    m_label = m_options.label;
    if (m_label.isEmpty() && m_tree)
        m_label = m_tree->sourceLabel();
    if (m_label.isEmpty())
        m_label = QStringLiteral("DVD_VIDEO");
}

UdfBridgeSource::~UdfBridgeSource() = default;

std::optional<Error> UdfBridgeSource::open()
{
    if (m_layout)
        return std::nullopt;
    const qint64 recorded = m_options.fixedTime.isValid() ? m_options.fixedTime.toSecsSinceEpoch()
                                                          : QDateTime::currentSecsSinceEpoch();
    m_reader = std::make_unique<FilePlanReader>(m_tree);
    // The IFO headers say where the VOBs and BUPs go; one sector of each IFO is read here.
    const auto readIfo = [this](int planIndex) {
        QByteArray head(2048, '\0');
        qint64 got = 0;
        if (!m_reader->open(m_plan.at(planIndex))) {
            while (got < head.size()) {
                const qint64 n = m_reader->read(head.data() + got, head.size() - got);
                if (n <= 0)
                    break;
                got += n;
            }
        }
        m_reader->close();
        return head.left(got);
    };
    auto layout = UdfBridgeLayout::build(m_plan, m_label, recorded, readIfo);
    if (!layout) {
        m_error = layout.error();
        return m_error;
    }
    m_layout = std::move(layout.value());
    return std::nullopt;
}

qint64 UdfBridgeSource::size() const
{
    return m_layout ? m_layout->size() : 0;
}

qint64 UdfBridgeSource::fail(const Error &error)
{
    m_error = error;
    return -1;
}

qint64 UdfBridgeSource::read(char *buffer, qint64 max)
{
    if (!m_layout)
        return fail({Tr::tr("The DVD-Video image was not prepared before reading."), {}});
    const qint64 headEnd = m_layout->dataStartSector() * 2048;
    const qint64 tailStart = size() - 2048;
    qint64 done = 0;
    while (done < max && m_position < size()) {
        if (m_cancelled)
            return fail({Tr::tr("Writing the DVD-Video image was cancelled."), {}});
        qint64 n = 0;
        if (m_position < headEnd) {
            n = std::min(max - done, headEnd - m_position);
            std::memcpy(buffer + done, m_layout->head().constData() + m_position, size_t(n));
        } else if (m_position < tailStart) {
            n = readFileData(buffer + done, max - done);
            if (n < 0)
                return -1;
        } else {
            n = std::min(max - done, size() - m_position);
            std::memcpy(buffer + done, m_layout->tail().constData() + (m_position - tailStart),
                        size_t(n));
        }
        done += n;
        m_position += n;
    }
    return done;
}

// The current extent's bytes: the file's data read into the caller's buffer (no copy of our
// own), then zeros up to the sector boundary.
qint64 UdfBridgeSource::readFileData(char *buffer, qint64 max)
{
    const std::vector<UdfBridgeExtent> &extents = m_layout->extents();
    if (m_extent >= extents.size())
        return fail({Tr::tr("The DVD-Video image layout is inconsistent. This is a bug in Spindle; "
                            "please report it."),
                     {}});
    const UdfBridgeExtent &extent = extents[m_extent];
    const PlannedFile &file = m_plan.at(extent.planIndex);
    const qint64 padded = (extent.size + 2047) / 2048 * 2048;
    qint64 n = 0;
    if (m_position < extent.sector * 2048) {
        // Room an IFO reserves before this file: zeros.
        n = std::min(max, extent.sector * 2048 - m_position);
        std::memset(buffer, 0, size_t(n));
        return n;
    }
    if (m_inExtent < extent.size) {
        if (!m_fileOpen) {
            if (auto problem = m_reader->open(file))
                return fail(*problem);
            m_fileOpen = true;
        }
        n = m_reader->read(buffer, std::min(max, extent.size - m_inExtent));
        if (n < 0)
            return fail(m_reader->error());
        if (n == 0) {
            return fail(
                {Tr::tr("%1 ended after %2 of its %3 bytes: the source changed since it was "
                        "opened. Open the source again and retry.")
                     .arg(QString::fromUtf8(file.path))
                     .arg(m_inExtent)
                     .arg(extent.size),
                 {}});
        }
    } else {
        n = std::min(max, padded - m_inExtent);
        std::memset(buffer, 0, size_t(n));
    }
    m_inExtent += n;
    if (m_inExtent == padded) {
        m_reader->close();
        m_fileOpen = false;
        ++m_extent;
        m_inExtent = 0;
    }
    return n;
}

QStringList UdfBridgeSource::warnings() const
{
    return m_layout ? m_layout->warnings() : QStringList();
}

QString UdfBridgeSource::description() const
{
    return Tr::tr("DVD-Video image \"%1\" (UDF 1.02 and ISO 9660)").arg(m_label);
}

} // namespace Spindle
