// A FUSE file system for tests: serves one file, /disc.iso, with the bytes of a source image,
// and answers EIO for the 2048-byte sectors listed in a control file. The control file is read
// again on every request, so a test can "scratch" and later "repair" the disc while it is
// mounted. libburn reads /disc.iso as a stdio: drive through its normal read path.
// A line "eject" in the control file takes the disc out: /disc.iso is gone and reads fail with
// ENOMEDIUM, as an opened tray does to a real drive.
//
// Usage: badsectorfs --image SRC --bad LISTFILE [--delay-ms N] MOUNTPOINT
// LISTFILE holds sector numbers separated by white space.
#define FUSE_USE_VERSION 31
#include <fuse3/fuse.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

std::string imagePath;
std::string badListPath;
int delayMs = 0;
int imageFd = -1;
const char *const FileName = "disc.iso";

std::set<long long> badSectors(bool *ejected = nullptr)
{
    std::set<long long> sectors;
    std::ifstream list(badListPath);
    std::string word;
    while (list >> word) {
        if (word == "eject") {
            if (ejected)
                *ejected = true;
            continue;
        }
        sectors.insert(std::atoll(word.c_str()));
    }
    return sectors;
}

bool isEjected()
{
    bool ejected = false;
    badSectors(&ejected);
    return ejected;
}

int getattr(const char *path, struct stat *st, fuse_file_info *)
{
    std::memset(st, 0, sizeof *st);
    if (std::strcmp(path, "/") == 0) {
        st->st_mode = S_IFDIR | 0755;
        st->st_nlink = 2;
        return 0;
    }
    if (std::strcmp(path + 1, FileName) != 0 || isEjected())
        return -ENOENT;
    struct stat source;
    if (fstat(imageFd, &source) != 0)
        return -EIO;
    st->st_mode = S_IFREG | 0444;
    st->st_nlink = 1;
    st->st_size = source.st_size;
    st->st_mtime = source.st_mtime;
    return 0;
}

int readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t, fuse_file_info *,
            fuse_readdir_flags)
{
    if (std::strcmp(path, "/") != 0)
        return -ENOENT;
    fill(buf, ".", nullptr, 0, fuse_fill_dir_flags(0));
    fill(buf, "..", nullptr, 0, fuse_fill_dir_flags(0));
    if (!isEjected())
        fill(buf, FileName, nullptr, 0, fuse_fill_dir_flags(0));
    return 0;
}

int open(const char *path, fuse_file_info *fi)
{
    if (std::strcmp(path + 1, FileName) != 0)
        return -ENOENT;
    if ((fi->flags & O_ACCMODE) != O_RDONLY)
        return -EACCES; // a pressed disc: read-only
    fi->direct_io = 1;  // no page cache: every read reaches us with its own offset and size
    return 0;
}

int read(const char *, char *buf, size_t size, off_t offset, fuse_file_info *)
{
    if (delayMs > 0)
        usleep(useconds_t(delayMs) * 1000);
    bool ejected = false;
    const std::set<long long> bad = badSectors(&ejected);
    if (ejected)
        return -ENOMEDIUM;
    const long long first = offset / 2048;
    const long long last = (offset + off_t(size) - 1) / 2048;
    for (auto it = bad.lower_bound(first); it != bad.end() && *it <= last; ++it)
        return -EIO;
    const ssize_t n = pread(imageFd, buf, size, offset);
    return n < 0 ? -errno : int(n);
}

} // namespace

int main(int argc, char *argv[])
{
    std::vector<char *> fuseArgs{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--image" && i + 1 < argc)
            imagePath = argv[++i];
        else if (arg == "--bad" && i + 1 < argc)
            badListPath = argv[++i];
        else if (arg == "--delay-ms" && i + 1 < argc)
            delayMs = std::atoi(argv[++i]);
        else
            fuseArgs.push_back(argv[i]);
    }
    imageFd = ::open(imagePath.c_str(), O_RDONLY);
    if (imageFd < 0 || badListPath.empty()) {
        std::fprintf(stderr,
                     "usage: badsectorfs --image SRC --bad LIST [--delay-ms N] MOUNTPOINT\n");
        return 2;
    }
    static char foreground[] = "-f";
    static char singleThread[] = "-s";
    fuseArgs.push_back(foreground);
    fuseArgs.push_back(singleThread);
    fuse_operations ops{};
    // No attribute or name caching: an ejected disc is gone at the next stat().
    ops.init = [](fuse_conn_info *, fuse_config *config) -> void * {
        config->attr_timeout = 0;
        config->entry_timeout = 0;
        config->negative_timeout = 0;
        return nullptr;
    };
    ops.getattr = getattr;
    ops.readdir = readdir;
    ops.open = open;
    ops.read = read;
    return fuse_main(int(fuseArgs.size()), fuseArgs.data(), &ops, nullptr);
}
