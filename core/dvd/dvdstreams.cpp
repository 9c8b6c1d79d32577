#include "dvd/dvdstreams.h"

#include "dvd/dvdvmgtables.h"
#include "dvd/ifofile.h"
#include "tree/imagetree.h"
#include "udf/fileplanreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace Spindle {

namespace {

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spindle::DvdStreams)
};

// VTSI_MAT fields (DVD-Video specification; libdvdread's vtsi_mat_t, mpucoder's vtsi.html).
constexpr int AudioCount = 0x202;
constexpr int AudioTable = 0x204;
constexpr int AudioEntry = 8;
constexpr int MaxAudio = 8;
constexpr int SubpictureCount = 0x254;
constexpr int SubpictureTable = 0x256;
constexpr int SubpictureEntry = 6;
constexpr int MaxSubpictures = 32;
// PGC fields (pgc_t, mpucoder's pgc.html): PGC_AST_CTL, 8 x 16 bits; PGC_SPST_CTL, 32 x 32.
constexpr int PgcAudioControl = 0x0C;
constexpr int PgcSubpictureControl = 0x1C;
constexpr int PgcStreamControlEnd = PgcSubpictureControl + 4 * MaxSubpictures;

// IFO files are a few hundred KiB at most; anything larger is not an IFO.
constexpr qint64 IfoCap = 16 * 1024 * 1024;

Error damaged(const QString &name, const QString &why)
{
    return Error{Tr::tr("%1 is damaged or not a DVD-Video IFO file (%2). Its audio and subtitle "
                        "streams cannot be read; copy the DVD whole or repair the source.")
                     .arg(name, why),
                 {}};
}

// A language code as the IFO stores it: two letters a-z, or nothing.
QString languageCode(const QByteArray &mat, qint64 at, bool present)
{
    const char a = at + 1 < mat.size() ? mat[at] : '\0';
    const char b = at + 1 < mat.size() ? mat[at + 1] : '\0';
    if (!present || a < 'a' || a > 'z' || b < 'a' || b > 'z')
        return {};
    return QString(QLatin1Char(a)) + QLatin1Char(b);
}

void addSorted(QList<int> &list, int value)
{
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || *at != value)
        list.insert(at, value);
}

Result<QByteArray> readTreeFile(const std::shared_ptr<const ImageTree> &tree,
                                FilePlanReader &reader, int entry, const QString &name)
{
    const TreeEntry &e = tree->at(entry);
    if (e.size > IfoCap)
        return damaged(name, Tr::tr("%1 MiB").arg(e.size / (1024 * 1024)));
    PlannedFile file;
    file.path = e.path;
    file.size = e.size;
    file.treeEntry = entry;
    if (auto err = reader.open(file))
        return *err;
    QByteArray bytes(e.size, '\0');
    const qint64 done = reader.readFully(bytes.data(), bytes.size());
    reader.close();
    if (done < 0)
        return reader.error();
    bytes.truncate(done);
    return bytes;
}

// The language's own name for itself, as most of its locales write it: Qt 6.4 names some
// default locales with their territory ("American English", "español de España").
QString nativeName(QLocale::Language language)
{
    static QMutex mutex;
    static QHash<int, QString> cache;
    const QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(int(language));
    if (cached != cache.constEnd())
        return *cached;
    QHash<QString, int> votes;
    for (const QLocale &l :
         QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory))
        ++votes[l.nativeLanguageName()];
    QString best = QLocale(language).nativeLanguageName();
    int bestVotes = votes.value(best);
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (!it.key().isEmpty() && it.value() > bestVotes) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    if (best.isEmpty())
        best = QLocale::languageToString(language);
    if (!best.isEmpty())
        best[0] = best[0].toUpper();
    cache.insert(int(language), best);
    return best;
}

} // namespace

