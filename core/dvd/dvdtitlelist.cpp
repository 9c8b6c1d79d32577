#include "dvd/dvdtitlelist.h"

#include "tree/imagetree.h"
#include "tree/sourcespec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Spindle {

namespace {
// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DvdTitleList)
};
} // namespace

Result<DvdTitleList> readDvdTitleList(const ImageTree &tree)
{
    if (!isDvdVideo(tree))
        return Error{Tr::tr("This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO."), {}};
    const int ifo = tree.find("/VIDEO_TS/VIDEO_TS.IFO");
    const int source = tree.at(ifo).source;
    if (source < 0 || source >= tree.sources().size())
        return Error{Tr::tr("Spindle cannot tell which source holds VIDEO_TS."), {}};
    const SourceSpec spec = tree.sources().at(source);
    // libdvdread opens a disc's root or its VIDEO_TS folder; a folder added elsewhere in the
    // tree would be read from the wrong place.
    if (spec.kind == SourceSpec::Kind::Folder && spec.mountPath != QLatin1String("/") &&
        spec.mountPath.compare(QLatin1String("/VIDEO_TS"), Qt::CaseInsensitive) != 0)
        return Error{Tr::tr("The titles can be read only when the DVD's folder is added at the "
                            "root of the new image."),
                     spec.location};
    DvdTitleList list;
    list.info = readDvdVideoInfo(spec);
    if (!list.info.valid) {
        // libdvdread's CSS banner ("****" lines) says nothing about this disc.
        QStringList detail;
        for (const QString &line : std::as_const(list.info.messages)) {
            for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString text = part.left(part.indexOf(QStringLiteral("**"))).trimmed();
                if (!text.isEmpty())
                    detail << text;
            }
        }
        return Error{
            Tr::tr("libdvdread cannot read the titles of %1: its IFO files are damaged, or "
                   "the source is compressed. Files can still be left out one by one.")
                .arg(spec.displayName()),
            detail.join(QLatin1Char('\n'))};
    }

    static const QRegularExpression titleSetFile(
        QStringLiteral("^VTS_(\\d\\d)_\\d\\.(IFO|VOB|BUP)$"),
        QRegularExpression::CaseInsensitiveOption);
    const int folder = tree.find("/VIDEO_TS");
    const TreeEntry &dir = tree.at(folder);
    for (int i = dir.firstChild; i < dir.firstChild + dir.childCount; ++i) {
        const TreeEntry &e = tree.at(i);
        if (e.kind != EntryKind::File)
            continue;
        const auto match = titleSetFile.match(e.name);
        if (match.hasMatch())
            list.titleSetBytes[match.captured(1).toInt()] += e.size;
        else if (e.name.startsWith(QLatin1String("VIDEO_TS."), Qt::CaseInsensitive))
            list.menuBytes += e.size;
    }
    return list;
}

QString formatDvdDuration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Spindle
