#include "iso/imagefilestream.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace Spindle {

namespace {

constexpr size_t Block = 2048;

// libisofs.h hides struct iso_stream from C++ (a member is named "class"); same layout.
struct RawStream
{
    IsoStreamIface *iface;
    int refcount;
    void *data;
};

// While open: where the next read starts, and the block it falls in.
struct OpenState
{
    off_t position = 0;
    int64_t blockLba = -1;
    uint8_t block[Block];
};

// Kept small (one per file of the image): the reading state exists only while open, and a
// file has one extent unless it is over 4 GiB.
struct FileData
{
    std::shared_ptr<ImageStreamShared> shared;
    IsoNode *node = nullptr; // owns the stream: alive while it is
    iso_file_section first{};
    std::unique_ptr<iso_file_section[]> more; // extents after the first
    uint32_t moreCount = 0;
    unsigned int fs = 0;
    off_t size = 0;
    ino_t ino = 0;
    dev_t dev = 0;
    std::unique_ptr<OpenState> open;

    const iso_file_section &section(uint32_t i) const { return i == 0 ? first : more[i - 1]; }
    uint32_t sectionCount() const { return moreCount + 1; }
};

FileData *dataOf(IsoStream *stream)
{
    return static_cast<FileData *>(reinterpret_cast<RawStream *>(stream)->data);
}

int openFile(IsoStream *stream)
{
    dataOf(stream)->open = std::make_unique<OpenState>();
    return ISO_SUCCESS;
}

int closeFile(IsoStream *stream)
{
    dataOf(stream)->open.reset();
    return ISO_SUCCESS;
}

off_t fileSize(IsoStream *stream)
{
    return dataOf(stream)->size;
}

void noteUnreadable(FileData *d)
{
    if (!d->node)
        return;
    char *path = iso_tree_get_node_path(d->node);
    if (path)
        d->shared->addUnreadable(QString::fromUtf8(path));
    std::free(path);
}

int readFile(IsoStream *stream, void *buf, size_t count)
{
    FileData *d = dataOf(stream);
    OpenState *state = d->open.get();
    if (!state)
        return ISO_FILE_NOT_OPENED;
    iso_data_source *source = d->shared->source();
    auto *out = static_cast<uint8_t *>(buf);
    size_t done = 0;
    while (done < count && state->position < d->size) {
        // The extent holding the position (a file over 4 GiB has several).
        off_t offset = state->position;
        uint32_t i = 0;
        while (i < d->sectionCount() && offset >= off_t(d->section(i).size))
            offset -= off_t(d->section(i++).size);
        if (i == d->sectionCount())
            break;
        const iso_file_section &section = d->section(i);
        const int64_t lba = int64_t(section.block) + offset / off_t(Block);
        const size_t within = size_t(offset % off_t(Block));
        const size_t n = std::min({count - done, Block - within, size_t(section.size - offset)});
        if (within == 0 && n == Block) {
            // A whole block: straight into the caller's buffer.
            if (source->read_block(source, uint32_t(lba), out + done) < 0) {
                noteUnreadable(d);
                return ISO_FILE_READ_ERROR;
            }
        } else {
            if (state->blockLba != lba) {
                if (source->read_block(source, uint32_t(lba), state->block) < 0) {
                    noteUnreadable(d);
                    return ISO_FILE_READ_ERROR;
                }
                state->blockLba = lba;
            }
            std::memcpy(out + done, state->block + within, n);
        }
        done += n;
        state->position += off_t(n);
    }
    return int(done);
}

int repeatable(IsoStream *)
{
    return 1;
}

void fileId(IsoStream *stream, unsigned int *fsId, dev_t *devId, ino_t *inoId)
{
    const FileData *d = dataOf(stream);
    *fsId = d->fs;
    *devId = d->dev;
    *inoId = d->ino;
}

void freeFile(IsoStream *stream)
{
    delete dataOf(stream);
}

IsoStreamIface fileInterface = {0,          {'s', 'p', 'i', 'f'},
                                openFile,   closeFile,
                                fileSize,   readFile,
                                repeatable, fileId,
                                freeFile,   nullptr,
                                nullptr,    nullptr,
                                nullptr};

} // namespace

ImageStreamShared::ImageStreamShared(iso_data_source *source) : m_source(source)
{
    iso_data_source_ref(m_source);
}

ImageStreamShared::~ImageStreamShared()
{
    iso_data_source_unref(m_source);
}

void ImageStreamShared::addUnreadable(const QString &path)
{
    const std::lock_guard lock(m_mutex);
    if (!m_unreadable.contains(path))
        m_unreadable << path;
}

QStringList ImageStreamShared::unreadable() const
{
    const std::lock_guard lock(m_mutex);
    return m_unreadable;
}

iso_stream *newImageFileStream(std::shared_ptr<ImageStreamShared> shared,
                               std::vector<iso_file_section> sections, long long size,
                               unsigned int fsId, unsigned long long devId,
                               unsigned long long inoId)
{
    auto *data = new FileData;
    data->shared = std::move(shared);
    if (!sections.empty()) {
        data->first = sections.front();
        data->moreCount = uint32_t(sections.size() - 1);
        if (data->moreCount > 0) {
            data->more = std::make_unique<iso_file_section[]>(data->moreCount);
            std::copy(sections.begin() + 1, sections.end(), data->more.get());
        }
    }
    data->size = off_t(size);
    data->fs = fsId;
    data->dev = dev_t(devId);
    data->ino = ino_t(inoId);
    auto *raw = static_cast<RawStream *>(std::calloc(1, sizeof(RawStream)));
    raw->iface = &fileInterface;
    raw->refcount = 1;
    raw->data = data;
    return reinterpret_cast<iso_stream *>(raw);
}

void setImageFileStreamNode(iso_stream *stream, Iso_Node *node)
{
    if (reinterpret_cast<RawStream *>(stream)->iface == &fileInterface)
        dataOf(reinterpret_cast<IsoStream *>(stream))->node = node;
}

bool imageFileStreamSections(iso_stream *stream, std::vector<iso_file_section> *sections)
{
    if (!stream || reinterpret_cast<RawStream *>(stream)->iface != &fileInterface)
        return false;
    const FileData *d = dataOf(reinterpret_cast<IsoStream *>(stream));
    sections->clear();
    for (uint32_t i = 0; i < d->sectionCount(); ++i) {
        if (d->section(i).size > 0 || i == 0)
            sections->push_back(d->section(i));
    }
    return true;
}

} // namespace Spindle
