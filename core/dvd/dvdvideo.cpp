#include "dvd/dvdvideo.h"

#include "base/format.h"
#include "device/driveinfo.h"
#include "dvd/dvdstreams.h"
#include "dvd/ifocheck.h"
#include "tree/imagetree.h"
#include "tree/selection.h"
#include "tree/sourcespec.h"

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <dvdread/dvd_reader.h>
#include <dvdread/ifo_read.h>
#include <dvdread/ifo_types.h>

#include <QCoreApplication>
#include <QFile>
#include <QMap>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DvdVideo)
};

int bcd(uint8_t value)
{
    return (value >> 4) * 10 + (value & 0x0f);
}

QString language(uint16_t code)
{
    if (code == 0 || code == 0xffff)
        return QStringLiteral("?");
    return QString(QLatin1Char(char(code >> 8))) + QLatin1Char(char(code & 0xff));
}

// Playback time in milliseconds: BCD hours/minutes/seconds, and BCD frames in the low six bits
// of frame_u whose top two bits give the frame rate (1: 25 fps, 3: 29.97 fps).
qint64 milliseconds(const dvd_time_t &time)
{
    const qint64 whole = bcd(time.hour) * 3600 + bcd(time.minute) * 60 + bcd(time.second);
    const int frames = bcd(time.frame_u & 0x3f);
    const double fps = (time.frame_u >> 6) == 1 ? 25.0 : (time.frame_u >> 6) == 3 ? 29.97 : 0.0;
    return whole * 1000 + (fps > 0 ? qint64(frames * 1000.0 / fps) : 0);
}

void collectLog(void *messages, dvd_logger_level_t, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    static_cast<QStringList *>(messages)->append(QString::fromLocal8Bit(text).trimmed());
}

// The program chain that starts title `ttn` of a title set, or nullptr when the IFO is short
// of tables (damaged or hand-made discs).
const pgc_t *firstProgramChain(const ifo_handle_t *vts, int ttn)
{
    if (!vts || !vts->vts_ptt_srpt || !vts->vts_pgcit || ttn < 1 ||
        ttn > vts->vts_ptt_srpt->nr_of_srpts)
        return nullptr;
    const ttu_t &title = vts->vts_ptt_srpt->title[ttn - 1];
    if (title.nr_of_ptts < 1 || !title.ptt)
        return nullptr;
    const int pgcn = title.ptt[0].pgcn;
    if (pgcn < 1 || pgcn > vts->vts_pgcit->nr_of_pgci_srp)
        return nullptr;
    return vts->vts_pgcit->pgci_srp[pgcn - 1].pgc;
}

// Duration and streams: a stream counts when the title's program chain enables it (bit 15 of
// audio_control, bit 31 of subp_control); the title set only declares attributes for all of
// its titles.
void describeProgramChain(const ifo_handle_t &vts, const pgc_t &pgc, DvdTitle &title)
{
    title.milliseconds = milliseconds(pgc.playback_time);
    title.seconds = title.milliseconds / 1000;
    if (!vts.vtsi_mat)
        return;
    const vtsi_mat_t &mat = *vts.vtsi_mat;
    for (int a = 0; a < qMin(int(mat.nr_of_vts_audio_streams), 8); ++a) {
        if (!(pgc.audio_control[a] & 0x8000))
            continue;
        const audio_attr_t &attr = mat.vts_audio_attr[a];
        DvdAudioStream stream;
        stream.language = language(attr.lang_code);
        stream.format = dvdAudioFormatCode(attr.audio_format);
        stream.channels = attr.channels + 1;
        stream.sampleRate = attr.sample_frequency == 0 ? 48000 : 96000;
        title.audio.append(stream);
        title.audioLanguages << stream.language;
    }
    for (int s = 0; s < qMin(int(mat.nr_of_vts_subp_streams), 32); ++s) {
        if (pgc.subp_control[s] & 0x80000000u)
            title.subtitleLanguages << language(mat.vts_subp_attr[s].lang_code);
    }
}

