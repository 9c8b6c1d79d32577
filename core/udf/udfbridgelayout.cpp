#include "udf/udfbridgelayout.h"

#include "udf/iso9660structures.h"
#include "udf/udfstructures.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstring>

namespace Spindle {

namespace {

constexpr qint64 Sector = 2048;
constexpr qint64 IsoDescriptors = 16; // ECMA-119 6.2.1: the system area is sectors 0-15
constexpr qint64 RecognitionSequence = 18;
constexpr qint64 MainSequence = 32;
constexpr qint64 ReserveSequence = 48;
constexpr qint64 IntegritySequence = 64;
constexpr qint64 AnchorSector = 256; // ECMA-167 3/8.4.2.1: the first anchor point
constexpr qint64 PartitionStart = 257;

// One translation context for this file, which lupdate sees too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UdfBridgeLayout)
};

qint64 sectorsFor(qint64 bytes)
{
    return (bytes + Sector - 1) / Sector;
}

struct Node
{
    QString name;
    QByteArray udfName; // OSTA compressed unicode
    QByteArray isoName; // level 1 identifier
    bool directory = false;
    int plan = -1;
    int parent = -1;
    qint64 size = 0;
    qint64 mtime = 0;
    std::vector<int> children;    // UDF order (directory listing and data order)
    std::vector<int> isoChildren; // ECMA-119 9.3 order
    qint64 uniqueId = 0;
    qint64 entrySector = 0; // UDF File Entry
    qint64 fidSector = 0;   // directories: their File Identifier Descriptors
    qint64 fidBytes = 0;
    qint64 isoSector = 0; // directories: their ISO records; files: their data
    qint64 isoBytes = 0;  // directories only
    int pathNumber = 0;   // directories: their number in the path table (1-based)
};

} // namespace

int dvdVideoOrder(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("VIDEO_TS.IFO"))
        return 0;
    if (upper == QLatin1String("VIDEO_TS.VOB"))
        return 1;
    if (upper == QLatin1String("VIDEO_TS.BUP"))
        return 2;
    static const QRegularExpression titleSet(
        QStringLiteral("^VTS_(\\d\\d)_(\\d)\\.(IFO|VOB|BUP)$"));
    const QRegularExpressionMatch m = titleSet.match(upper);
    if (!m.hasMatch())
        return 100000;
    const int set = m.captured(1).toInt();
    const int part = m.captured(2).toInt();
    const QString kind = m.captured(3);
    // Per title set: IFO (0), VOBs 0-9 (1-10), BUP (20).
    const int rank = kind == QLatin1String("IFO")   ? 0
                     : kind == QLatin1String("VOB") ? 1 + part
                                                    : 20;
    return 100 + set * 100 + rank;
}

// Builds one UdfBridgeLayout: the node tree from the plan, names on both sides, sector
// allocation, then the bytes.
class UdfBridgeLayoutBuilder
{
public:
    UdfBridgeLayoutBuilder(const FilePlan &plan, const QString &label, qint64 recorded,
                           const UdfBridgeLayout::HeadReader &readIfo)
        : m_plan(plan), m_label(label), m_recorded(recorded), m_readIfo(readIfo)
    {}

