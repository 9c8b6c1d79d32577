#include "image/isotreecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <array>
#include <cstring>
#include <vector>

namespace Spindle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IsoTreeCheck)
};

constexpr int BlockSize = 2048;
constexpr int RecordHeader = 33; // ECMA-119 9.1: the fixed part before the file identifier
// ECMA-119 allows 8 levels and Rock Ridge trees go deeper, but no real tree nears this; it
// keeps a hostile chain of folders from costing more than the check is worth.
constexpr int MaxDepth = 1000;
constexpr int MaxDescriptors = 64;
// Like libisofs: more than 1 MiB of continuation areas for one record is not a real one.
constexpr uint32_t MaxContinuationBytes = 1024 * 1024;
constexpr int MaxContinuations = 64;

uint32_t le32(const uint8_t *p)
{
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

uint64_t blocksOf(uint32_t bytes)
{
    return (uint64_t(bytes) + BlockSize - 1) / BlockSize;
}

bool signature(const uint8_t *entry, char a, char b)
{
    return entry[0] == uint8_t(a) && entry[1] == uint8_t(b);
}

enum class Names
{
    RockRidge,
    Joliet,
    Plain
};

class TreeWalk
{
public:
    explicit TreeWalk(const IsoBlockReader &read) : m_read(read) {}
    IsoTreeDamage run(uint32_t sessionStart);

private:
    struct Folder
    {
        uint32_t extent = 0;
        uint32_t recordedSize = 0; // as the parent's record says
        int parent = -1;
        int depth = 0;
        QString name;
    };
    // What the System Use entries of a record say (IEEE P1281 SUSP, continuation areas too).
    struct SuspFields
    {
        bool relocatedHere = false; // RE: listed where it was moved to, shown through its CL
        uint32_t childLink = 0;     // CL: the folder this placeholder stands for
        QByteArray name;            // NM
        bool sp = false;
        int lenSkp = 0;
        bool rockRidgeEr = false;
    };

    // `names`: collect NM too (only folders need a name, for messages).
    SuspFields readSusp(const uint8_t *record, int skip, bool names);
    void scanArea(const uint8_t *area, int size, bool names, SuspFields &fields, uint32_t *ceBlock,
                  uint32_t *ceOffset, uint32_t *ceLength);
    IsoTreeDamage walk(const uint8_t *rootRecord);
    // Reads the folder `index`, queueing its subfolders; returns damage found there.
    IsoTreeDamage readFolder(int index, std::vector<int> &pending);
    IsoTreeDamage addChild(int parent, const uint8_t *record, std::vector<int> &pending);
    IsoTreeDamage damage(IsoTreeDamage::Kind kind, int folder, const QString &detail) const;
    QString pathOf(int folder) const;
    QString nameOf(const uint8_t *record, const SuspFields &fields) const;

    const IsoBlockReader &m_read;
    Names m_names = Names::Plain;
    int m_lenSkp = 0;
    uint64_t m_volumeEnd = 0;
    uint64_t m_volumeBlocks = 0;
    uint64_t m_blocksRead = 0;
    std::vector<Folder> m_folders;
    QHash<uint32_t, int> m_folderAt;              // extent → folder
    std::array<uint8_t, BlockSize> m_block{};     // the folder block being read
    std::array<uint8_t, BlockSize> m_linkBlock{}; // a relocated folder's first block
};

void TreeWalk::scanArea(const uint8_t *area, int size, bool names, SuspFields &fields,
                        uint32_t *ceBlock, uint32_t *ceOffset, uint32_t *ceLength)
{
    int at = 0;
    while (at + 4 <= size) {
        const uint8_t *entry = area + at;
        const int length = entry[2];
        if (signature(entry, 'S', 'T') || length < 4 || at + length > size)
            break;
        if (signature(entry, 'S', 'P') && length >= 7 && entry[4] == 0xBE && entry[5] == 0xEF) {
            fields.sp = true;
            fields.lenSkp = entry[6];
        } else if (signature(entry, 'C', 'E') && length >= 28) {
            *ceBlock = le32(entry + 4);
            *ceOffset = le32(entry + 12);
            *ceLength = le32(entry + 20);
        } else if (signature(entry, 'R', 'E')) {
            fields.relocatedHere = true;
        } else if (signature(entry, 'C', 'L') && length >= 12) {
            fields.childLink = le32(entry + 4);
        } else if (names && signature(entry, 'N', 'M') && length >= 5 && !(entry[4] & 0x06)) {
            fields.name.append(reinterpret_cast<const char *>(entry + 5), length - 5);
        } else if (signature(entry, 'E', 'R') && length >= 8) {
            const QByteArray id(reinterpret_cast<const char *>(entry + 8),
                                qMin<int>(entry[4], length - 8));
            if (id == "RRIP_1991A" || id == "IEEE_P1282" || id == "IEEE_1282")
                fields.rockRidgeEr = true;
        }
        at += length;
    }
}

TreeWalk::SuspFields TreeWalk::readSusp(const uint8_t *record, int skip, bool names)
{
    SuspFields fields;
    const int lenDr = record[0];
    const int lenFi = record[32];
    const int start = RecordHeader + lenFi + (lenFi % 2 == 0 ? 1 : 0) + skip;
    if (start >= lenDr)
        return fields;
    uint32_t ceBlock = 0, ceOffset = 0, ceLength = 0;
    scanArea(record + start, lenDr - start, names, fields, &ceBlock, &ceOffset, &ceLength);
    uint64_t total = 0;
    std::vector<uint8_t> area;
    for (int n = 0; n < MaxContinuations && ceLength > 0; ++n) {
        total += ceLength;
        if (total > MaxContinuationBytes || ceOffset >= BlockSize)
            break;
        const uint32_t first = ceBlock + ceOffset / BlockSize;
        const uint64_t count = blocksOf(ceOffset % BlockSize + ceLength);
        if (uint64_t(first) + count > m_volumeEnd)
            break;
        area.resize(size_t(count) * BlockSize);
        bool ok = true;
        for (uint64_t i = 0; i < count && ok; ++i)
            ok = m_read(uint32_t(first + i), area.data() + i * BlockSize);
        if (!ok)
            break; // a lost continuation costs names or attributes, not the tree's shape
        const uint32_t length = ceLength;
        ceLength = 0;
        scanArea(area.data() + ceOffset % BlockSize, int(length), names, fields, &ceBlock,
                 &ceOffset, &ceLength);
    }
    return fields;
}

QString TreeWalk::nameOf(const uint8_t *record, const SuspFields &fields) const
{
    const auto *id = reinterpret_cast<const char *>(record + RecordHeader);
    const int lenFi = record[32];
    if (m_names == Names::RockRidge && !fields.name.isEmpty())
        return QString::fromUtf8(fields.name);
    if (m_names == Names::Joliet) {
        QString name;
        for (int i = 0; i + 1 < lenFi; i += 2)
            name += QChar(char16_t(uint8_t(id[i]) << 8 | uint8_t(id[i + 1])));
        return name;
    }
    QString name = QString::fromLatin1(id, lenFi);
    if (const qsizetype semicolon = name.indexOf(QLatin1Char(';')); semicolon >= 0)
        name.truncate(semicolon);
    return name;
}

QString TreeWalk::pathOf(int folder) const
{
    QStringList parts;
    for (int f = folder; f > 0; f = m_folders[size_t(f)].parent)
        parts.prepend(m_folders[size_t(f)].name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

IsoTreeDamage TreeWalk::damage(IsoTreeDamage::Kind kind, int folder, const QString &detail) const
{
    IsoTreeDamage d;
    d.kind = kind;
    d.path = pathOf(folder);
    const Folder &f = m_folders[size_t(folder)];
    d.detail = QStringLiteral("%1 (extent at block %2): %3").arg(d.path).arg(f.extent).arg(detail);
    return d;
}

IsoTreeDamage TreeWalk::addChild(int parent, const uint8_t *record, std::vector<int> &pending)
{
    const uint8_t flags = record[25];
    SuspFields fields;
    if (m_names == Names::RockRidge) {
        fields = readSusp(record, m_lenSkp, false);
        if (fields.relocatedHere)
            return {}; // libisofs skips it here and shows it where its CL placeholder is
    }
    Folder child;
    child.parent = parent;
    child.depth = m_folders[size_t(parent)].depth + 1;
    if (fields.childLink) {
        child.extent = fields.childLink;
    } else if ((flags & 0x02) && !(flags & 0x80)) {
        // (A folder in several extents is refused by libisofs itself.)
        child.extent = le32(record + 2) + record[1];
        child.recordedSize = le32(record + 10);
    } else {
        return {};
    }
    if (m_names == Names::RockRidge)
        fields.name = readSusp(record, m_lenSkp, true).name;
    child.name = nameOf(record, fields);
    m_folders.push_back(child);
    const int index = int(m_folders.size() - 1);
    if (fields.childLink) {
        // libisofs reads the relocated folder's "." record and takes the folder from there.
        if (fields.childLink >= m_volumeEnd || !m_read(fields.childLink, m_linkBlock.data())) {
            return damage(IsoTreeDamage::Kind::Unreadable, index,
                          QStringLiteral("the relocated folder cannot be read"));
        }
        if (m_linkBlock[0] < RecordHeader + 1) {
            return damage(IsoTreeDamage::Kind::BadLength, index,
                          QStringLiteral("the relocated folder has no \".\" record"));
        }
        child.extent = le32(m_linkBlock.data() + 2) + m_linkBlock[1];
        child.recordedSize = le32(m_linkBlock.data() + 10);
        m_folders.back() = child;
    }
    if (child.depth > MaxDepth) {
        return damage(IsoTreeDamage::Kind::TooDeep, index,
                      QStringLiteral("nested more than %1 levels deep").arg(MaxDepth));
    }
    if (const auto seen = m_folderAt.constFind(child.extent); seen != m_folderAt.constEnd()) {
        return damage(IsoTreeDamage::Kind::Loop, index,
                      QStringLiteral("its extent is also the folder %1").arg(pathOf(*seen)));
    }
    m_folderAt.insert(child.extent, index);
    pending.push_back(index);
    return {};
}

IsoTreeDamage TreeWalk::readFolder(int index, std::vector<int> &pending)
{
    using Kind = IsoTreeDamage::Kind;
    const Folder folder = m_folders[size_t(index)];
    if (folder.extent < 16 || folder.extent + blocksOf(folder.recordedSize) > m_volumeEnd) {
        return damage(Kind::OutsideImage, index,
                      QStringLiteral("%1 bytes from block %2, the volume ends at block %3")
                          .arg(folder.recordedSize)
                          .arg(folder.extent)
                          .arg(m_volumeEnd));
    }
    if (folder.recordedSize == 0)
        return damage(Kind::ZeroLength, index, QStringLiteral("its record gives length 0"));
    uint32_t block = folder.extent;
    if (!m_read(block, m_block.data()))
        return damage(Kind::Unreadable, index,
                      QStringLiteral("block %1 cannot be read").arg(block));
    // Like libisofs: the size comes from the "." record, then "." and ".." are skipped.
    const uint8_t *b = m_block.data();
    const int dotLength = b[0];
    if (dotLength < RecordHeader + 1 || RecordHeader + b[32] > dotLength)
        return damage(Kind::BadLength, index, QStringLiteral("its \".\" record is malformed"));
    const uint32_t size = le32(b + 10);
    if (size == 0)
        return damage(Kind::ZeroLength, index, QStringLiteral("its \".\" record gives length 0"));
    if (folder.extent + blocksOf(size) > m_volumeEnd) {
        return damage(Kind::OutsideImage, index,
                      QStringLiteral("\".\" gives %1 bytes, the volume ends at block %2")
                          .arg(size)
                          .arg(m_volumeEnd));
    }
    m_blocksRead += blocksOf(size);
    if (m_blocksRead > m_volumeBlocks) {
        return damage(
            Kind::TooManyEntries, index,
            QStringLiteral("folders hold more blocks than the volume's %1").arg(m_volumeBlocks));
    }
    const int dotDotLength = b[dotLength];
    if (dotLength + dotDotLength > BlockSize || dotDotLength < RecordHeader + 1)
        return damage(Kind::BadLength, index, QStringLiteral("its \"..\" record is malformed"));
    uint32_t pos = uint32_t(dotLength + dotDotLength);
    uint64_t done = pos;
    while (done < size) {
        if (pos == BlockSize || m_block[pos] == 0) {
            // Records never cross a block: the rest of this one is padding.
            ++block;
            if (!m_read(block, m_block.data())) {
                return damage(Kind::Unreadable, index,
                              QStringLiteral("block %1 cannot be read").arg(block));
            }
            done += BlockSize - pos;
            pos = 0;
            continue;
        }
        const uint8_t *record = m_block.data() + pos;
        const int length = record[0];
        if (pos + length > BlockSize) {
            return damage(Kind::CrossesSector, index,
                          QStringLiteral("the record at byte %1 of block %2 is %3 bytes long")
                              .arg(pos)
                              .arg(block)
                              .arg(length));
        }
        if (length < RecordHeader + 1 || record[32] == 0 || RecordHeader + record[32] > length) {
            return damage(Kind::BadLength, index,
                          QStringLiteral("the record at byte %1 of block %2 is %3 bytes long "
                                         "with a name of %4")
                              .arg(pos)
                              .arg(block)
                              .arg(length)
                              .arg(length > 32 ? record[32] : 0));
        }
        if (IsoTreeDamage found = addChild(index, record, pending); found.kind != Kind::None)
            return found;
        done += length;
        pos += length;
    }
    return {};
}

IsoTreeDamage TreeWalk::walk(const uint8_t *rootRecord)
{
    Folder root;
    root.extent = le32(rootRecord + 2) + rootRecord[1];
    root.recordedSize = le32(rootRecord + 10);
    m_folders.push_back(root);
    m_folderAt.insert(root.extent, 0);
    std::vector<int> pending{0};
    while (!pending.empty()) {
        const int index = pending.back();
        pending.pop_back();
        if (IsoTreeDamage found = readFolder(index, pending);
            found.kind != IsoTreeDamage::Kind::None)
            return found;
    }
    return {};
}

IsoTreeDamage TreeWalk::run(uint32_t sessionStart)
{
    // The descriptors, as libisofs reads them: the primary one first, then the others up to the
    // terminator. Without them there is no tree to check; libisofs says what is wrong.
    std::array<uint8_t, BlockSize> pvd{};
    if (!m_read(sessionStart + 16, pvd.data()) || pvd[0] != 1 ||
        std::memcmp(pvd.data() + 1, "CD001", 5) != 0)
        return {};
    m_volumeBlocks = le32(pvd.data() + 80);
    m_volumeEnd = uint64_t(sessionStart) + m_volumeBlocks;
    std::array<uint8_t, 34> joliet{}, iso1999{};
    bool haveJoliet = false, haveIso1999 = false;
    for (int i = 1; i < MaxDescriptors; ++i) {
        if (!m_read(sessionStart + 16 + uint32_t(i), m_block.data()))
            return {};
        const uint8_t *d = m_block.data();
        if (d[0] == 255)
            break;
        if (d[0] != 2)
            continue;
        if (d[88] == 0x25 && d[89] == 0x2F && (d[90] == 0x40 || d[90] == 0x43 || d[90] == 0x45)) {
            haveJoliet = true;
            std::memcpy(joliet.data(), d + 156, joliet.size());
        } else if (d[6] == 2) {
            haveIso1999 = true;
            std::memcpy(iso1999.data(), d + 156, iso1999.size());
        }
    }
    // Rock Ridge when the root's "." record starts with SP and has a Rock Ridge ER entry.
    const uint8_t *rootRecord = pvd.data() + 156;
    bool rockRidge = false;
    const uint32_t rootExtent = le32(rootRecord + 2) + rootRecord[1];
    if (rootExtent >= 16 && rootExtent < m_volumeEnd && m_read(rootExtent, m_block.data()) &&
        m_block[0] >= RecordHeader + 1 && RecordHeader + m_block[32] <= m_block[0]) {
        const std::array<uint8_t, BlockSize> dot = m_block;
        const int lenFi = dot[32];
        const int start = RecordHeader + lenFi + (lenFi % 2 == 0 ? 1 : 0);
        if (start + 7 <= dot[0] && signature(dot.data() + start, 'S', 'P')) {
            const SuspFields fields = readSusp(dot.data(), 0, false);
            rockRidge = fields.sp && fields.rockRidgeEr;
            m_lenSkp = fields.lenSkp;
        }
    }
    if (rockRidge) {
        m_names = Names::RockRidge;
        return walk(rootRecord);
    }
    if (haveJoliet) {
        m_names = Names::Joliet;
        return walk(joliet.data());
    }
    return walk(haveIso1999 ? iso1999.data() : rootRecord);
}

QString shortPath(const QString &path)
{
    constexpr int Keep = 60;
    if (path.size() <= 2 * Keep)
        return path;
    return path.left(Keep) + QStringLiteral("…") + path.right(Keep);
}

} // namespace

IsoTreeDamage checkIsoTree(const IsoBlockReader &read, uint32_t sessionStart)
{
    return TreeWalk(read).run(sessionStart);
}

Error isoTreeDamageError(const IsoTreeDamage &damage)
{
    using Kind = IsoTreeDamage::Kind;
    const QString path = shortPath(damage.path);
    if (damage.kind == Kind::Loop) {
        return Error{Tr::tr("The image's directory tree is damaged (a folder contains itself, at "
                            "%1). Spindle does not use a damaged image: get a new copy of it, or "
                            "read the disc again.")
                         .arg(path),
                     damage.detail};
    }
    QString what;
    switch (damage.kind) {
    case Kind::OutsideImage:
        what = Tr::tr("it lies outside the image");
        break;
    case Kind::ZeroLength:
        what = Tr::tr("its length is zero");
        break;
    case Kind::CrossesSector:
        what = Tr::tr("a record in it crosses a sector boundary");
        break;
    case Kind::BadLength:
        what = Tr::tr("a record in it has a length that does not fit");
        break;
    case Kind::Unreadable:
        what = Tr::tr("it cannot be read");
        break;
    case Kind::TooDeep:
        what = Tr::tr("it is nested more than %1 levels deep").arg(MaxDepth);
        break;
    case Kind::TooManyEntries:
        what = Tr::tr("it holds more entries than the image has room for");
        break;
    case Kind::None:
    case Kind::Loop:
        break;
    }
    return Error{Tr::tr("The folder %1 in the image is damaged (%2). Spindle does not use a "
                        "damaged image: get a new copy of it, or read the disc again.")
                     .arg(path, what),
                 damage.detail};
}

} // namespace Spindle
