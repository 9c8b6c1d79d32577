#include "dvd/streamchoice.h"

#include "tree/imagetree.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

#include <map>

namespace Spindle {

namespace {
bool isCommentary(int audioExtension)
{
    return audioExtension == 3 || audioExtension == 4;
}
bool isSubtitleCommentary(int extension)
{
    return extension >= 13 && extension <= 15;
}
void drop(QList<int> &list, int number)
{
    if (!list.contains(number))
        list << number;
}

// The tree entries of title set `set`'s title VOBs (VTS_nn_1..9.VOB), in order.
QList<int> titleVobs(const ImageTree &tree, int set)
{
    const int root = tree.find(QByteArrayLiteral("/VIDEO_TS"));
    if (root < 0)
        return {};
    static const QRegularExpression name(QStringLiteral("^VTS_(\\d\\d)_([1-9])\\.VOB$"),
                                         QRegularExpression::CaseInsensitiveOption);
    std::map<int, int> parts;
    const TreeEntry &dir = tree.at(root);
    for (int i = dir.firstChild; i < dir.firstChild + dir.childCount; ++i) {
        const auto m = name.match(tree.at(i).name);
        if (m.hasMatch() && m.captured(1).toInt() == set)
            parts[m.captured(2).toInt()] = i;
    }
    QList<int> files;
    for (const auto &[part, entry] : parts)
        files << entry;
    return files;
}
} // namespace

void applyStreamRules(const QList<DvdTitleSetStreams> &streams, const DvdStreamRules &rules,
                      QMap<int, DvdStreamChoice> &choices)
{
    for (const DvdTitleSetStreams &set : streams) {
        DvdStreamChoice choice = choices.value(set.titleSet);
        QStringList audioLanguages = rules.keepAudioLanguages;
        if (audioLanguages.removeAll(QStringLiteral("original")) > 0 && !set.audio.isEmpty())
            audioLanguages << set.audio.first().language;
        for (const DvdAudioAttributes &a : set.audio) {
            const bool otherLanguage =
                !rules.keepAudioLanguages.isEmpty() && !audioLanguages.contains(a.language);
            if (otherLanguage || (rules.dropCommentary && isCommentary(a.extension)))
                drop(choice.dropAudio, a.number - 1);
        }
        // A title set keeps sound: if every audio stream would go, its first one stays.
        if (!set.audio.isEmpty() && choice.dropAudio.size() >= set.audio.size())
            choice.dropAudio.removeAll(0);
        for (const DvdSubpictureAttributes &s : set.subpictures) {
            const bool otherLanguage = !rules.keepSubtitleLanguages.isEmpty() &&
                                       !rules.keepSubtitleLanguages.contains(s.language);
            if (rules.keepNoSubtitles || otherLanguage ||
                (rules.dropCommentary && isSubtitleCommentary(s.extension)))
                drop(choice.dropSubpictures, s.number - 1);
        }
        std::sort(choice.dropAudio.begin(), choice.dropAudio.end());
        std::sort(choice.dropSubpictures.begin(), choice.dropSubpictures.end());
        if (choice.any())
            choices[set.titleSet] = choice;
    }
}

Result<DvdStreamSizes> readDvdStreamSizes(const std::shared_ptr<const ImageTree> &tree,
                                          const QList<DvdTitleSetStreams> &streams,
                                          const VobScanProgress &progress)
{
    QMap<int, QList<int>> files;
    qint64 total = 0;
    for (const DvdTitleSetStreams &set : streams) {
        files[set.titleSet] = titleVobs(*tree, set.titleSet);
        for (int entry : files[set.titleSet])
            total += tree->at(entry).size / MpegPack::Size;
    }
    DvdStreamSizes sizes;
    qint64 before = 0;
    for (const DvdTitleSetStreams &set : streams) {
        const auto overall = [&](qint64 done, qint64) {
            return !progress || progress(before + done, total);
        };
        auto packs = scanVobPacks(tree, files[set.titleSet], overall);
        if (!packs)
            return packs.error();
        before += packs.value()->sectors();
        // Bytes per pack code, counted once for the whole title set.
        std::array<qint64, 256> bytes{};
        for (MpegPack::Code c : packs.value()->codes)
            bytes[c] += MpegPack::Size;
        for (const DvdAudioAttributes &a : set.audio) {
            qint64 n = 0;
            for (int p : a.physical)
                n += bytes[MpegPack::AudioBase + p];
            sizes.audio[set.titleSet][a.number] = n;
        }
        for (const DvdSubpictureAttributes &s : set.subpictures) {
            qint64 n = 0;
            for (int p : s.physical)
                n += bytes[MpegPack::SubpictureBase + p];
            sizes.subpictures[set.titleSet][s.number] = n;
        }
    }
    return sizes;
}

} // namespace Spindle
