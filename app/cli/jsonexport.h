#pragma once

#include <QJsonObject>

namespace Spindle {

struct DriveInfo;
struct FilesystemInfo;
struct JobProgress;
struct JobResult;
struct MediaInfo;

// The stable JSON shapes of `spindle-cli --json` (field names are part of the CLI's contract).
QJsonObject toJson(const DriveInfo &drive);
QJsonObject toJson(const FilesystemInfo &fs);
QJsonObject toJson(const MediaInfo &media);
QJsonObject toJson(const JobProgress &progress);
QJsonObject toJson(const JobResult &result);

} // namespace Spindle
