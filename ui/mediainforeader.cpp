#include "mediainforeader.h"

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
    m_watcher.setFuture(QtConcurrent::run([address, medium] {
        Reading reading;
        reading.address = address;
        auto info = queryMediaInfo(address, medium);
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
