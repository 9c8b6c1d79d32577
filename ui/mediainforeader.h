#pragma once

#include "base/result.h"
#include "device/mediainfo.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>

namespace Spindle {

// Reads what is in a drive (queryMediaInfo) off the UI thread, for the pages that show it. One
// read at a time; the answer names the drive it was read from, so that a page recognises a late
// answer for a drive the user has since left. Destroying the reader waits for a running read.
class MediaInfoReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaInfoReader)

public:
    struct Reading
    {
        QString address;
        bool ok = false;
        MediaInfo info;
        Error error;
    };

    explicit MediaInfoReader(QObject *parent = nullptr);
    ~MediaInfoReader() override;

    bool isRunning() const;
    // Starts reading the drive at `address`; finished() follows. Only while !isRunning().
    void read(const QString &address, const MediumKind &medium);
    // The same, also looking for dvdisaster RS03 data after the file system (a note in the
    // answer's MediaInfo): two more sectors read, for Disc Info.
    void readWithEcc(const QString &address, const MediumKind &medium);
    // Reads an image file instead (imageMediaInfo); the answer's address is its path.
    void readImage(const QString &path);
    // The last read's answer, once finished() was emitted.
    Reading result() const;

Q_SIGNALS:
    void finished();

private:
    void start(const QString &address, std::function<Result<MediaInfo>()> query);

    QFutureWatcher<Reading> m_watcher;
};

} // namespace Spindle