Result<DvdTitleSetStreams> parseDvdTitleSetStreams(const QByteArray &bytes, const QString &name,
                                                   int titleSet, const QList<int> &discTitles)
{
    auto parsed = IfoFile::parse(bytes, name);
    if (!parsed)
        return parsed.error();
    const IfoFile &ifo = parsed.value();
    const QByteArray &mat = ifo.mat();
    if (ifo.kind() != IfoFile::Kind::Vts)
        return damaged(name, Tr::tr("not a title set IFO"));
    if (mat.size() < SubpictureTable + SubpictureEntry * MaxSubpictures)
        return damaged(name, Tr::tr("management table of %1 bytes").arg(mat.size()));
    const int audioCount = Ifo::be16(mat, AudioCount);
    const int subpictureCount = Ifo::be16(mat, SubpictureCount);
    if (audioCount > MaxAudio)
        return damaged(name, Tr::tr("%1 audio streams").arg(audioCount));
    if (subpictureCount > MaxSubpictures)
        return damaged(name, Tr::tr("%1 subtitle streams").arg(subpictureCount));

    DvdTitleSetStreams set;
    set.titleSet = titleSet;
    // Display aspect ratio, bits 3..2 of the first video attribute byte: 3 is 16:9.
    set.wideVideo = ((quint8(mat[Ifo::Vts::VideoAttributes]) >> 2) & 3) == 3;
    for (int i = 0; i < audioCount; ++i) {
        const qint64 at = AudioTable + AudioEntry * i;
        const quint8 b0 = quint8(mat[at]);
        const quint8 b1 = quint8(mat[at + 1]);
        DvdAudioAttributes a;
        a.number = i + 1;
        a.codingMode = b0 >> 5;
        a.language = languageCode(mat, at + 2, ((b0 >> 2) & 3) == 1);
        a.applicationMode = b0 & 3;
        a.channels = (b1 & 7) + 1;
        const int rate = (b1 >> 4) & 3;
        a.sampleRate = rate == 0 ? 48000 : rate == 1 ? 96000 : 0;
        a.extension = quint8(mat[at + 5]);
        set.audio << a;
    }
    for (int i = 0; i < subpictureCount; ++i) {
        const qint64 at = SubpictureTable + SubpictureEntry * i;
        DvdSubpictureAttributes s;
        s.number = i + 1;
        s.language = languageCode(mat, at + 2, (quint8(mat[at]) & 3) == 1);
        s.extension = quint8(mat[at + 5]);
        set.subpictures << s;
    }

    // Each title PGC says which logical streams it enables and which physical stream each is.
    const QByteArray pgcit = ifo.table(Ifo::Vts::Pgcit);
    const int pgcCount = Ifo::be16(pgcit, 0);
    if (8 + 8 * qint64(pgcCount) > pgcit.size())
        return damaged(name, Tr::tr("%1 title PGCs").arg(pgcCount));
    for (int p = 0; p < pgcCount; ++p) {
        const int vtsTitle = quint8(pgcit[8 + 8 * p]) & 0x7F;
        const qint64 pgc = Ifo::be32(pgcit, 8 + 8 * p + 4);
        if (pgc < 8 || pgc + PgcStreamControlEnd > pgcit.size())
            return damaged(name, Tr::tr("title PGC %1 lies outside its table").arg(p + 1));
        const int discTitle =
            vtsTitle >= 1 && vtsTitle <= discTitles.size() ? discTitles.at(vtsTitle - 1) : 0;
        if (discTitle > 0)
            addSorted(set.titles, discTitle);
        for (DvdAudioAttributes &a : set.audio) {
            const quint16 control = Ifo::be16(pgcit, pgc + PgcAudioControl + 2 * (a.number - 1));
            if (!(control & 0x8000))
                continue;
            addSorted(a.physical, (control >> 8) & 7);
            if (discTitle > 0)
                addSorted(a.titles, discTitle);
        }
        for (DvdSubpictureAttributes &s : set.subpictures) {
            const quint32 control =
                Ifo::be32(pgcit, pgc + PgcSubpictureControl + 4 * (s.number - 1));
            if (!(control & 0x80000000u))
                continue;
            for (int stream :
                 Ifo::subpictureStreams(control, quint8(mat[Ifo::Vts::VideoAttributes])))
                addSorted(s.physical, stream);
            if (discTitle > 0)
                addSorted(s.titles, discTitle);
        }
    }
    return set;
}

Result<QList<DvdTitleSetStreams>> readDvdStreams(std::shared_ptr<const ImageTree> tree)
{
    const int root = tree->find(QByteArrayLiteral("/VIDEO_TS"));
    if (root < 0)
        return Error{Tr::tr("This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO."), {}};
    static const QRegularExpression vtsIfo(QStringLiteral("^VTS_(\\d\\d)_0\\.IFO$"),
                                           QRegularExpression::CaseInsensitiveOption);
    int vmgEntry = -1;
    std::map<int, int> setEntries;
    const TreeEntry &dir = tree->at(root);
    for (int i = dir.firstChild; i < dir.firstChild + dir.childCount; ++i) {
        const TreeEntry &e = tree->at(i);
        if (e.kind != EntryKind::File)
            continue;
        if (e.name.compare(QLatin1String("VIDEO_TS.IFO"), Qt::CaseInsensitive) == 0)
            vmgEntry = i;
        const auto m = vtsIfo.match(e.name);
        if (m.hasMatch())
            setEntries[m.captured(1).toInt()] = i;
    }
    if (vmgEntry < 0)
        return Error{Tr::tr("This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO."), {}};
    FilePlanReader reader(tree);
    const QString vmgName = QStringLiteral("VIDEO_TS.IFO");
    auto vmgBytes = readTreeFile(tree, reader, vmgEntry, vmgName);
    if (!vmgBytes)
        return vmgBytes.error();
    auto vmg = IfoFile::parse(vmgBytes.value(), vmgName);
    if (!vmg)
        return vmg.error();
    if (vmg->kind() != IfoFile::Kind::Vmg)
        return damaged(vmgName, Tr::tr("not a video manager IFO"));
    const QList<TitleSearchEntry> entries = titleSearchEntries(vmg->table(Ifo::Vmg::TtSrpt));
    const int setCount = Ifo::be16(vmg->mat(), Ifo::Vmg::TitleSetCount);
    if (setCount > 99)
        return damaged(vmgName, Tr::tr("%1 title sets").arg(setCount));

    QList<DvdTitleSetStreams> sets;
    for (int n = 1; n <= setCount; ++n) {
        // The disc's title numbers of this set's titles, by VTS_TTN.
        QList<int> discTitles;
        for (int t = 0; t < entries.size(); ++t) {
            const TitleSearchEntry &e = entries.at(t);
            if (e.titleSet != n || e.vtsTitle < 1)
                continue;
            if (discTitles.size() < e.vtsTitle)
                discTitles.resize(e.vtsTitle);
            discTitles[e.vtsTitle - 1] = t + 1;
        }
        const QString name = QStringLiteral("VTS_%1_0.IFO").arg(n, 2, 10, QLatin1Char('0'));
        const auto entry = setEntries.find(n);
        if (entry == setEntries.end())
            return Error{
                Tr::tr("%1 is missing, though VIDEO_TS.IFO lists title set %2.").arg(name).arg(n),
                {}};
        auto bytes = readTreeFile(tree, reader, entry->second, name);
        if (!bytes)
            return bytes.error();
        auto set = parseDvdTitleSetStreams(bytes.value(), name, n, discTitles);
        if (!set)
            return set.error();
        sets << std::move(set.value());
    }
    return sets;
}

