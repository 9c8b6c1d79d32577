#include "image/concatimagesource.h"

#include <QCoreApplication>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageSource)
};
} // namespace

ConcatImageSource::ConcatImageSource(std::vector<std::unique_ptr<ImageSource>> parts,
                                     QString description)
    : m_parts(std::move(parts)), m_description(std::move(description))
{}

ConcatImageSource::~ConcatImageSource() = default;

std::optional<Error> ConcatImageSource::open()
{
    m_current = 0;
    m_partDone = 0;
    m_error = {};
    for (const auto &part : m_parts) {
        if (auto problem = part->open()) {
            m_error = *problem;
            return problem;
        }
    }
    return std::nullopt;
}

qint64 ConcatImageSource::size() const
{
    qint64 total = 0;
    for (const auto &part : m_parts)
        total += part->size();
    return total;
}

qint64 ConcatImageSource::read(char *buffer, qint64 max)
{
    while (m_current < m_parts.size()) {
        ImageSource &part = *m_parts[m_current];
        const qint64 left = part.size() - m_partDone;
        const qint64 n = left > 0 ? part.read(buffer, qMin(max, left)) : 0;
        if (n < 0) {
            m_error = part.error();
            return -1;
        }
        if (n > 0) {
            m_partDone += n;
            return n;
        }
        if (left > 0) {
            m_error = {Tr::tr("%1 ended %2 bytes early while it was read; the stream would be "
                              "incomplete.")
                           .arg(part.description())
                           .arg(left),
                       {}};
            return -1;
        }
        char probe = 0; // a part longer than announced would shift everything after it
        if (part.read(&probe, 1) > 0) {
            m_error = {Tr::tr("%1 grew while it was read; the stream would be wrong. Leave the "
                              "file alone while it is burned.")
                           .arg(part.description()),
                       {}};
            return -1;
        }
        ++m_current;
        m_partDone = 0;
    }
    return 0;
}

void ConcatImageSource::setCancelCheck(std::function<bool()> cancelled)
{
    for (const auto &part : m_parts)
        part->setCancelCheck(cancelled);
}

void ConcatImageSource::cancel()
{
    for (const auto &part : m_parts)
        part->cancel();
}

} // namespace Spindle
