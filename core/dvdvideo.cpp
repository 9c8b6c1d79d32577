#include "dvdvideo.h"

#include "driveinfo.h"
#include "format.h"
#include "imagetree.h"
#include "selection.h"
#include "sourcespec.h"

#include <cstdint>
#include <dvdread/dvd_reader.h>
#include <dvdread/ifo_read.h>
#include <dvdread/ifo_types.h>

#include <QCoreApplication>
#include <QFile>

namespace Spindle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DvdVideo", text);
}

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
    dvd_reader_t *dvd = DVDOpen(name.constData());
    if (!dvd)
        return info;
    ifo_handle_t *vmg = ifoOpen(dvd, 0);
    if (!vmg || !vmg->tt_srpt) {
        if (vmg)
            ifoClose(vmg);
        DVDClose(dvd);
        return info;
    }
    info.valid = true;
    QHash<int, ifo_handle_t *> titleSets;
    for (int t = 0; t < vmg->tt_srpt->nr_of_srpts; ++t) {
        const title_info_t &ti = vmg->tt_srpt->title[t];
        DvdTitle title;
        title.number = t + 1;
        title.titleSet = ti.title_set_nr;
        ifo_handle_t *vts = titleSets.value(ti.title_set_nr);
        if (!vts && !titleSets.contains(ti.title_set_nr)) {
            vts = ifoOpen(dvd, ti.title_set_nr);
            titleSets.insert(ti.title_set_nr, vts);
        }
        if (vts && vts->vts_ptt_srpt && vts->vts_pgcit && ti.vts_ttn >= 1 &&
            ti.vts_ttn <= vts->vts_ptt_srpt->nr_of_srpts) {
            const int pgcn = vts->vts_ptt_srpt->title[ti.vts_ttn - 1].ptt[0].pgcn;
            if (pgcn >= 1 && pgcn <= vts->vts_pgcit->nr_of_pgci_srp) {
                const dvd_time_t &time = vts->vts_pgcit->pgci_srp[pgcn - 1].pgc->playback_time;
                title.seconds = bcd(time.hour) * 3600 + bcd(time.minute) * 60 + bcd(time.second);
            }
        }
        if (vts && vts->vtsi_mat) {
            for (int a = 0; a < vts->vtsi_mat->nr_of_vts_audio_streams; ++a)
                title.audioLanguages << language(vts->vtsi_mat->vts_audio_attr[a].lang_code);
            for (int s = 0; s < vts->vtsi_mat->nr_of_vts_subp_streams; ++s)
                title.subtitleLanguages << language(vts->vtsi_mat->vts_subp_attr[s].lang_code);
        }
        info.titles.append(title);
    }
    for (ifo_handle_t *vts : std::as_const(titleSets)) {
        if (vts)
            ifoClose(vts);
    }
    ifoClose(vmg);
    DVDClose(dvd);

    // Which files carry which titles: VTS_NN_* belongs to title set NN.
    QHash<int, QStringList> describedSets;
    for (const DvdTitle &t : std::as_const(info.titles)) {
        QString text = tr("Title %1 (%2").arg(t.number).arg(formatDuration(t.seconds));
        if (!t.audioLanguages.isEmpty())
            text += tr("; audio %1").arg(t.audioLanguages.join(QStringLiteral(", ")));
        if (!t.subtitleLanguages.isEmpty())
            text += tr("; subtitles %1").arg(t.subtitleLanguages.join(QStringLiteral(", ")));
        describedSets[t.titleSet] << text + QLatin1Char(')');
    }
    for (auto it = describedSets.cbegin(); it != describedSets.cend(); ++it) {
        const QString prefix = QStringLiteral("VTS_%1_").arg(it.key(), 2, 10, QLatin1Char('0'));
        for (const char *suffix : {"0.IFO", "0.BUP", "0.VOB", "1.VOB", "2.VOB", "3.VOB", "4.VOB",
                                   "5.VOB", "6.VOB", "7.VOB", "8.VOB", "9.VOB"})
            info.fileInfo.insert(prefix + QLatin1String(suffix),
                                 it.value().join(QStringLiteral("; ")));
    }
    return info;
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
    return {tr("This is a DVD-Video. Leaving out %1 breaks playback: players read the title "
               "list from VIDEO_TS.IFO, which still names the missing files. Keep all IFO, BUP "
               "and VOB files for a playable disc.")
                .arg(missing.join(QStringLiteral(", ")))};
}

} // namespace Spindle