    Result<UdfBridgeLayout> build()
    {
        if (auto problem = makeTree())
            return *problem;
        orderChildren();
        nameIsoChildren();
        allocate();
        UdfBridgeLayout layout;
        layout.m_label = m_label;
        layout.m_dataStart = m_dataStart;
        layout.m_totalSectors = m_total;
        layout.m_extents = m_extents;
        layout.m_warnings = m_warnings;
        layout.m_head = QByteArray(m_dataStart * Sector, '\0');
        writeHead(layout.m_head.data());
        layout.m_tail = Udf::anchor(m_total - 1, MainSequence, ReserveSequence);
        return layout;
    }

private:
    std::optional<Error> makeTree()
    {
        m_nodes.push_back(Node{});
        m_nodes[0].directory = true;
        m_nodes[0].mtime = m_recorded;
        QHash<QByteArray, int> byPath{{QByteArray("/"), 0}};
        for (int i = 0; i < m_plan.size(); ++i) {
            const PlannedFile &file = m_plan.at(i);
            if (file.path == "/")
                continue; // the root is always there
            if (!file.path.startsWith('/') || file.path.contains("//") || file.path.endsWith('/') ||
                file.path.endsWith("/.") || file.path.endsWith("/..") ||
                file.path.contains("/./") || file.path.contains("/../")) {
                return Error{Tr::tr("The file list names \"%1\", which is not a valid path in an "
                                    "image. This is a bug in Spindle; please report it.")
                                 .arg(QString::fromUtf8(file.path)),
                             {}};
            }
            if (!file.isDirectory && file.treeEntry < 0 && !file.produced &&
                file.content.size() != file.size) {
                return Error{Tr::tr("The rewritten file %1 has %2 bytes instead of the %3 planned. "
                                    "This is a bug in Spindle; please report it.")
                                 .arg(QString::fromUtf8(file.path))
                                 .arg(file.content.size())
                                 .arg(file.size),
                             {}};
            }
            const int parent = ensureFolder(file.path.left(file.path.lastIndexOf('/')), byPath);
            if (parent < 0)
                return conflict(file.path);
            const auto existing = byPath.constFind(file.path);
            if (existing != byPath.constEnd()) {
                Node &node = m_nodes[size_t(*existing)];
                if (!file.isDirectory || !node.directory || node.plan >= 0)
                    return conflict(file.path);
                node.plan = i;
                node.mtime = file.mtime;
                continue;
            }
            Node node;
            node.name = QString::fromUtf8(file.path.mid(file.path.lastIndexOf('/') + 1));
            node.directory = file.isDirectory;
            node.plan = i;
            node.parent = parent;
            node.size = file.isDirectory ? 0 : file.size;
            node.mtime = file.mtime;
            addNode(std::move(node), file.path, byPath);
        }
        // DVD-Video players expect AUDIO_TS beside VIDEO_TS, even empty.
        if (byPath.contains("/VIDEO_TS") && !byPath.contains("/AUDIO_TS"))
            ensureFolder("/AUDIO_TS", byPath);
        return std::nullopt;
    }

    Error conflict(const QByteArray &path) const
    {
        return Error{Tr::tr("The file list names %1 twice, or as both a file and a folder. This is "
                            "a bug in Spindle; please report it.")
                         .arg(QString::fromUtf8(path)),
                     {}};
    }

    int addNode(Node node, const QByteArray &path, QHash<QByteArray, int> &byPath)
    {
        const int index = int(m_nodes.size());
        m_nodes[size_t(node.parent)].children.push_back(index);
        m_nodes.push_back(std::move(node));
        byPath.insert(path, index);
        return index;
    }

    // The folder at `path`, made up (dated like the volume) when the plan did not list it;
    // -1 when a file is in the way.
    int ensureFolder(const QByteArray &path, QHash<QByteArray, int> &byPath)
    {
        if (path.isEmpty())
            return 0;
        const auto found = byPath.constFind(path);
        if (found != byPath.constEnd())
            return m_nodes[size_t(*found)].directory ? *found : -1;
        const int parent = ensureFolder(path.left(path.lastIndexOf('/')), byPath);
        if (parent < 0)
            return -1;
        Node node;
        node.name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        node.directory = true;
        node.parent = parent;
        node.mtime = m_recorded;
        return addNode(std::move(node), path, byPath);
    }

