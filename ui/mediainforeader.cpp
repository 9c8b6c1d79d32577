#include "mediainforeader.h"

#include "device/imagemediainfo.h"
#include "readback/discrs03.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Spindle {

MediaInfoReader::MediaInfoReader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Reading>::finished, this, &MediaInfoReader::finished);
}

MediaInfoReader::~MediaInfoReader()
{
    m_watcher.waitForFinished();
}

bool MediaInfoReader::isRunning() const
{
    return m_watcher.isRunning();
}

void MediaInfoReader::read(const QString &address, const MediumKind &medium)
{
    start(address, [address, medium] { return queryMediaInfo(address, medium); });
}

void MediaInfoReader::readWithEcc(const QString &address, const MediumKind &medium)
{
    start(address, [address, medium] { return queryMediaInfoWithEcc(address, medium); });
}

void MediaInfoReader::readImage(const QString &path)
{
    start(path, [path] { return imageMediaInfo(path); });
}

void MediaInfoReader::start(const QString &address, std::function<Result<MediaInfo>()> query)
{
    m_watcher.setFuture(QtConcurrent::run([address, query = std::move(query)] {
        Reading reading;
        reading.address = address;
        auto info = query();
        reading.ok = info.ok();
        if (reading.ok)
            reading.info = std::move(info).value();
        else
            reading.error = info.error();
        return reading;
    }));
}

MediaInfoReader::Reading MediaInfoReader::result() const
{
    return m_watcher.result();
}

} // namespace Spindle
