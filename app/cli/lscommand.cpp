#include "lscommand.h"

#include "exitcodes.h"
#include "terminaltext.h"
#include "tree/imagetree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Spindle::Cli {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Directory:
        return QStringLiteral("directory");
    case EntryKind::File:
        return QStringLiteral("file");
    case EntryKind::Symlink:
        return QStringLiteral("symlink");
    case EntryKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString modeString(const TreeEntry &e)
{
    QString s;
    s += e.kind == EntryKind::Directory ? QLatin1Char('d')
         : e.kind == EntryKind::Symlink ? QLatin1Char('l')
         : e.kind == EntryKind::Other   ? QLatin1Char('?')
                                        : QLatin1Char('-');
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        s += (e.mode & (0400u >> bit)) ? QLatin1Char(letters[bit]) : QLatin1Char('-');
    return s;
}

// What a DVD-Video file carries (its titles, durations, languages), for files in /VIDEO_TS.
QString fileInfo(const LoadedTree &loaded, const TreeEntry &e)
{
    if (loaded.fileInfo.isEmpty() || e.kind != EntryKind::File ||
        !e.path.toUpper().startsWith("/VIDEO_TS/"))
        return {};
    return loaded.fileInfo.value(e.name.toUpper());
}

} // namespace

QString LsCommand::summary() const
{
    return Tr::tr("List the files of an image, disc, archive or folder.");
}

QString LsCommand::epilog() const
{
    return Tr::tr("SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a zip/tar/7z archive\n"
                  "or a folder. Paths are listed from the root, folders before their contents.\n"
                  "For a DVD-Video, --long and --json also say which titles each file of\n"
                  "VIDEO_TS carries, with durations, chapters and languages.") +
           QLatin1Char('\n') +
           Tr::tr("Control characters in names are shown escaped (\\n, \\x1b); --json keeps "
                  "names exact.");
}

void LsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"), Tr::tr("What to list."));
    parser.addOption({QStringLiteral("long"), Tr::tr("Show type, permissions, size and date.")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON instead of text.")});
}

int LsCommand::runOn(const LoadedTree &loaded, const QCommandLineParser &parser,
                     CliContext &context)
{
    const ImageTree &tree = *loaded.tree;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (int i = 1; i < tree.size(); ++i) {
            const TreeEntry &e = tree.at(i);
            QJsonObject o{{QStringLiteral("path"), QString::fromUtf8(e.path)},
                          {QStringLiteral("type"), kindName(e.kind)},
                          {QStringLiteral("size"), e.size},
                          {QStringLiteral("mode"), int(e.mode)},
                          {QStringLiteral("mtime"), e.mtime}};
            if (e.kind == EntryKind::Symlink)
                o.insert(QStringLiteral("target"), tree.extra(e).linkTarget);
            const QString info = fileInfo(loaded, e);
            if (!info.isEmpty())
                o.insert(QStringLiteral("info"), info);
            entries.append(o);
        }
        const QJsonObject root{{QStringLiteral("source"), tree.sources().first().location},
                               {QStringLiteral("label"), tree.sourceLabel()},
                               {QStringLiteral("files"), tree.totalFiles()},
                               {QStringLiteral("bytes"), tree.totalBytes()},
                               {QStringLiteral("entries"), entries}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitSuccess;
    }
    const bool longFormat = parser.isSet(QStringLiteral("long"));
    for (int i = 1; i < tree.size(); ++i) {
        const TreeEntry &e = tree.at(i);
        QString path = escapeControlCharacters(QString::fromUtf8(e.path));
        if (e.kind == EntryKind::Directory)
            path += QLatin1Char('/');
        if (longFormat) {
            context.out << modeString(e) << QStringLiteral(" %1 ").arg(e.size, 14)
                        << QDateTime::fromSecsSinceEpoch(e.mtime, Qt::UTC)
                               .toString(QStringLiteral("yyyy-MM-dd hh:mm"))
                        << ' ' << path;
            if (e.kind == EntryKind::Symlink)
                context.out << " -> " << escapeControlCharacters(tree.extra(e).linkTarget);
            const QString info = fileInfo(loaded, e);
            if (!info.isEmpty())
                context.out << "  [" << escapeControlCharacters(info) << ']';
            context.out << '\n';
        } else {
            context.out << path << '\n';
        }
    }
    context.out.flush();
    return ExitSuccess;
}

} // namespace Spindle::Cli