QString dvdLanguageName(const QString &code)
{
    if (code.size() == 2 && code.at(0).isLower() && code.at(1).isLower() &&
        code.at(0).unicode() < 0x80 && code.at(1).unicode() < 0x80) {
        const QLocale::Language language = QLocale::codeToLanguage(code);
        if (language != QLocale::AnyLanguage && language != QLocale::C) {
            const QString name = nativeName(language);
            if (!name.isEmpty())
                return name;
        }
    }
    return Tr::tr("Unknown language");
}

QString dvdAudioFormatCode(int codingMode)
{
    switch (codingMode) {
    case 0:
        return QStringLiteral("ac3");
    case 2:
        return QStringLiteral("mpeg1");
    case 3:
        return QStringLiteral("mpeg2ext");
    case 4:
        return QStringLiteral("lpcm");
    case 6:
        return QStringLiteral("dts");
    case 7:
        return QStringLiteral("sdds");
    }
    return QStringLiteral("?");
}

QString dvdAudioFormatName(int codingMode)
{
    switch (codingMode) {
    case 0:
        return QStringLiteral("AC-3");
    case 2:
        return QStringLiteral("MPEG audio");
    case 3:
        return QStringLiteral("MPEG-2 audio");
    case 4:
        return QStringLiteral("LPCM");
    case 6:
        return QStringLiteral("DTS");
    case 7:
        return QStringLiteral("SDDS");
    }
    return Tr::tr("unknown format");
}

QString dvdChannelsName(int channels)
{
    switch (channels) {
    case 1:
        return Tr::tr("mono");
    case 2:
        return Tr::tr("stereo");
    case 6:
        return QStringLiteral("5.1");
    case 8:
        return QStringLiteral("7.1");
    }
    return Tr::tr("%1 channels").arg(channels);
}

namespace {

struct ExtensionName
{
    int code;
    const char *text;
};

// The code extensions of IFO stream attributes (0 = not specified).
constexpr ExtensionName AudioExtensions[] = {
    {1, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "normal")},
    {2, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "visually impaired")},
    {3, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "director's comments")},
    {4, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "alternate director's comments")},
};

constexpr ExtensionName SubpictureExtensions[] = {
    {1, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "normal")},
    {2, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "large")},
    {3, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "children")},
    {5, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "closed captions")},
    {6, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "large closed captions")},
    {7, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "children's closed captions")},
    {9, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "forced")},
    {13, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "director's comments")},
    {14, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "large director's comments")},
    {15, QT_TRANSLATE_NOOP("Spindle::DvdStreams", "director's comments for children")},
};

template <std::size_t N> QString extensionName(const ExtensionName (&names)[N], int extension)
{
    if (extension == 0)
        return {};
    for (const ExtensionName &name : names) {
        if (name.code == extension)
            return Tr::tr(name.text);
    }
    return Tr::tr("extension %1").arg(extension);
}

} // namespace

QString dvdAudioExtensionName(int extension)
{
    return extensionName(AudioExtensions, extension);
}

QString dvdSubpictureExtensionName(int extension)
{
    return extensionName(SubpictureExtensions, extension);
}

QString describeDvdAudio(const DvdAudioAttributes &audio)
{
    QString text = QStringLiteral("%1, %2 %3")
                       .arg(dvdLanguageName(audio.language), dvdAudioFormatName(audio.codingMode),
                            dvdChannelsName(audio.channels));
    if (audio.extension > 1)
        text += QStringLiteral(", ") + dvdAudioExtensionName(audio.extension);
    return text;
}

QString describeDvdSubpicture(const DvdSubpictureAttributes &subpicture)
{
    QString text = dvdLanguageName(subpicture.language);
    if (subpicture.extension > 1)
        text += QStringLiteral(", ") + dvdSubpictureExtensionName(subpicture.extension);
    return text;
}

} // namespace Spindle
