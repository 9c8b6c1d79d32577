#include "jsonexport.h"

#include "device/driveinfo.h"
#include "device/mediainfo.h"
#include "dvd/dvdstreams.h"
#include "image/isoprobe.h"
#include "jobs/eccreport.h"
#include "jobs/job.h"

#include <QJsonArray>

namespace Spindle {

QJsonObject toJson(const DriveInfo &drive)
{
    return QJsonObject{
        {QStringLiteral("address"), drive.address},
        {QStringLiteral("virtual"), drive.isVirtual},
        {QStringLiteral("vendor"), drive.vendor},
        {QStringLiteral("model"), drive.model},
        {QStringLiteral("revision"), drive.revision},
        {QStringLiteral("reads"), QJsonArray::fromStringList(drive.readableMedia)},
        {QStringLiteral("writes"), QJsonArray::fromStringList(drive.writableMedia)},
    };
}

QJsonObject toJson(const FilesystemInfo &fs)
{
    return QJsonObject{
        {QStringLiteral("present"), fs.present},
        {QStringLiteral("iso9660"), fs.iso9660},
        {QStringLiteral("label"), fs.label},
        {QStringLiteral("created"),
         fs.created.isValid() ? fs.created.toString(Qt::ISODate) : QString()},
        {QStringLiteral("sizeBytes"), fs.sizeBytes},
        {QStringLiteral("joliet"), fs.joliet},
        {QStringLiteral("rockRidge"), fs.rockRidge},
        {QStringLiteral("udf"), fs.udf},
        {QStringLiteral("udfEndBytes"), fs.udfEndBytes},
        {QStringLiteral("elTorito"), fs.elTorito},
        {QStringLiteral("dvdVideo"), fs.dvdVideo},
    };
}

QJsonObject toJson(const MediaInfo &media)
{
    QJsonArray sessions;
    for (const SessionInfo &s : media.sessions) {
        QJsonArray tracks;
        for (const TrackInfo &t : s.tracks) {
            tracks.append(QJsonObject{{QStringLiteral("number"), t.number},
                                      {QStringLiteral("startLba"), t.startLba},
                                      {QStringLiteral("sizeBytes"), t.sizeBytes},
                                      {QStringLiteral("audio"), t.audio}});
        }
        sessions.append(
            QJsonObject{{QStringLiteral("number"), s.number}, {QStringLiteral("tracks"), tracks}});
    }
    QJsonArray speeds;
    for (int kbps : media.writeSpeedsKBps)
        speeds.append(kbps);
    return QJsonObject{
        {QStringLiteral("drive"), media.driveAddress},
        {QStringLiteral("virtual"), media.isVirtual},
        {QStringLiteral("imageFile"), media.isImageFile},
        {QStringLiteral("profile"), media.profileName},
        {QStringLiteral("profileId"), media.profileId},
        {QStringLiteral("status"), mediumStatusName(media.status)},
        {QStringLiteral("erasable"), media.erasable},
        {QStringLiteral("writable"), media.writable},
        {QStringLiteral("capacityBytes"), media.capacityBytes},
        {QStringLiteral("freeBytes"), media.freeBytes},
        {QStringLiteral("usedBytes"), media.usedBytes},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("writeSpeedsKBps"), speeds},
        {QStringLiteral("filesystem"), toJson(media.filesystem)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(media.notes)},
    };
}

QJsonObject toJson(const JobProgress &p)
{
    QJsonObject o{
        {QStringLiteral("phase"), p.phase},
        {QStringLiteral("fraction"), p.fraction},
        {QStringLiteral("bytesDone"), p.bytesDone},
        {QStringLiteral("bytesTotal"), p.bytesTotal},
        {QStringLiteral("bytesPerSecond"), p.bytesPerSecond},
        {QStringLiteral("secondsLeft"), p.secondsLeft},
    };
    if (p.fifoPercent >= 0)
        o.insert(QStringLiteral("fifoPercent"), p.fifoPercent);
    if (p.driveBufferPercent >= 0)
        o.insert(QStringLiteral("driveBufferPercent"), p.driveBufferPercent);
    return o;
}

QJsonObject toJson(const EccReport &ecc)
{
    QString state = QStringLiteral("none");
    if (ecc.state == EccReport::State::Added)
        state = QStringLiteral("added");
    else if (ecc.state == EccReport::State::AlreadyPresent)
        state = QStringLiteral("alreadyPresent");
    QJsonObject o{{QStringLiteral("state"), state}};
    if (!ecc.any())
        return o;
    const Rs03Layout &l = ecc.layout;
    o.insert(QStringLiteral("method"), QStringLiteral("RS03"));
    o.insert(QStringLiteral("roots"), l.nroots);
    o.insert(QStringLiteral("dataLayers"), l.ndata);
    o.insert(QStringLiteral("sectorsPerLayer"), l.sectorsPerLayer);
    o.insert(QStringLiteral("redundancyPercent"), l.redundancyPercent());
    o.insert(QStringLiteral("repairableSectorsPer255"), l.nroots);
    o.insert(QStringLiteral("imageBytes"), ecc.imageBytes);
    o.insert(QStringLiteral("addedBytes"), ecc.addedBytes);
    o.insert(QStringLiteral("totalBytes"), l.totalSectors() * 2048);
    return o;
}

QJsonObject toJson(const JobResult &r)
{
    QString status;
    switch (r.status) {
    case JobResult::Status::Success:
        status = QStringLiteral("success");
        break;
    case JobResult::Status::SuccessWithLoss:
        status = QStringLiteral("success-with-loss");
        break;
    case JobResult::Status::Failed:
        status = QStringLiteral("failed");
        break;
    case JobResult::Status::Cancelled:
        status = QStringLiteral("cancelled");
        break;
    case JobResult::Status::Declined:
        status = QStringLiteral("declined");
        break;
    }
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("message"), r.message},
                       {QStringLiteral("detail"), r.detail}};
}

namespace {
QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}
} // namespace

QJsonObject toJson(const DvdAudioAttributes &audio)
{
    return QJsonObject{
        {QStringLiteral("number"), audio.number},
        {QStringLiteral("language"), audio.language},
        {QStringLiteral("languageName"), dvdLanguageName(audio.language)},
        {QStringLiteral("format"), dvdAudioFormatCode(audio.codingMode)},
        {QStringLiteral("formatName"), dvdAudioFormatName(audio.codingMode)},
        {QStringLiteral("channels"), audio.channels},
        {QStringLiteral("sampleRate"), audio.sampleRate},
        {QStringLiteral("extension"), audio.extension},
        {QStringLiteral("extensionName"), dvdAudioExtensionName(audio.extension)},
        {QStringLiteral("description"), describeDvdAudio(audio)},
        {QStringLiteral("physical"), intArray(audio.physical)},
        {QStringLiteral("titles"), intArray(audio.titles)},
    };
}

QJsonObject toJson(const DvdSubpictureAttributes &subpicture)
{
    return QJsonObject{
        {QStringLiteral("number"), subpicture.number},
        {QStringLiteral("language"), subpicture.language},
        {QStringLiteral("languageName"), dvdLanguageName(subpicture.language)},
        {QStringLiteral("extension"), subpicture.extension},
        {QStringLiteral("extensionName"), dvdSubpictureExtensionName(subpicture.extension)},
        {QStringLiteral("description"), describeDvdSubpicture(subpicture)},
        {QStringLiteral("physical"), intArray(subpicture.physical)},
        {QStringLiteral("titles"), intArray(subpicture.titles)},
    };
}

} // namespace Spindle
