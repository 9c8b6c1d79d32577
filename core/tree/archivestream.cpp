#include "tree/archivestream.h"

#include "tree/archivereader.h"

#include <cstdint>
#include <libisofs/libisofs.h>

#include <cstdlib>

namespace Spindle {

namespace {

// libisofs.h hides struct iso_stream from C++ (a member is named "class"); same layout.
struct RawStream
{
    IsoStreamIface *iface;
    int refcount;
    void *data;
};

struct MemberData
{
    std::shared_ptr<ArchiveReader> reader;
    int archiveId = 0;
    int member = 0;
    off_t size = 0;
};

MemberData *dataOf(IsoStream *stream)
{
    return static_cast<MemberData *>(reinterpret_cast<RawStream *>(stream)->data);
}

int openMember(IsoStream *stream)
{
    MemberData *d = dataOf(stream);
    return d->reader->seek(d->member) ? ISO_FILE_ERROR : ISO_SUCCESS;
}

int closeMember(IsoStream *)
{
    return ISO_SUCCESS;
}

off_t memberSize(IsoStream *stream)
{
    return dataOf(stream)->size;
}

int readMember(IsoStream *stream, void *buf, size_t count)
{
    const qint64 n = dataOf(stream)->reader->read(static_cast<char *>(buf), qint64(count));
    return n < 0 ? ISO_FILE_READ_ERROR : int(n);
}

int repeatable(IsoStream *)
{
    return 1;
}

void memberId(IsoStream *stream, unsigned int *fsId, dev_t *devId, ino_t *inoId)
{
    MemberData *d = dataOf(stream);
    *fsId = 0x53504e44; // "SPND": no libisofs file system uses it
    *devId = dev_t(d->archiveId);
    *inoId = ino_t(d->member) + 1;
}

void freeMember(IsoStream *stream)
{
    delete dataOf(stream);
}

IsoStreamIface memberInterface = {
    0,        {'s', 'p', 'a', 'r'}, openMember, closeMember, memberSize, readMember, repeatable,
    memberId, freeMember,           nullptr,    nullptr,     nullptr,    nullptr};

} // namespace

iso_stream *newArchiveStream(std::shared_ptr<ArchiveReader> reader, int archiveId, int member,
                             long long size)
{
    auto *raw = static_cast<RawStream *>(std::calloc(1, sizeof(RawStream)));
    raw->iface = &memberInterface;
    raw->refcount = 1;
    raw->data = new MemberData{std::move(reader), archiveId, member, off_t(size)};
    return reinterpret_cast<iso_stream *>(raw);
}

} // namespace Spindle
