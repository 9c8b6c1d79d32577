#include "iso/newimagesource.h"

#include "device/librarymessages.h"
#include "iso/imagecomposer.h"
#include "iso/isoimport.h"
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
// What libisofs calls a file whose stream class it does not know.
const QString UnknownSource = QStringLiteral("UNKNOWN SOURCE");

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NewImageSource)
};

// The CLI's advice names spindle-cli read; the GUI's the page that does the same.
Error unreadableError(const QString &files, const QString &detail, bool withSkipHint)
{
    const QString cli =
        Tr::tr("The new image could not be made: %1 could not be read from the source. If the "
               "source is a scratched disc, copy it first with rescue mode (Copy Disc to "
               "Image, or spindle-cli read --skip-unreadable) and make the new image from that "
               "copy, or leave the file out.")
            .arg(files);
    const QString gui =
        Tr::tr("The new image could not be made: %1 could not be read from the source. If the "
               "source is a scratched disc, copy it first with Copy Disc to Image in rescue "
               "mode and make the new image from that copy, or leave the file out.")
            .arg(files);
    return Error{withSkipHint ? cli + QLatin1Char(' ') + skipUnreadableHint() : cli, detail, gui};
}
} // namespace

NewImageSource::NewImageSource(std::shared_ptr<const ImageTree> tree, Selection selection,
                               ImageOptions options)
    : m_composer(std::make_unique<ImageComposer>(std::move(tree), std::move(selection),
                                                 std::move(options)))
{}

NewImageSource::~NewImageSource() = default;

void NewImageSource::setBaseImport(std::unique_ptr<IsoImport> import)
{
    m_composer->setBaseImport(std::move(import));
}

std::optional<Error> NewImageSource::open()
{
    if (m_opened)
        return std::nullopt;
    if (auto problem = m_composer->compose(m_cancelled)) {
        m_error = *problem;
        return problem;
    }
    m_opened = true;
    m_damaged = m_composer->damagedFiles(); // past the source's end, found before writing
    return std::nullopt;
}

bool NewImageSource::collectDamage()
{
    if (!m_composer->messages())
        return true;
    const QList<LogEntry> taken = m_composer->messages()->take();
    if (taken.isEmpty())
        return true;
    m_messages += taken;
    // libisofs' writer reports a file it could not read in full, then writes zeros in its place
    // and goes on (filesrc.c; the texts are not translated). Its messages name no image or job:
    // another image written in this process at the same time would be blamed too.
    static const QRegularExpression zeroFilled(QStringLiteral(
        "^libisofs: (?:Read error in file (.+)\\.|Premature end of file (.+)\\.|File \"(.+)\" "
        "can't be opened\\. Filling with 0s\\.|Size of file \"(.+)\" has changed\\. It will "
        "be padded with 0's)$"));
    QStringList found;
    for (const LogEntry &e : taken) {
        const QRegularExpressionMatch m = zeroFilled.match(e.text);
        if (!m.hasMatch())
            continue;
        for (int group = 1; group <= 4; ++group) {
            const QString name = m.captured(group);
            if (!name.isEmpty() && !m_damaged.contains(name) && !found.contains(name))
                found << name;
        }
    }
    // libisofs names a stream it does not know "UNKNOWN SOURCE"; the base image's files
    // (compact streams) keep their own names.
    const QStringList named = m_composer->unreadableFiles();
    if (found.removeAll(UnknownSource) > 0) {
        for (const QString &name : named) {
            if (!m_damaged.contains(name) && !found.contains(name))
                found << name;
        }
        if (named.isEmpty())
            found << UnknownSource;
    }
    if (found.isEmpty())
        return true;
    m_damaged += found;
    if (m_composer->skipsUnreadable())
        return true;
    m_error = unreadableError(shortFileList(found),
                              LibraryMessages::text(m_messages, Severity::Warning), true);
    return false;
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
            collectDamage();
            QStringList detail;
            QString cause; // the first error says most (e.g. "the compressed image is damaged")
            for (const LogEntry &e : std::as_const(m_messages)) {
                if (e.severity >= Severity::Warning)
                    detail << e.text;
                if (e.severity >= Severity::Error && cause.isEmpty())
                    cause = e.text;
            }
            static const QString readError = QStringLiteral("Read error in file ");
            cause.remove(QRegularExpression(QStringLiteral("^libisofs: ")));
            if (cause.isEmpty() || cause.startsWith(readError)) {
                // A sector of the source could not be read: a scratched disc, usually.
                QString file =
                    cause.mid(readError.size()).chopped(cause.endsWith(QLatin1Char('.')) ? 1 : 0);
                if (file == UnknownSource && !m_composer->unreadableFiles().isEmpty())
                    file = shortFileList(m_composer->unreadableFiles());
                m_error = unreadableError(file.isEmpty() ? Tr::tr("a file") : file,
                                          detail.join(QLatin1Char('\n')), false);
            } else {
                m_error = {Tr::tr("The new image could not be made: %1").arg(cause),
                           detail.join(QLatin1Char('\n'))};
            }
            return -1;
        }
        done += n;
        m_delivered += n;
    }
    if (!collectDamage())
        return -1;
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
