#pragma once

#include <cstdint>
#include <libisofs/libisofs.h>

#include <cstdlib>
#include <memory>

namespace Spindle {

// libisofs reads an image through an IsoDataSource: a C struct of callbacks, released with
// free() when its last reference goes. This makes one around an object of ours: `T` answers
// `int readBlock(uint32_t lba, uint8_t *buffer)` with an ISO_* code, and is deleted when
// libisofs frees the source. Open and close do nothing: each source stays open from creation to
// release, since libisofs opens and closes a source around every file it copies and our caches
// should outlive that. Returns a source with one reference (iso_data_source_unref() drops it).
template <typename T> iso_data_source *newIsoDataSource(std::unique_ptr<T> object)
{
    auto *src = static_cast<IsoDataSource *>(std::calloc(1, sizeof(IsoDataSource)));
    src->version = 0;
    src->refcount = 1;
    src->open = [](IsoDataSource *) -> int { return ISO_SUCCESS; };
    src->close = [](IsoDataSource *) -> int { return ISO_SUCCESS; };
    src->read_block = [](IsoDataSource *s, uint32_t lba, uint8_t *buffer) -> int {
        return static_cast<T *>(s->data)->readBlock(lba, buffer);
    };
    src->free_data = [](IsoDataSource *s) {
        delete static_cast<T *>(s->data);
        s->data = nullptr;
    };
    src->data = object.release();
    return src;
}

// The object behind a source made by newIsoDataSource<T>().
template <typename T> T *isoDataSourceObject(iso_data_source *source)
{
    return static_cast<T *>(source->data);
}

} // namespace Spindle
