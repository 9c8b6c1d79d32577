#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// Runs the DVD authoring tools (ffmpeg, spumux, dvdauthor, genisoimage) in one folder for a
// fixture and keeps the first failure: once a step failed, the later ones do nothing, and the
// fixture reports that first error.
class AuthoringTools
{
public:
    explicit AuthoringTools(const QString &dir) : m_dir(dir) {}

    // With VIDEO_FORMAT=NTSC (dvdauthor and spumux refuse to guess); optional stdin/stdout
    // files in the folder, for spumux, which filters a stream.
    bool run(const QString &tool, const QStringList &args, const QString &in = {},
             const QString &out = {});
    bool write(const QString &name, const QByteArray &text);
    // The failure, with its tool's last messages; empty while all went well.
    QString error() const { return m_error; }
    QString path(const QString &name) const { return m_dir + QLatin1Char('/') + name; }

protected:
    bool fail(const QString &why);
    bool failed() const { return !m_error.isEmpty(); }
    QString m_dir;

private:
    QString m_error;
};

} // namespace Spindle::Test
