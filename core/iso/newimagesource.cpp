#include "iso/newimagesource.h"

#include "device/librarymessages.h"
#include "iso/imagecomposer.h"
#include "tree/imagetree.h"

// Makes libisofs.h declare its (global) struct burn_source; libburn.h is not included here.
#define LIBISOFS_WITHOUT_LIBBURN 1
#include <cstdint>
#include <libisofs/libisofs.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace Spindle {

namespace {
// Larger reads cost fewer trips through libisofs' ring buffer lock (2 KiB reads: 1.5x
// xorriso's time for a 2 GB image).
constexpr int ReadChunk = 256 * 1024;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NewImageSource)
};
} // namespace

NewImageSource::NewImageSource(std::shared_ptr<const ImageTree> tree, Selection selection,
                               ImageOptions options)
    : m_composer(std::make_unique<ImageComposer>(std::move(tree), std::move(selection),
                                                 std::move(options)))
{}

NewImageSource::~NewImageSource() = default;

std::optional<Error> NewImageSource::open()
{
    if (m_opened)
        return std::nullopt;
    if (auto problem = m_composer->compose(m_cancelled)) {
        m_error = *problem;
        return problem;
    }
    m_opened = true;
    return std::nullopt;
}

qint64 NewImageSource::size() const
{
    return m_composer->size();
}

qint64 NewImageSource::read(char *buffer, qint64 max)
{
    ::burn_source *stream = m_composer->stream();
    if (!stream) {
        m_error = {Tr::tr("The new image was not prepared before reading."), {}};
        return -1;
    }
    // libisofs' burn_source loses the final blocks when a read asks for more than is left
    // (LIBBURNIA-NOTES: 64 KiB reads lost them): ask for whole blocks, never past the end.
    qint64 done = 0;
    while (done + 2048 <= max && m_delivered < size()) {
        const qint64 chunk =
            std::min({qint64(ReadChunk), (max - done) / 2048 * 2048, size() - m_delivered});
        auto *out = reinterpret_cast<unsigned char *>(buffer + done);
        const int n = stream->read_xt ? stream->read_xt(stream, out, int(chunk))
                                      : stream->read(stream, out, int(chunk));
        // 0 before the announced size: libisofs cancelled its writer (a source read failed).
        if (n <= 0) {
            QStringList detail;
            QString cause; // the first error says most (e.g. "the compressed image is damaged")
            const QList<LogEntry> messages =
                m_composer->messages() ? m_composer->messages()->take() : QList<LogEntry>();
            for (const LogEntry &e : messages) {
                if (e.severity >= Severity::Warning)
                    detail << e.text;
                if (e.severity >= Severity::Error && cause.isEmpty())
                    cause = e.text;
            }
            static const QString readError = QStringLiteral("Read error in file ");
            cause.remove(QRegularExpression(QStringLiteral("^libisofs: ")));
            QString message;
            if (cause.isEmpty() || cause.startsWith(readError)) {
                // A sector of the source could not be read: a scratched disc, usually.
                const QString file =
                    cause.mid(readError.size()).chopped(cause.endsWith(QLatin1Char('.')) ? 1 : 0);
                message =
                    Tr::tr(
                        "The new image could not be made: %1 could not be read from the source. "
                        "If the source is a scratched disc, copy it first with rescue mode (Copy "
                        "Disc to Image, or spindle-cli read --skip-unreadable) and make the new "
                        "image from that copy, or leave the file out.")
                        .arg(file.isEmpty() ? Tr::tr("a file") : file);
            } else {
                message = Tr::tr("The new image could not be made: %1").arg(cause);
            }
            m_error = {message, detail.join(QLatin1Char('\n'))};
            return -1;
        }
        done += n;
        m_delivered += n;
    }
    if (max < 2048 && max > 0) {
        m_error = {Tr::tr("Read requests must be at least 2048 bytes."), {}};
        return -1;
    }
    return done;
}

QString NewImageSource::description() const
{
    return Tr::tr("new image \"%1\" (ISO level %2)")
        .arg(m_composer->label())
        .arg(m_composer->isoLevel());
}

QStringList NewImageSource::notes() const
{
    return m_composer->notes();
}

QStringList NewImageSource::warnings() const
{
    return m_composer->warnings();
}

int NewImageSource::isoLevel() const
{
    return m_composer->isoLevel();
}

QString NewImageSource::label() const
{
    return m_composer->label();
}

void NewImageSource::cancel()
{
    m_composer->cancel();
}

} // namespace Spindle