// The cells every program chain of title `ttn` plays (its chapters may start several).
QList<QPair<quint32, quint32>> cellsOf(const ifo_handle_t *vts, int ttn)
{
    QList<QPair<quint32, quint32>> cells;
    if (!vts || !vts->vts_ptt_srpt || !vts->vts_pgcit || ttn < 1 ||
        ttn > vts->vts_ptt_srpt->nr_of_srpts)
        return cells;
    const ttu_t &title = vts->vts_ptt_srpt->title[ttn - 1];
    QList<int> chains;
    for (int p = 0; title.ptt && p < title.nr_of_ptts; ++p) {
        const int pgcn = title.ptt[p].pgcn;
        if (pgcn < 1 || pgcn > vts->vts_pgcit->nr_of_pgci_srp || chains.contains(pgcn))
            continue;
        chains << pgcn;
        const pgc_t *pgc = vts->vts_pgcit->pgci_srp[pgcn - 1].pgc;
        for (int c = 0; pgc && pgc->cell_playback && c < pgc->nr_of_cells; ++c) {
            const quint32 first = pgc->cell_playback[c].first_sector; // packed: copied out
            const quint32 last = pgc->cell_playback[c].last_sector;
            cells.append({first, last});
        }
    }
    return cells;
}

QString describeTitle(const DvdTitle &t, bool mainFeature)
{
    QString text = mainFeature ? Tr::tr("Title %1, main feature").arg(t.number)
                               : Tr::tr("Title %1").arg(t.number);
    // One numerus message, so that each language picks its own form (French says "0 chapitre");
    // English takes "1 chapter" from spindle_en.ts.
    text += QStringLiteral(" (") + formatDuration(t.seconds) + QStringLiteral(", ") +
            Tr::tr("%n chapter(s)", nullptr, t.chapters);
    if (t.angles > 1)
        text += Tr::tr(", %1 angles").arg(t.angles);
    if (!t.audioLanguages.isEmpty())
        text += Tr::tr("; audio %1").arg(t.audioLanguages.join(QStringLiteral(", ")));
    if (!t.subtitleLanguages.isEmpty())
        text += Tr::tr("; subtitles %1").arg(t.subtitleLanguages.join(QStringLiteral(", ")));
    return text + QLatin1Char(')');
}

// What each file of VIDEO_TS carries: VTS_NN_* belongs to title set NN, whose _0 files are its
// navigation (IFO, BUP) and menus (VOB) and whose _1.._9 VOBs hold its titles' video.
void describeFiles(DvdVideoInfo &info)
{
    info.fileInfo.insert(QStringLiteral("VIDEO_TS.IFO"),
                         info.titles.size() == 1
                             ? Tr::tr("Disc navigation: 1 title")
                             : Tr::tr("Disc navigation: %1 titles").arg(info.titles.size()));
    info.fileInfo.insert(QStringLiteral("VIDEO_TS.BUP"), Tr::tr("Backup of VIDEO_TS.IFO"));
    info.fileInfo.insert(QStringLiteral("VIDEO_TS.VOB"), Tr::tr("Disc menu"));
    QMap<int, QStringList> described;
    QMap<int, QStringList> numbers;
    for (const DvdTitle &t : std::as_const(info.titles)) {
        described[t.titleSet] << describeTitle(t, t.number == info.longestTitle);
        numbers[t.titleSet] << QString::number(t.number);
    }
    for (auto it = described.cbegin(); it != described.cend(); ++it) {
        const QString prefix = QStringLiteral("VTS_%1_").arg(it.key(), 2, 10, QLatin1Char('0'));
        const QString navigation = Tr::tr("Title set %1 navigation: titles %2")
                                       .arg(it.key())
                                       .arg(numbers.value(it.key()).join(QStringLiteral(", ")));
        info.fileInfo.insert(prefix + QStringLiteral("0.IFO"), navigation);
        info.fileInfo.insert(prefix + QStringLiteral("0.BUP"), navigation);
        info.fileInfo.insert(prefix + QStringLiteral("0.VOB"),
                             Tr::tr("Menus of title set %1").arg(it.key()));
        for (int vob = 1; vob <= 9; ++vob)
            info.fileInfo.insert(prefix + QStringLiteral("%1.VOB").arg(vob),
                                 it.value().join(QStringLiteral(", ")));
    }
}

} // namespace

bool isDvdVideo(const ImageTree &tree)
{
    const int ifo = tree.find("/VIDEO_TS/VIDEO_TS.IFO");
    return ifo >= 0 && tree.at(ifo).kind == EntryKind::File;
}

