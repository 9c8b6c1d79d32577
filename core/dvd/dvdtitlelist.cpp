#include "dvd/dvdtitlelist.h"

#include "dvd/dvdfilereader.h"
#include "image/compressedisodatasource.h"
#include "tree/imagetree.h"
#include "tree/sourcespec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

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
    list.info = readDvdVideoInfo(tree, spec);
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
            Tr::tr("libdvdread cannot read the titles of %1: its IFO files are damaged. Files "
                   "can still be left out one by one.")
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

DvdVideoInfo readDvdVideoInfo(const ImageTree &tree, const SourceSpec &spec)
{
    if (spec.kind != SourceSpec::Kind::ImageFile || !isCompressedFile(spec.location))
        return readDvdVideoInfo(spec);
    DvdVideoInfo failed;
    QTemporaryDir dir;
    const QString videoTs = dir.path() + QStringLiteral("/VIDEO_TS");
    if (!dir.isValid() || !QDir().mkpath(videoTs)) {
        failed.messages << dir.errorString();
        return failed;
    }
    // Title set by title set: the IFOs lie in that order in the image, so a compressed stream
    // decodes forwards only. A non-owning pointer: the reader lives only in this function.
    DvdFileReader reader(std::shared_ptr<const ImageTree>(std::shared_ptr<void>(), &tree));
    static const QRegularExpression ifoName(QStringLiteral("^(VIDEO_TS|VTS_\\d\\d_0)\\.IFO$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const TreeEntry &folder = tree.at(tree.find("/VIDEO_TS"));
    QMap<QString, int> ifos; // sorted: VIDEO_TS.IFO, then VTS_01_0.IFO, ...
    for (int i = folder.firstChild; i < folder.firstChild + folder.childCount; ++i) {
        if (tree.at(i).kind == EntryKind::File && ifoName.match(tree.at(i).name).hasMatch())
            ifos.insert(
                tree.at(i).name.toUpper().replace(QLatin1String("VIDEO_TS"), QLatin1String("0")),
                i);
    }
    for (int entry : std::as_const(ifos)) {
        const QString name = tree.at(entry).name.toUpper();
        auto bytes = reader.readEntry(entry, qint64(16) << 20, name);
        QFile out(videoTs + QLatin1Char('/') + name);
        if (!bytes || !out.open(QIODevice::WriteOnly) ||
            out.write(bytes.value()) != bytes->size()) {
            failed.messages << (bytes ? out.errorString() : bytes.error().message);
            return failed;
        }
    }
    return readDvdVideoInfo(SourceSpec{SourceSpec::Kind::Folder, dir.path(), QStringLiteral("/")});
}

namespace {
// Sorted, overlapping and touching ranges (inclusive) joined.
QList<QPair<qint64, qint64>> merged(QList<QPair<qint64, qint64>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<qint64, qint64>> out;
    for (const auto &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.first <= out.last().second + 1)
            out.last().second = std::max(out.last().second, r.second);
        else
            out << r;
    }
    return out;
}

qint64 sectorsOf(const QList<QPair<qint64, qint64>> &ranges)
{
    qint64 n = 0;
    for (const auto &r : ranges)
        n += r.second - r.first + 1;
    return n;
}
} // namespace

QMap<int, qint64> dvdCutCellBytes(const DvdVideoInfo &info, const QList<int> &keptTitles)
{
    QMap<int, QList<QPair<qint64, qint64>>> kept;
    QMap<int, QList<QPair<qint64, qint64>>> left;
    for (const DvdTitle &t : info.titles) {
        auto &into = keptTitles.contains(t.number) ? kept[t.titleSet] : left[t.titleSet];
        for (const auto &[first, last] : t.cells) {
            if (first <= last)
                into.append({first, last});
        }
    }
    QMap<int, qint64> bytes;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        // Sectors only left-out titles play: all they play, less what kept titles play too.
        const auto gone = merged(left.value(it.key()));
        auto both = gone;
        both += merged(it.value());
        const qint64 only = sectorsOf(merged(both)) - sectorsOf(merged(it.value()));
        if (only > 0)
            bytes.insert(it.key(), only * 2048);
    }
    return bytes;
}

QString formatDvdDuration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Spindle
