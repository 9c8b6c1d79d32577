#pragma once

#include "base/result.h"
#include "dvd/dvdstreams.h"
#include "dvd/vobscan.h"
#include "dvd/vtsstreams.h"

#include <QMap>
#include <QStringList>
#include <memory>
#include <optional>

namespace Spindle {

class ImageTree;

// The one-step choices a user makes about streams across a whole disc, turned into the
// per-title-set choices the trim takes. Stream numbers in DvdStreamChoice are 0-based.
struct DvdStreamRules
{
    // Audio in these languages stays ("en", "de"; "original" is each title set's first audio
    // stream's language); empty: no rule. Streams of other languages go, except that a title
    // set always keeps at least one audio stream (its first) so its titles have sound.
    QStringList keepAudioLanguages;
    // Subtitles in these languages stay; with keepNoSubtitles every subtitle stream goes.
    QStringList keepSubtitleLanguages;
    bool keepNoSubtitles = false;
    // Director's comments (audio extensions 3 and 4, subtitle extensions 13 to 15) go.
    bool dropCommentary = false;

    bool any() const
    {
        return !keepAudioLanguages.isEmpty() || !keepSubtitleLanguages.isEmpty() ||
               keepNoSubtitles || dropCommentary;
    }
};

// What `rules` leave out of each title set of `streams`, added to `choices` (which may already
// hold streams named by number). Title sets where nothing goes get no entry.
void applyStreamRules(const QList<DvdTitleSetStreams> &streams, const DvdStreamRules &rules,
                      QMap<int, DvdStreamChoice> &choices);

// Bytes each stream occupies in its title set's VOBs, from one scan of the VOBs (cached per
// source by scanVobPacks): by title set, then the 1-based logical stream number.
struct DvdStreamSizes
{
    QMap<int, QMap<int, qint64>> audio;
    QMap<int, QMap<int, qint64>> subpictures;
};

// Scans every title set's title VOBs; `progress` gets the bytes done and the total over all
// of them and may cancel (returning false), which fails with "Cancelled.".
Result<DvdStreamSizes> readDvdStreamSizes(const std::shared_ptr<const ImageTree> &tree,
                                          const QList<DvdTitleSetStreams> &streams,
                                          const VobScanProgress &progress = {});

} // namespace Spindle