DvdVideoInfo readDvdVideoInfo(const SourceSpec &source)
{
    DvdVideoInfo info;
    QString path = source.location;
    if (source.kind == SourceSpec::Kind::Drive && isVirtualAddress(path))
        path = virtualPath(path);
    const QByteArray name = QFile::encodeName(path);
    // DVDOpen2 with a logger: plain DVDOpen prints a CSS banner on stderr for every open.
    dvd_logger_cb logger{collectLog};
    dvd_reader_t *dvd = DVDOpen2(&info.messages, &logger, name.constData());
    if (!dvd)
        return info;
    // libdvdread trusts the offsets in an IFO: check each one before ifoOpen reads it.
    std::optional<QString> damage = damagedIfo(dvd, 0);
    ifo_handle_t *vmg = damage ? nullptr : ifoOpen(dvd, 0);
    if (!vmg || !vmg->tt_srpt) {
        if (vmg)
            ifoClose(vmg);
        DVDClose(dvd);
        if (damage)
            info.messages.prepend(*damage);
        return info;
    }
    QHash<int, ifo_handle_t *> titleSets;
    for (int t = 0; t < vmg->tt_srpt->nr_of_srpts; ++t) {
        const title_info_t &ti = vmg->tt_srpt->title[t];
        DvdTitle title;
        title.number = t + 1;
        title.titleSet = ti.title_set_nr;
        title.titleInSet = ti.vts_ttn;
        title.angles = qMax(1, int(ti.nr_of_angles));
        title.chapters = ti.nr_of_ptts;
        ifo_handle_t *vts = titleSets.value(ti.title_set_nr);
        if (!vts && !titleSets.contains(ti.title_set_nr)) {
            damage = damagedIfo(dvd, ti.title_set_nr);
            if (damage)
                break;
            vts = ifoOpen(dvd, ti.title_set_nr);
            titleSets.insert(ti.title_set_nr, vts);
        }
        if (const pgc_t *pgc = firstProgramChain(vts, ti.vts_ttn))
            describeProgramChain(*vts, *pgc, title);
        title.cells = cellsOf(vts, ti.vts_ttn);
        info.titles.append(title);
        if (info.longestTitle == 0 ||
            title.milliseconds > info.titles.at(info.longestTitle - 1).milliseconds)
            info.longestTitle = title.number;
    }
    for (ifo_handle_t *vts : std::as_const(titleSets)) {
        if (vts)
            ifoClose(vts);
    }
    ifoClose(vmg);
    DVDClose(dvd);
    if (damage) {
        info.titles.clear();
        info.longestTitle = 0;
        info.messages.prepend(*damage);
        return info;
    }

    info.valid = true;
    describeFiles(info);
    return info;
}

QHash<QString, QString> dvdVideoFileInfo(const ImageTree &tree)
{
    if (!isDvdVideo(tree))
        return {};
    const int source = tree.at(tree.find("/VIDEO_TS/VIDEO_TS.IFO")).source;
    if (source < 0 || source >= tree.sources().size())
        return {};
    SourceSpec spec = tree.sources().at(source);
    // libdvdread opens a disc's root or its VIDEO_TS folder, but a folder added somewhere
    // else in the tree would be read from the wrong place.
    if (spec.kind == SourceSpec::Kind::Folder && spec.mountPath != QLatin1String("/") &&
        spec.mountPath.compare(QLatin1String("/VIDEO_TS"), Qt::CaseInsensitive) != 0)
        return {};
    // Not readDvdVideoInfo(tree, spec): this runs on every load of a tree, and a compressed
    // image would decode up to its last IFO for these descriptions (its Titles tab does that
    // once, when shown). A compressed image's files go without them, as libdvdread cannot open
    // it directly.
    return readDvdVideoInfo(spec).fileInfo;
}

QStringList dvdVideoWarnings(const ImageTree &tree, const SelectionState &state)
{
    if (!isDvdVideo(tree))
        return {};
    const int folder = tree.find("/VIDEO_TS");
    const TreeEntry &dir = tree.at(folder);
    QStringList missing;
    for (int c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
        const QString upper = tree.at(c).name.toUpper();
        const bool playback = upper.endsWith(QLatin1String(".IFO")) ||
                              upper.endsWith(QLatin1String(".BUP")) ||
                              upper.endsWith(QLatin1String(".VOB"));
        if (playback && !state.written[size_t(c)])
            missing << tree.at(c).name;
    }
    if (missing.isEmpty())
        return {};
    return {Tr::tr("This is a DVD-Video. Leaving out %1 breaks playback: players read the title "
                   "list from VIDEO_TS.IFO, which still names the missing files. Keep all IFO, BUP "
                   "and VOB files for a playable disc.")
                .arg(missing.join(QStringLiteral(", ")))};
}

} // namespace Spindle