    // UDF listing and data order: VIDEO_TS then AUDIO_TS first at the root, DVD-Video order
    // inside VIDEO_TS, names elsewhere.
    void orderChildren()
    {
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            Node &dir = m_nodes[i];
            const bool root = i == 0;
            const bool videoTs = dir.parent == 0 && dir.name == QLatin1String("VIDEO_TS");
            const auto rank = [&](const Node &n) {
                if (root)
                    return n.name == QLatin1String("VIDEO_TS")   ? 0
                           : n.name == QLatin1String("AUDIO_TS") ? 1
                                                                 : 2;
                return videoTs ? dvdVideoOrder(n.name) : 0;
            };
            std::stable_sort(dir.children.begin(), dir.children.end(), [&](int a, int b) {
                const Node &x = m_nodes[size_t(a)];
                const Node &y = m_nodes[size_t(b)];
                const int rx = rank(x);
                const int ry = rank(y);
                return rx != ry ? rx < ry : x.name < y.name;
            });
            for (int c : dir.children)
                m_nodes[size_t(c)].udfName = Udf::compressedUnicode(m_nodes[size_t(c)].name);
        }
    }

    // Level 1 names, unique per folder, sorted as ECMA-119 9.3 requires (d-characters sort
    // after the separators, so a plain byte comparison gives the padded order).
    void nameIsoChildren()
    {
        for (Node &dir : m_nodes) {
            QSet<QByteArray> used;
            for (int c : dir.children) {
                Node &child = m_nodes[size_t(c)];
                for (int attempt = 0;; ++attempt) {
                    child.isoName = Iso9660::level1Name(child.name, child.directory, attempt);
                    if (!used.contains(child.isoName))
                        break;
                }
                used.insert(child.isoName);
            }
            dir.isoChildren = dir.children;
            std::sort(dir.isoChildren.begin(), dir.isoChildren.end(), [this](int a, int b) {
                return m_nodes[size_t(a)].isoName < m_nodes[size_t(b)].isoName;
            });
        }
    }

    static int sections(const Node &file)
    {
        return file.size <= Iso9660::MaxSection
                   ? 1
                   : int((file.size + Iso9660::MaxSection - 1) / Iso9660::MaxSection);
    }

    // Bytes of a folder's ISO records: a record never crosses a sector (ECMA-119 6.8.1.1).
    qint64 isoDirectoryBytes(const Node &dir) const
    {
        qint64 used = 0;
        const auto add = [&used](int length) {
            if (used % Sector + length > Sector)
                used = (used / Sector + 1) * Sector;
            used += length;
        };
        add(Iso9660::directoryRecordLength(1));
        add(Iso9660::directoryRecordLength(1));
        for (int c : dir.isoChildren) {
            const Node &child = m_nodes[size_t(c)];
            for (int s = 0; s < (child.directory ? 1 : sections(child)); ++s)
                add(Iso9660::directoryRecordLength(int(child.isoName.size())));
        }
        return sectorsFor(used) * Sector;
    }

    void allocate()
    {
        // Folders breadth-first in ISO order: the path table's numbering (ECMA-119 6.9.1).
        m_isoDirs = {0};
        for (size_t q = 0; q < m_isoDirs.size(); ++q) {
            m_nodes[size_t(m_isoDirs[q])].pathNumber = int(q) + 1;
            for (int c : m_nodes[size_t(m_isoDirs[q])].isoChildren) {
                if (m_nodes[size_t(c)].directory)
                    m_isoDirs.push_back(c);
            }
        }
        for (int d : m_isoDirs) {
            const Node &dir = m_nodes[size_t(d)];
            m_pathTableBytes +=
                Iso9660::pathTableRecordLength(d == 0 ? 1 : int(dir.isoName.size()));
        }
        // UDF: folders breadth-first and files depth-first, both in UDF order.
        std::vector<int> udfDirs{0};
        for (size_t q = 0; q < udfDirs.size(); ++q) {
            for (int c : m_nodes[size_t(udfDirs[q])].children) {
                if (m_nodes[size_t(c)].directory)
                    udfDirs.push_back(c);
            }
        }
        std::vector<int> files;
        collectFiles(0, files);

        qint64 cursor = PartitionStart + 2; // file set descriptor and its terminator
        m_pathTableL = cursor;
        cursor += sectorsFor(m_pathTableBytes);
        m_pathTableM = cursor;
        cursor += sectorsFor(m_pathTableBytes);
        for (int d : m_isoDirs) {
            Node &dir = m_nodes[size_t(d)];
            dir.isoBytes = isoDirectoryBytes(dir);
            dir.isoSector = cursor;
            cursor += dir.isoBytes / Sector;
        }
        qint64 uniqueId = 16; // 0-15 are reserved (UDF 3.2.1.1); the root has 0
        for (int d : udfDirs) {
            Node &dir = m_nodes[size_t(d)];
            dir.uniqueId = d == 0 ? 0 : uniqueId++;
            dir.entrySector = cursor++;
            dir.fidSector = cursor;
            dir.fidBytes = Udf::fileIdentifierLength(0);
            for (int c : dir.children)
                dir.fidBytes += Udf::fileIdentifierLength(int(m_nodes[size_t(c)].udfName.size()));
            cursor += sectorsFor(dir.fidBytes);
        }
        for (int f : files) {
            m_nodes[size_t(f)].uniqueId = uniqueId++;
            m_nodes[size_t(f)].entrySector = cursor++;
        }
        m_nextUniqueId = uniqueId;
        m_udfDirs = udfDirs;
        m_files = files;
        m_dataStart = cursor;
        for (int f : files) {
            Node &file = m_nodes[size_t(f)];
            if (file.size == 0)
                continue; // no extent: sector 0 on the ISO side, no descriptor on the UDF one
            cursor = anchored(file, cursor);
            file.isoSector = cursor;
            m_extents.push_back({file.plan, cursor, file.size});
            cursor += sectorsFor(file.size);
        }
        m_total = cursor + 1; // the closing anchor
    }

    static qint64 bigEndian32(const QByteArray &b, int at)
    {
        qint64 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | quint8(b[at + i]);
        return v;
    }

    // Where a VIDEO_TS file must start: the IFO of its VMG or title set records the sector
    // offsets of the menu VOB, the title VOBs and (through its last sectors) the BUP, relative
    // to the IFO's first sector (DVD-Video VMGI_MAT/VTSI_MAT, as dvdauthor writes them and
    // libdvdread reads them). Returns `cursor` moved forward to that sector when it lies ahead.
    qint64 anchored(const Node &file, qint64 cursor)
    {
        const Node &parent = m_nodes[size_t(file.parent)];
        if (!m_readIfo || parent.parent != 0 || parent.name != QLatin1String("VIDEO_TS"))
            return cursor;
        const int order = dvdVideoOrder(file.name);
        if (order >= 100000)
            return cursor;
        const int group = order < 100 ? 0 : order / 100;    // VMG, or 1 + the title set
        const int role = order < 100 ? order : order % 100; // 0 IFO, 1.. VOBs, BUP
        const bool bup = group == 0 ? role == 2 : role == 20;
        if (role == 0) {
            m_ifoStart = cursor;
            m_ifo = m_readIfo(file.plan);
            m_ifoGroup = group;
            const QByteArray magic = group == 0 ? "DVDVIDEO-VMG" : "DVDVIDEO-VTS";
            if (!m_ifo.startsWith(magic) || m_ifo.size() < 0xC8)
                m_ifo.clear();
            return cursor;
        }
        if (m_ifo.isEmpty() || m_ifoGroup != group)
            return cursor;
        qint64 offset = -1;
        if (bup) // the BUP closes the VMG/VTS: last sector of the set minus the IFO's last
            offset = bigEndian32(m_ifo, 0x0C) - bigEndian32(m_ifo, 0x1C);
        else if (role == 1) // VIDEO_TS.VOB or VTS_nn_0.VOB: the menu VOB
            offset = bigEndian32(m_ifo, 0xC0);
        else if (group > 0 && role == 2) // VTS_nn_1.VOB: the first title VOB
            offset = bigEndian32(m_ifo, 0xC4);
        if (offset <= 0)
            return cursor;
        const qint64 wanted = m_ifoStart + offset;
        if (wanted < cursor) {
            m_warnings << Tr::tr(
                              "%1 starts %2 sectors later than its IFO records; DVD players that "
                              "seek by the IFO may not play it. Check the source's IFO files.")
                              .arg(file.name)
                              .arg(cursor - wanted);
            return cursor;
        }
        return wanted;
    }

    // Data order: the files of VIDEO_TS (the root's first child when present) before any
    // other, then depth-first: a folder's files, then its subfolders'.
    void collectFiles(int dir, std::vector<int> &files) const
    {
        const std::vector<int> &children = m_nodes[size_t(dir)].children;
        const bool videoTsFirst = dir == 0 && !children.empty() &&
                                  m_nodes[size_t(children[0])].directory &&
                                  m_nodes[size_t(children[0])].name == QLatin1String("VIDEO_TS");
        if (videoTsFirst)
            collectFiles(children[0], files);
        for (int c : children) {
            if (!m_nodes[size_t(c)].directory)
                files.push_back(c);
        }
        for (size_t i = videoTsFirst ? 1 : 0; i < children.size(); ++i) {
            if (m_nodes[size_t(children[i])].directory)
                collectFiles(children[i], files);
        }
    }

    qint64 block(qint64 sector) const { return sector - PartitionStart; }

    void writeHead(char *image) const
    {
        const auto at = [image](qint64 sector) { return image + sector * Sector; };
        const auto copy = [&](qint64 sector, const QByteArray &bytes) {
            std::memcpy(at(sector), bytes.constData(), size_t(bytes.size()));
        };

        Iso9660::VolumeInfo iso;
        iso.volumeId = Iso9660::volumeIdentifier(m_label);
        iso.sectors = m_total;
        iso.pathTableBytes = m_pathTableBytes;
        iso.pathTableL = m_pathTableL;
        iso.pathTableM = m_pathTableM;
        iso.root = record(0, QByteArray(1, '\0'));
        iso.created = m_recorded;
        copy(IsoDescriptors, Iso9660::volumeDescriptors(iso));

        copy(RecognitionSequence, Udf::volumeStructureDescriptor("BEA01"));
        copy(RecognitionSequence + 1, Udf::volumeStructureDescriptor("NSR02"));
        copy(RecognitionSequence + 2, Udf::volumeStructureDescriptor("TEA01"));

        Udf::VolumeInfo udf;
        udf.label = m_label;
        udf.volumeSetId = QStringLiteral("%1%2")
                              .arg(quint32(m_recorded), 8, 16, QLatin1Char('0'))
                              .arg(Udf::crc(m_label.toUtf8().constData(), m_label.toUtf8().size()),
                                   8, 16, QLatin1Char('0'))
                              .toUpper();
        udf.recorded = m_recorded;
        udf.partitionStart = PartitionStart;
        udf.partitionBlocks = m_total - 1 - PartitionStart;
        udf.integritySector = IntegritySequence;
        udf.nextUniqueId = m_nextUniqueId;
        udf.files = int(m_files.size());
        udf.directories = int(m_udfDirs.size());
        udf.rootBlock = block(m_nodes[0].entrySector);
        copy(MainSequence, Udf::volumeDescriptorSequence(udf, MainSequence));
        copy(ReserveSequence, Udf::volumeDescriptorSequence(udf, ReserveSequence));
        copy(IntegritySequence, Udf::integritySequence(udf));
        copy(AnchorSector, Udf::anchor(AnchorSector, MainSequence, ReserveSequence));
        copy(PartitionStart, Udf::fileSetSequence(udf));

        writePathTables(at(m_pathTableL), at(m_pathTableM));
        for (int d : m_isoDirs)
            writeIsoDirectory(m_nodes[size_t(d)], at(m_nodes[size_t(d)].isoSector));
        for (int d : m_udfDirs)
            writeUdfDirectory(m_nodes[size_t(d)], at);
        for (int f : m_files) {
            const Node &file = m_nodes[size_t(f)];
            Udf::FileEntryInfo info;
            info.length = file.size;
            info.firstBlock = file.size > 0 ? block(file.isoSector) : 0;
            info.mtime = file.mtime;
            info.uniqueId = file.uniqueId;
            copy(file.entrySector, Udf::fileEntry(info, block(file.entrySector)));
        }
    }

    Iso9660::DirectoryRecord record(int index, const QByteArray &id) const
    {
        const Node &n = m_nodes[size_t(index)];
        Iso9660::DirectoryRecord r;
        r.id = id;
        r.sector = n.isoSector;
        r.length = n.directory ? n.isoBytes : n.size;
        r.mtime = n.mtime;
        r.directory = n.directory;
        return r;
    }

    void writePathTables(char *little, char *big) const
    {
        qint64 offset = 0;
        for (int d : m_isoDirs) {
            const Node &dir = m_nodes[size_t(d)];
            const QByteArray id = d == 0 ? QByteArray(1, '\0') : dir.isoName;
            const int parent = d == 0 ? 1 : m_nodes[size_t(dir.parent)].pathNumber;
            Iso9660::putPathTableRecord(little + offset, id, dir.isoSector, parent, false);
            Iso9660::putPathTableRecord(big + offset, id, dir.isoSector, parent, true);
            offset += Iso9660::pathTableRecordLength(int(id.size()));
        }
    }

    void writeIsoDirectory(const Node &dir, char *out) const
    {
        qint64 used = 0;
        const auto put = [&](const Iso9660::DirectoryRecord &r) {
            const int length = Iso9660::directoryRecordLength(int(r.id.size()));
            if (used % Sector + length > Sector)
                used = (used / Sector + 1) * Sector;
            Iso9660::putDirectoryRecord(out + used, r);
            used += length;
        };
        const int self = int(&dir - m_nodes.data());
        put(record(self, QByteArray(1, '\0')));
        put(record(dir.parent < 0 ? self : dir.parent, QByteArray(1, '\1')));
        for (int c : dir.isoChildren) {
            Iso9660::DirectoryRecord r = record(c, m_nodes[size_t(c)].isoName);
            if (r.directory) {
                put(r);
                continue;
            }
            // Files of 4 GiB or more: consecutive sections of one extent (ECMA-119 9.1.6).
            qint64 left = r.length;
            do {
                Iso9660::DirectoryRecord section = r;
                section.length = std::min(left, Iso9660::MaxSection);
                left -= section.length;
                section.moreSections = left > 0;
                put(section);
                r.sector += section.length / Sector;
            } while (left > 0);
        }
    }

    template <typename At> void writeUdfDirectory(const Node &dir, At at) const
    {
        const int self = int(&dir - m_nodes.data());
        QByteArray fids;
        const qint64 first = block(dir.fidSector);
        const Node &parent = m_nodes[size_t(dir.parent < 0 ? self : dir.parent)];
        Udf::appendFileIdentifier(fids, first, {}, true, true, block(parent.entrySector));
        int subfolders = 0;
        for (int c : dir.children) {
            const Node &child = m_nodes[size_t(c)];
            subfolders += child.directory ? 1 : 0;
            Udf::appendFileIdentifier(fids, first, child.udfName, child.directory, false,
                                      block(child.entrySector));
        }
        std::memcpy(at(dir.fidSector), fids.constData(), size_t(fids.size()));
        Udf::FileEntryInfo info;
        info.directory = true;
        info.length = fids.size();
        info.firstBlock = first;
        info.mtime = dir.mtime;
        info.uniqueId = dir.uniqueId;
        // Links: its entry in the parent plus each subfolder's parent entry (ECMA-167 4/14.9.6).
        info.linkCount = 1 + subfolders;
        const QByteArray entry = Udf::fileEntry(info, block(dir.entrySector));
        std::memcpy(at(dir.entrySector), entry.constData(), size_t(entry.size()));
    }

    const FilePlan &m_plan;
    QString m_label;
    qint64 m_recorded;
    std::vector<Node> m_nodes;
    std::vector<int> m_isoDirs;
    std::vector<int> m_udfDirs;
    std::vector<int> m_files;
    std::vector<UdfBridgeExtent> m_extents;
    qint64 m_pathTableBytes = 0;
    qint64 m_pathTableL = 0;
    qint64 m_pathTableM = 0;
    qint64 m_dataStart = 0;
    qint64 m_total = 0;
    qint64 m_nextUniqueId = 16;
    UdfBridgeLayout::HeadReader m_readIfo;
    QByteArray m_ifo; // the first sector of the IFO last placed
    qint64 m_ifoStart = 0;
    int m_ifoGroup = -1;
    QStringList m_warnings;
};

Result<UdfBridgeLayout> UdfBridgeLayout::build(const FilePlan &plan, const QString &label,
                                               qint64 recorded, const HeadReader &readIfo)
{
    return UdfBridgeLayoutBuilder(plan, label, recorded, readIfo).build();
}

} // namespace Spindle
