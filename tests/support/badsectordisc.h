#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Spindle::Test {

// A mounted badsectorfs: a disc image whose chosen sectors fail with EIO, read through
// libburn as stdio:MOUNT/disc.iso. Unmounted when destroyed.
class BadSectorDisc final
{
public:
    BadSectorDisc(const QString &image, const QList<qint64> &badSectors, int delayMs = 0);
    ~BadSectorDisc();

    bool isMounted() const { return m_mounted; }
    QString errorText() const { return m_error; }
    QString path() const; // MOUNT/disc.iso
    QString address() const { return QStringLiteral("stdio:") + path(); }
    void setBadSectors(const QList<qint64> &sectors); // "scratch" or "repair" while mounted
    // Takes the disc out (the file is gone, reads fail) as an opened tray does; setBadSectors()
    // puts it back.
    void eject();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    bool m_mounted = false;
    QString m_error;
};

// One file of an ISO image as xorriso reports it: its path and the sectors it occupies.
struct FileExtent
{
    QString path;
    qint64 startBlock = 0;
    qint64 blocks = 0;
};
QList<FileExtent> fileExtents(const QString &image);
// The first sector of the file at `path` ("/d/e.bin") in `image`, or -1.
qint64 fileStartBlock(const QString &image, const QString &path);

} // namespace Spindle::Test
